import { describe, expect, it } from 'vitest';
import {
  SUPPRESSED_NOTE,
  chartValue,
  defaultPeriod,
  formatCell,
  formatMonth,
  fromReportTable,
  isSuppressed,
  readPeriod,
} from './cells';

const NBSP = '\u00a0';

// The table every report answers, here GET /api/v1/reports/{figure} (trimmed from a real answer for the project lead).
const flowJson: Parameters<typeof fromReportTable>[0] = {
  title: 'Henvisninger, afgørelser og ventetider',
  columns: [
    { key: 'group', heading: 'Gruppe', type: 'text' },
    { key: 'name', heading: 'Navn', type: 'text' },
    { key: 'referrals', heading: 'Henvisninger', type: 'integer' },
    { key: 'declined', heading: 'Afvist', type: 'integer' },
    { key: 'acceptance_rate_percent', heading: 'Optagelsesprocent', type: 'percent' },
    { key: 'median_days', heading: 'Median dage', type: 'decimal' },
  ],
  rows: [
    { cells: { group: '1', name: 'Nygårdsvej', referrals: 1234, declined: null, acceptance_rate_percent: null, median_days: 10.5 }, is_total: false },
    { cells: { group: 'total', name: 'I alt', referrals: 1300, declined: 7, acceptance_rate_percent: 84.04, median_days: 3 }, is_total: true },
  ],
  suppressed: [
    { row: 0, column: 'declined' },
    { row: 0, column: 'acceptance_rate_percent' },
  ],
  notes: ['Henvisninger modtaget i perioden.', '* Skjult af hensyn til diskretion (færre end 5 borgere).'],
};

describe('report cells in Danish', () => {
  it('formats integers, decimals, percent and money with Danish separators', () => {
    expect(formatCell(1234567, 'integer')).toBe('1.234.567');
    expect(formatCell(2.15, 'decimal')).toBe('2,2');
    expect(formatCell(1234.56, 'decimal')).toBe('1.234,6');
    expect(formatCell(12.345, 'percent')).toBe(`12,3${NBSP}%`);
    expect(formatCell(0, 'percent')).toBe(`0,0${NBSP}%`);
    // Øre only when there are any.
    expect(formatCell(-1190794, 'money')).toBe(`-1.190.794${NBSP}kr.`);
    expect(formatCell(1234.5, 'money')).toBe(`1.234,50${NBSP}kr.`);
  });
  it('writes dates as dd-mm-åååå and months in words', () => {
    expect(formatCell('2026-11-30', 'date')).toBe('30-11-2026');
    expect(formatCell('2026-01', 'text')).toBe('jan. 2026');
    expect(formatMonth('2025-12')).toBe('dec. 2025');
  });
  it('shows a hidden small cell as "færre end 5", never as 0 or "<5", and an empty one as a dash', () => {
    expect(formatCell(null, 'integer', true)).toBe('færre end 5');
    expect(formatCell(0, 'integer', true)).toBe('færre end 5');
    expect(formatCell(null, 'integer')).toBe('–');
    expect(formatCell(0, 'integer')).toBe('0');
  });
});

describe('the report table JSON', () => {
  const report = fromReportTable(flowJson);
  it('keeps columns, types, rows and the total row', () => {
    expect(report.title).toBe('Henvisninger, afgørelser og ventetider');
    expect(report.columns.map((c) => c.type)).toEqual(['text', 'text', 'integer', 'integer', 'percent', 'decimal']);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[1]!.isTotal).toBe(true);
  });
  it('marks the suppressed cells and explains "færre end 5" instead of the CSV\'s "*"', () => {
    expect(isSuppressed(report, 0, 'declined')).toBe(true);
    expect(isSuppressed(report, 1, 'declined')).toBe(false);
    expect(report.notes).toEqual(['Henvisninger modtaget i perioden.', SUPPRESSED_NOTE]);
  });
  it('gives charts a gap (null) for hidden cells, not 0', () => {
    expect(chartValue(report, 0, 'declined')).toBeNull();
    expect(chartValue(report, 1, 'declined')).toBe(7);
    expect(chartValue(report, 0, 'name')).toBeNull();
  });
  it('adds no "færre end 5" note when nothing is hidden', () => {
    expect(fromReportTable({ ...flowJson, suppressed: [] }).notes).toEqual(['Henvisninger modtaget i perioden.']);
  });
});

describe('period and URLs', () => {
  it('defaults to the last 12 months up to today, as the server does', () => {
    expect(defaultPeriod('2026-11-30')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultPeriod('2024-03-01')).toEqual({ from: '2023-03-03', to: '2024-03-01' });
  });
  it('reads a typed Danish period and refuses a missing, wrong or reversed one by field', () => {
    expect(readPeriod('01-01-2026', '1.2.2026')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(readPeriod('', '01-02-2026')).toEqual({ errors: { from: 'Skriv en startdato.' } });
    expect(readPeriod('31-02-2026', '01-03-2026')).toEqual({ errors: { from: 'Skriv en gyldig dato (dd-mm-åååå).' } });
    expect(readPeriod('01-03-2026', '01-02-2026')).toEqual({ errors: { to: 'Slutdatoen ligger før startdatoen.' } });
  });
});
