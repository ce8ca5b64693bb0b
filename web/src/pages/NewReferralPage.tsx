// Ny henvisning (ward staff): registers the citizen, then submits the referral with the unit's
// eligibility questions and the citizen's consent. If the referral is refused after the citizen was
// registered, the citizen is kept, so sending again does not register the citizen twice.
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, type Schemas } from '../api/client';
import { CommandForm, type FieldsOf } from '../forms';
import { SUBSTANCE_USE, SUPPORT_SITUATION } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { plural } from '../format';
import { freePlacesText } from './boardText';

type Registration = Schemas['RegisterCitizen'];
/** The form: the citizen's registration and the referral, with one yes/no per exclusion question. */
type ReferralForm = Registration &
  Omit<Schemas['SubmitReferral'], 'unit_id' | 'citizen_id' | 'ward_id' | 'exclusion_answers'> & {
    [question: `exclusion_${number}`]: string;
  };

export function NewReferralPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const lists = useLoad(
    () =>
      Promise.all([api.get('/units'), api.get('/municipalities')]).then(([units, municipalities]) => ({
        units: units.items,
        municipalities: municipalities.items,
      })),
    'lists',
  );
  const [unitId, setUnitId] = useState('');
  const registered = useRef<{ key: string; citizenId: number } | null>(null);

  if (!may(user, 'submit_referral')) {
    return (
      <section>
        <PageTitle>Ny henvisning</PageTitle>
        <p className="alert alert-info">Kun personale på et sengeafsnit kan henvise til en afklaringsplads.</p>
      </section>
    );
  }
  const unit = lists.data?.units.find((u) => String(u.id) === unitId);
  const criteria = (unit?.exclusion_criteria ?? []).filter((c) => c.active);
  const fields: FieldsOf<ReferralForm> = unit
    ? [
        { name: 'name', label: 'Borgerens navn', kind: 'text', required: true },
        { name: 'cpr', label: 'CPR-nummer', kind: 'text', hint: 'DDMMÅÅ-XXXX. Udelades kun ved anonymt ophold.' },
        { name: 'birth_date', label: 'Fødselsdato', kind: 'date', hint: 'Kun nødvendig uden CPR-nummer.' },
        {
          name: 'home_municipality_id',
          label: 'Hjemkommune',
          kind: 'select',
          numeric: true,
          required: true,
          options: Object.fromEntries((lists.data?.municipalities ?? []).map((m) => [String(m.id), m.name])),
          initial: String(unit.municipality_id),
        },
        { name: 'referred_on', label: 'Henvisningsdato', kind: 'date', required: true, initial: 'today' },
        { name: 'reason', label: 'Årsag til henvisningen', kind: 'textarea', required: true },
        { name: 'support_situation', label: 'Støttesituation', kind: 'select', required: true, options: SUPPORT_SITUATION },
        { name: 'expected_ready_for_discharge_on', label: 'Forventet færdigmeldt', kind: 'date' },
        { name: 'substance_use', label: 'Rusmidler', kind: 'select', required: true, options: { '': '– vælg –', ...SUBSTANCE_USE }, initial: '' },
        { name: 'substance_use_note', label: 'Om brugen af rusmidler', kind: 'textarea' },
        { name: 'risk_history', label: 'Risikovurdering', kind: 'textarea' },
        ...criteria.map((c) => ({
          name: `exclusion_${c.id}` as const,
          label: c.question,
          kind: 'select' as const,
          required: true as const,
          options: { '': '– vælg –', no: 'Nej', yes: 'Ja' },
          initial: '',
        })),
        {
          name: 'consent_to_share_with_unit',
          label: 'Borgeren har givet samtykke til, at oplysningerne deles med afklaringstilbuddet',
          kind: 'checkbox',
          hint: 'Uden samtykke ser tilbuddet kun alder, afsnit, støttesituation og datoer, til samtykket er registreret.',
        },
        {
          name: 'consent_to_share_back_with_ward',
          label: 'Borgeren har givet samtykke til, at sengeafsnittet får besked om indflytning og udfald',
          kind: 'checkbox',
        },
        {
          name: 'consent_form',
          label: 'Samtykket er givet',
          kind: 'select',
          required: true,
          options: { oral: 'Mundtligt', written: 'Skriftligt' },
        },
      ]
    : [];

  async function submit(form: ReferralForm) {
    if (!unit) return;
    const { name, cpr, birth_date, home_municipality_id } = form;
    const registration: Registration = { name, cpr, birth_date, home_municipality_id };
    const key = JSON.stringify(registration);
    let citizenId = registered.current?.key === key ? registered.current.citizenId : null;
    if (citizenId === null) {
      citizenId = (await api.post('/citizens', { body: registration })).id;
      registered.current = { key, citizenId };
    }
    const body: Schemas['SubmitReferral'] = {
      unit_id: unit.id,
      citizen_id: citizenId,
      ward_id: user?.organisation_id ?? 0, // only ward staff may refer, and they belong to a ward
      referred_on: form.referred_on,
      reason: form.reason,
      support_situation: form.support_situation,
      expected_ready_for_discharge_on: form.expected_ready_for_discharge_on,
      substance_use: form.substance_use,
      substance_use_note: form.substance_use_note,
      risk_history: form.risk_history,
      consent_to_share_with_unit: form.consent_to_share_with_unit,
      consent_form: form.consent_form,
      consent_to_share_back_with_ward: form.consent_to_share_back_with_ward,
      exclusion_answers: criteria.map((c) => ({ criterion_id: c.id, answer: form[`exclusion_${c.id}`] === 'yes' })),
    };
    const created = await api.post('/referrals', { body });
    navigate(`/henvisninger/${created.id}`, { state: { created: true } });
  }

  return (
    <section aria-labelledby="page-title">
      <PageTitle>Ny henvisning</PageTitle>
      {lists.error ? <ErrorBox error={lists.error} /> : null}
      {lists.loading && !lists.data ? <Loading /> : null}
      {lists.data ? (
        <div className="field">
          <label htmlFor="referral-unit">Afklaringstilbud *</label>
          <select id="referral-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">– vælg tilbud –</option>
            {lists.data.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {unit ? <FreePlaces unitId={unit.id} /> : null}
      {unit ? (
        <CommandForm key={unitId} id="new-referral" fields={fields} submitLabel="Send henvisning" onSubmit={submit} resetOnSuccess={false} />
      ) : null}
      <p>
        <Link to="/henvisninger">Tilbage til henvisninger</Link>
      </p>
    </section>
  );
}

/** Free places today and the waiting list, in counts: whether a place is likely before the ward refers. */
function FreePlaces({ unitId }: { unitId: number }) {
  const free = useLoad(() => api.get('/units/{unitId}/free-places', { path: { unitId } }), String(unitId));
  if (!free.data) return null;
  const { regular, guest, waiting } = free.data;
  return (
    <p className="free-places" role="status">
      Ledige pladser i dag: {freePlacesText(regular, guest)}. {waiting === 0 ? 'Ingen på venteliste.' : `${plural(waiting, 'borger', 'borgere')} på venteliste.`}
    </p>
  );
}
