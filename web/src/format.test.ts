import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatDateTime, formatNumber, parseDanishDate, parseDanishNumber, plural, todayIso } from './format';

describe('Danish formats', () => {
  it('writes dates as dd-mm-åååå', () => {
    expect(formatDate('2026-11-30')).toBe('30-11-2026');
    expect(formatDate(null)).toBe('');
  });
  it('uses Danish number separators', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    for (const n of [0, 7, 999, -999, 1000, -1000, 12.5, -0.5]) expect(formatNumber(n)).toBe(new Intl.NumberFormat('da-DK').format(n));
  });
  it('counts days and plurals', () => {
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(29);
    expect(plural(1, 'dag', 'dage')).toBe('1 dag');
    expect(plural(2, 'dag', 'dage')).toBe('2 dage');
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('typed Danish dates', () => {
  it('reads dd-mm-åååå and its variants', () => {
    expect(parseDanishDate('30-11-2026')).toBe('2026-11-30');
    expect(parseDanishDate('1.2.2026')).toBe('2026-02-01');
    expect(parseDanishDate(' 05/06/2026 ')).toBe('2026-06-05');
  });
  it('refuses what is not a real date', () => {
    expect(parseDanishDate('31-02-2026')).toBeNull();
    expect(parseDanishDate('2026-11-30')).toBeNull();
    expect(parseDanishDate('i går')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes a UTC time stamp in Danish local time, winter and summer', () => {
    expect(formatDateTime('2026-12-02T13:05:00Z')).toBe('02-12-2026 kl. 14.05');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('02-07-2026 kl. 00.30');
  });
});

describe('parseDanishNumber', () => {
  it('reads Danish thousands separators and decimal comma', () => {
    expect(parseDanishNumber('1243')).toBe(1243);
    expect(parseDanishNumber('1.243')).toBe(1243);
    expect(parseDanishNumber('1.243,50')).toBe(1243.5);
    expect(parseDanishNumber('4.500.000')).toBe(4500000);
    expect(parseDanishNumber('12,5')).toBe(12.5);
    expect(parseDanishNumber('12.5')).toBe(12.5);
    expect(parseDanishNumber(' 90 ')).toBe(90);
  });
  it('refuses text and odd separators, and reads a sign', () => {
    expect(parseDanishNumber('')).toBeNull();
    expect(parseDanishNumber('abc')).toBeNull();
    expect(parseDanishNumber('-5')).toBe(-5);
    expect(parseDanishNumber('mange')).toBeNull();
    expect(parseDanishNumber('1,243.50')).toBeNull();
    expect(parseDanishNumber('12.34.5')).toBeNull();
  });
});
