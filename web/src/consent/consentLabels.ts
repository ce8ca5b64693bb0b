// Danish texts for consent: the code tables' labels come from src/core (api/codeLabels.ts).
import { CODE_LABELS } from '../api/codeLabels';

/** The purposes recorded from the citizen's page; consent to share with an actor is recorded on the actor. */
export const CONSENT_PURPOSE: Record<string, string> = {
  share_with_unit: CODE_LABELS.ConsentPurpose.share_with_unit,
  share_back_with_ward: CODE_LABELS.ConsentPurpose.share_back_with_ward,
};

export const CONSENT_STATUS: Record<string, string> = CODE_LABELS.ConsentStatus;

export const CONSENT_FORM: Record<string, string> = CODE_LABELS.ConsentForm;

/** What a purpose allows now, in a sentence for the screen. */
export function coveredText(covered: boolean, status: string | null): string {
  if (covered) return status === 'cannot_take_position' ? 'Dækket af retsgrundlag' : 'Samtykke givet';
  if (status === 'withdrawn') return 'Samtykket er trukket tilbage – oplysningerne deles ikke';
  if (status === 'refused') return 'Borgeren har sagt nej – oplysningerne deles ikke';
  return 'Ikke registreret – oplysningerne deles ikke';
}
