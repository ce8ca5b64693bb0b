// Questionnaire types (from the API contract) and their Danish labels.
import type { Schemas } from '../api/client';
import type { AnswerOf } from '../api/operations';
import { CODE_LABELS } from '../api/codeLabels';

export type Instrument = Schemas['Instrument'];
export type InstrumentDefinition = Schemas['InstrumentDefinition'];
export type QuestionnaireResponse = Schemas['QuestionnaireResponse'];
export type TimePoint = InstrumentDefinition['time_points'][number];

export type InstrumentDue = Schemas['InstrumentDue'];
/** GET /courses/{id}/responses: the course's answers and, per instrument, what is due now. */
export type CourseAnswers = AnswerOf<'get', '/courses/{courseId}/responses'>;

export const TIME_POINT: Record<TimePoint, string> = CODE_LABELS.TimePoint;

/** The instrument's interpretation of a score: the labels of the thresholds the server says are met. */
export function interpretation(definition: InstrumentDefinition, thresholdsMet: string[] | undefined): string[] {
  const met = new Set(thresholdsMet ?? []);
  return (definition.thresholds ?? []).filter((t) => met.has(t.code)).map((t) => t.label_da);
}

export interface ScoreChange {
  previous: QuestionnaireResponse;
  delta: number;
  /** null when the instrument defines no relevant change. */
  relevant: boolean | null;
}

/** The change from the latest earlier scored response to the same instrument on the course. */
export function changeSincePrevious(definition: InstrumentDefinition, saved: QuestionnaireResponse, earlier: QuestionnaireResponse[]): ScoreChange | null {
  if (!saved.score) return null;
  const candidates = earlier
    .filter((r) => r.id !== saved.id && r.instrument_code === saved.instrument_code && r.score && String(r.answered_on) <= String(saved.answered_on))
    .sort((a, b) => String(a.answered_on).localeCompare(String(b.answered_on)) || Number(a.id) - Number(b.id));
  const previous = candidates[candidates.length - 1];
  if (!previous?.score) return null;
  const delta = Number(saved.score.score) - Number(previous.score.score);
  const threshold = definition.relevant_change;
  return { previous, delta, relevant: threshold === null || threshold === undefined ? null : Math.abs(delta) >= threshold };
}
