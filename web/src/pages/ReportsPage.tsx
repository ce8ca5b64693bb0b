// Rapporter: choose a report, the period and (for the evaluator) the area; see charts, the full
// table, the notes, and download the same report as CSV for Danish Excel. Every report goes through
// the one ReportView. Loaded lazily (App.tsx), so the chart library stays out of the main bundle.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, type Schemas } from '../api/client';
import { formatDate, todayIso } from '../format';
import { useSession, type Role } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { defaultPeriod, formatCell, fromReportTable, readPeriod, withQuery, type ReportData } from '../reports/cells';
import { figuresFor, type FigureDefinition } from '../reports/figures';
import { ReportTable, ReportView } from '../reports/ReportView';
import { fromQuestionnaireChange, fromWhoGains, type WhoGainsView } from '../reports/sources';
import '../reports/reports.css';

const API = '/api/v1';

interface Named {
  id: number;
  name: string;
}
interface Items<T> {
  items: T[];
}
interface Instrument {
  code: string;
  definition: { name_da: string };
}

/** A loaded report, with the path it answers (so a slow answer never shows under another choice). */
type Loaded = ({ kind: 'table'; report: ReportData } | { kind: 'who-gains'; view: WhoGainsView }) & { path: string };

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

/** The API path (without /api/v1) of the chosen report, or null when the choices are not complete. */
function reportPath(figure: FigureDefinition, from: string, to: string, scope: string, instrument: string, role: Role): string {
  const [kind, id] = scope.split(':');
  const chooses = role === 'evaluator';
  if (figure.source === 'figure') {
    return withQuery(`/reports/${figure.code}`, { from, to, scope: chooses ? kind : undefined, id: chooses ? id : undefined });
  }
  if (figure.source === 'questionnaire-change') {
    return withQuery('/reports/questionnaire-change', {
      instrument,
      from,
      to,
      unit_id: chooses && kind === 'unit' ? id : undefined,
      municipality_id: chooses && kind === 'municipality' ? id : undefined,
    });
  }
  return withQuery('/reports/who-gains', { from, to, unit_id: chooses && kind === 'unit' ? id : undefined });
}

const csvOf = (path: string) => `${API}${path}${path.includes('?') ? '&' : '?'}format=csv`;

const OWN_AREA: Partial<Record<Role, string>> = {
  unit_staff: 'Dit eget afklaringstilbud',
  unit_lead: 'Dit eget afklaringstilbud',
  authority: 'Din kommunes afklaringstilbud',
  project_lead: 'Din kommunes afklaringstilbud (små tal under 5 borgere skjules)',
};

export function ReportsPage() {
  const { user } = useSession();
  const role = user?.role;
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
  const isEvaluator = role === 'evaluator';

  const areas = useLoad<Areas>(async () => {
    if (!isEvaluator) return { regions: [], municipalities: [], units: [] };
    const [regions, municipalities, units] = await Promise.all([
      api.get<Items<Named>>('/regions'),
      api.get<Items<Named>>('/municipalities'),
      api.get<Items<Named>>('/units'),
    ]);
    return { regions: regions.items, municipalities: municipalities.items, units: units.items };
  }, `areas-${isEvaluator}`);
  const instruments = useLoad<Instrument[]>(
    async () => (figure?.source === 'questionnaire-change' ? (await api.get<Items<Instrument>>('/instruments')).items : []),
    `instruments-${figure?.source === 'questionnaire-change'}`,
  );

  const options = figure ? scopeOptions(figure.source, areas.data ?? { regions: [], municipalities: [], units: [] }) : [];
  const effectiveScope = options.some((o) => o.value === scope) ? scope : 'national';
  const path = figure && role ? reportPath(figure, period.from, period.to, effectiveScope, instrument, role) : null;

  function applyDates() {
    const read = readPeriod(dates.from, dates.to);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    if (read.from !== period.from || read.to !== period.to) setPeriod(read);
  }

  const result = useLoad<Loaded | null>(async () => {
    if (!path || !figure) return null;
    if (figure.source === 'who-gains') return { path, kind: 'who-gains', view: fromWhoGains(await api.get<Schemas['WhoGains']>(path)) };
    if (figure.source === 'questionnaire-change') {
      const report = fromQuestionnaireChange(await api.get<Schemas['QuestionnaireChangeReport']>(path));
      return { path, kind: 'table', report: { ...report, title: report.title || `Ændring i ${report.instrumentName}` } };
    }
    return { path, kind: 'table', report: fromReportTable(await api.get<Schemas['FigureReport']>(path)) };
  }, path ?? 'none');
  const shown = result.data && result.data.path === path ? result.data : null;

  if (!figure || !role) {
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
    if (isEvaluator && (field === 'scope' || field === 'id' || field === 'unit_id' || field === 'municipality_id')) return 'scope';
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
        {isEvaluator ? (
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
            <span>{OWN_AREA[role] ?? 'Hele landet'}</span>
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
      {isEvaluator ? <p className="hint">Som evaluator ser du samlede tal; tal under 5 borgere skjules og vises som «færre end 5».</p> : null}

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
            {isEvaluator ? ` · ${options.find((o) => o.value === effectiveScope)?.label ?? ''}` : ''}
          </p>
          {shown.kind === 'table' ? (
            <ReportView id={figure.code} report={shown.report} charts={figure.charts} csvHref={csvOf(path)} />
          ) : (
            <WhoGains view={shown.view} figure={figure} csvHref={csvOf(path)} />
          )}
        </div>
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
