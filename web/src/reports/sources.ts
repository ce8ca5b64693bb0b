// The two reports whose JSON is not a figure table — questionnaire change and who gains — turned
// into ReportData, so the same table and chart show them.
import { formatDate } from '../format';
import type { components } from '../api/schema';
import { fromReportTable, type CellValue, type ColumnType, type ReportColumn, type ReportData, type ReportRow } from './cells';

type QuestionnaireChangeReport = components['schemas']['QuestionnaireChangeReport'];
type WhoGains = components['schemas']['WhoGains'];

/** GET /reports/questionnaire-change → one row per comparison ("Ved indflytning → ved fraflytning"); the
 *  server names the time points. */
export function fromQuestionnaireChange(body: QuestionnaireChangeReport): ReportData & { instrumentName: string } {
  const table = fromReportTable(body.table);
  const columns: ReportColumn[] = [
    { key: 'comparison', heading: 'Sammenligning', type: 'text' },
    ...table.columns.filter((c) => c.key !== 'from' && c.key !== 'to'),
  ];
  const rows = table.rows.map((row) => {
    const from = String(row.cells.from ?? '');
    const to = String(row.cells.to ?? '');
    return { ...row, cells: { ...row.cells, comparison: `${from} → ${to.toLowerCase()}` } };
  });
  return { ...table, columns, rows, instrumentName: body.instrument.name_da };
}


export const STAKEHOLDER: Record<string, string> = { kommune: 'Kommune', region: 'Region' };

export interface WhoGainsView {
  lines: ReportData;
  assumptions: ReportData;
  facts: { label: string; value: CellValue; type: ColumnType; suppressed: boolean }[];
}

/** GET /reports/who-gains → the stakeholders' lines with a net (total) row each, the assumptions
 *  used, and the observed facts. A value the server hid (cohort of 1-4) is marked suppressed. */
export function fromWhoGains(body: WhoGains): WhoGainsView {
  const hidden = body.small_cells_suppressed === true;
  const suppressed = new Set<string>();
  const rows: ReportRow[] = [];
  const mark = (value: CellValue, key: string) => {
    if (hidden && (value === null || value === undefined)) suppressed.add(`${rows.length}:${key}`);
  };
  for (const part of body.stakeholders) {
    const who = STAKEHOLDER[part.stakeholder] ?? part.stakeholder;
    for (const line of part.lines) {
      const cells = { stakeholder: who, label: line.label_da, days: line.days, price: line.price_per_day.kroner, amount: line.amount?.kroner ?? null };
      mark(cells.days, 'days');
      mark(cells.amount, 'amount');
      rows.push({ cells, isTotal: false });
    }
    const net = part.net?.kroner ?? null;
    mark(net, 'amount');
    rows.push({ cells: { stakeholder: who, label: 'Netto', days: null, price: null, amount: net }, isTotal: true });
  }
  const period = ` ${formatDate(body.period.from)} – ${formatDate(body.period.to)}`;
  const lines: ReportData = {
    title: `Hvem får gevinsten${body.unit ? ` – ${body.unit.name}` : ''}${period}`,
    columns: [
      { key: 'stakeholder', heading: 'Part', type: 'text' },
      { key: 'label', heading: 'Post', type: 'text' },
      { key: 'days', heading: 'Dage', type: 'decimal' },
      { key: 'price', heading: 'Pris pr. dag', type: 'money' },
      { key: 'amount', heading: 'Beløb', type: 'money' },
    ],
    rows,
    suppressed,
    notes: body.notes,
  };
  const assumptions: ReportData = {
    title: 'Antagelser, der er regnet med',
    columns: [
      { key: 'label', heading: 'Antagelse', type: 'text' },
      { key: 'value', heading: 'Værdi', type: 'text' },
      { key: 'source', heading: 'Kilde', type: 'text' },
      { key: 'year', heading: 'År', type: 'text' },
    ],
    rows: body.assumptions.map((a) => ({
      cells: { label: a.label_da, value: danishValueText(a.value), source: a.source, year: a.year ? String(a.year) : null },
      isTotal: false,
    })),
    suppressed: new Set(),
    notes: [],
  };
  const fact = (label: string, value: CellValue, type: ColumnType) => ({ label, value, type, suppressed: hidden && (value === null || value === undefined) });
  const facts = [
    fact('Forløb med indflytning i perioden', body.courses, 'integer'),
    fact('Døgn på afklaringspladsen', body.stay_days, 'integer'),
    fact('Færdigbehandlingsdage pr. forløb (observeret)', body.observed_awaiting_discharge_days, 'decimal'),
    fact('Sengedage ved genindlæggelse pr. forløb (observeret)', body.observed_readmission_bed_days, 'decimal'),
  ];
  return { lines, assumptions, facts };
}

/** "2000.00 kr./dag" (the server's value text) → "2.000 kr./dag"; "1.5 dage" → "1,5 dage": decimals only when
 *  they are not all zero. */
export function danishValueText(text: string): string {
  const match = /^(-?\d+)(?:\.(\d+))?(.*)$/.exec(text.trim());
  if (!match) return text;
  const digits = /^0*$/.test(match[2] ?? '') ? 0 : (match[2]?.length ?? 0);
  const number = Number(`${match[1]}.${match[2] ?? '0'}`);
  const formatted = new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(number);
  return formatted + match[3];
}
