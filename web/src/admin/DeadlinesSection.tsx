// Frister: the unit's deadline rules, its agreement policy and anonymous stays (one form, saved
// together), and the unit's own exclusion questions (add, switch off/on).
import { useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { CommandForm, type FieldsOf } from '../forms';
import { plural } from '../format';
import { ErrorBox, Loading, useLoad } from '../ui';
import { fieldError, loadUnit, withFieldsUnder, type UnitDetail } from './adminApi';
import { formatMonthList, parseMonthList } from './adminFormat';
import { AGREEMENT_POLICY } from './adminLabels';
import { useChosenUnit } from './UnitChoice';

export function DeadlinesSection() {
  const { unitId, picker } = useChosenUnit();
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Frister og regler</h2>
      {picker}
      {unitId ? <UnitRules unitId={unitId} /> : null}
    </section>
  );
}

type ConfigureUnit = Schemas['ConfigureUnit'];
type DeadlineRules = Schemas['DeadlineRules'];
/** The form: the configuration with the rules inline and the follow-up months as typed text. */
type RulesForm = Omit<ConfigureUnit, 'deadline_rules'> & Omit<DeadlineRules, 'follow_up_months'> & { follow_up_months?: string };

function settingsFields(unit: UnitDetail): FieldsOf<RulesForm> {
  const rules = unit.deadline_rules;
  return [
    { name: 'allows_anonymous', label: 'Tillad anonyme ophold (borgere uden CPR-nummer)', kind: 'checkbox', initial: unit.allows_anonymous },
    {
      name: 'agreement_policy',
      label: 'Optagelse uden aktiv samarbejdsaftale',
      kind: 'select',
      required: true,
      options: AGREEMENT_POLICY,
      initial: unit.agreement_policy,
    },
    {
      name: 'key_worker_working_days',
      label: 'Tovholder udpeget senest (arbejdsdage efter optagelse)',
      kind: 'number',
      required: true,
      hint: '0 slår fristen fra. Højst 30.',
      initial: String(rules.key_worker_working_days),
    },
    {
      name: 'plan_working_days',
      label: 'Borgerens plan senest (arbejdsdage efter indflytning)',
      kind: 'number',
      required: true,
      hint: '0 slår fristen fra. Højst 60.',
      initial: String(rules.plan_working_days),
    },
    {
      name: 'status_review_interval_days',
      label: 'Statusopfølgning hver (dage)',
      kind: 'number',
      required: true,
      hint: '0 slår statusopfølgning fra. Højst 180.',
      initial: String(rules.status_review_interval_days),
    },
    {
      name: 'reassessment_months',
      label: 'Revurdering af opholdet (måneder efter indflytning)',
      kind: 'number',
      required: true,
      hint: '0 slår revurderingen fra. Højst 24.',
      initial: String(rules.reassessment_months),
    },
    {
      name: 'follow_up_months',
      label: 'Opfølgning efter fraflytning til eget hjem uden støtte (måneder)',
      kind: 'text',
      hint: 'Månederne i stigende rækkefølge adskilt af komma, fx 1, 3. Tom: ingen opfølgning.',
      initial: formatMonthList(rules.follow_up_months),
    },
  ];
}

function UnitRules({ unitId }: { unitId: number }) {
  const unit = useLoad(() => loadUnit(unitId), String(unitId));
  if (unit.error && !unit.data) return <ErrorBox error={unit.error} />;
  if (!unit.data) return <Loading />;
  const current = unit.data;
  const rules = current.deadline_rules;

  async function save({ allows_anonymous, agreement_policy, follow_up_months, ...rules }: RulesForm) {
    const months = parseMonthList(follow_up_months ?? '');
    if (months === null) throw fieldError('follow_up_months', 'Skriv hele måneder adskilt af komma, fx 1, 3.');
    const body: ConfigureUnit = { allows_anonymous, agreement_policy, deadline_rules: { ...rules, follow_up_months: months } };
    const change = api.put('/units/{unitId}/configuration', { path: { unitId: current.id }, body, ifMatch: current.version });
    unit.setData(await withFieldsUnder('deadline_rules.', change));
  }

  return (
    <div className="admin-unit">
      <p className="admin-unit-name">
        <strong>{current.name}</strong>
      </p>
      {unit.error ? <ErrorBox error={unit.error} /> : null}
      <h3>Gældende regler</h3>
      <dl className="facts" aria-label="Gældende regler">
        <dt>Tovholder</dt>
        <dd>{rules.key_worker_working_days > 0 ? `senest ${plural(rules.key_worker_working_days, 'arbejdsdag', 'arbejdsdage')} efter optagelse` : 'ingen frist'}</dd>
        <dt>Borgerens plan</dt>
        <dd>{rules.plan_working_days > 0 ? `senest ${plural(rules.plan_working_days, 'arbejdsdag', 'arbejdsdage')} efter indflytning` : 'ingen frist'}</dd>
        <dt>Statusopfølgning</dt>
        <dd>{rules.status_review_interval_days > 0 ? `hver ${plural(rules.status_review_interval_days, 'dag', 'dage')}` : 'ingen'}</dd>
        <dt>Revurdering</dt>
        <dd>{rules.reassessment_months > 0 ? `${plural(rules.reassessment_months, 'måned', 'måneder')} efter indflytning` : 'ingen'}</dd>
        <dt>Opfølgning</dt>
        <dd>{rules.follow_up_months.length > 0 ? `${formatMonthList(rules.follow_up_months)} måneder efter fraflytning` : 'ingen'}</dd>
        <dt>Uden aktiv aftale</dt>
        <dd>{current.agreement_policy === 'block' ? 'optagelse blokeres' : 'advarsel, optagelse mulig'}</dd>
        <dt>Anonyme ophold</dt>
        <dd>{current.allows_anonymous ? 'tilladt' : 'ikke tilladt'}</dd>
      </dl>
      <div className="action-panel">
        <h3>Ret regler</h3>
        <p className="hint">Nye frister gælder for opgaver, der oprettes fra nu af. Opgaver, der allerede har en frist, beholder den.</p>
        <CommandForm
          key={`rules-${current.id}`}
          id="unit-rules"
          fields={settingsFields(current)}
          submitLabel="Gem regler"
          resetOnSuccess={false}
          onSubmit={save}
          onRefresh={unit.reload}
        />
      </div>
      <ExclusionQuestions unit={current} onChanged={unit.setData} onRefresh={unit.reload} />
    </div>
  );
}

function ExclusionQuestions({ unit, onChanged, onRefresh }: { unit: UnitDetail; onChanged(unit: UnitDetail): void; onRefresh(): void }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function toggle(criterionId: number, active: boolean) {
    setBusy(true);
    setError(null);
    try {
      const path = { unitId: unit.id, criterionId };
      onChanged(await api.put('/units/{unitId}/exclusion-criteria/{criterionId}/active', { path, body: { active }, ifMatch: unit.version }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="exclusion-heading">
      <h3 id="exclusion-heading">Eksklusionskriterier</h3>
      <p className="hint">Tilbuddets egne ja/nej-spørgsmål i henvisningen. Et ja udelukker borgeren.</p>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error.isConflict ? 'En kollega har ændret tilbuddet, siden du hentede det. ' : null}
          {error.message}
          {error.isConflict ? (
            <>
              {' '}
              <button type="button" className="secondary" onClick={onRefresh}>
                Hent nyeste version
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {unit.exclusion_criteria.length === 0 ? (
        <p className="muted">Tilbuddet har ingen egne spørgsmål.</p>
      ) : (
        <ul className="criteria-list">
          {unit.exclusion_criteria.map((criterion) => (
            <li key={criterion.id} className={criterion.active ? undefined : 'inactive'}>
              <span>{criterion.question}</span> <span className="muted">({criterion.active ? 'i brug' : 'slået fra'})</span>{' '}
              <button
                type="button"
                className="secondary small"
                disabled={busy}
                aria-label={`${criterion.active ? 'Slå fra' : 'Slå til'}: ${criterion.question}`}
                onClick={() => toggle(criterion.id, !criterion.active)}
              >
                {criterion.active ? 'Slå fra' : 'Slå til'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="action-panel">
        <h4>Nyt spørgsmål</h4>
        <CommandForm<Schemas['AddExclusionCriterion']>
          key={`criterion-${unit.id}`}
          id="add-criterion"
          fields={[{ name: 'question', label: 'Spørgsmål (et ja udelukker borgeren)', kind: 'text', required: true }]}
          submitLabel="Tilføj spørgsmål"
          onSubmit={async (body) =>
            onChanged(await api.post('/units/{unitId}/exclusion-criteria', { path: { unitId: unit.id }, body, ifMatch: unit.version }))
          }
          onRefresh={onRefresh}
        />
      </div>
    </section>
  );
}
