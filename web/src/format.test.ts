import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatNumber, plural, todayIso } from './format';

describe('Danish formats', () => {
  it('writes dates as dd-mm-åååå', () => {
    expect(formatDate('2026-11-30')).toBe('30-11-2026');
    expect(formatDate(null)).toBe('');
  });
  it('uses Danish number separators', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });
  it('counts days and plurals', () => {
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(29);
    expect(plural(1, 'dag', 'dage')).toBe('1 dag');
    expect(plural(2, 'dag', 'dage')).toBe('2 dage');
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
