// Henvisninger: ward staff follow the status of their referrals; the unit sees new referrals and
// records the joint assessment (accept, waiting list, decline). Ward staff never see the unit's notes.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AdmissionsSection } from '../admissions/AdmissionsSection';
import { ConsentSection } from '../consent/ConsentSection';
import { api, type ReferralView } from '../api/client';
import type { ReferralCommandBodies } from '../api/codeLabels';
import { formatDate } from '../format';
import { CommandForm, type FieldsOf } from '../forms';
import { COURSE_STATE, REFERRAL_STATE, SUBSTANCE_USE, SUPPORT_SITUATION, label } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

export function ReferralsPage() {
  const { user } = useSession();
  // Those who make the joint assessment start with the referrals waiting for it.
  const [filter, setFilter] = useState(may(user, 'decide_referral') ? 'submitted' : '');
  const referrals = useLoad(() => api.get('/referrals', { query: { state: filter } }), filter);
  const rows = [...(referrals.data?.items ?? [])].sort((a, b) => b.referred_on.localeCompare(a.referred_on) || b.id - a.id);
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Henvisninger</PageTitle>
      {may(user, 'submit_referral') ? (
        <p>
          <Link to="/henvisninger/ny" className="button">
            Ny henvisning
          </Link>
        </p>
      ) : null}
      <div className="field field-inline">
        <label htmlFor="referral-filter">Vis</label>
        <select id="referral-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">Alle henvisninger</option>
          {Object.entries(REFERRAL_STATE).map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {referrals.error ? <ErrorBox error={referrals.error} /> : null}
      {referrals.loading && !referrals.data ? <Loading /> : null}
      {referrals.data ? (
        rows.length === 0 ? (
          <p className="muted">Ingen henvisninger.</p>
        ) : (
          <table className="table">
            <caption className="sr-only">Henvisninger</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Henvist</th>
                <th scope="col">Status</th>
                <th scope="col">Forløb</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td data-label="Borger">
                    <Link to={`/henvisninger/${r.id}`}>{r.citizen_name ?? `Henvisning ${r.id}`}</Link>
                  </td>
                  <td data-label="Henvist">{formatDate(r.referred_on)}</td>
                  <td data-label="Status">{referralStatus(r)}</td>
                  <td data-label="Forløb">{r.course ? label(COURSE_STATE, r.course.state) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}

// The unit's note stays with the unit unless it is shared with the ward.
const SHARE_NOTE = {
  name: 'share_note_with_ward',
  label: 'Del noten med sengeafsnittet',
  kind: 'checkbox',
  hint: 'Uden flueben ser sengeafsnittet kun status og datoer.',
} as const;

type ReferralCommand = keyof ReferralCommandBodies;
type Decision<C extends ReferralCommand> = { title: string; fields: FieldsOf<ReferralCommandBodies[C]> };

const DECISIONS: { [C in ReferralCommand]: Decision<C> } = {
  accept: {
    title: 'Optag borgeren',
    fields: [
      { name: 'decided_on', label: 'Dato for fælles vurdering', kind: 'date', required: true, initial: 'today' },
      { name: 'note', label: 'Note fra den fælles vurdering', kind: 'textarea' },
      SHARE_NOTE,
    ],
  },
  waitlist: {
    title: 'Sæt på venteliste',
    fields: [
      { name: 'decided_on', label: 'Dato for fælles vurdering', kind: 'date', required: true, initial: 'today' },
      { name: 'note', label: 'Note fra den fælles vurdering', kind: 'textarea' },
      SHARE_NOTE,
    ],
  },
  decline: {
    title: 'Afvis henvisningen',
    fields: [
      { name: 'decided_on', label: 'Dato for fælles vurdering', kind: 'date', required: true, initial: 'today' },
      { name: 'reason', label: 'Begrundelse', kind: 'textarea', required: true },
      SHARE_NOTE,
    ],
  },
  'citizen-declines': {
    title: 'Borgeren ønsker ikke et ophold',
    fields: [
      { name: 'decided_on', label: 'Dato', kind: 'date', required: true, initial: 'today' },
      { name: 'note', label: 'Note', kind: 'textarea' },
      SHARE_NOTE,
    ],
  },
  withdraw: {
    title: 'Træk henvisningen tilbage',
    fields: [
      { name: 'decided_on', label: 'Dato', kind: 'date', required: true, initial: 'today' },
      { name: 'reason', label: 'Begrundelse', kind: 'textarea' },
    ],
  },
};

/** The status as staff say it: a withdrawal at the citizen's wish is told apart from the ward's. */
function referralStatus(r: { state: ReferralView['state']; withdrawn_by_citizen: boolean }): string {
  return label(REFERRAL_STATE, r.state) + (r.withdrawn_by_citizen ? ' (borgerens ønske)' : '');
}

export function ReferralPage() {
  const { id } = useParams();
  const { user } = useSession();
  const referral = useLoad(() => api.get('/referrals/{referralId}', { path: { referralId: Number(id) } }), String(id));
  const [chosen, setChosen] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);
  const r = referral.data;
  // The ward's name and the unit's exclusion questions, to read what the ward sent.
  const context = useLoad(async () => {
    if (!r) return null;
    const [wards, unit] = await Promise.all([api.get('/wards'), api.get('/units/{unitId}', { path: { unitId: r.unit_id } })]);
    return {
      ward: wards.items.find((ward) => ward.id === r.ward_id)?.name ?? '',
      questions: new Map(unit.exclusion_criteria.map((criterion) => [criterion.id, criterion.question])),
    };
  }, `${r?.ward_id ?? 0}-${r?.unit_id ?? 0}`);
  const legal = (r?.legal_commands ?? []).filter((name): name is ReferralCommand => name in DECISIONS);
  const active = legal.find((name) => name === chosen);
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{r ? `Henvisning: ${r.citizen_name ?? `borger på ${r.citizen_age ?? '?'} år`}` : 'Henvisning'}</PageTitle>
      {referral.error ? <ErrorBox error={referral.error} /> : null}
      {referral.loading && !r ? <Loading /> : null}
      {r ? (
        <>
          {r.limited_by_consent ? (
            <div className="alert alert-info consent-limited" role="status">
              <strong>Borgeren har ikke givet samtykke til, at henvisningen deles med tilbuddet.</strong> Du ser kun
              alder, afsnit, støttesituation og datoer – nok til at planlægge en plads. Registrér samtykket nedenfor, når
              det foreligger.
            </div>
          ) : null}
          {r.outcome_withheld ? (
            <p className="alert alert-info" role="status">
              Borgeren har ikke givet samtykke til, at sengeafsnittet følger forløbet. Du ser beslutningen på henvisningen,
              ikke indflytning og udfald.
            </p>
          ) : null}
          <dl className="facts">
            <dt>Status</dt>
            <dd className="referral-state">{referralStatus(r)}</dd>
            <dt>Henvist</dt>
            <dd>{formatDate(r.referred_on)}</dd>
            {r.decided_on ? (
              <>
                <dt>Fælles vurdering</dt>
                <dd>{formatDate(r.decided_on)}</dd>
              </>
            ) : null}
            {r.citizen_cpr ? (
              <>
                <dt>CPR-nummer</dt>
                <dd>{r.citizen_cpr}</dd>
              </>
            ) : null}
            {r.citizen_age !== undefined ? (
              <>
                <dt>Alder</dt>
                <dd>{r.citizen_age} år</dd>
              </>
            ) : null}
            <dt>Henvist fra</dt>
            <dd>{context.data?.ward || '–'}</dd>
            {r.admitted_on ? (
              <>
                <dt>Indlagt siden</dt>
                <dd>{formatDate(r.admitted_on)}</dd>
              </>
            ) : null}
            <dt>Færdigmeldt</dt>
            <dd>{r.ready_for_discharge_on ? formatDate(r.ready_for_discharge_on) : 'Ikke endnu'}</dd>
            {r.limited_by_consent ? null : (
              <>
                <dt>Årsag</dt>
                <dd className="note-text">{r.reason}</dd>
              </>
            )}
            <dt>Støttesituation</dt>
            <dd>{label(SUPPORT_SITUATION, r.support_situation)}</dd>
            {r.decision_note ? (
              <>
                <dt>{r.state === 'withdrawn' ? 'Begrundelse' : 'Note fra tilbuddet'}</dt>
                <dd className="decision-note">{r.decision_note}</dd>
              </>
            ) : null}
            {r.substance_use && !r.limited_by_consent ? (
              <>
                <dt>Rusmidler</dt>
                <dd>
                  {label(SUBSTANCE_USE, r.substance_use)}
                  {r.substance_use_note ? <span className="note-text"> – {r.substance_use_note}</span> : null}
                </dd>
              </>
            ) : null}
            {r.risk_history && !r.limited_by_consent ? (
              <>
                <dt>Risiko</dt>
                <dd className="note-text">{r.risk_history}</dd>
              </>
            ) : null}
            {(r.exclusion_answers ?? []).length > 0 ? (
              <>
                <dt>Eksklusionsspørgsmål</dt>
                <dd>
                  <ul className="plain-list exclusion-answers">
                    {(r.exclusion_answers ?? []).map((answer) => (
                      <li key={answer.criterion_id}>
                        {context.data?.questions.get(answer.criterion_id) ?? `Spørgsmål ${answer.criterion_id}`}:{' '}
                        <strong>{answer.answer ? 'Ja' : 'Nej'}</strong>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {r.expected_ready_for_discharge_on ? (
              <>
                <dt>Forventet færdigmeldt</dt>
                <dd>{formatDate(r.expected_ready_for_discharge_on)}</dd>
              </>
            ) : null}
            {r.course ? (
              <>
                <dt>Forløb</dt>
                <dd>
                  {may(user, 'read_course') ? (
                    <Link to={`/forloeb/${r.course.id}`}>{label(COURSE_STATE, r.course.state)}</Link>
                  ) : (
                    label(COURSE_STATE, r.course.state)
                  )}
                  {r.course.moved_in_on ? `, indflyttet ${formatDate(r.course.moved_in_on)}` : ''}
                  {r.course.moved_out_on ? `, fraflyttet ${formatDate(r.course.moved_out_on)}` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          {warnings.length > 0 ? (
            <div className="alert alert-info" role="status">
              {warnings.map((w) => (
                <p key={w}>{w}</p>
              ))}
            </div>
          ) : null}
          {/* Admissions are kept here by those who have no course page to keep them on (the ward). */}
          {may(user, 'record_admission') && !may(user, 'read_course') ? <AdmissionsSection citizenId={r.citizen_id} /> : null}
          <ConsentSection citizenId={r.citizen_id} onChange={referral.reload} />
          {may(user, 'read_citizen_access_log') ? (
            <p>
              <Link to={`/adgangslog/${r.citizen_id}`}>Adgangslog for borgeren</Link>
            </p>
          ) : null}
          {legal.length > 0 ? (
            <section aria-labelledby="decision-heading">
              <h2 id="decision-heading">{may(user, 'decide_referral') ? 'Fælles vurdering' : 'Handlinger'}</h2>
              <ul className="action-list">
                {legal.map((name) => (
                  <li key={name}>
                    <button
                      type="button"
                      className={active === name ? 'secondary active' : 'secondary'}
                      aria-expanded={active === name}
                      onClick={() => setChosen(active === name ? '' : name)}
                      data-command={name}
                    >
                      {DECISIONS[name].title}
                    </button>
                  </li>
                ))}
              </ul>
              {active ? (
                <div className="action-panel">
                  <h3>{DECISIONS[active].title}</h3>
                  <DecisionForm
                    key={active}
                    command={active}
                    onRefresh={referral.reload}
                    onSubmit={async (body) => {
                      const target = { path: { referralId: r.id }, ifMatch: r.version };
                      // Withdrawal is the ward's and has its own route.
                      const answer =
                        active === 'withdraw'
                          ? await api.post('/referrals/{referralId}/commands/withdraw', { ...target, body: body as ReferralCommandBodies['withdraw'] })
                          : await api.post('/referrals/{referralId}/commands/{command}', { ...target, path: { ...target.path, command: active }, body });
                      setWarnings(answer.warnings.map((w) => w.message ?? '').filter(Boolean));
                      referral.setData(answer.referral);
                      setChosen('');
                    }}
                  />
                </div>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
      <p>
        <Link to="/henvisninger">Tilbage til henvisninger</Link>
      </p>
    </section>
  );
}

function DecisionForm<C extends ReferralCommand>(props: { command: C; onRefresh(): void; onSubmit(body: ReferralCommandBodies[C]): Promise<void> }) {
  const decision: Decision<C> = DECISIONS[props.command];
  return (
    <CommandForm<ReferralCommandBodies[C]>
      id={`decision-${props.command}`}
      fields={decision.fields}
      submitLabel={decision.title}
      conflictText="En kollega har ændret henvisningen, siden du åbnede den."
      onRefresh={props.onRefresh}
      onSubmit={props.onSubmit}
    />
  );
}
