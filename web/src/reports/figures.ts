// The reports the Rapporter page offers: Danish name, which API answers it, the action a user must
// be allowed (the server's access policy, as the session lists it) and the charts drawn above its table.
import { may } from '../session';
import type { SessionUser } from '../api/client';
import type { PathParamsOf } from '../api/operations';
import type { ChartSpec } from './chartData';

/** The figures GET /reports/{figure} answers. */
export type FigureCode = PathParamsOf<'get', '/reports/{figure}'>['figure'];

/** A report: a figure of /reports/{figure}, or one of the two reports with their own route. */
export type FigureDefinition = {
  label: string;
  /** The access policy's action that answers it. */
  action: 'read_figures' | 'read_outcome_report' | 'read_economics_report';
  charts: ChartSpec[];
} & ({ source: 'figure'; code: FigureCode } | { source: 'questionnaire-change' | 'who-gains'; code: string });

export type FigureSource = FigureDefinition['source'];

export const FIGURES: FigureDefinition[] = [
  {
    code: 'flow',
    label: 'Henvisninger, afgørelser og ventetider',
    source: 'figure',
    action: 'read_figures',
    charts: [
      { kind: 'bars', title: 'Henvisninger og afgørelser', category: 'name', series: ['referrals', 'accepted', 'declined'], unit: 'count' },
      {
        kind: 'bars',
        title: 'Ventetider (median, dage)',
        category: 'name',
        series: ['referral_to_decision_median_days', 'decision_to_move_in_median_days', 'ready_to_move_in_median_days'],
        unit: 'days',
      },
    ],
  },
  {
    code: 'days-awaiting-discharge',
    label: 'Færdigbehandlingsdage',
    source: 'figure',
    action: 'read_figures',
    charts: [
      { kind: 'bars', title: 'Færdigbehandlingsdage i gennemsnit', category: 'name', series: ['mean_days_per_course', 'mean_days_per_admission'], unit: 'days' },
    ],
  },
  {
    code: 'readmissions',
    label: 'Genindlæggelser',
    source: 'figure',
    action: 'read_figures',
    charts: [
      {
        kind: 'bars',
        title: 'Genindlagt efter indflytning og under opholdet',
        category: 'name',
        series: ['after_move_in_30_percent', 'after_move_in_90_percent', 'after_move_in_180_percent', 'during_stay_percent'],
        unit: 'percent',
      },
      {
        kind: 'bars',
        title: 'Genindlagt efter fraflytning',
        category: 'name',
        series: ['after_move_out_30_percent', 'after_move_out_90_percent', 'after_move_out_180_percent'],
        unit: 'percent',
      },
    ],
  },
  {
    code: 'length-of-stay',
    label: 'Opholdets længde',
    source: 'figure',
    action: 'read_figures',
    charts: [
      {
        kind: 'bars',
        title: 'Opholdets længde i dage',
        category: 'name',
        series: ['km_lower_quartile_days', 'km_median_days', 'km_upper_quartile_days', 'mean_closed_days'],
        unit: 'days',
      },
    ],
  },
  {
    code: 'occupancy',
    label: 'Belægning',
    source: 'figure',
    action: 'read_figures',
    charts: [{ kind: 'lines-by-group', title: 'Belægningsprocent pr. måned', category: 'month', group: 'name', value: 'percent', unit: 'percent' }],
  },
  {
    code: 'destinations',
    label: 'Hvor borgerne flytter hen',
    source: 'figure',
    action: 'read_figures',
    charts: [
      {
        kind: 'stacked',
        title: 'Fraflyttede efter, hvor de flyttede hen (procent)',
        category: 'name',
        series: [
          'own_home_without_support_percent',
          'own_home_with_support_percent',
          'temporary_housing_percent',
          'long_term_housing_percent',
          'shelter_percent',
          'family_percent',
          'other_percent',
          'readmitted_percent',
          'deceased_percent',
          'unknown_percent',
        ],
        unit: 'percent',
      },
    ],
  },
  {
    code: 'baseline-comparison',
    label: 'Sammenligning med udgangspunkt',
    source: 'figure',
    action: 'read_figures',
    charts: [{ kind: 'bars', title: 'Observeret og udgangspunkt', category: 'label', series: ['observed', 'baseline'], unit: 'count' }],
  },
  {
    code: 'questionnaire-change',
    label: 'Ændring i spørgeskemaer (trivsel og recovery)',
    source: 'questionnaire-change',
    action: 'read_outcome_report',
    charts: [
      {
        kind: 'bars',
        title: 'Gennemsnitlig ændring i point med 95 %-konfidensinterval',
        category: 'comparison',
        series: ['mean_change'],
        interval: { low: 'ci95_low', high: 'ci95_high' },
        unit: 'count',
      },
    ],
  },
  {
    code: 'who-gains',
    label: 'Økonomi – hvem får gevinsten',
    source: 'who-gains',
    action: 'read_economics_report',
    charts: [{ kind: 'bars', title: 'Netto for kommune og region (kr.)', category: 'stakeholder', series: ['amount'], rows: 'totals', unit: 'money' }],
  },
];

export function figuresFor(user: SessionUser | null | undefined): FigureDefinition[] {
  return FIGURES.filter((figure) => may(user, figure.action));
}

export function figureByCode(code: string): FigureDefinition | undefined {
  return FIGURES.find((figure) => figure.code === code);
}
