import { describe, expect, it } from 'vitest';
import {
  allowsMissing,
  answerLabel,
  answerReducer,
  answersPayload,
  choicesOf,
  initialAnswerState,
  tooFewAnswersMessage,
  unansweredNumbers,
} from './answers';
import { changeSincePrevious, type InstrumentDefinition } from './model';

const who5: InstrumentDefinition = {
  code: 'who5',
  name_da: 'WHO-5 Trivselsindeks',
  items: [1, 2, 3, 4, 5].map((n) => ({ code: `who5_${n}`, text_da: `Spørgsmål ${n}` })),
  options: [
    { value: 5, label_da: 'Hele tiden' },
    { value: 0, label_da: 'På intet tidspunkt' },
  ],
  min_value: 0,
  max_value: 5,
  rule: 'sum_times_factor',
  factor: 4,
  minimum_answered: 5,
  time_points: ['move_in', 'move_out', 'follow_up'],
};
const inspire: InstrumentDefinition = { ...who5, code: 'brief_inspire', name_da: 'Brief INSPIRE', minimum_answered: 4 };
const ownScale: InstrumentDefinition = { ...who5, code: 'own', options: [], min_value: 1, max_value: 10, minimum_answered: 1 };

describe('answerReducer', () => {
  it('keeps answers when moving between steps and stays inside start..summary', () => {
    const reduce = (state: typeof initialAnswerState, action: Parameters<typeof answerReducer>[2]) => answerReducer(5, state, action);
    let state = reduce(initialAnswerState, { type: 'back' });
    expect(state.step).toBe(0);
    state = reduce(state, { type: 'next' });
    state = reduce(state, { type: 'answer', item: 'who5_1', value: 3 });
    state = reduce(state, { type: 'next' });
    state = reduce(state, { type: 'back' });
    expect(state).toEqual({ step: 1, answers: { who5_1: 3 }, reviewing: false });
    state = reduce(state, { type: 'goto', step: 99 });
    expect(state.step).toBe(6);
    expect(state.reviewing).toBe(true);
    state = reduce(state, { type: 'next' });
    expect(state.step).toBe(6);
    state = reduce(state, { type: 'answer', item: 'who5_1', value: 'skipped' });
    expect(state.answers.who5_1).toBe('skipped');
    expect(reduce(state, { type: 'reset' })).toEqual(initialAnswerState);
  });

  it('after the summary, correcting an answer leads straight back to the summary', () => {
    let state = answerReducer(5, initialAnswerState, { type: 'goto', step: 3 });
    expect(state.reviewing).toBe(false);
    state = answerReducer(5, state, { type: 'summary' });
    expect(state).toMatchObject({ step: 6, reviewing: true });
    state = answerReducer(5, state, { type: 'goto', step: 2 });
    expect(state).toMatchObject({ step: 2, reviewing: true });
    expect(answerReducer(5, state, { type: 'summary' }).step).toBe(6);
  });
});

describe('missing answers', () => {
  it('offers "ved ikke" only when the instrument scores without every item', () => {
    expect(allowsMissing(who5)).toBe(false);
    expect(allowsMissing(inspire)).toBe(true);
  });

  it('refuses too few answers naming the missing questions and the rule', () => {
    const answers = { who5_1: 3, who5_2: 'skipped' as const, who5_4: 1, who5_5: 2 };
    expect(unansweredNumbers(who5, answers)).toEqual([2, 3]);
    expect(tooFewAnswersMessage(who5, answers)).toBe(
      'Spørgsmål 2 og 3 mangler svar. WHO-5 Trivselsindeks skal have svar på alle 5 spørgsmål for at kunne give en score.',
    );
    expect(tooFewAnswersMessage(who5, { who5_1: 3, who5_2: 2, who5_3: 4, who5_4: 1, who5_5: 0 })).toBeNull();
  });

  it('accepts one missing answer when the minimum allows it', () => {
    const four = { who5_1: 4, who5_2: 3, who5_3: 'skipped' as const, who5_4: 3, who5_5: 4 };
    expect(tooFewAnswersMessage(inspire, four)).toBeNull();
    expect(tooFewAnswersMessage(inspire, { ...four, who5_5: 'skipped' })).toBe(
      'Spørgsmål 3 og 5 mangler svar. Brief INSPIRE skal have svar på mindst 4 af 5 spørgsmål for at kunne give en score.',
    );
  });

  it('sends every item, null for skipped and unanswered ones', () => {
    expect(answersPayload(who5, { who5_1: 0, who5_3: 'skipped' })).toEqual([
      { item_code: 'who5_1', value: 0 },
      { item_code: 'who5_2', value: null },
      { item_code: 'who5_3', value: null },
      { item_code: 'who5_4', value: null },
      { item_code: 'who5_5', value: null },
    ]);
  });
});

describe('choices', () => {
  it('uses the options, or the whole range for a free numeric scale', () => {
    expect(choicesOf(who5).map((c) => c.value)).toEqual([5, 0]);
    expect(choicesOf(ownScale).map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(answerLabel(who5, 5)).toBe('Hele tiden');
    expect(answerLabel(who5, 'skipped')).toBe('Ved ikke / ønsker ikke at svare');
    expect(answerLabel(who5, undefined)).toBe('Ikke besvaret');
    expect(answerLabel(ownScale, 7)).toBe('7');
  });
});

describe('change since the previous response', () => {
  const scored = (id: number, answered_on: string, score: number, instrument_code = 'who5') => ({
    id,
    course_id: 1,
    instrument_code,
    instrument_version: 1,
    time_point: 'move_in',
    answered_on,
    answers: [],
    score: { answered: 5, raw: score / 4, score, thresholds_met: [] },
    score_note_da: null,
  });
  const withRelevant = { ...who5, relevant_change: 10 };

  it('compares with the latest earlier scored response to the same instrument', () => {
    const saved = scored(9, '2026-11-30', 52);
    const earlier = [scored(1, '2026-08-21', 32), scored(2, '2026-09-21', 44), scored(3, '2026-10-01', 80, 'brief_inspire'), { ...scored(4, '2026-10-15', 0), score: null }];
    expect(changeSincePrevious(withRelevant, saved, [...earlier, saved])).toMatchObject({ previous: { id: 2 }, delta: 8, relevant: false });
    expect(changeSincePrevious(withRelevant, scored(9, '2026-11-30', 20), earlier)).toMatchObject({ delta: -24, relevant: true });
    expect(changeSincePrevious(inspire, scored(9, '2026-11-30', 52), earlier)?.relevant).toBeNull();
  });

  it('has nothing to compare with for a first or unscored response', () => {
    expect(changeSincePrevious(withRelevant, scored(9, '2026-11-30', 52), [])).toBeNull();
    expect(changeSincePrevious(withRelevant, { ...scored(9, '2026-11-30', 0), score: null }, [scored(1, '2026-08-21', 32)])).toBeNull();
  });
});
