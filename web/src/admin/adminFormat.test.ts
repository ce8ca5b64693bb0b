import { describe, expect, it } from 'vitest';
import { formatMonthList, parseDanishNumber, parseMonthList } from './adminFormat';

describe('parseMonthList', () => {
  it('reads months separated by commas or spaces', () => {
    expect(parseMonthList('1, 3')).toEqual([1, 3]);
    expect(parseMonthList(' 1;6  12 ')).toEqual([1, 6, 12]);
    expect(parseMonthList('')).toEqual([]);
  });
  it('refuses anything but whole numbers', () => {
    expect(parseMonthList('1, tre')).toBeNull();
    expect(parseMonthList('1,5 3')).toEqual([1, 5, 3]);
    expect(parseMonthList('-1')).toBeNull();
    expect(parseMonthList('2.5')).toBeNull();
  });
  it('writes the list back the same way', () => {
    expect(formatMonthList([1, 3])).toBe('1, 3');
    expect(parseMonthList(formatMonthList([1, 6, 12]))).toEqual([1, 6, 12]);
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
  });
  it('refuses text, negative numbers and odd separators', () => {
    expect(parseDanishNumber('')).toBeNull();
    expect(parseDanishNumber('abc')).toBeNull();
    expect(parseDanishNumber('-5')).toBeNull();
    expect(parseDanishNumber('1,243.50')).toBeNull();
    expect(parseDanishNumber('12.34.5')).toBeNull();
  });
});
