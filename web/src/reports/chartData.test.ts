import { describe, expect, it } from 'vitest';
import { fromReportTable } from './cells';
import { CATEGORY, INTERVAL, chartData, describeChart, isEmptyChart, type ChartSpec } from './chartData';

const occupancy = fromReportTable({
  title: 'Belægning',
  columns: [
    { key: 'name', heading: 'Navn', type: 'text' },
    { key: 'month', heading: 'Måned', type: 'text' },
    { key: 'percent', heading: 'Belægningsprocent', type: 'percent' },
  ],
  rows: [
    { cells: { name: 'Nygårdsvej', month: '2026-02', percent: 44 }, is_total: false },
    { cells: { name: 'Nygårdsvej', month: '2026-01', percent: 24 }, is_total: false },
    { cells: { name: 'Pitstop', month: '2026-01', percent: 75 }, is_total: false },
  ],
  suppressed: [],
  notes: [],
});

const flow = fromReportTable({
  title: 'Flow',
  columns: [
    { key: 'name', heading: 'Navn', type: 'text' },
    { key: 'referrals', heading: 'Henvisninger', type: 'integer' },
    { key: 'declined', heading: 'Afvist', type: 'integer' },
  ],
  rows: [
    { cells: { name: 'Nygårdsvej', referrals: 27, declined: null }, is_total: false },
    { cells: { name: 'I alt', referrals: 27, declined: 4 }, is_total: true },
  ],
  suppressed: [{ row: 0, column: 'declined' }],
  notes: [],
});

describe('chart data', () => {
  it('draws one point per detail row, leaving out the total row and hiding suppressed cells', () => {
    const spec: ChartSpec = { kind: 'bars', title: 'Henvisninger', category: 'name', series: ['referrals', 'declined'], unit: 'count' };
    const data = chartData(flow, spec);
    expect(data.points).toEqual([{ [CATEGORY]: 'Nygårdsvej', referrals: 27, declined: null }]);
    expect(data.series).toEqual([
      { key: 'referrals', label: 'Henvisninger' },
      { key: 'declined', label: 'Afvist' },
    ]);
  });
  it('can draw only the total rows', () => {
    const spec: ChartSpec = { kind: 'bars', title: 'I alt', category: 'name', series: ['declined'], unit: 'count', rows: 'totals' };
    expect(chartData(flow, spec).points).toEqual([{ [CATEGORY]: 'I alt', declined: 4 }]);
  });
  it('pivots months into one line per unit, in month order', () => {
    const spec: ChartSpec = { kind: 'lines-by-group', title: 'Belægning', category: 'month', group: 'name', value: 'percent', unit: 'percent' };
    const data = chartData(occupancy, spec);
    expect(data.series).toEqual([
      { key: 'g0', label: 'Nygårdsvej' },
      { key: 'g1', label: 'Pitstop' },
    ]);
    expect(data.points).toEqual([
      { [CATEGORY]: 'jan. 2026', g0: 24, g1: 75 },
      { [CATEGORY]: 'feb. 2026', g0: 44 },
    ]);
    expect(describeChart(spec, data)).toBe(
      'Kurve. Belægning, én linje for hver af Nygårdsvej og Pitstop, for jan. 2026 og feb. 2026. Tallene står i tabellen.',
    );
  });
  it('gives the 95 % interval as the extent below and above the mean', () => {
    const change = fromReportTable({
      columns: [
        { key: 'comparison', heading: 'Sammenligning', type: 'text' },
        { key: 'mean', heading: 'Ændring', type: 'decimal' },
        { key: 'low', heading: 'Nedre', type: 'decimal' },
        { key: 'high', heading: 'Øvre', type: 'decimal' },
      ],
      rows: [{ cells: { comparison: 'Ind → ud', mean: 15, low: -2, high: 33 }, is_total: false }],
      title: 'Ændring',
      suppressed: [],
      notes: [],
    });
    const spec: ChartSpec = { kind: 'bars', title: 'Ændring', category: 'comparison', series: ['mean'], interval: { low: 'low', high: 'high' }, unit: 'count' };
    expect(chartData(change, spec).points[0]![INTERVAL]).toEqual([17, 18]);
  });
  it('knows when there is nothing to draw', () => {
    const spec: ChartSpec = { kind: 'bars', title: 'Afvist', category: 'name', series: ['declined'], unit: 'count' };
    expect(isEmptyChart(chartData(flow, spec))).toBe(true);
    expect(isEmptyChart(chartData(flow, { ...spec, series: ['referrals'] }))).toBe(false);
  });
});
