// Hospital admissions (the citizen's psychiatric stays): which actions fit each admission and the
// date rules checked before sending (the same rules and words as src/core/citizen.cpp).
/** One admission as GET /citizens/{id} shows it (every field is always present). */
export interface Admission {
  id: number;
  ward_id: number;
  admitted_on: string;
  ready_for_discharge_on?: string | null;
  discharged_on?: string | null;
}

/** Ward staff, unit staff and leads and the authority may record admissions (POST …/admissions). */
export const ADMISSION_ROLES = new Set(['ward_staff', 'unit_staff', 'unit_lead', 'authority']);

export function openAdmission(admissions: Admission[]): Admission | undefined {
  return admissions.find((a) => !a.discharged_on);
}

/** Newest first. */
export function sortAdmissions(admissions: Admission[]): Admission[] {
  return [...admissions].sort((a, b) => String(b.admitted_on).localeCompare(String(a.admitted_on)));
}

export function admissionActions(admission: Admission): { readyForDischarge: boolean; discharge: boolean } {
  const open = !admission.discharged_on;
  return { readyForDischarge: open && !admission.ready_for_discharge_on, discharge: open };
}

export interface FieldProblem {
  field: string;
  message: string;
}

interface AdmissionDates {
  admitted_on: string;
  ready_for_discharge_on?: string;
  discharged_on?: string;
}

/** The first problem with a new admission's dates (ISO dates), or null. */
export function checkNewAdmission(dates: AdmissionDates, admissions: Admission[], today: string): FieldProblem | null {
  if (dates.admitted_on > today) return { field: 'admitted_on', message: 'Datoen ligger efter i dag. Registrér først, når det er sket.' };
  if (dates.ready_for_discharge_on && dates.ready_for_discharge_on < dates.admitted_on)
    return { field: 'ready_for_discharge_on', message: 'Datoen ligger før indlæggelsesdatoen.' };
  if (dates.discharged_on) {
    if (dates.discharged_on > today) return { field: 'discharged_on', message: 'Datoen ligger efter i dag. Registrér først, når det er sket.' };
    if (dates.discharged_on < dates.admitted_on) return { field: 'discharged_on', message: 'Datoen ligger før indlæggelsesdatoen.' };
  }
  if (!dates.discharged_on && openAdmission(admissions))
    return { field: 'discharged_on', message: 'Borgeren er allerede registreret som indlagt. Registrér udskrivningen først.' };
  const end = dates.discharged_on ?? today;
  for (const other of admissions) {
    const otherEnd = other.discharged_on ?? today;
    if (dates.admitted_on < otherEnd && other.admitted_on < end)
      return { field: 'admitted_on', message: 'Indlæggelsen overlapper en anden indlæggelse.' };
  }
  return null;
}

export function checkReadyForDischarge(date: string, admission: Admission): FieldProblem | null {
  if (date < admission.admitted_on) return { field: 'ready_for_discharge_on', message: 'Datoen ligger før indlæggelsesdatoen.' };
  return null;
}

export function checkDischarge(date: string, admission: Admission, today: string): FieldProblem | null {
  if (date > today) return { field: 'discharged_on', message: 'Datoen ligger efter i dag. Registrér først, når det er sket.' };
  if (date < admission.admitted_on) return { field: 'discharged_on', message: 'Datoen ligger før indlæggelsesdatoen.' };
  return null;
}

interface PauseLike {
  admitted_on?: unknown;
  resumed_on?: unknown;
}

/** The course's stay is paused while its last admission pause has no resume date. */
export function isPaused(pauses: PauseLike[]): boolean {
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
