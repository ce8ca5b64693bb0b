// The answer form's state as a reducer: which step is shown (0 = start, 1..n = the items,
// n + 1 = summary) and each item's answer (a value, 'skipped' = "ved ikke / ønsker ikke at svare",
// or absent = not answered yet). Pure, so the rules are unit-tested.
import type { InstrumentDefinition } from './model';

export type Answer = number | 'skipped';

export interface AnswerState {
  step: number;
  answers: Record<string, Answer>;
  /** The summary has been shown: "Ret" on an answer leads back to it instead of through every item. */
  reviewing: boolean;
}

export type AnswerAction =
  | { type: 'answer'; item: string; value: Answer }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; step: number }
  | { type: 'summary' }
  | { type: 'reset' };

export const initialAnswerState: AnswerState = { step: 0, answers: {}, reviewing: false };

export function answerReducer(itemCount: number, state: AnswerState, action: AnswerAction): AnswerState {
  const summary = itemCount + 1;
  const move = (step: number): AnswerState => {
    const next = Math.max(0, Math.min(summary, step));
    return { ...state, step: next, reviewing: state.reviewing || next === summary };
  };
  switch (action.type) {
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.item]: action.value } };
    case 'next':
      return move(state.step + 1);
    case 'back':
      return move(state.step - 1);
    case 'goto':
      return move(action.step);
    case 'summary':
      return move(summary);
    case 'reset':
      return initialAnswerState;
  }
}

/** "Ved ikke / ønsker ikke at svare" is offered only when the instrument can be scored without every item. */
export function allowsMissing(definition: InstrumentDefinition): boolean {
  return definition.minimum_answered < definition.items.length;
}

export function answeredCount(definition: InstrumentDefinition, answers: Record<string, Answer>): number {
  return definition.items.filter((item) => typeof answers[item.code] === 'number').length;
}

/** 1-based numbers of the items without a value (skipped or never answered). */
export function unansweredNumbers(definition: InstrumentDefinition, answers: Record<string, Answer>): number[] {
  return definition.items.flatMap((item, index) => (typeof answers[item.code] === 'number' ? [] : [index + 1]));
}

function joinDanish(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
}

/** Why the answers cannot be saved yet (too few to give a score), in plain Danish; null when they can. */
export function tooFewAnswersMessage(definition: InstrumentDefinition, answers: Record<string, Answer>): string | null {
  const answered = answeredCount(definition, answers);
  if (answered >= definition.minimum_answered) return null;
  const missing = unansweredNumbers(definition, answers);
  const which = missing.length === 1 ? `Spørgsmål ${missing[0]} mangler svar.` : `Spørgsmål ${joinDanish(missing)} mangler svar.`;
  const need =
    definition.minimum_answered === definition.items.length
      ? `${definition.name_da} skal have svar på alle ${definition.items.length} spørgsmål for at kunne give en score.`
      : `${definition.name_da} skal have svar på mindst ${definition.minimum_answered} af ${definition.items.length} spørgsmål for at kunne give en score.`;
  return `${which} ${need}`;
}

/** The answers as the API takes them: every item, null when not answered. */
export function answersPayload(definition: InstrumentDefinition, answers: Record<string, Answer>) {
  return definition.items.map((item) => {
    const value = answers[item.code];
    return { item_code: item.code, value: typeof value === 'number' ? value : null };
  });
}

/** The choices of every item: the instrument's options, or each whole number of the range when the
 *  instrument is a free numeric scale (no options, e.g. a unit's own scale 1–10). */
export function choicesOf(definition: InstrumentDefinition): { value: number; label_da: string }[] {
  if (definition.options.length > 0) return definition.options;
  const choices = [];
  for (let value = definition.min_value; value <= definition.max_value; value++) choices.push({ value, label_da: String(value) });
  return choices;
}

/** The label of an answer as the citizen saw it. */
export function answerLabel(definition: InstrumentDefinition, answer: Answer | undefined): string {
  if (answer === undefined) return 'Ikke besvaret';
  if (answer === 'skipped') return 'Ved ikke / ønsker ikke at svare';
  return choicesOf(definition).find((o) => o.value === answer)?.label_da ?? String(answer);
}
