// Danish labels of the codes the Administration page shows: the code tables' own labels come from
// src/core (api/codeLabels.ts); the policy choices below are worded as options on this page.
import { CODE_LABELS } from '../api/codeLabels';

export const AGREEMENT_POLICY: Record<string, string> = {
  warn: 'Advar – borgeren kan optages uden aktiv samarbejdsaftale',
  block: 'Bloker – ingen optagelse uden aktiv samarbejdsaftale',
};

export const AGREEMENT_POINT: Record<string, string> = CODE_LABELS.AgreementPoint;

export const ROLE: Record<string, string> = CODE_LABELS.Role;

/** The organisations a user can be placed in (national and system users have none to choose). */
export const ORGANISATION_KIND = {
  ward: 'Sengeafsnit',
  unit: 'Tilbud',
  municipality: 'Kommune',
} as const satisfies Record<string, string>;

export const SETTING_UNIT: Record<string, string> = {
  kr_per_day: 'kr. pr. dag',
  days_per_course: 'dage pr. forløb',
};
