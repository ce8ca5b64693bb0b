// ATA-timepris: the hourly rate (and the price of a week) of add-on support from the hour cost
// and the three supplements, computed by the server (POST /economics/ata, the same rule as
// `afklaring ata`); the calculation is shown in words so it can be checked and copied.
import { useState } from 'react';
import { api } from '../api/client';
import type { AnswerOf, BodyOf } from '../api/operations';
import { CommandForm, type FieldsOf } from '../forms';

type AtaRequest = BodyOf<'post', '/economics/ata'>;

const FIELDS: FieldsOf<AtaRequest> = [
  { name: 'hour_cost', label: 'Timepris (kr.)', kind: 'decimal', required: true, hint: 'Lønomkostning pr. time, fx 206.' },
  { name: 'time_of_day_supplement_percent', label: 'Tidspunktstillæg (%)', kind: 'decimal', required: true, initial: '0', hint: 'Aften, nat og weekend, fx 25.' },
  { name: 'variable_overhead_percent', label: 'Variabel overhead (%)', kind: 'decimal', required: true, initial: '0' },
  { name: 'absence_correction_percent', label: 'Fraværskorrektion (%)', kind: 'decimal', required: true, initial: '0' },
  { name: 'minutes_per_day', label: 'Minutter om dagen', kind: 'number', hint: 'Med dage om ugen: også ugeprisen.' },
  { name: 'days_per_week', label: 'Dage om ugen', kind: 'number' },
];

export function AtaCalculator() {
  const [answer, setAnswer] = useState<AnswerOf<'post', '/economics/ata'> | null>(null);

  async function calculate(body: AtaRequest) {
    setAnswer(null);
    setAnswer(await api.post('/economics/ata', { body }));
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
