import { describe, expect, it } from 'vitest';
import { isSuppressed } from './cells';
import { danishValueText, fromQuestionnaireChange, fromWhoGains } from './sources';

describe('questionnaire change', () => {
  it('names each comparison in Danish and keeps the rest of the table', () => {
    const report = fromQuestionnaireChange({
      instrument: { code: 'who5', name_da: 'WHO-5 Trivselsindeks' },
      filters: { unit_id: null, municipality_id: null, from: null, to: null },
      relevant_change: 10,
      small_cells_suppressed: false,
      table: {
        title: 'Ændring i WHO-5',
        columns: [
          { key: 'from', heading: 'Fra', type: 'text' },
          { key: 'to', heading: 'Til', type: 'text' },
          { key: 'pairs', heading: 'Antal par (n)', type: 'integer' },
          { key: 'mean_change', heading: 'Gennemsnitlig ændring', type: 'decimal' },
          { key: 'improved_percent', heading: 'Relevant forbedring, andel', type: 'percent' },
        ],
        rows: [{ cells: { from: 'Ved indflytning', to: 'Ved opfølgning', pairs: 8, mean_change: 26, improved_percent: 75 }, is_total: false }],
        suppressed: [],
        notes: [],
      },
    });
    expect(report.instrumentName).toBe('WHO-5 Trivselsindeks');
    expect(report.columns.map((c) => `${c.key}:${c.type}`)).toEqual(['comparison:text', 'pairs:integer', 'mean_change:decimal', 'improved_percent:percent']);
    expect(report.rows[0]!.cells.comparison).toBe('Ved indflytning → ved opfølgning');
  });
});

describe('who gains', () => {
  const kroner = (value: number) => ({ ore: value * 100, kroner: value, text_da: '' });
  const json: Parameters<typeof fromWhoGains>[0] = {
    period: { from: '2026-01-01', to: '2026-11-30' },
    unit: { id: 1, name: 'Nygårdsvej' },
    municipality_id: 1,
    courses: 19,
    observed_awaiting_discharge_days: 2.5,
    courses_followed_for_readmission: 12,
    observed_readmission_bed_days: 4,
    stay_days: 958,
    small_cells_suppressed: false,
    stakeholders: [
      {
        stakeholder: 'kommune',
        lines: [{ label_da: 'Undgåede færdigbehandlingsdage', days: 149, price_per_day: kroner(2000), amount: kroner(298000) }],
        net: kroner(-892794),
      },
      { stakeholder: 'region', lines: [], net: kroner(101350) },
    ],
    assumptions: [{ code: 'place_tariff', label_da: 'Døgntakst', value: '1243.00 kr./dag', source: 'VIVE 2023', year: 2023 }],
    notes: ['Botilbud er ikke medregnet.'],
  };
  it('lists each stakeholder\'s lines with a net total row', () => {
    const view = fromWhoGains(json);
    expect(view.lines.rows.map((r) => [r.cells.stakeholder, r.cells.label, r.cells.amount, r.isTotal])).toEqual([
      ['Kommune', 'Undgåede færdigbehandlingsdage', 298000, false],
      ['Kommune', 'Netto', -892794, true],
      ['Region', 'Netto', 101350, true],
    ]);
    expect(view.lines.title).toBe('Hvem får gevinsten – Nygårdsvej 01-01-2026 – 30-11-2026');
    expect(view.lines.notes).toEqual(['Botilbud er ikke medregnet.']);
  });
  it('lists the assumptions with Danish number text', () => {
    const view = fromWhoGains(json);
    expect(view.assumptions.rows[0]!.cells).toEqual({ label: 'Døgntakst', value: '1.243 kr./dag', source: 'VIVE 2023', year: '2023' });
  });
  it('marks what the server hid for a small cohort as suppressed', () => {
    const view = fromWhoGains({ ...json, small_cells_suppressed: true, courses: null, stakeholders: [{ stakeholder: 'kommune', lines: [], net: null }] });
    expect(isSuppressed(view.lines, 0, 'amount')).toBe(true);
    expect(view.facts[0]!.suppressed).toBe(true);
  });
  it('turns the server\'s value text into Danish', () => {
    expect(danishValueText('2000.00 kr./dag')).toBe('2.000 kr./dag');
    expect(danishValueText('2000.50 kr./dag')).toBe('2.000,50 kr./dag');
    expect(danishValueText('180 dage')).toBe('180 dage');
    expect(danishValueText('ukendt')).toBe('ukendt');
  });
});
