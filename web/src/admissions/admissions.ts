// Hospital admissions (the citizen's psychiatric stays) as the page shows them. What may be done
// with each admission, and the date rules, are the server's (legal_commands, its Danish errors).
import type { Citizen, CourseView } from '../api/client';

/** One admission as GET /citizens/{id} shows it, with what the caller may do with it. */
export type Admission = Citizen['admissions'][number];

export function openAdmission(admissions: Admission[]): Admission | undefined {
  return admissions.find((a) => !a.discharged_on);
}

/** Newest first. */
export function sortAdmissions(admissions: Admission[]): Admission[] {
  return [...admissions].sort((a, b) => String(b.admitted_on).localeCompare(String(a.admitted_on)));
}

type AdmissionPause = CourseView['admission_pauses'][number];

/** The course's stay is paused while its last admission pause has no resume date. */
export function isPaused(pauses: AdmissionPause[]): boolean {
  const last = pauses[pauses.length - 1];
  return !!last && !last.resumed_on;
}

/** What changed in the admissions between two versions of the citizen, as Danish lines. */
export function admissionChanges(before: Admission[], after: Admission[], danishDate: (iso: string) => string): string[] {
  const lines: string[] = [];
  for (const now of after) {
    const was = before.find((a) => a.id === now.id);
    if (!was) {
      lines.push(`Ny indlæggelse registreret: indlagt ${danishDate(now.admitted_on)}.`);
      continue;
    }
    const at = `Indlæggelsen fra ${danishDate(now.admitted_on)}`;
    if (now.ready_for_discharge_on && now.ready_for_discharge_on !== was.ready_for_discharge_on)
      lines.push(`${at} er færdigmeldt ${danishDate(now.ready_for_discharge_on)}.`);
    if (now.discharged_on && now.discharged_on !== was.discharged_on) lines.push(`${at} er udskrevet ${danishDate(now.discharged_on)}.`);
  }
  return lines;
}
