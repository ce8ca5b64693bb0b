// Questionnaire types (from the API contract) and their Danish labels.
import type { Schemas } from '../api/client';

export type Instrument = Schemas['Instrument'] & { definition: InstrumentDefinition };
export type InstrumentDefinition = Schemas['InstrumentDefinition'];
export type QuestionnaireResponse = Schemas['QuestionnaireResponse'];
export type TimePoint = InstrumentDefinition['time_points'][number];

export const TIME_POINT: Record<TimePoint, string> = {
  move_in: 'Ved indflytning',
  move_out: 'Ved fraflytning',
  follow_up: 'Ved opfølgning',
  monthly: 'Månedlig',
};

/** The instrument's interpretation of a score: the labels of the thresholds the server says are met. */
export function interpretation(definition: InstrumentDefinition, thresholdsMet: string[] | undefined): string[] {
  const met = new Set(thresholdsMet ?? []);
  return (definition.thresholds ?? []).filter((t) => met.has(t.code)).map((t) => t.label_da);
}
