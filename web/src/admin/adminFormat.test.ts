import { describe, expect, it } from 'vitest';
import { formatMonthList, parseMonthList } from './adminFormat';

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
