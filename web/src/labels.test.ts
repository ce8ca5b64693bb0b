import { describe, expect, it } from 'vitest';
import { COURSE_STATE, COURSE_STATE_SHORT, REFERRAL_STATE } from './labels';

describe('state labels from the server', () => {
  it('write a course state as a heading and, where space is short, as the phase alone', () => {
    expect(COURSE_STATE.phase_2).toBe('Fase 2 (ophold)');
    expect(COURSE_STATE_SHORT.phase_2).toBe('Fase 2');
    expect(COURSE_STATE_SHORT.follow_up).toBe('Opfølgning');
    expect(Object.keys(COURSE_STATE_SHORT)).toEqual(Object.keys(COURSE_STATE));
  });
  it('tell staff what a new referral waits for', () => {
    expect(REFERRAL_STATE.submitted).toBe('Modtaget – afventer fælles vurdering');
  });
});
