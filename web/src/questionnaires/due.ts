// Which questionnaire is due when is the server's answer (core/numbers/questionnaire_due): each
// course's answers come with, per instrument, the status of each time point. This module only
// joins that answer with the responses it names.
import { CODE_LABELS } from '../api/codeLabels';
import type { CourseAnswers, QuestionnaireResponse, TimePoint } from './model';

export type DueStatus = keyof typeof CODE_LABELS.DueStatus;

export interface TimePointStatus {
  timePoint: TimePoint;
  status: DueStatus;
  /** The latest response at this time point, if any. */
  latest?: QuestionnaireResponse;
  /** Monthly scales: the day the next answer is due. */
  nextOn?: string;
}

/** For one course and one instrument: the status of each of the instrument's time points, as the server gave it. */
export function timePointStatuses(answers: CourseAnswers, instrumentCode: string): TimePointStatus[] {
  const due = answers.due.find((d) => d.instrument_code === instrumentCode);
  return (due?.time_points ?? []).map((point) => ({
    timePoint: point.time_point,
    status: point.status,
    latest: answers.items.find((r) => r.id === point.latest_response_id),
    nextOn: point.next_on ?? undefined,
  }));
}

export const DUE_LABEL: Record<DueStatus, string> = CODE_LABELS.DueStatus;

/** True when a course has something to answer now. */
export function needsAnswer(statuses: TimePointStatus[]): boolean {
  return statuses.some((s) => s.status === 'due');
}

/** The time points a questionnaire may be answered for now: those due, then those whose window passed
 *  unanswered (recorded late). Answered and later ones are not offered. */
export function offeredTimePoints(statuses: TimePointStatus[]): TimePointStatus[] {
  return [...statuses.filter((s) => s.status === 'due'), ...statuses.filter((s) => s.status === 'missing')];
}
