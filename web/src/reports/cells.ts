// Report tables as the pages show them: the API's report table as a ReportData, and the
// Danish text of every cell (1.234, 2,2, 12,3 %, dd-mm-åååå, "færre end 5" for a hidden small cell). Pure, so
// the formatting is unit-tested and shared by the Rapporter and Kapacitet pages.
import type { components } from '../api/schema';
import { formatDate, parseDanishDate } from '../format';

type ApiReportTable = components['schemas']['ReportTable'];

/** The server's column types, and money for the economics pages' own tables. */
export type ColumnType = ApiReportTable['columns'][number]['type'] | 'money';

export interface ReportColumn {
  key: string;
  heading: string;
  type: ColumnType;
}

/** A cell as the API writes it: text, a number, an ISO date; null when empty or hidden. */
export type CellValue = ApiReportTable['rows'][number]['cells'][string];

export interface ReportRow {
  cells: Record<string, CellValue>;
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

export const cellKey = (row: number, key: string) => `${row}:${key}`;

export function isSuppressed(report: ReportData, row: number, key: string): boolean {
  return report.suppressed.has(cellKey(row, key));
}

/** Every report table the API answers (figures, questionnaire change, access log) has this one
 *  shape: typed columns, rows of cells by key, the hidden cells. The server's "*" note is replaced by
 *  the "færre end 5" one. */
export function fromReportTable(table: ApiReportTable): ReportData {
  const suppressed = new Set(table.suppressed.map((cell) => cellKey(cell.row, cell.column)));
  return {
    title: table.title,
    columns: table.columns.map(({ key, heading, type }) => ({ key, heading, type })),
    rows: table.rows.map((row) => ({ cells: row.cells, isTotal: row.is_total })),
    suppressed,
    notes: readNotes(table.notes, suppressed.size > 0),
  };
}

function readNotes(notes: string[], anySuppressed: boolean): string[] {
  // The server's note explains "*" (its CSV mark); on screen the mark is "færre end 5", explained by our note.
  const texts = notes.filter((note) => note !== '' && !note.startsWith('* '));
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

/** Kroner, with øre only when there are any: -1190794 → "-1.190.794 kr.", 1234.5 → "1.234,50 kr." */
export function formatMoney(kroner: number): string {
  const wholeKroner = Math.round(kroner * 100) % 100 === 0;
  return `${(wholeKroner ? integerFormat : moneyFormat).format(kroner)}\u00a0kr.`;
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
