// Kapacitet: the scenario form's fields, their checks (Danish messages by field), the scenario JSON
// for POST /api/v1/simulations (always with a "plan", so the planner compares a range of places),
// the server's field names mapped back to the form, and the planner's curve as a ReportData.
import type { Schemas } from '../api/client';
import { CODE_LABELS, NUMBER_LIMITS } from '../api/codeLabels';
import { parseDanishNumber } from '../format';
import { formatDecimal, type ReportData } from '../reports/cells';

export type ScenarioField =
  | 'history'
  | 'rate'
  | 'rateUnit'
  | 'acceptance'
  | 'meanStay'
  | 'sdStay'
  | 'minPlaces'
  | 'maxPlaces'
  | 'targetWait'
  | 'annualCost'
  | 'dayPrice'
  | 'replications'
  | 'years';

export type ScenarioValues = Record<ScenarioField, string>;

export const DEFAULT_SCENARIO: ScenarioValues = {
  /** A unit's id: replay its own courses (referral dates and stays) instead of typed figures. */
  history: '',
  rate: '1,4',
  rateUnit: 'week',
  acceptance: '100',
  meanStay: '90',
  sdStay: '60',
  minPlaces: '',
  maxPlaces: '',
  targetWait: '7',
  annualCost: '',
  dayPrice: '',
  replications: '200',
  years: '10',
};

interface Rule {
  required?: boolean;
  integer?: boolean;
  min?: number;
  minExclusive?: boolean;
  max?: number;
}

/** The largest value the server lets through for one of its fields (core/input_limits.cpp). */
const upTo = (serverField: keyof typeof NUMBER_LIMITS) => NUMBER_LIMITS[serverField].maximum;

export const MAX_REPLICATIONS = upTo('replications');

// Each field's range: the server's own limit for the field it fills, and what the scenario needs
// beyond it (a rate, a stay and a share above 0; at least one place and one year).
const RULES: Partial<Record<ScenarioField, Rule>> = {
  rate: { required: true, min: 0, minExclusive: true },
  acceptance: { required: true, min: 0, minExclusive: true, max: upTo('acceptance_share') * 100 },
  meanStay: { required: true, min: 0, minExclusive: true, max: upTo('mean_days') },
  sdStay: { required: true, min: 0, max: upTo('sd_days') },
  minPlaces: { integer: true, min: 1, max: upTo('min_places') },
  maxPlaces: { integer: true, min: 1, max: upTo('max_places') },
  targetWait: { min: 0, minExclusive: true, max: upTo('max_mean_wait_days') },
  annualCost: { min: 0, max: upTo('annual_cost_per_place') },
  dayPrice: { min: 0, max: upTo('faerdigbehandling_price_per_day') },
  replications: { required: true, integer: true, min: 1, max: MAX_REPLICATIONS },
  years: { required: true, integer: true, min: 1, max: upTo('years') },
};

const numberText = (n: number) => new Intl.NumberFormat('da-DK').format(n);

/** The fields a replayed history replaces. */
export const TYPED_DEMAND: ScenarioField[] = ['rate', 'rateUnit', 'acceptance', 'meanStay', 'sdStay'];

/** Checks every field before anything is sent; the messages say what to write. */
export function validateScenario(values: ScenarioValues): Partial<Record<ScenarioField, string>> {
  const errors: Partial<Record<ScenarioField, string>> = {};
  for (const [field, rule] of Object.entries(RULES) as [ScenarioField, Rule][]) {
    if (values.history && TYPED_DEMAND.includes(field)) continue;
    const text = values[field].trim();
    if (text === '') {
      if (rule.required) errors[field] = 'Skal udfyldes.';
      continue;
    }
    const value = parseDanishNumber(text);
    if (value === null) {
      errors[field] = rule.integer ? 'Skriv et helt tal.' : 'Skriv et tal, f.eks. 1,5.';
    } else if (rule.integer && !Number.isInteger(value)) {
      errors[field] = 'Skriv et helt tal.';
    } else if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) {
      errors[field] = rule.minExclusive ? `Skal være større end ${numberText(rule.min)}.` : `Skal være mindst ${numberText(rule.min)}.`;
    } else if (rule.max !== undefined && value > rule.max) {
      errors[field] = `Må højst være ${numberText(rule.max)}.`;
    }
  }
  const min = parseDanishNumber(values.minPlaces);
  const max = parseDanishNumber(values.maxPlaces);
  if (!errors.minPlaces && !errors.maxPlaces && min !== null && max !== null && max < min) {
    errors.maxPlaces = 'Skal være mindst det færreste antal pladser.';
  }
  return errors;
}

/** The scenario JSON (docs/simulation.md). Call only when validateScenario found nothing. */
export function toScenario(values: ScenarioValues): Scenario {
  const number = (field: ScenarioField) => parseDanishNumber(values[field]) ?? undefined;
  const rate = number('rate') ?? 0;
  const sd = number('sdStay') ?? 0;
  const mean = number('meanStay') ?? 0;
  const target = number('targetWait');
  const plan: Schemas['ScenarioPlan'] = {
    min_places: number('minPlaces'),
    max_places: number('maxPlaces'),
    annual_cost_per_place: number('annualCost'),
    faerdigbehandling_price_per_day: number('dayPrice'),
    target: target === undefined ? undefined : { max_mean_wait_days: target },
  };
  if (values.history) {
    // The unit's own courses: each accepted referral on its date with its stay; open stays are drawn
    // from the unit's finished ones (docs/simulation.md, API).
    const unitId = Number(values.history);
    return {
      arrivals: { kind: 'installation_history', unit_id: unitId },
      stay: { distribution: 'installation_history', unit_id: unitId },
      years: number('years'),
      replications: number('replications'),
      seed: 1,
      plan,
    };
  }
  return {
    arrivals: { kind: 'poisson', rate_per_week: values.rateUnit === 'year' ? (rate * 7) / 365 : rate },
    acceptance_share: (number('acceptance') ?? 100) / 100,
    // Stays that all last the same (spread 0) are "fixed"; otherwise log-normal, as observed stays are skewed.
    stay: sd === 0 ? { distribution: 'fixed', mean_days: mean } : { distribution: 'lognormal', mean_days: mean, sd_days: sd },
    years: number('years'),
    replications: number('replications'),
    seed: 1,
    plan,
  };
}

const SERVER_FIELDS: [string, ScenarioField][] = [
  ['arrivals.unit_id', 'history'],
  ['stay.unit_id', 'history'],
  ['arrivals', 'rate'],
  ['acceptance_share', 'acceptance'],
  ['stay.sd_days', 'sdStay'],
  ['stay', 'meanStay'],
  ['plan.min_places', 'minPlaces'],
  ['plan.max_places', 'maxPlaces'],
  ['plan.target', 'targetWait'],
  ['plan.annual_cost_per_place', 'annualCost'],
  ['plan.faerdigbehandling_price_per_day', 'dayPrice'],
  ['replications', 'replications'],
  ['years', 'years'],
];

/** The form field a server error names ("stay.sd_days" → sdStay), if any. */
export function formFieldOf(serverField: string | undefined): ScenarioField | undefined {
  if (!serverField) return undefined;
  return SERVER_FIELDS.find(([prefix]) => serverField === prefix || serverField.startsWith(prefix + '.') || serverField.startsWith(prefix + '['))?.[1];
}

type SimulatedFigure = Schemas['SimulatedFigure'];
type TheoryValue = Schemas['TheoryValue'];
type CurveRow = Schemas['PlanRow'];
export type PlanResult = Schemas['PlanResult'];
export type Scenario = Schemas['SimulationRequest'];

/** Why a formula is left out, by the assumption the server names (json/scenario_json.hpp). */
export const ASSUMPTION_LABELS: Record<TheoryValue['failing_assumptions'][number], string> = CODE_LABELS.Assumption;
/** A formula's value (times `scale`, e.g. 100 for percent), or null where it does not apply. */
const formulaValue = (theory: TheoryValue, scale = 1) => (theory.value === null ? null : theory.value * scale);
/** The simulated mean, or null where the figure grows without bound. */
const meanOf = (figure: SimulatedFigure) => ('mean' in figure ? figure.mean : null);
const percentOf = (figure: SimulatedFigure) => ('mean' in figure ? figure.mean * 100 : null);

/** The planner's curve: one row per number of places. Money columns only when prices were given. */
export function curveReport(result: PlanResult): ReportData {
  const curve = result.curve;
  const hasTariff = curve.some((row) => typeof row.tariff_per_place_day === 'number');
  const hasCost = curve.some((row) => typeof row.faerdigbehandling_cost_per_year === 'number');
  const hasTarget = Boolean(result.target);
  const columns: ReportData['columns'] = [
    { key: 'places', heading: 'Pladser', type: 'integer' },
    { key: 'mean_wait', heading: 'Gennemsnitlig ventetid, dage', type: 'decimal' },
    { key: 'mean_wait_interval', heading: 'Ventetid, 95 %-interval', type: 'text' },
    { key: 'wait_p90', heading: '9 ud af 10 venter højst, dage', type: 'decimal' },
    { key: 'formula_wait', heading: 'Ventetid efter formel (M/M/c), dage', type: 'decimal' },
    { key: 'share_waiting', heading: 'Andel, der venter', type: 'percent' },
    { key: 'formula_share_waiting', heading: 'Andel, der venter, efter formel (Erlang C)', type: 'percent' },
    { key: 'occupancy', heading: 'Belægning', type: 'percent' },
    { key: 'faerdig_per_year', heading: 'Færdigbehandlingsdage pr. år', type: 'integer' },
  ];
  if (hasTariff) columns.push({ key: 'tariff', heading: 'Takst pr. pladsdøgn', type: 'money' });
  if (hasCost) columns.push({ key: 'faerdig_cost', heading: 'Færdigbehandlingsdage, kr. pr. år', type: 'money' });
  if (hasTarget) columns.push({ key: 'meets_target', heading: 'Når målet', type: 'text' });
  columns.push({ key: 'stable', heading: 'Stabil', type: 'text' });
  const rows = curve.map((row) => {
    const interval = row.mean_wait_days;
    const faerdigPerYear = meanOf(row.faerdigbehandlingsdage_per_year);
    return {
      isTotal: false,
      cells: {
        places: row.places,
        mean_wait: meanOf(row.mean_wait_days),
        mean_wait_interval:
          'mean' in interval ? `${formatDecimal(Math.max(0, interval.ci95_low))} – ${formatDecimal(interval.ci95_high)}` : 'Vokser uden grænse',
        formula_wait: formulaValue(row.theory.mmc_mean_wait_days),
        formula_share_waiting: formulaValue(row.theory.erlang_c_share_waiting, 100),
        wait_p90: meanOf(row.wait_p90_days),
        share_waiting: percentOf(row.share_waiting),
        occupancy: percentOf(row.occupancy),
        faerdig_per_year: faerdigPerYear === null ? null : Math.round(faerdigPerYear),
        tariff: row.tariff_per_place_day,
        faerdig_cost: row.faerdigbehandling_cost_per_year,
        meets_target: row.meets_target_with_confidence ? 'Ja, sikkert' : row.meets_target ? 'Ja' : 'Nej',
        stable: row.stable === false ? 'Nej – ventelisten vokser' : 'Ja',
      },
    };
  });
  const notes = [
    'Tallene er gennemsnit over alle gentagelser af simuleringen. «Sikkert»: også den øvre grænse af 95 %-intervallet når målet.',
  ];
  if (curve.some((row) => row.stable === false)) {
    notes.push('Ustabil: der kommer flere, end pladserne kan tage imod, så ventelisten vokser uden grænse; ventetiden afhænger af, hvor længe der simuleres, og vises derfor ikke som et gennemsnit.');
  }
  notes.push(formulaNote(curve));
  return { title: 'Pladser, ventetid og belægning', columns, rows, suppressed: new Set(), notes, rowHeader: 'places' };
}

/** What the formula columns are, and why they are empty where they are. */
function formulaNote(curve: CurveRow[]): string {
  const intro = 'Formlerne er køteoriens svar (Erlang C og M/M/c) til sammenligning med simuleringen.';
  const failing = new Set<keyof typeof ASSUMPTION_LABELS>();
  for (const row of curve)
    for (const code of row.theory.mmc_mean_wait_days.failing_assumptions)
      if (code !== 'load_below_places') failing.add(code);
  if (failing.size === 0) return `${intro} Tomme felter: for få pladser til, at køen falder til ro.`;
  const reasons = [...failing].map((code) => ASSUMPTION_LABELS[code]).join('; ');
  return `${intro} De gælder ikke for dette scenarie, fordi ${reasons}.`;
}

/** The Danish advice drawn from the planner's answer. */
export function recommendation(result: PlanResult): string {
  const loadText = `Efterspørgslen svarer til ${formatDecimal(result.offered_load)} optagne pladser i gennemsnit. `;
  const target = result.target?.max_mean_wait_days;
  if (typeof target !== 'number') {
    return `${loadText}Vælg et mål for ventetiden for at få et forslag til antal pladser.`;
  }
  const targetText = `højst ${formatDecimal(target).replace(/,0$/, '')} dages gennemsnitlig ventetid`;
  const smallest = result.smallest_places;
  const confident = result.smallest_places_confident;
  if (typeof smallest !== 'number') {
    const last = result.curve[result.curve.length - 1]?.places;
    return `${loadText}Målet om ${targetText} nås ikke${last ? ` med op til ${last} pladser` : ''}. Prøv med flere pladser.`;
  }
  const sure =
    typeof confident === 'number' && confident !== smallest
      ? ` For at være sikker (95 %) skal der være ${confident} pladser.`
      : typeof confident === 'number'
        ? ' Det gælder også med 95 % sikkerhed.'
        : '';
  return `${loadText}Med ${smallest} pladser nås målet om ${targetText}.${sure}`;
}
