// Tilbud og pladser: the unit's places with their closures; add a place, close one for a period,
// end a closure, take a place out of use for good.
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { CommandForm, type FieldsOf } from '../forms';
import { formatDate, todayIso } from '../format';
import { PLACE_KIND, label } from '../labels';
import { ErrorBox, Loading, useLoad } from '../ui';
import { loadUnit, type PlaceClosure, type UnitDetail, type UnitPlace } from './adminApi';
import { useChosenUnit } from './UnitChoice';

type Action = { kind: 'retire'; place: UnitPlace } | { kind: 'end'; place: UnitPlace; closure: PlaceClosure } | null;

export function UnitsSection() {
  const { unitId, picker } = useChosenUnit();
  return (
    <section aria-labelledby="units-heading">
      <h2 id="units-heading">Tilbud og pladser</h2>
      {picker}
      {unitId ? <UnitPlaces unitId={unitId} /> : null}
    </section>
  );
}

/** Closed on `day` by one of its closures (the last closed day is inclusive). */
function closedOn(place: UnitPlace, day: string): PlaceClosure | undefined {
  return place.closures.find((closure) => closure.from <= day && (closure.to === null || day <= closure.to));
}

function placeStatus(place: UnitPlace, today: string): string {
  if (place.retired) return place.retired_on ? `Ude af brug fra ${formatDate(place.retired_on)}` : 'Ude af brug';
  const closure = closedOn(place, today);
  if (closure) return closure.to ? `Lukket til og med ${formatDate(closure.to)}` : 'Lukket indtil videre';
  return 'I brug';
}

function UnitPlaces({ unitId }: { unitId: number }) {
  const unit = useLoad(() => loadUnit(unitId), String(unitId));
  const [action, setAction] = useState<Action>(null);
  if (unit.error && !unit.data) return <ErrorBox error={unit.error} />;
  if (!unit.data) return <Loading />;
  const current = unit.data;
  const today = todayIso();
  const places = [...current.places].sort((a, b) => Number(a.retired) - Number(b.retired) || a.number - b.number);
  const inUse = places.filter((place) => !place.retired);
  const nextNumber = Math.max(0, ...inUse.map((place) => place.number)) + 1;
  const changed = (next: UnitDetail) => {
    unit.setData(next);
    setAction(null);
  };
  const unitPath = { unitId: current.id };
  const ifMatch = current.version;

  const addFields: FieldsOf<Schemas['AddPlace']> = [
    { name: 'number', label: 'Pladsnummer', kind: 'number', required: true, hint: `Næste ledige nummer er ${nextNumber}.` },
    { name: 'kind', label: 'Slags plads', kind: 'select', required: true, options: PLACE_KIND },
  ];
  const closeFields: FieldsOf<Schemas['ClosePlace']> = [
    {
      name: 'place_id',
      label: 'Plads',
      kind: 'select',
      numeric: true,
      required: true,
      options: Object.fromEntries(inUse.map((place) => [String(place.id), `Plads ${place.number} (${label(PLACE_KIND, place.kind)})`])),
    },
    { name: 'from', label: 'Første lukkede dag', kind: 'date', required: true, initial: 'today' },
    { name: 'to', label: 'Sidste lukkede dag', kind: 'date', hint: 'Tom, hvis slutdatoen ikke kendes endnu.' },
    { name: 'reason', label: 'Årsag', kind: 'text', required: true, hint: 'Fx maling eller manglende bemanding.' },
  ];

  return (
    <div className="admin-unit">
      <p className="admin-unit-name">
        <strong>{current.name}</strong> <span className="muted">· {inUse.length} pladser i brug</span>
      </p>
      {unit.error ? <ErrorBox error={unit.error} /> : null}
      <table className="table admin-places">
        <caption className="sr-only">Pladser i {current.name}</caption>
        <thead>
          <tr>
            <th scope="col">Plads</th>
            <th scope="col">Slags</th>
            <th scope="col">Status i dag</th>
            <th scope="col">Lukninger</th>
            <th scope="col">Handling</th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <tr key={place.id} className={place.retired ? 'retired' : undefined} data-place={place.number}>
              <th scope="row" data-label="Plads">
                Plads {place.number}
              </th>
              <td data-label="Slags">{label(PLACE_KIND, place.kind)}</td>
              <td data-label="Status i dag">{placeStatus(place, today)}</td>
              <td data-label="Lukninger">
                {place.closures.length === 0 ? (
                  <span className="muted">Ingen</span>
                ) : (
                  <ul className="closure-list">
                    {place.closures.map((closure) => (
                      <li key={closure.id}>
                        {formatDate(closure.from)} til {closure.to ? formatDate(closure.to) : 'indtil videre'}: {closure.reason}
                        {!place.retired && (closure.to === null || closure.to >= today) ? (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="secondary small"
                              aria-label={`Afslut lukningen af plads ${place.number} fra ${formatDate(closure.from)}`}
                              onClick={() => setAction({ kind: 'end', place, closure })}
                            >
                              Afslut lukning
                            </button>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label="Handling">
                {place.retired ? null : (
                  <button type="button" className="secondary small" onClick={() => setAction({ kind: 'retire', place })}>
                    Tag plads {place.number} ud af brug
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {action?.kind === 'retire' ? (
        <div className="action-panel">
          <h3 id="retire-heading">Tag plads {action.place.number} ud af brug</h3>
          <p className="hint">Pladsen gemmes i historikken, men kan ikke længere bruges. En plads med en beboer kan ikke tages ud af brug.</p>
          <CommandForm<Schemas['RetirePlace']>
            key={`retire-${action.place.id}`}
            id="retire-place"
            fields={[{ name: 'retired_on', label: 'Første dag uden for brug', kind: 'date', required: true, initial: 'today' }]}
            submitLabel={`Tag plads ${action.place.number} ud af brug`}
            onSubmit={async (body) =>
              changed(await api.post('/units/{unitId}/places/{placeId}/retire', { path: { ...unitPath, placeId: action.place.id }, body, ifMatch }))
            }
            onRefresh={unit.reload}
          />
          <button type="button" className="link-button" onClick={() => setAction(null)}>
            Fortryd
          </button>
        </div>
      ) : null}
      {action?.kind === 'end' ? (
        <div className="action-panel">
          <h3 id="end-closure-heading">Afslut lukningen af plads {action.place.number}</h3>
          <p className="hint">
            Lukket fra {formatDate(action.closure.from)}
            {action.closure.to ? ` til og med ${formatDate(action.closure.to)}` : ' indtil videre'}. En lukning kan afsluttes tidligere, ikke forlænges.
          </p>
          <CommandForm<Schemas['EndPlaceClosure']>
            key={`end-${action.closure.id}`}
            id="end-closure"
            fields={[{ name: 'to', label: 'Sidste lukkede dag', kind: 'date', required: true, initial: 'today' }]}
            submitLabel="Afslut lukning"
            onSubmit={async (body) => {
              const path = { ...unitPath, closureId: action.closure.id };
              changed(await api.post('/units/{unitId}/place-closures/{closureId}/end', { path, body, ifMatch }));
            }}
            onRefresh={unit.reload}
          />
          <button type="button" className="link-button" onClick={() => setAction(null)}>
            Fortryd
          </button>
        </div>
      ) : null}

      <div className="admin-forms">
        <div className="action-panel">
          <h3>Tilføj plads</h3>
          <CommandForm<Schemas['AddPlace']>
            key={`add-${current.id}`}
            id="add-place"
            fields={addFields}
            submitLabel="Tilføj plads"
            onSubmit={async (body) => changed(await api.post('/units/{unitId}/places', { path: unitPath, body, ifMatch }))}
            onRefresh={unit.reload}
          />
        </div>
        <div className="action-panel">
          <h3>Luk en plads i en periode</h3>
          <CommandForm<Schemas['ClosePlace']>
            key={`close-${current.id}`}
            id="close-place"
            fields={closeFields}
            submitLabel="Luk pladsen"
            onSubmit={async (body) => changed(await api.post('/units/{unitId}/place-closures', { path: unitPath, body, ifMatch }))}
            onRefresh={unit.reload}
          />
        </div>
      </div>
    </div>
  );
}
