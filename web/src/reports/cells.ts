// Report tables as the pages show them: the API's table shapes normalised to one ReportData, and the
// Danish text of every cell (1.234, 2,2, 12,3 %, dd-mm-åååå, "færre end 5" for a hidden small cell). Pure, so
// the formatting is unit-tested and shared by the Rapporter and Kapacitet pages.
import { formatDate, parseDanishDate } from '../format';

export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'money';

export interface ReportColumn {
  key: string;
  heading: string;
  type: ColumnType;
}

export interface ReportRow {
  cells: Record<string, unknown>;
  isTotal: boolean;
}

export interface ReportData {
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** "row:key" of every cell hidden as a small cell (1-4 citizens, or what reveals them). */
  suppressed: Set<string>;
  notes: string[];
  /** The column that names each row (a <th scope="row">); default the first text column. */
  rowHeader?: string;
}

/** Shown instead of a hidden small cell; never 0, which would be a wrong number. */
export const SUPPRESSED_TEXT = 'færre end 5';
/** Why a cell is hidden, on the cell itself (its title) and under the table. */
export const SUPPRESSED_REASON =
  'Skjult af hensyn til diskretion: færre end 5 borgere, eller et tal, som sådan et antal kan udledes af.';
export const SUPPRESSED_NOTE = `«færre end 5»: ${SUPPRESSED_REASON} Gennemsnit, medianer og kvartiler vises, når de bygger på mindst 5 borgere.`;

const COLUMN_TYPES: ColumnType[] = ['text', 'integer', 'decimal', 'percent', 'date', 'money'];

export const cellKey = (row: number, key: string) => `${row}:${key}`;

export function isSuppressed(report: ReportData, row: number, key: string): boolean {
  return report.suppressed.has(cellKey(row, key));
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The figure JSON of GET /reports/{figure}: {title, columns:[{key, heading, type}], rows:[{cells,
 *  is_total}], suppressed:[[row, key]], notes}. The server's "*" note is replaced by the "<5" one. */
export function fromFigureJson(json: unknown): ReportData {
  const body = asRecord(json);
  const columns = asArray(body.columns).map((c) => {
    const column = asRecord(c);
    const type = asText(column.type) as ColumnType;
    return { key: asText(column.key), heading: asText(column.heading), type: COLUMN_TYPES.includes(type) ? type : 'text' };
  });
  const rows = asArray(body.rows).map((r) => {
    const row = asRecord(r);
    return { cells: asRecord(row.cells), isTotal: row.is_total === true };
  });
  const suppressed = new Set<string>();
  for (const entry of asArray(body.suppressed)) {
    const [row, key] = asArray(entry);
    if (typeof row === 'number' && typeof key === 'string') suppressed.add(cellKey(row, key));
  }
  return { title: asText(body.title), columns, rows, suppressed, notes: readNotes(body.notes, suppressed.size > 0) };
}

/** A table in the older shape (questionnaire change): {title, columns:[{key, heading_da}], rows:[{…}],
 *  suppressed_cells:[{row, column}], notes}. It has no column types, so they come from `types`
 *  (default: integer for numbers). */
export function fromPlainTableJson(json: unknown, types: Record<string, ColumnType>, totalRow?: (cells: Record<string, unknown>) => boolean): ReportData {
  const body = asRecord(json);
  const columns = asArray(body.columns).map((c) => {
    const column = asRecord(c);
    const key = asText(column.key);
    return { key, heading: asText(column.heading_da) || asText(column.heading), type: types[key] ?? 'integer' };
  });
  const rows = asArray(body.rows).map((r) => {
    const cells = asRecord(r);
    return { cells, isTotal: totalRow ? totalRow(cells) : false };
  });
  const suppressed = new Set<string>();
  for (const entry of asArray(body.suppressed_cells)) {
    const cell = asRecord(entry);
    if (typeof cell.row === 'number' && typeof cell.column === 'string') suppressed.add(cellKey(cell.row, cell.column));
  }
  return { title: asText(body.title), columns, rows, suppressed, notes: readNotes(body.notes, suppressed.size > 0) };
}

function readNotes(notes: unknown, anySuppressed: boolean): string[] {
  // The server's note explains "*" (its CSV mark); on screen the mark is "færre end 5", explained by our note.
  const texts = asArray(notes)
    .map(asText)
    .filter((note) => note !== '' && !note.startsWith('* '));
  return anySuppressed ? [...texts, SUPPRESSED_NOTE] : texts;
}

const integerFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const moneyFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A number with one decimal, Danish separators: 1234.56 → "1.234,6". */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** A percentage (already 0-100) with one decimal: 12.345 → "12,3 %" (no break before %). */
export function formatPercent(value: number): string {
  return `${decimalFormat.format(value)}\u00a0%`;
}

/** Kroner with øre: -1190794 → "-1.190.794,00 kr." */
export function formatMoney(kroner: number): string {
  return `${moneyFormat.format(kroner)}\u00a0kr.`;
}

/** The text of one cell. Hidden small cells read "færre end 5"; empty cells "–". */
export function formatCell(value: unknown, type: ColumnType, suppressed = false): string {
  if (suppressed) return SUPPRESSED_TEXT;
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '–';
    switch (type) {
      case 'integer':
        return integerFormat.format(value);
      case 'decimal':
        return formatDecimal(value);
      case 'percent':
        return formatPercent(value);
      case 'money':
        return formatMoney(value);
      default:
        return integerFormat.format(value);
    }
  }
  if (typeof value === 'string') {
    if (type === 'date') return formatDate(value);
    if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value);
    return value;
  }
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  return String(value);
}

const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** "2026-01" → "jan. 2026". */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${match[1]}` : yearMonth;
}

/** A cell as a number for a chart; hidden, empty and text cells give null (a gap, never 0). */
export function chartValue(report: ReportData, rowIndex: number, key: string): number | null {
  if (isSuppressed(report, rowIndex, key)) return null;
  const value = report.rows[rowIndex]?.cells[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The default period: the last 12 months up to `today` (both YYYY-MM-DD), as the server's default. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const end = new Date(today + 'T00:00:00Z');
  const start = new Date(end.getTime() - 364 * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** A period typed as dd-mm-åååå, checked before asking the server: the period as YYYY-MM-DD, or
 *  Danish messages by field. */
export function readPeriod(fromText: string, toText: string): { from: string; to: string } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const from = parseDanishDate(fromText);
  const to = parseDanishDate(toText);
  if (!from) errors.from = fromText.trim() ? 'Skriv en gyldig dato (dd-mm-åååå).' : 'Skriv en startdato.';
  if (!to) errors.to = toText.trim() ? 'Skriv en gyldig dato (dd-mm-åååå).' : 'Skriv en slutdato.';
  if (from && to && to < from) errors.to = 'Slutdatoen ligger før startdatoen.';
  return from && to && Object.keys(errors).length === 0 ? { from, to } : { errors };
}

/** `path` with the query parameters that are set, e.g. for the API and its CSV download. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
