// Kapacitet: a scenario (referrals, stays, the range of places to compare, a target for the wait),
// run by the server's planner in the background; the page polls the run with a visible progress bar
// and shows the recommendation, charts of places against wait and occupancy, and the numbers.
// Loaded lazily (App.tsx), so the chart library stays out of the main bundle.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, type Schemas, type SessionUser } from '../api/client';
import { may, useSession } from '../session';
import { PageTitle, useLoad } from '../ui';
import { formatNumber } from '../format';
import { ReportView } from '../reports/ReportView';
import type { ChartSpec } from '../reports/chartData';
import {
  DEFAULT_SCENARIO,
  MAX_REPLICATIONS,
  curveReport,
  formFieldOf,
  recommendation,
  toScenario,
  validateScenario,
  type PlanResult,
  type ScenarioField,
  type ScenarioValues,
} from '../capacity/scenario';
import '../reports/reports.css';

const POLL_MS = 500;
/** The server stops a run after its own limit (30 s by default); past this the page gives up waiting. */
const GIVE_UP_MS = 120_000;


type Run =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'running'; id: number; progress: number }
  | { state: 'done'; result: PlanResult }
  | { state: 'failed'; message: string };

const CHARTS: ChartSpec[] = [
  { kind: 'lines', title: 'Ventetid efter antal pladser (dage)', category: 'places', series: ['mean_wait', 'wait_p90'], unit: 'days' },
  { kind: 'lines', title: 'Belægning og andel, der venter, efter antal pladser', category: 'places', series: ['occupancy', 'share_waiting'], unit: 'percent' },
];

type UnitSummary = Schemas['UnitDetail'];

/** The units whose own history the user may replay: those of the user's own unit or municipality,
 *  or all for a user without one (evaluator, admin). The server decides each request the same way. */
function unitsWithHistory(user: SessionUser, units: UnitSummary[]): UnitSummary[] {
  if (user.organisation_kind === 'unit') return units.filter((u) => u.id === user.organisation_id);
  if (user.organisation_kind === 'municipality') return units.filter((u) => u.municipality_id === user.organisation_id);
  return units;
}

interface FieldProps {
  name: ScenarioField;
  label: string;
  hint?: string;
  optional?: boolean;
}

/** One labelled number field of the scenario, with its hint and error next to it. */
function ScenarioInput({ name, label, hint, optional, form }: FieldProps & { form: FormState }) {
  const id = form.fid(name);
  const error = form.errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> (valgfri)</span> : <span aria-hidden="true"> *</span>}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        value={form.values[name]}
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
        aria-describedby={describedBy}
        onChange={(e) => form.set(name, e.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FormState {
  values: ScenarioValues;
  errors: Partial<Record<ScenarioField, string>>;
  set(name: ScenarioField, value: string): void;
  fid(name: string): string;
}

export function CapacityPage() {
  const { user } = useSession();
  const [values, setValues] = useState<ScenarioValues>(DEFAULT_SCENARIO);
  const [errors, setErrors] = useState<Partial<Record<ScenarioField, string>>>({});
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const units = useLoad(async () => (await api.get('/units')).items, 'units');
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId().replace(/:/g, '');
  const fid = (name: string) => `scenario-${name}-${uid}`;

  // Poll the run every half second while it is running; stop when the page is left.
  const runningId = run.state === 'running' ? run.id : null;
  useEffect(() => {
    if (runningId === null) return;
    const started = Date.now();
    let live = true;
    let timer = 0;
    const poll = async () => {
      try {
        const status = await api.get('/simulations/{simulationId}', { path: { simulationId: runningId } });
        if (!live) return;
        // The page always asks for a plan, so a finished run answers the planner's curve.
        if (status.state === 'done' && status.result && 'curve' in status.result) setRun({ state: 'done', result: status.result });
        else if (status.state === 'failed') setRun({ state: 'failed', message: status.error || 'Beregningen mislykkedes. Prøv igen.' });
        else if (status.state === 'timed_out')
          setRun({
            state: 'failed',
            message: status.error || 'Beregningen tog for lang tid og blev stoppet. Prøv med færre gentagelser eller færre simulerede år.',
          });
        else if (Date.now() - started > GIVE_UP_MS)
          setRun({ state: 'failed', message: 'Serveren svarer ikke med et resultat. Prøv igen om lidt.' });
        else {
          setRun({ state: 'running', id: runningId, progress: status.progress });
          timer = window.setTimeout(poll, POLL_MS);
        }
      } catch (e) {
        if (!live) return;
        const message = e instanceof ApiError && e.status === 404 ? 'Beregningen findes ikke længere på serveren. Start den igen.' : e instanceof ApiError ? e.message : String(e);
        setRun({ state: 'failed', message });
      }
    };
    timer = window.setTimeout(poll, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [runningId]);

  if (!user || !may(user, 'plan_capacity')) {
    return (
      <section aria-labelledby="page-title">
        <PageTitle>Kapacitet</PageTitle>
        <p className="alert alert-info">Kapacitetsberegninger kan bruges af ledere, myndighed, projektledere og evaluatorer.</p>
      </section>
    );
  }

  function focusField(name: ScenarioField) {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateScenario(values);
    setErrors(found);
    const first = (Object.keys(DEFAULT_SCENARIO) as ScenarioField[]).find((name) => found[name]);
    if (first) {
      focusField(first);
      return;
    }
    setRun({ state: 'starting' });
    try {
      const status = await api.post('/simulations', { body: toScenario(values) });
      setRun({ state: 'running', id: status.id, progress: status.progress });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'client', String(e));
      if (error.status === 401) {
        setRun({ state: 'idle' });
        return;
      }
      const field = formFieldOf(error.field);
      if (field) {
        setErrors({ [field]: error.message });
        setRun({ state: 'idle' });
        focusField(field);
      } else {
        setRun({ state: 'failed', message: error.message });
      }
    }
  }

  const busy = run.state === 'starting' || run.state === 'running';
  const set = (name: ScenarioField, value: string) => setValues((old) => ({ ...old, [name]: value }));
  const form: FormState = { values, errors, set, fid };

  const progressPercent = run.state === 'running' ? Math.round(run.progress * 100) : run.state === 'done' ? 100 : 0;
  const statusText =
    run.state === 'starting'
      ? 'Starter beregningen …'
      : run.state === 'running'
        ? `Beregner … ${progressPercent} %`
        : run.state === 'done'
          ? 'Beregningen er færdig. Resultatet står nedenfor.'
          : '';

  return (
    <section aria-labelledby="page-title">
      <PageTitle>Kapacitet</PageTitle>
      <p>
        Hvor mange afklaringspladser skal der til? Beskriv efterspørgslen og opholdene. Beregningen simulerer mange år med
        forskellige antal pladser og viser ventetid og belægning for hvert antal.
      </p>
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Scenarie" className="command-form">
        {units.data && user && unitsWithHistory(user, units.data).length > 0 ? (
          <div className="field">
            <label htmlFor={fid('history')}>Grundlag for henvisninger og ophold</label>
            <p className="hint" id={`${fid('history')}-hint`}>
              Skriv selv tallene, eller gentag et tilbuds egne forløb (datoer for optagelse og opholdenes længde).
            </p>
            <select
              id={fid('history')}
              name="history"
              value={values.history}
              aria-describedby={[`${fid('history')}-hint`, errors.history ? `${fid('history')}-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={errors.history ? true : undefined}
              onChange={(e) => set('history', e.target.value)}
            >
              <option value="">Tal, jeg skriver herunder</option>
              {unitsWithHistory(user, units.data).map((unit) => (
                <option key={unit.id} value={String(unit.id)}>
                  Gentag forløbene på {unit.name}
                </option>
              ))}
            </select>
            {errors.history ? (
              <p className="field-error" id={`${fid('history')}-error`}>
                {errors.history}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="scenario-form">
          {values.history ? null : (
            <>
              <fieldset>
                <legend>Henvisninger</legend>
                <ScenarioInput form={form} name="rate" label="Antal henvisninger" hint="Gennemsnitligt antal henvisninger, f.eks. 1,4 pr. uge." />
                <div className="field">
                  <label htmlFor={fid('rateUnit')}>Pr.</label>
                  <select id={fid('rateUnit')} name="rateUnit" value={values.rateUnit} onChange={(e) => set('rateUnit', e.target.value)}>
                    <option value="week">uge</option>
                    <option value="year">år</option>
                  </select>
                </div>
                <ScenarioInput form={form} name="acceptance" label="Andel, der optages (%)" hint="Resten henvises andre steder hen med det samme." />
              </fieldset>
              <fieldset>
                <legend>Ophold</legend>
                <ScenarioInput form={form} name="meanStay" label="Gennemsnitlig opholdslængde (dage)" />
                <ScenarioInput form={form} name="sdStay" label="Spredning på opholdslængden (dage)" hint="Hvor meget opholdene varierer. 0 = alle ophold er lige lange." />
              </fieldset>
            </>
          )}
          <fieldset>
            <legend>Pladser og mål</legend>
            <ScenarioInput form={form} name="minPlaces" label="Færreste antal pladser" hint="Tomt: vælges ud fra efterspørgslen." optional />
            <ScenarioInput form={form} name="maxPlaces" label="Største antal pladser" hint="Tomt: til et par pladser efter målet er nået." optional />
            <ScenarioInput form={form} name="targetWait" label="Mål: højst gennemsnitlig ventetid (dage)" hint="Ventetid på sygehuset, før der er en plads." optional />
          </fieldset>
          <fieldset>
            <legend>Økonomi</legend>
            <ScenarioInput form={form} name="annualCost" label="Årlig udgift pr. plads (kr.)" hint="Giver taksten pr. pladsdøgn ved den beregnede belægning." optional />
            <ScenarioInput form={form} name="dayPrice" label="Pris pr. færdigbehandlingsdag (kr.)" optional />
          </fieldset>
          <fieldset>
            <legend>Beregning</legend>
            <ScenarioInput form={form} name="replications" label="Gentagelser" hint={`Flere gentagelser giver sikrere tal, men tager længere tid (højst ${formatNumber(MAX_REPLICATIONS)}).`} />
            <ScenarioInput form={form} name="years" label="Simulerede år" hint="År, der måles over for hver gentagelse." />
          </fieldset>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Beregn
          </button>
        </div>
      </form>

      <div className="run-progress" hidden={run.state === 'idle'}>
        <label htmlFor={fid('progress')}>Fremdrift</label>
        <progress id={fid('progress')} max={100} value={progressPercent} aria-valuetext={`${progressPercent} %`}>
          {progressPercent} %
        </progress>
      </div>
      <p role="status" aria-live="polite" className="run-status">
        {statusText}
      </p>
      {run.state === 'failed' ? (
        <div className="alert alert-error" role="alert">
          {run.message}
        </div>
      ) : null}

      {run.state === 'done' ? (
        <div className="capacity-result">
          <h2>Resultat</h2>
          <p className="recommendation alert alert-info">{recommendation(run.result)}</p>
          <ReportView id="capacity" report={curveReport(run.result)} charts={CHARTS} />
        </div>
      ) : null}
    </section>
  );
}
