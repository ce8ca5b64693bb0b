// Danish texts for consent, as core/consent.hpp names the codes.
export const CONSENT_PURPOSE: Record<string, string> = {
  share_with_unit: 'Deling af henvisningen med afklaringstilbuddet',
  share_back_with_ward: 'Status og udfald tilbage til sengeafsnittet',
};

export const CONSENT_STATUS: Record<string, string> = {
  given: 'Givet',
  refused: 'Afvist',
  withdrawn: 'Trukket tilbage',
  cannot_take_position: 'Kan ikke tage stilling – retsgrundlag brugt',
};

export const CONSENT_FORM: Record<string, string> = { oral: 'Mundtligt', written: 'Skriftligt' };

/** What a purpose allows now, in a sentence for the screen. */
export function coveredText(covered: boolean, status: string | null): string {
  if (covered) return status === 'cannot_take_position' ? 'Dækket af retsgrundlag' : 'Samtykke givet';
  if (status === 'withdrawn') return 'Samtykket er trukket tilbage – oplysningerne deles ikke';
  if (status === 'refused') return 'Borgeren har sagt nej – oplysningerne deles ikke';
  return 'Ikke registreret – oplysningerne deles ikke';
}
