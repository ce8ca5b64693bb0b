import { describe, expect, it } from 'vitest';
import { coveredText } from './consentLabels';

describe('coveredText', () => {
  it('tells given consent from a legal basis', () => {
    expect(coveredText(true, 'given')).toBe('Samtykke givet');
    expect(coveredText(true, 'cannot_take_position')).toBe('Dækket af retsgrundlag');
  });
  it('says that nothing is shared when consent is missing, refused or withdrawn', () => {
    expect(coveredText(false, null)).toMatch(/Ikke registreret/);
    expect(coveredText(false, 'refused')).toMatch(/sagt nej/);
    expect(coveredText(false, 'withdrawn')).toMatch(/trukket tilbage/);
  });
});
