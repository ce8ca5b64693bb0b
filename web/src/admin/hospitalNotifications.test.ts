import { describe, expect, it } from 'vitest';
import { countsPerDay } from './HospitalNotificationsSection';

describe('the messages received per day', () => {
  it('puts each day on one row, newest first, with a count per outcome', () => {
    const rows = countsPerDay([
      { day: '2026-03-01', outcome: 'applied', count: 3 },
      { day: '2026-03-02', outcome: 'ignored', count: 40 },
      { day: '2026-03-01', outcome: 'ignored', count: 12 },
    ]);
    expect(rows).toEqual([
      { day: '2026-03-02', counts: { ignored: 40 } },
      { day: '2026-03-01', counts: { applied: 3, ignored: 12 } },
    ]);
  });
});
