import { describe, expect, it } from 'vitest';
import { freePlacesText } from './boardText';

describe('the board counts free places in whole words', () => {
  it('writes one and many as Danish does', () => {
    expect(freePlacesText(1, 1)).toBe('1 almindelig plads, 1 gæsteplads');
    expect(freePlacesText(12, 0)).toBe('12 almindelige pladser, 0 gæstepladser');
  });
});
