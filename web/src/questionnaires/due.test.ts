import { describe, expect, it } from 'vitest';
import { needsAnswer, offeredTimePoints, timePointStatuses } from './due';
import type { CourseAnswers, QuestionnaireResponse } from './model';

const response = (id: number, time_point: string, answered_on: string): QuestionnaireResponse => ({
  id,
  course_id: 1,
  instrument_code: 'who5',
  instrument_version: 1,
  time_point,
  answered_on,
  answers: [],
  score: null,
  score_note_da: null,
});

const answers: CourseAnswers = {
  course_id: 1,
  items: [response(4, 'move_in', '2026-10-02'), response(9, 'monthly', '2026-11-05')],
  due: [
    {
      instrument_code: 'who5',
      time_points: [
        { time_point: 'move_in', status: 'answered', latest_response_id: 4, next_on: null },
        { time_point: 'move_out', status: 'due', latest_response_id: null, next_on: null },
      ],
    },
    { instrument_code: 'own', time_points: [{ time_point: 'monthly', status: 'answered', latest_response_id: 9, next_on: '2026-12-05' }] },
  ],
};

describe('timePointStatuses', () => {
  it('shows the server’s statuses with the response each names', () => {
    const who5 = timePointStatuses(answers, 'who5');
    expect(who5.map((s) => `${s.timePoint}:${s.status}`)).toEqual(['move_in:answered', 'move_out:due']);
    expect(who5[0].latest?.answered_on).toBe('2026-10-02');
    expect(who5[1].latest).toBeUndefined();
    expect(needsAnswer(who5)).toBe(true);
    const own = timePointStatuses(answers, 'own');
    expect(own[0]).toMatchObject({ status: 'answered', nextOn: '2026-12-05' });
    expect(needsAnswer(own)).toBe(false);
  });

  it('lists nothing for an instrument the server did not list', () => {
    expect(timePointStatuses(answers, 'brief_inspire')).toEqual([]);
  });
});

describe('offeredTimePoints', () => {
  it('offers what is due, then what was missed, never what is answered or later', () => {
    const statuses = timePointStatuses(
      {
        course_id: 1,
        items: [],
        due: [
          {
            instrument_code: 'who5',
            time_points: [
              { time_point: 'move_in', status: 'missing', latest_response_id: null, next_on: null },
              { time_point: 'move_out', status: 'due', latest_response_id: null, next_on: null },
              { time_point: 'follow_up', status: 'upcoming', latest_response_id: null, next_on: null },
            ],
          },
        ],
      },
      'who5',
    );
    expect(offeredTimePoints(statuses).map((s) => s.timePoint)).toEqual(['move_out', 'move_in']);
    expect(offeredTimePoints(timePointStatuses(answers, 'own'))).toEqual([]);
  });
});
