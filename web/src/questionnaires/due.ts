// Which questionnaire is due when: each instrument lists its time points, and the course's phase
// says which of them is now (move-in from acceptance through the stay, move-out from phase 3,
// follow-up after moving out, monthly during the stay when the last monthly answer is a month old).
import type { QuestionnaireResponse, TimePoint } from './model';

export type DueStatus = 'answered' | 'due' | 'missing' | 'upcoming';

export interface CourseFacts {
  state: string;
  moved_in_on?: string | null;
}

export interface TimePointStatus {
  timePoint: TimePoint;
  status: DueStatus;
  /** The latest response at this time point, if any. */
  latest?: QuestionnaireResponse;
  /** Monthly scales: the day the next answer is due. */
  nextOn?: string;
}

const ORDER = ['phase_1', 'phase_2', 'phase_3', 'follow_up'];
const OPEN = new Set(ORDER);

/** "2026-01-31" + 1 month → "2026-02-28" (clamped to the month's last day). */
export function addMonth(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextYear = month === 12 ? year + 1 : year;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${nextYear}-${pad(nextMonth)}-${pad(Math.min(day, lastDay))}`;
}

function phaseIndex(state: string): number {
  return ORDER.indexOf(state);
}

/** For one course and one instrument: the status of each of the instrument's time points. */
export function timePointStatuses(
  course: CourseFacts,
  instrumentCode: string,
  timePoints: TimePoint[],
  responses: QuestionnaireResponse[],
  today: string,
): TimePointStatus[] {
  const phase = phaseIndex(course.state);
  const mine = responses
    .filter((r) => r.instrument_code === instrumentCode)
    .sort((a, b) => String(a.answered_on).localeCompare(String(b.answered_on)));
  return timePoints.map((timePoint): TimePointStatus => {
    const answers = mine.filter((r) => r.time_point === timePoint);
    const latest = answers[answers.length - 1];
    if (timePoint === 'monthly') {
      // Only during the stay (phase 2 and 3); due again one month after the last answer.
      const inStay = course.state === 'phase_2' || course.state === 'phase_3';
      if (!inStay) return { timePoint, status: latest ? 'answered' : 'upcoming', latest };
      if (!latest) return { timePoint, status: 'due' };
      const nextOn = addMonth(String(latest.answered_on));
      return { timePoint, status: nextOn <= today ? 'due' : 'answered', latest, nextOn };
    }
    if (latest) return { timePoint, status: 'answered', latest };
    if (!OPEN.has(course.state)) return { timePoint, status: 'missing' };
    // The phase window of each time point: before it the point is upcoming, inside it due, after it missing.
    const window: Record<Exclude<TimePoint, 'monthly'>, [number, number]> = {
      move_in: [0, 1],
      move_out: [2, 3],
      follow_up: [3, 3],
    };
    const [from, to] = window[timePoint];
    if (phase < from) return { timePoint, status: 'upcoming' };
    if (phase <= to) return { timePoint, status: 'due' };
    return { timePoint, status: 'missing' };
  });
}

export const DUE_LABEL: Record<DueStatus, string> = {
  answered: 'Besvaret',
  due: 'Skal besvares nu',
  missing: 'Ikke besvaret',
  upcoming: 'Senere',
};

/** True when a course has something to answer now (due, or missed but still possible). */
export function needsAnswer(statuses: TimePointStatus[]): boolean {
  return statuses.some((s) => s.status === 'due');
}
