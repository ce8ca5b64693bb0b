// Which unit the Administration sections work on: the user's own unit when they belong to one
// (a unit lead), otherwise the unit chosen in the list (kept in ?tilbud=ID so every section shows
// the same). The server still decides whether the user may configure it.
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../session';
import { ErrorBox, Loading, useLoad } from '../ui';
import { listOf } from './adminApi';

export function useChosenUnit(): { unitId: number | null; picker: ReactNode } {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const ownUnit = user?.organisation_kind === 'unit' ? user.organisation_id : null;
  const units = useLoad(() => (ownUnit === null ? listOf('/units') : Promise.resolve([])), ownUnit === null ? 'all' : 'own');
  const selectId = useId();
  if (ownUnit !== null) return { unitId: ownUnit, picker: null };
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
