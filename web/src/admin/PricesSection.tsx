// Priser og udgangspunkter: the versioned prices and baselines the economics figures use, each
// with source and year; the value in force today is marked, placeholders are marked EKSEMPEL.
// A new value is a new version from a date, never an overwrite (administrator only here).
import { api } from '../api/client';
import type { BodyOf } from '../api/operations';
import { CommandForm, type FieldsOf } from '../forms';
import { AtaCalculator } from './AtaCalculator';
import { formatDate, formatNumber, todayIso } from '../format';
import { label } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, useLoad } from '../ui';
import { listOf, type EconomicSetting } from './adminApi';
import { SETTING_UNIT } from './adminLabels';

/** Ids of the settings in force on `day`: per code and unit, the latest valid_from on or before it. */
export function inForce(settings: EconomicSetting[], day: string): Set<number> {
  const latest = new Map<string, EconomicSetting>();
  for (const setting of settings) {
    if (!setting.valid_from || setting.valid_from > day) continue;
    const key = `${setting.code}|${setting.unit_id ?? ''}`;
    const seen = latest.get(key);
    if (!seen || (seen.valid_from ?? '') < setting.valid_from) latest.set(key, setting);
  }
  return new Set([...latest.values()].map((setting) => setting.id ?? 0));
}

type NewSetting = BodyOf<'post', '/economics/settings'>;

export function PricesSection() {
  const { user } = useSession();
  const settings = useLoad(() => api.get('/economics/settings'), 'settings');
  const units = useLoad(() => listOf('/units'), 'units');
  const mayAdd = may(user, 'set_prices');
  if (settings.error) return <ErrorBox error={settings.error} />;
  if (!settings.data || !units.data) return <Loading />;
  const today = todayIso();
  const current = inForce(settings.data.items, today);
  const unitName = (id: number | null | undefined) => (id ? (units.data?.find((unit) => unit.id === id)?.name ?? `Tilbud ${id}`) : 'Alle tilbud');
  const sorted = [...settings.data.items].sort(
    (a, b) => (a.kind ?? '').localeCompare(b.kind ?? '') || (a.code ?? '').localeCompare(b.code ?? '') || (b.valid_from ?? '').localeCompare(a.valid_from ?? ''),
  );
  const codeOptions = Object.fromEntries(settings.data.known_codes.map((known) => [known.code, known.label_da]));
  const unitOptions = Object.fromEntries(units.data.map((unit) => [String(unit.id), unit.name]));
  const fields: FieldsOf<NewSetting> = [
    { name: 'code', label: 'Pris eller udgangspunkt', kind: 'select', required: true, options: codeOptions },
    { name: 'value', label: 'Værdi', kind: 'decimal', required: true, hint: 'Kroner pr. dag for priser, dage pr. forløb for udgangspunkter. Fx 1.243,50.' },
    { name: 'source', label: 'Kilde', kind: 'text', required: true, hint: 'Hvor tallet kommer fra, fx takstblad eller rapport.' },
    { name: 'year', label: 'År', kind: 'number', required: true, initial: today.slice(0, 4) },
    { name: 'valid_from', label: 'Gælder fra', kind: 'date', hint: 'Tom: 1. januar i året.' },
    { name: 'unit_id', label: 'Tilbud', kind: 'select', numeric: true, options: unitOptions, hint: 'Tom: gælder alle tilbud.' },
  ];

  async function add(body: NewSetting) {
    await api.post('/economics/settings', { body });
    settings.reload();
  }

  return (
    <section aria-labelledby="prices-heading">
      <h2 id="prices-heading">Priser og udgangspunkter</h2>
      <p className="hint">
        Hver ændring er en ny version fra en dato. Beregningerne bruger den version, der gælder på dagen; et tilbuds egen værdi går forud for den fælles.
      </p>
      <p className="hint">
        Kommunens betaling pr. færdigbehandlingsdag er fastsat i sundhedslovens § 238 og reguleres hvert år. Hver dag regnes med taksten for sit år: læg årets takst fra Sundhedsdatastyrelsens takstsystem ind som en ny version med året.
      </p>
      {sorted.some((setting) => setting.example) ? (
        <p className="alert alert-info">
          Værdier mærket <span className="badge badge-example">EKSEMPEL</span> er pladsholdere, ikke tal med en kilde. Erstat dem med en ny version.
        </p>
      ) : null}
      <table className="table admin-settings">
        <caption className="sr-only">Priser og udgangspunkter med kilde og år</caption>
        <thead>
          <tr>
            <th scope="col">Pris / udgangspunkt</th>
            <th scope="col">Værdi</th>
            <th scope="col">Gælder fra</th>
            <th scope="col">Tilbud</th>
            <th scope="col">Kilde og år</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((setting) => (
            <tr key={setting.id} className={current.has(setting.id ?? 0) ? 'in-force' : undefined}>
              <th scope="row" data-label="Pris / udgangspunkt">
                {setting.label_da}
                {setting.example ? <span className="badge badge-example">EKSEMPEL</span> : null}
                {current.has(setting.id ?? 0) ? <span className="badge badge-ok">Gælder nu</span> : null}
              </th>
              <td data-label="Værdi">
                {formatNumber(setting.value ?? 0)} {label(SETTING_UNIT, setting.unit)}
              </td>
              <td data-label="Gælder fra">{formatDate(setting.valid_from)}</td>
              <td data-label="Tilbud">{unitName(setting.unit_id)}</td>
              <td data-label="Kilde og år">
                {setting.source} ({setting.year})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mayAdd ? (
        <div className="action-panel">
          <h3>Ny version af en pris eller et udgangspunkt</h3>
          <CommandForm id="new-setting" fields={fields} submitLabel="Gem ny version" onSubmit={add} />
        </div>
      ) : (
        <p className="muted">Nye priser og udgangspunkter lægges ind af administratoren eller projektlederen.</p>
      )}
      <AtaCalculator />
    </section>
  );
}
