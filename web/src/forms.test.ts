import { describe, expect, it } from 'vitest';
import { fieldOf, toPayload, validate, type FieldSpec } from './forms';

const fields: FieldSpec[] = [
  { name: 'date', label: 'Dato', kind: 'date', required: true },
  { name: 'note', label: 'Note', kind: 'textarea' },
  { name: 'parties', label: 'Parter', kind: 'lines', required: true },
  { name: 'overnight', label: 'Prøveovernatning', kind: 'checkbox' },
  { name: 'consent', label: 'Samtykke', kind: 'checkbox', required: true },
];

describe('command forms', () => {
  it('names every missing or malformed field before anything is sent', () => {
    expect(validate(fields, { date: '31-02-2026', note: '', parties: ' ', overnight: false, consent: false })).toEqual({
      date: 'Skriv en gyldig dato (dd-mm-åååå).',
      parties: 'Skal udfyldes.',
      consent: 'Skal markeres.',
    });
    expect(validate(fields, { date: '30-11-2026', note: '', parties: 'A', overnight: false, consent: true })).toEqual({});
  });
  it('builds the payload: ISO dates, lists from lines, blank optionals left out', () => {
    expect(toPayload(fields, { date: '30-11-2026', note: '  ', parties: 'Afsnit\n\n Borgeren ', overnight: true, consent: true })).toEqual({
      date: '2026-11-30',
      parties: ['Afsnit', 'Borgeren'],
      overnight: true,
      consent: true,
    });
  });
  it('reads Danish decimals and sends ids chosen in a list as numbers', () => {
    const money: FieldSpec[] = [
      { name: 'value', label: 'Værdi', kind: 'decimal', required: true },
      { name: 'unit_id', label: 'Tilbud', kind: 'select', numeric: true, options: { '7': 'Nygårdsvej' } },
      { name: 'code', label: 'Kode', kind: 'select', options: { '7': 'Syv' } },
    ];
    expect(validate(money, { value: '1,243.50', unit_id: '', code: '' })).toEqual({ value: 'Skriv et tal, fx 1.243,50.' });
    expect(toPayload(money, { value: '1.243,50', unit_id: '7', code: '7' })).toEqual({ value: 1243.5, unit_id: 7, code: '7' });
    expect(toPayload(money, { value: '12', unit_id: '', code: '' })).toEqual({ value: 12 });
  });
  it('maps the server error field to the form field', () => {
    expect(fieldOf('parties[1]')).toBe('parties');
    expect(fieldOf('goals[0].version')).toBe('goals');
    expect(fieldOf('date')).toBe('date');
    expect(fieldOf(undefined)).toBeUndefined();
  });
});
