import { describe, expect, it } from 'vitest';
import { addMonth, timePointStatuses } from './due';
import type { QuestionnaireResponse } from './model';

const response = (time_point: string, answered_on: string, instrument_code = 'who5'): QuestionnaireResponse => ({
  id: 1,
  course_id: 1,
  instrument_code,
  instrument_version: 1,
  time_point,
  answered_on,
  answers: [],
  score: null,
  score_note_da: null,
});
const who5Points = ['move_in', 'move_out', 'follow_up'] as const;
const statuses = (state: string, responses: QuestionnaireResponse[] = [], points = [...who5Points] as ('move_in' | 'move_out' | 'follow_up' | 'monthly')[]) =>
  timePointStatuses({ state, moved_in_on: '2026-10-01' }, 'who5', points, responses, '2026-11-30').map((s) => `${s.timePoint}:${s.status}`);

describe('timePointStatuses', () => {
  it('follows the phases: move-in first, move-out from phase 3, follow-up after moving out', () => {
    expect(statuses('phase_1')).toEqual(['move_in:due', 'move_out:upcoming', 'follow_up:upcoming']);
    expect(statuses('phase_2')).toEqual(['move_in:due', 'move_out:upcoming', 'follow_up:upcoming']);
    expect(statuses('phase_3')).toEqual(['move_in:missing', 'move_out:due', 'follow_up:upcoming']);
    expect(statuses('follow_up')).toEqual(['move_in:missing', 'move_out:due', 'follow_up:due']);
    expect(statuses('closed')).toEqual(['move_in:missing', 'move_out:missing', 'follow_up:missing']);
  });

  it('counts only this instrument’s answers at that time point', () => {
    const answered = [response('move_in', '2026-10-02'), response('move_out', '2026-11-01', 'brief_inspire')];
    expect(statuses('phase_3', answered)).toEqual(['move_in:answered', 'move_out:due', 'follow_up:upcoming']);
    const latest = timePointStatuses({ state: 'phase_2' }, 'who5', ['move_in'], [response('move_in', '2026-10-09'), response('move_in', '2026-10-02')], '2026-11-30');
    expect(latest[0].latest?.answered_on).toBe('2026-10-09');
  });

  it('asks for a monthly scale during the stay when the last answer is a month old', () => {
    expect(statuses('phase_1', [], ['monthly'])).toEqual(['monthly:upcoming']);
    expect(statuses('phase_2', [], ['monthly'])).toEqual(['monthly:due']);
    expect(statuses('phase_2', [response('monthly', '2026-10-30')], ['monthly'])).toEqual(['monthly:due']);
    const recent = timePointStatuses({ state: 'phase_3' }, 'who5', ['monthly'], [response('monthly', '2026-11-05')], '2026-11-30');
    expect(recent[0]).toMatchObject({ status: 'answered', nextOn: '2026-12-05' });
    expect(statuses('follow_up', [response('monthly', '2026-10-30')], ['monthly'])).toEqual(['monthly:answered']);
  });

  it('adds a month, clamped to the month’s last day', () => {
    expect(addMonth('2026-01-31')).toBe('2026-02-28');
    expect(addMonth('2026-12-15')).toBe('2027-01-15');
    expect(addMonth('2028-01-30')).toBe('2028-02-29');
  });
});
