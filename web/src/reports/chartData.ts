// What a chart shows, described as data (ChartSpec), and the pure step from a ReportData to the
// rows a chart draws plus a one-sentence Danish summary for screen readers. No chart library here,
// so this stays testable and out of the main bundle's way.
import { chartValue, formatCell, type ReportData } from './cells';

export type ChartKind = 'bars' | 'stacked' | 'lines' | 'lines-by-group';
export type ChartUnit = 'count' | 'days' | 'percent' | 'money';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Column whose (formatted) value names each point on the x axis. */
  category: string;
  /** Columns drawn as bars/lines (bars, stacked, lines). */
  series?: string[];
  /** lines-by-group: one line per value of `group`, the height from `value`. */
  group?: string;
  value?: string;
  unit: ChartUnit;
  /** Which rows: the detail rows (default; the total row only when there is no other), or only totals. */
  rows?: 'details' | 'totals';
  /** A 95 % interval drawn as error bars on the (single) series. */
  interval?: { low: string; high: string };
}

export type ChartPoint = Record<string, string | number | null | [number, number]>;

export interface ChartData {
  points: ChartPoint[];
  series: ChartSeries[];
}

/** The key under which a point carries its x-axis label. */
export const CATEGORY = '__category';
/** The key under which a point carries its error-bar extent [below, above]. */
export const INTERVAL = '__interval';

function chosenRows(report: ReportData, spec: ChartSpec): number[] {
  const all = report.rows.map((_, index) => index);
  if (spec.rows === 'totals') return all.filter((i) => report.rows[i]!.isTotal);
  const details = all.filter((i) => !report.rows[i]!.isTotal);
  return details.length > 0 ? details : all;
}

function headingOf(report: ReportData, key: string): string {
  return report.columns.find((c) => c.key === key)?.heading ?? key;
}

function categoryText(report: ReportData, row: number, key: string): string {
  const column = report.columns.find((c) => c.key === key);
  return formatCell(report.rows[row]?.cells[key], column?.type ?? 'text');
}

export function chartData(report: ReportData, spec: ChartSpec): ChartData {
  const rows = chosenRows(report, spec);
  if (spec.kind === 'lines-by-group') {
    const groupKey = spec.group ?? 'name';
    const valueKey = spec.value ?? '';
    const groups: string[] = [];
    const byCategory = new Map<string, ChartPoint>();
    for (const row of rows) {
      const group = String(report.rows[row]!.cells[groupKey] ?? '');
      if (!groups.includes(group)) groups.push(group);
      const rawCategory = String(report.rows[row]!.cells[spec.category] ?? '');
      let point = byCategory.get(rawCategory);
      if (!point) {
        point = { [CATEGORY]: categoryText(report, row, spec.category) };
        byCategory.set(rawCategory, point);
      }
      point[`g${groups.indexOf(group)}`] = chartValue(report, row, valueKey);
    }
    const points = [...byCategory.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, point]) => point);
    return { points, series: groups.map((group, index) => ({ key: `g${index}`, label: group })) };
  }
  const keys = spec.series ?? [];
  const points = rows.map((row) => {
    const point: ChartPoint = { [CATEGORY]: categoryText(report, row, spec.category) };
    for (const key of keys) point[key] = chartValue(report, row, key);
    if (spec.interval && keys[0]) {
      const mean = chartValue(report, row, keys[0]);
      const low = chartValue(report, row, spec.interval.low);
      const high = chartValue(report, row, spec.interval.high);
      if (mean !== null && low !== null && high !== null) point[INTERVAL] = [mean - low, high - mean];
    }
    return point;
  });
  // In a percent chart the axis already says "%", so ", procent" is left off the legend.
  const label = (key: string) => (spec.unit === 'percent' ? headingOf(report, key).replace(/, procent$/, '') : headingOf(report, key));
  return { points, series: keys.map((key) => ({ key, label: label(key) })) };
}

/** True when the chart would have nothing to draw (no rows, or every value hidden or empty). */
export function isEmptyChart(data: ChartData): boolean {
  return !data.points.some((point) => data.series.some((s) => typeof point[s.key] === 'number'));
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

const KIND_TEXT: Record<ChartKind, string> = {
  bars: 'Søjlediagram',
  stacked: 'Stablet søjlediagram',
  lines: 'Kurve',
  'lines-by-group': 'Kurve',
};

/** One sentence for the chart's aria-label; the table next to it holds the numbers. */
export function describeChart(spec: ChartSpec, data: ChartData): string {
  const categories = data.points.map((p) => String(p[CATEGORY]));
  const range = categories.length > 3 ? `${categories[0]} til ${categories[categories.length - 1]}` : listText(categories);
  const what =
    spec.kind === 'lines-by-group'
      ? `${spec.title}, én linje for hver af ${listText(data.series.map((s) => s.label))}`
      : `${spec.title}: ${listText(data.series.map((s) => s.label))}`;
  return `${KIND_TEXT[spec.kind]}. ${what}, for ${range}. Tallene står i tabellen.`;
}
