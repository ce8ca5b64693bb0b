// Rapporter: choose a report, the period and (for the evaluator) the area; see charts, the full
// table, the notes, and download the same report as CSV for Danish Excel. Every report goes through
// the one ReportView. Loaded lazily (App.tsx), so the chart library stays out of the main bundle.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, type SessionUser } from '../api/client';
import { apiHref, targetOf, type QueryOf } from '../api/operations';
import { loadInstruments } from '../questionnaires/api';
import { formatDate, todayIso } from '../format';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { defaultPeriod, formatCell, fromReportTable, readPeriod, type ReportData } from '../reports/cells';
import { figuresFor, type FigureCode, type FigureDefinition } from '../reports/figures';
import { ReportTable, ReportView } from '../reports/ReportView';
import { fromQuestionnaireChange, fromWhoGains, type WhoGainsView } from '../reports/sources';
import '../reports/reports.css';

type Named = { id: number; name: string };
type ScopeKind = NonNullable<QueryOf<'get', '/reports/{figure}'>>['scope'];

/** The chosen report as the API is asked for it. */
type ReportRequest =
  | { source: 'figure'; figure: FigureCode; query: QueryOf<'get', '/reports/{figure}'> }
  | { source: 'questionnaire-change'; query: QueryOf<'get', '/reports/questionnaire-change'> }
  | { source: 'who-gains'; query: QueryOf<'get', '/reports/who-gains'> };

/** A report as shown; the answer says whether small numbers were hidden for this user. */
type Report = ({ kind: 'table'; report: ReportData } | { kind: 'who-gains'; view: WhoGainsView }) & { smallCellsSuppressed: boolean };
/** A loaded report, with the path it answers (so a slow answer never shows under another choice). */
type Loaded = Report & { path: string };

/** The evaluator's areas: "national", "region:1", "municipality:2", "unit:3". */
function scopeOptions(source: FigureDefinition['source'], areas: Areas): { value: string; label: string }[] {
  const options = [{ value: 'national', label: 'Hele landet' }];
  if (source === 'figure') for (const r of areas.regions) options.push({ value: `region:${r.id}`, label: r.name });
  if (source !== 'who-gains') for (const m of areas.municipalities) options.push({ value: `municipality:${m.id}`, label: m.name });
  for (const u of areas.units) options.push({ value: `unit:${u.id}`, label: u.name });
  return options;
}

interface Areas {
  regions: Named[];
  municipalities: Named[];
  units: Named[];
}

/** "unit:3" → the scope the evaluator chose; "national" has no id. */
function chosenScope(value: string): { kind: ScopeKind; id?: number } {
  const [kind, id] = value.split(':');
  const known: ScopeKind[] = ['unit', 'municipality', 'region', 'national'];
  const scope = known.find((k) => k === kind) ?? 'national';
  return scope === 'national' ? { kind: scope } : { kind: scope, id: Number(id) };
}

/** The request for the chosen report; the evaluator names the area, others get their own. */
function reportRequest(figure: FigureDefinition, from: string, to: string, scopeValue: string, instrument: string, choosesArea: boolean): ReportRequest {
  const scope = choosesArea ? chosenScope(scopeValue) : { kind: undefined, id: undefined };
  const idIf = (kind: ScopeKind) => (scope.kind === kind ? scope.id : undefined);
  if (figure.source === 'figure') {
    return { source: 'figure', figure: figure.code, query: { from, to, scope: scope.kind, id: scope.id } };
  }
  if (figure.source === 'questionnaire-change') {
    return { source: figure.source, query: { instrument, from, to, unit_id: idIf('unit'), municipality_id: idIf('municipality') } };
  }
  return { source: 'who-gains', query: { from, to, unit_id: idIf('unit') } };
}

/** The request's address (without /api/v1), optionally as CSV. */
function targetOfReport(request: ReportRequest, format?: 'csv'): string {
  const query = { ...request.query, format };
  if (request.source === 'figure') return targetOf('/reports/{figure}', { figure: request.figure }, query);
  return targetOf(`/reports/${request.source}`, undefined, query);
}

async function loadReport(request: ReportRequest): Promise<Report> {
  if (request.source === 'who-gains') {
    const answer = await api.get('/reports/who-gains', { query: request.query });
    return { kind: 'who-gains', view: fromWhoGains(answer), smallCellsSuppressed: answer.small_cells_suppressed };
  }
  if (request.source === 'questionnaire-change') {
    const answer = await api.get('/reports/questionnaire-change', { query: request.query });
    const report = fromQuestionnaireChange(answer);
    const titled = { ...report, title: report.title || `Ændring i ${report.instrumentName}` };
    return { kind: 'table', report: titled, smallCellsSuppressed: answer.small_cells_suppressed };
  }
  const answer = await api.get('/reports/{figure}', { path: { figure: request.figure }, query: request.query });
  return { kind: 'table', report: fromReportTable(answer), smallCellsSuppressed: answer.small_cells_suppressed };
}

/** The area a user with an own unit or municipality sees. */
const OWN_AREA: Partial<Record<SessionUser['organisation_kind'], string>> = {
  unit: 'Dit eget afklaringstilbud',
  municipality: 'Din kommunes afklaringstilbud',
};

export function ReportsPage() {
  const { user } = useSession();
  const figures = figuresFor(user);
  // The chosen report lives in the address (?rapport=occupancy), so a report can be linked and bookmarked.
  const [search, setSearch] = useSearchParams();
  const code = search.get('rapport') ?? figures[0]?.code ?? 'flow';
  const setCode = (next: string) => setSearch({ rapport: next }, { replace: true });
  // The period in force (YYYY-MM-DD) and the text in the two date fields; typed dates are applied
  // when the field is left or Enter is pressed, so half-typed dates never reach the server.
  const [period, setPeriod] = useState(() => defaultPeriod(todayIso()));
  const [dates, setDates] = useState(() => ({ from: formatDate(period.from), to: formatDate(period.to) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [scope, setScope] = useState('national');
  const [instrument, setInstrument] = useState('who5');
  const uid = useId().replace(/:/g, '');
  const figure = figures.find((f) => f.code === code) ?? figures[0];
  // A user of the national organisation (the evaluator) chooses the area; the others see their own.
  const choosesArea = user?.organisation_kind === 'national';

  const areas = useLoad<Areas>(async () => {
    if (!choosesArea) return { regions: [], municipalities: [], units: [] };
    const [regions, municipalities, units] = await Promise.all([api.get('/regions'), api.get('/municipalities'), api.get('/units')]);
    return { regions: regions.items, municipalities: municipalities.items, units: units.items };
  }, `areas-${choosesArea}`);
  const instruments = useLoad(
    async () => (figure?.source === 'questionnaire-change' ? loadInstruments() : []),
    `instruments-${figure?.source === 'questionnaire-change'}`,
  );

  const options = figure ? scopeOptions(figure.source, areas.data ?? { regions: [], municipalities: [], units: [] }) : [];
  const effectiveScope = options.some((o) => o.value === scope) ? scope : 'national';
  const request = figure && user ? reportRequest(figure, period.from, period.to, effectiveScope, instrument, choosesArea) : null;
  const path = request ? targetOfReport(request) : null;
  const csvHref = request ? apiHref(targetOfReport(request, 'csv')) : '';

  function applyDates() {
    const read = readPeriod(dates.from, dates.to);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    if (read.from !== period.from || read.to !== period.to) setPeriod(read);
  }

  const result = useLoad<Loaded | null>(async () => (request && path ? { path, ...(await loadReport(request)) } : null), path ?? 'none');
  const shown = result.data && result.data.path === path ? result.data : null;

  if (!figure || !user) {
    return (
      <section aria-labelledby="page-title">
        <PageTitle>Rapporter</PageTitle>
        <p className="alert alert-info">Din rolle giver ikke adgang til rapporter.</p>
      </section>
    );
  }

  // A server error that names one of the choices is shown next to it.
  const fieldOfError = (error: ApiError | null) => {
    const field = error?.field;
    if (field === 'from' || field === 'to' || field === 'instrument') return field;
    // Only the evaluator has an area field to show it at; others see it above the report.
    if (choosesArea && (field === 'scope' || field === 'id' || field === 'unit_id' || field === 'municipality_id')) return 'scope';
    return undefined;
  };
  const serverField = fieldOfError(result.error);
  const fieldError = (name: string) => errors[name] ?? (serverField === name ? result.error?.message : undefined);
  const fid = (name: string) => `report-${name}-${uid}`;
  const describedBy = (name: string) => (fieldError(name) ? `${fid(name)}-error` : undefined);
  const errorText = (name: string) =>
    fieldError(name) ? (
      <p className="field-error" id={`${fid(name)}-error`}>
        {fieldError(name)}
      </p>
    ) : null;

  return (
    <section aria-labelledby="page-title">
      <PageTitle>Rapporter</PageTitle>
      <form
        className="report-filters"
        aria-label="Vælg rapport"
        onSubmit={(e) => {
          e.preventDefault();
          applyDates();
        }}
      >
        <div className="field">
          <label htmlFor={fid('figure')}>Rapport</label>
          <select id={fid('figure')} value={figure.code} onChange={(e) => setCode(e.target.value)}>
            {figures.map((f) => (
              <option key={f.code} value={f.code}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${fieldError('from') ? ' has-error' : ''}`}>
          <label htmlFor={fid('from')}>Fra og med</label>
          <input
            id={fid('from')}
            name="from"
            type="text"
            inputMode="numeric"
            placeholder="dd-mm-åååå"
            size={12}
            value={dates.from}
            aria-invalid={fieldError('from') ? true : undefined}
            aria-describedby={[`${fid('date')}-hint`, describedBy('from')].filter(Boolean).join(' ')}
            onChange={(e) => setDates((d) => ({ ...d, from: e.target.value }))}
            onBlur={applyDates}
          />
          {errorText('from')}
        </div>
        <div className={`field${fieldError('to') ? ' has-error' : ''}`}>
          <label htmlFor={fid('to')}>Til og med</label>
          <input
            id={fid('to')}
            name="to"
            type="text"
            inputMode="numeric"
            placeholder="dd-mm-åååå"
            size={12}
            value={dates.to}
            aria-invalid={fieldError('to') ? true : undefined}
            aria-describedby={[`${fid('date')}-hint`, describedBy('to')].filter(Boolean).join(' ')}
            onChange={(e) => setDates((d) => ({ ...d, to: e.target.value }))}
            onBlur={applyDates}
          />
          {errorText('to')}
        </div>
        {figure.source === 'questionnaire-change' ? (
          <div className={`field${fieldError('instrument') ? ' has-error' : ''}`}>
            <label htmlFor={fid('instrument')}>Spørgeskema</label>
            <select
              id={fid('instrument')}
              value={instrument}
              aria-describedby={describedBy('instrument')}
              onChange={(e) => setInstrument(e.target.value)}
            >
              {(instruments.data ?? [{ code: 'who5', definition: { name_da: 'WHO-5 Trivselsindeks' } }]).map((i) => (
                <option key={i.code} value={i.code}>
                  {i.definition.name_da}
                </option>
              ))}
            </select>
            {errorText('instrument')}
          </div>
        ) : null}
        {choosesArea ? (
          <div className={`field${fieldError('scope') ? ' has-error' : ''}`}>
            <label htmlFor={fid('scope')}>Område</label>
            <select id={fid('scope')} value={effectiveScope} aria-describedby={describedBy('scope')} onChange={(e) => setScope(e.target.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {errorText('scope')}
          </div>
        ) : (
          <div className="field">
            <span className="field-label-text">Område</span>
            <span>{OWN_AREA[user.organisation_kind] ?? 'Hele landet'}</span>
          </div>
        )}
        <div className="report-filters-submit">
          <button type="submit" className="secondary">
            Vis
          </button>
        </div>
      </form>
      <p className="hint" id={`${fid('date')}-hint`}>
        Datoer skrives dd-mm-åååå. Perioden gælder, når du forlader feltet eller trykker Enter.
      </p>
      {shown?.smallCellsSuppressed ? <p className="hint">Tal under 5 borgere skjules og vises som «færre end 5».</p> : null}

      <div aria-live="polite" className="sr-only">
        {result.loading ? 'Henter rapporten …' : shown ? 'Rapporten er hentet.' : ''}
      </div>
      {result.error && !serverField ? <ErrorBox error={result.error} /> : null}
      {result.loading && !shown ? <Loading /> : null}
      {shown && path ? (
        <div>
          <h2>{figure.label}</h2>
          <p className="muted">
            Periode {formatDate(period.from)} – {formatDate(period.to)}
            {choosesArea ? ` · ${options.find((o) => o.value === effectiveScope)?.label ?? ''}` : ''}
          </p>
          {shown.kind === 'table' ? (
            <ReportView id={figure.code} report={shown.report} charts={figure.charts} csvHref={csvHref} />
          ) : (
            <WhoGains view={shown.view} figure={figure} csvHref={csvHref} />
          )}
        </div>
      ) : null}
      {may(user, 'export_evaluation') ? (
        <section aria-labelledby="evaluation-heading" className="evaluation-export">
          <h2 id="evaluation-heading">Udtræk til den nationale evaluering</h2>
          <p>
            Kommunens forløb, indlæggelser, pladser og besvarelser i perioden {formatDate(period.from)} – {formatDate(period.to)},
            pseudonymiseret: uden navne, CPR-numre og fritekst, med kodebog.
          </p>
          <a
            className="button"
            href={apiHref(targetOf('/evaluation/export', undefined, { from: period.from, to: period.to }))}
            download={`evaluering-${formatDate(period.from)}-til-${formatDate(period.to)}.json`}
          >
            Hent udtrækket
          </a>
        </section>
      ) : null}
    </section>
  );
}

function WhoGains({ view, figure, csvHref }: { view: WhoGainsView; figure: FigureDefinition; csvHref: string }) {
  return (
    <>
      <dl className="report-facts">
        {view.facts.map((fact) => (
          <div key={fact.label} style={{ display: 'contents' }}>
            <dt>{fact.label}</dt>
            <dd>{formatCell(fact.value, fact.type, fact.suppressed)}</dd>
          </div>
        ))}
      </dl>
      <ReportView id={figure.code} report={view.lines} charts={figure.charts} csvHref={csvHref} />
      <h3>Antagelser</h3>
      <p className="hint">Priser og udgangspunkter i kraft ved periodens slutning; kommunens betaling pr. færdigbehandlingsdag efter hver dags år. «EKSEMPEL» betyder en pladsholder, ikke et tal fra kilderne.</p>
      <ReportTable id="who-gains-assumptions" report={view.assumptions} />
    </>
  );
}
