// Samarbejdsaftaler: the unit's cooperation agreements with the region — the six points of the
// checklist, the validity period and whether the agreement is active today; new agreement,
// tick a point, change the period.
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { CommandForm } from '../forms';
import { formatDate } from '../format';
import { label } from '../labels';
import { ErrorBox, Loading, useLoad } from '../ui';
import { listOf, type Agreement } from './adminApi';
import { AGREEMENT_POINT } from './adminLabels';
import { useChosenUnit } from './UnitChoice';

export function AgreementsSection() {
  const { unitId, picker } = useChosenUnit();
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Samarbejdsaftaler</h2>
      <p className="hint">
        En aftale er aktiv, når alle seks punkter er aftalt, og dagen ligger i aftalens periode.
      </p>
      {picker}
      {unitId ? <UnitAgreements unitId={unitId} /> : null}
    </section>
  );
}

type Panel = { agreementId: number; kind: 'point' | 'period' } | null;

function UnitAgreements({ unitId }: { unitId: number }) {
  const agreements = useLoad(() => listOf('/units/{unitId}/agreements', { path: { unitId } }), String(unitId));
  const regions = useLoad(() => listOf('/regions'), 'regions');
  const [panel, setPanel] = useState<Panel>(null);
  if (agreements.error) return <ErrorBox error={agreements.error} />;
  if (!agreements.data || !regions.data) return <Loading />;
  const regionName = (id: number) => regions.data?.find((region) => region.id === id)?.name ?? `Region ${id}`;
  const regionOptions = Object.fromEntries(regions.data.map((region) => [String(region.id), region.name]));

  async function changed() {
    setPanel(null);
    agreements.reload();
  }
  const target = (agreement: Agreement) => ({ path: { agreementId: agreement.id }, ifMatch: agreement.version });

  return (
    <div className="admin-unit">
      {agreements.data.length === 0 ? <p className="alert alert-info">Tilbuddet har ingen samarbejdsaftale endnu.</p> : null}
      {agreements.data.map((agreement) => {
        const open = panel?.agreementId === agreement.id ? panel.kind : null;
        return (
          <article key={agreement.id} className="agreement" aria-labelledby={`agreement-${agreement.id}`}>
            <h3 id={`agreement-${agreement.id}`}>
              Aftale med {regionName(agreement.region_id)}{' '}
              <span className={agreement.active_today ? 'badge badge-ok' : 'badge'}>{agreement.active_today ? 'Aktiv i dag' : 'Ikke aktiv'}</span>
            </h3>
            <p>
              Gælder fra {formatDate(agreement.valid_from)} {agreement.valid_to ? `til og med ${formatDate(agreement.valid_to)}` : 'og indtil videre'}.
            </p>
            <ul className="checklist">
              {agreement.checklist.map((item) => (
                <li key={item.point} className={item.agreed ? 'check-done' : 'check-open'}>
                  <span aria-hidden="true" className="check-mark">
                    {item.agreed ? '✓' : '○'}
                  </span>
                  <span className="sr-only">{item.agreed ? 'Aftalt: ' : 'Mangler: '}</span>
                  {label(AGREEMENT_POINT, item.point)}
                  {item.note ? <span className="muted"> – {item.note}</span> : null}
                </li>
              ))}
            </ul>
            <p className="button-row">
              <button
                type="button"
                className={open === 'point' ? 'secondary active' : 'secondary'}
                aria-expanded={open === 'point'}
                onClick={() => setPanel(open === 'point' ? null : { agreementId: agreement.id, kind: 'point' })}
              >
                Afkryds et punkt
              </button>
              <button
                type="button"
                className={open === 'period' ? 'secondary active' : 'secondary'}
                aria-expanded={open === 'period'}
                onClick={() => setPanel(open === 'period' ? null : { agreementId: agreement.id, kind: 'period' })}
              >
                Ret perioden
              </button>
            </p>
            {open === 'point' ? (
              <div className="action-panel">
                <CommandForm
                  id={`agreement-point-${agreement.id}`}
                  fields={[
                    { name: 'point', label: 'Punkt', kind: 'select', required: true, options: AGREEMENT_POINT },
                    { name: 'agreed', label: 'Punktet er aftalt', kind: 'checkbox', initial: true },
                    { name: 'note', label: 'Note', kind: 'text', hint: 'Fx hvor og hvornår det blev aftalt.' },
                  ]}
                  submitLabel="Gem punkt"
                  onSubmit={async (body: Schemas['CheckAgreementPoint']) => {
                    await api.post('/agreements/{agreementId}/points', { ...target(agreement), body });
                    await changed();
                  }}
                  onRefresh={agreements.reload}
                />
              </div>
            ) : null}
            {open === 'period' ? (
              <div className="action-panel">
                <CommandForm
                  id={`agreement-period-${agreement.id}`}
                  fields={[
                    { name: 'valid_from', label: 'Gælder fra', kind: 'date', required: true, initial: agreement.valid_from },
                    { name: 'valid_to', label: 'Gælder til og med', kind: 'date', hint: 'Tom: indtil videre.', initial: agreement.valid_to ?? '' },
                  ]}
                  submitLabel="Gem periode"
                  onSubmit={async (body: Schemas['SetAgreementPeriod']) => {
                    await api.post('/agreements/{agreementId}/period', { ...target(agreement), body });
                    await changed();
                  }}
                  onRefresh={agreements.reload}
                />
              </div>
            ) : null}
          </article>
        );
      })}
      <div className="action-panel">
        <h3>Ny samarbejdsaftale</h3>
        <CommandForm
          key={`new-agreement-${unitId}`}
          id="new-agreement"
          fields={[
            { name: 'region_id', label: 'Region', kind: 'select', numeric: true, required: true, options: regionOptions },
            { name: 'valid_from', label: 'Gælder fra', kind: 'date', required: true, initial: 'today' },
            { name: 'valid_to', label: 'Gælder til og med', kind: 'date', hint: 'Tom: indtil videre.' },
          ]}
          submitLabel="Opret aftale"
          onSubmit={async (body: Schemas['CreateCooperationAgreement']) => {
            await api.post('/units/{unitId}/agreements', { path: { unitId }, body });
            agreements.reload();
          }}
        />
      </div>
    </div>
  );
}
