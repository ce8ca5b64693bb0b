// Danish labels of the codes the Administration page shows, from the code tables in src/core
// (api/codeLabels.ts).
import { CODE_LABELS } from '../api/codeLabels';

export const AGREEMENT_POLICY: Record<string, string> = CODE_LABELS.AgreementPolicy;

export const AGREEMENT_POINT: Record<string, string> = CODE_LABELS.AgreementPoint;

export const ROLE: Record<string, string> = CODE_LABELS.Role;

/** The roles a user can be given here: an integration gets a token from the operator instead. */
export const ASSIGNABLE_ROLE: Record<string, string> = Object.fromEntries(Object.entries(ROLE).filter(([code]) => code !== 'integration'));

/** The organisations a user can be placed in (national and system users have none to choose). */
export const ORGANISATION_KIND = {
  ward: CODE_LABELS.OrganisationKind.ward,
  unit: CODE_LABELS.OrganisationKind.unit,
  municipality: CODE_LABELS.OrganisationKind.municipality,
} as const;

export const SETTING_UNIT: Record<string, string> = CODE_LABELS.SettingUnit;
