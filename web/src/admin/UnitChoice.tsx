// Which unit the Administration sections work on: a unit lead's own unit, or for the
// administrator the unit chosen in the list (kept in ?tilbud=ID so every section shows the same).
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../session';
import { ErrorBox, Loading, useLoad } from '../ui';
import { listOf, type Named } from './adminApi';

export function useChosenUnit(): { unitId: number | null; picker: ReactNode } {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const isAdmin = user?.role === 'admin';
  const units = useLoad(() => (isAdmin ? listOf<Named>('/units') : Promise.resolve([] as Named[])), isAdmin ? 'all' : 'own');
  const selectId = useId();
  if (!isAdmin) return { unitId: user?.organisation_id ?? null, picker: null };
  const chosen = Number(params.get('tilbud')) || units.data?.[0]?.id || null;
  const picker = (
    <div className="field field-inline unit-choice">
      {units.error ? <ErrorBox error={units.error} /> : null}
      {units.loading && !units.data ? <Loading /> : null}
      {units.data ? (
        <>
          <label htmlFor={selectId}>Tilbud</label>
          <select
            id={selectId}
            value={chosen ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('tilbud', e.target.value);
              setParams(next, { replace: true });
            }}
          >
            {units.data.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
  return { unitId: units.data ? chosen : null, picker };
}
