import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { NUMBER_LIMITS } from '../api/codeLabels';
import { formatNumber } from '../format';
import { DEFAULT_SCENARIO, curveReport, formFieldOf, recommendation, toScenario, validateScenario, type PlanResult } from './scenario';

type TheoryValue = Schemas['TheoryValue'];

describe('scenario checks', () => {
  it('accepts the defaults', () => {
    expect(validateScenario(DEFAULT_SCENARIO)).toEqual({});
  });
  it('names each wrong field with a Danish message', () => {
    const errors = validateScenario({ ...DEFAULT_SCENARIO, rate: '', meanStay: '0', replications: '2,5', acceptance: '120', years: 'ti' });
    expect(errors).toEqual({
      rate: 'Skal udfyldes.',
      meanStay: 'Skal være større end 0.',
      replications: 'Skriv et helt tal.',
      acceptance: 'Må højst være 100.',
      years: 'Skriv et helt tal.',
    });
  });
  it('refuses more replications than the server allows and a reversed range of places', () => {
    expect(validateScenario({ ...DEFAULT_SCENARIO, replications: '10001' }).replications).toBe('Må højst være 10.000.');
    expect(validateScenario({ ...DEFAULT_SCENARIO, minPlaces: '20', maxPlaces: '10' }).maxPlaces).toBe('Skal være mindst det færreste antal pladser.');
  });
  it("takes each range's upper end from the server's limit for the field it fills", () => {
    expect(validateScenario({ ...DEFAULT_SCENARIO, maxPlaces: String(NUMBER_LIMITS.max_places.maximum + 1) }).maxPlaces).toBe(
      `Må højst være ${formatNumber(NUMBER_LIMITS.max_places.maximum)}.`,
    );
    expect(validateScenario({ ...DEFAULT_SCENARIO, maxPlaces: String(NUMBER_LIMITS.max_places.maximum) }).maxPlaces).toBeUndefined();
    expect(validateScenario({ ...DEFAULT_SCENARIO, meanStay: '4000' }).meanStay).toBe(`Må højst være ${formatNumber(NUMBER_LIMITS.mean_days.maximum)}.`);
  });
});

describe('the scenario JSON', () => {
  it('turns the form into a planner scenario', () => {
    expect(toScenario({ ...DEFAULT_SCENARIO, minPlaces: '15', maxPlaces: '24', annualCost: '700.000' })).toEqual({
      arrivals: { kind: 'poisson', rate_per_week: 1.4 },
      acceptance_share: 1,
      stay: { distribution: 'lognormal', mean_days: 90, sd_days: 60 },
      years: 10,
      replications: 200,
      seed: 1,
      plan: { min_places: 15, max_places: 24, annual_cost_per_place: 700000, target: { max_mean_wait_days: 7 } },
    });
  });
  it('converts referrals per year to per week, and a spread of 0 to fixed stays', () => {
    const scenario = toScenario({ ...DEFAULT_SCENARIO, rate: '73', rateUnit: 'year', sdStay: '0', targetWait: '', acceptance: '80' });
    expect(scenario.arrivals).toEqual({ kind: 'poisson', rate_per_week: 1.4 });
    expect(scenario.stay).toEqual({ distribution: 'fixed', mean_days: 90 });
    expect(scenario.acceptance_share).toBe(0.8);
    expect(scenario.plan).toEqual({});
  });
  it('replays a unit\'s own courses instead of the typed demand, which is then not checked', () => {
    const values = { ...DEFAULT_SCENARIO, history: '3', rate: '', meanStay: 'x' };
    expect(validateScenario(values)).toEqual({});
    expect(toScenario(values)).toEqual({
      arrivals: { kind: 'installation_history', unit_id: 3 },
      stay: { distribution: 'installation_history', unit_id: 3 },
      years: 10,
      replications: 200,
      seed: 1,
      plan: { target: { max_mean_wait_days: 7 } },
    });
  });
  it('maps the server\'s field names back to the form', () => {
    expect(formFieldOf('arrivals.unit_id')).toBe('history');
    expect(formFieldOf('stay.sd_days')).toBe('sdStay');
    expect(formFieldOf('stay.mean_days')).toBe('meanStay');
    expect(formFieldOf('arrivals.rate_per_week')).toBe('rate');
    expect(formFieldOf('plan.target.max_mean_wait_days')).toBe('targetWait');
    expect(formFieldOf('replications')).toBe('replications');
    expect(formFieldOf('seed')).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});

type PlanRow = PlanResult['curve'][number];
const summary = (mean: number, low = mean, high = mean) => ({ mean, sd: 0, ci95_low: low, ci95_high: high });
const theoryValue = (value: number | null, failing: TheoryValue['failing_assumptions'] = []): TheoryValue => ({ value, compare_with: 'x', failing_assumptions: failing });
const theory = (wait: TheoryValue, share = theoryValue(null)) => ({
  offered_load: 18,
  erlang_b_lost_share: theoryValue(null),
  erlang_c_share_waiting: share,
  mmc_mean_wait_days: wait,
  occupancy: theoryValue(null),
});
const row = (places: number, fields: Partial<PlanRow>): PlanRow => ({
  places,
  stable: true,
  mean_wait_days: summary(1),
  wait_p90_days: summary(2),
  share_waiting: summary(0.1),
  occupancy: summary(0.5),
  mean_queue_length: summary(0),
  faerdigbehandlingsdage_per_year: summary(10),
  lost_per_year: summary(0),
  theory: theory(theoryValue(null)),
  tariff_per_place_day: null,
  faerdigbehandling_cost_per_year: null,
  meets_target: false,
  meets_target_with_confidence: false,
  ...fields,
});
const plan: PlanResult = {
  offered_load: 18,
  target: { max_mean_wait_days: 7 },
  smallest_places: 21,
  smallest_places_confident: 22,
  events: 1000,
  wall_seconds: 0.1,
  curve: [
    row(17, { stable: false, mean_wait_days: { grows_without_bound: true }, theory: theory(theoryValue(null, ['load_below_places'])), wait_p90_days: summary(182), share_waiting: summary(0.95), occupancy: summary(0.99), faerdigbehandlingsdage_per_year: summary(7400.4) }),
    row(21, { theory: theory(theoryValue(6.1), theoryValue(0.3)), mean_wait_days: summary(6.5, -0.2, 7.4), wait_p90_days: summary(20), share_waiting: summary(0.31), occupancy: summary(0.857), faerdigbehandlingsdage_per_year: summary(470), meets_target: true }),
  ],
};

describe('the planner\'s answer', () => {
  it('becomes one row per number of places, shares as percent', () => {
    const report = curveReport(plan);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[1]!.cells).toMatchObject({ places: 21, mean_wait: 6.5, share_waiting: 31, occupancy: 85.7, faerdig_per_year: 470, meets_target: 'Ja', stable: 'Ja' });
    expect(report.rows[1]!.cells.mean_wait_interval).toBe('0,0 – 7,4');
    expect(report.rows[0]!.cells.stable).toBe('Nej – ventelisten vokser');
    expect(report.rows[0]!.cells.mean_wait).toBeNull();
    expect(report.rows[0]!.cells.mean_wait_interval).toBe('Vokser uden grænse');
    expect(report.rows[1]!.cells).toMatchObject({ formula_wait: 6.1, formula_share_waiting: 30 });
    expect(report.columns.some((c) => c.key === 'tariff')).toBe(false);
    expect(report.notes).toHaveLength(3);
    expect(report.notes[2]).toContain('Erlang C');
    expect(report.rowHeader).toBe('places');
  });
  it('gives a Danish recommendation from the smallest number of places', () => {
    expect(recommendation(plan)).toBe(
      'Efterspørgslen svarer til 18,0 optagne pladser i gennemsnit. Med 21 pladser nås målet om højst 7 dages gennemsnitlig ventetid. For at være sikker (95 %) skal der være 22 pladser.',
    );
    expect(recommendation({ ...plan, smallest_places: null, smallest_places_confident: null })).toContain('nås ikke med op til 21 pladser');
    expect(recommendation({ ...plan, target: null })).toContain('Vælg et mål');
  });

  it('names in Danish why the formulas do not apply', () => {
    const report = curveReport({ ...plan, curve: [row(25, { theory: theory(theoryValue(null, ['exponential_holds'])) })] });
    expect(report.rows[0]!.cells.formula_wait).toBeNull();
    expect(report.notes[report.notes.length - 1]).toContain('opholdene følger ikke en eksponentialfordeling');
  });
});
