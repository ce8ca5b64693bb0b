// The one view of every report: charts drawn from the table, the full table with caption and
// header cells (Danish numbers, "færre end 5" for hidden small cells, with the reason as the cell's title), the notes, and the CSV download.
import { ReportChart } from '../charts/ReportChart';
import { SUPPRESSED_REASON, formatCell, isSuppressed, type ReportData } from './cells';
import type { ChartSpec } from './chartData';
import './reports.css';

/** Columns of ids and codes the CSV keeps but a reader of the page does not need. */
const HIDDEN_COLUMNS = ['group', 'unit', 'code'];

export function ReportTable({ report, id }: { report: ReportData; id: string }) {
  const columns = report.columns.filter((c) => !HIDDEN_COLUMNS.includes(c.key));
  const header = report.rowHeader ?? columns.find((c) => c.type === 'text')?.key ?? columns[0]?.key;
  const numeric = (type: string) => type !== 'text' && type !== 'date';
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table report-table" data-report-table={id}>
        <caption id={`${id}-caption`}>{report.title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={numeric(c.type) ? 'number' : undefined}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>Ingen tal i perioden.</td>
            </tr>
          ) : null}
          {report.rows.map((row, index) => (
            <tr key={index} className={row.isTotal ? 'total-row' : undefined}>
              {columns.map((c) => {
                const hidden = isSuppressed(report, index, c.key);
                const text = formatCell(row.cells[c.key], c.type, hidden);
                const className = [numeric(c.type) ? 'number' : '', hidden ? 'suppressed' : ''].filter(Boolean).join(' ') || undefined;
                return c.key === header ? (
                  <th key={c.key} scope="row" data-label={c.heading} className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={c.key} data-label={c.heading} className={className} title={hidden ? SUPPRESSED_REASON : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="report-notes" aria-label="Noter til tallene">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

interface ReportViewProps {
  id: string;
  report: ReportData;
  charts: ChartSpec[];
  /** The same report as CSV for Danish Excel (the session cookie goes along with the link). */
  csvHref?: string;
}

export function ReportView({ id, report, charts, csvHref }: ReportViewProps) {
  return (
    <div className="report-view" data-report={id}>
      {charts.length > 0 ? (
        <div className="report-charts">
          {charts.map((spec, index) => (
            <ReportChart key={spec.title} id={`${id}-${index}`} report={report} spec={spec} />
          ))}
        </div>
      ) : null}
      <ReportTable report={report} id={id} />
      <ReportNotes notes={report.notes} />
      {csvHref ? (
        <p className="report-actions">
          <a className="button" href={csvHref} download>
            Hent CSV<span className="sr-only"> – {report.title}</span>
          </a>
          <span className="muted">Til Excel: semikolon og decimalkomma.</span>
        </p>
      ) : null}
    </div>
  );
}
