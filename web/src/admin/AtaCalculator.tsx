// ATA-timepris: the hourly rate (and the price of a week) of add-on support from the hour cost
// and the three supplements, computed by the server (POST /economics/ata, the same rule as
// `afklaring ata`); the calculation is shown in words so it can be checked and copied.
import { useState } from 'react';
import { api } from '../api/client';
import { CommandForm, type FieldSpec } from '../forms';
import { fieldError } from './adminApi';
import { parseDanishNumber } from './adminFormat';

interface AtaAnswer {
  calculation_da?: string;
  weekly_calculation_da?: string | null;
}

const FIELDS: FieldSpec[] = [
  { name: 'hour_cost', label: 'Timepris (kr.)', kind: 'text', required: true, hint: 'Lønomkostning pr. time, fx 206.' },
  { name: 'time_of_day_supplement_percent', label: 'Tidspunktstillæg (%)', kind: 'text', required: true, initial: '0', hint: 'Aften, nat og weekend, fx 25.' },
  { name: 'variable_overhead_percent', label: 'Variabel overhead (%)', kind: 'text', required: true, initial: '0' },
  { name: 'absence_correction_percent', label: 'Fraværskorrektion (%)', kind: 'text', required: true, initial: '0' },
  { name: 'minutes_per_day', label: 'Minutter om dagen', kind: 'number', hint: 'Med dage om ugen: også ugeprisen.' },
  { name: 'days_per_week', label: 'Dage om ugen', kind: 'number' },
];
const NUMBER_FIELDS = ['hour_cost', 'time_of_day_supplement_percent', 'variable_overhead_percent', 'absence_correction_percent'];

export function AtaCalculator() {
  const [answer, setAnswer] = useState<AtaAnswer | null>(null);

  async function calculate(payload: Record<string, unknown>) {
    const body: Record<string, unknown> = {};
    for (const name of NUMBER_FIELDS) {
      const value = parseDanishNumber(String(payload[name] ?? ''));
      if (value === null) throw fieldError(name, 'Skriv et tal, fx 206 eller 12,5.');
      body[name] = value;
    }
    for (const name of ['minutes_per_day', 'days_per_week'])
      if (payload[name] !== undefined && payload[name] !== '') body[name] = Number(payload[name]);
    setAnswer(null);
    setAnswer(await api.post<AtaAnswer>('/economics/ata', body));
  }

  return (
    <div className="action-panel" aria-labelledby="ata-heading">
      <h3 id="ata-heading">Beregn timepris for tilkøbt støtte (ATA)</h3>
      <p className="hint">Timepris × (1 + tidspunktstillæg + variabel overhead + fraværskorrektion), afrundet til øre.</p>
      <CommandForm id="ata" fields={FIELDS} submitLabel="Beregn" onSubmit={calculate} resetOnSuccess={false} />
      {answer ? (
        <div role="status" className="ata-result">
          <p>
            <strong>Timepris:</strong> {answer.calculation_da}
          </p>
          {answer.weekly_calculation_da ? (
            <p>
              <strong>Ugepris:</strong> {answer.weekly_calculation_da}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
