// The citizen's consents: what each purpose covers now, every record with who recorded it and how,
// and a form to record a consent, a refusal, a withdrawal (it takes effect at once) or the legal
// basis used when the citizen cannot take a position.
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { formatDate } from '../format';
import { CommandForm, type FieldsOf } from '../forms';
import { ErrorBox, Loading, useLoad } from '../ui';
import { CONSENT_FORM, CONSENT_PURPOSE, CONSENT_STATUS, coveredText } from './consentLabels';

type RecordConsent = Schemas['RecordConsent'];

const FIELDS: FieldsOf<RecordConsent> = [
  { name: 'purpose', label: 'Formål', kind: 'select', required: true, options: CONSENT_PURPOSE },
  { name: 'status', label: 'Borgerens svar', kind: 'select', required: true, options: CONSENT_STATUS },
  { name: 'form', label: 'Givet', kind: 'select', required: true, options: CONSENT_FORM },
  {
    name: 'legal_basis',
    label: 'Retsgrundlag',
    kind: 'text',
    hint: 'Kun når borgeren ikke kan tage stilling, fx Retssikkerhedsloven § 12 c.',
  },
  { name: 'recorded_on', label: 'Dato', kind: 'date', required: true, initial: 'today' },
];

export function ConsentSection({ citizenId, onChange }: { citizenId: number; onChange?: () => void }) {
  const consents = useLoad(() => api.get('/citizens/{citizenId}/consents', { path: { citizenId } }), `consents-${citizenId}`);
  const [open, setOpen] = useState(false);
  const items = consents.data?.items ?? [];
  const inForce = consents.data?.in_force;
  return (
    <section aria-labelledby="consent-heading" className="consents">
      <h2 id="consent-heading">Samtykke</h2>
      {consents.error ? <ErrorBox error={consents.error} /> : null}
      {consents.loading && !consents.data ? <Loading /> : null}
      {consents.data ? (
        <>
          <dl className="facts">
            {(['share_with_unit', 'share_back_with_ward'] as const).map((purpose) => (
              <div key={purpose} className="consent-in-force" data-purpose={purpose}>
                <dt>{CONSENT_PURPOSE[purpose]}</dt>
                <dd>{coveredText(inForce?.[purpose].covered === true, inForce?.[purpose].status ?? null)}</dd>
              </div>
            ))}
          </dl>
          {items.length === 0 ? (
            <p className="muted">Der er ikke registreret samtykke endnu.</p>
          ) : (
            <table className="table consent-history">
              <caption className="sr-only">Registreret samtykke, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Dato</th>
                  <th scope="col">Formål</th>
                  <th scope="col">Svar</th>
                  <th scope="col">Givet</th>
                  <th scope="col">Registreret af</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td data-label="Dato">{formatDate(item.recorded_on)}</td>
                    <td data-label="Formål">{item.purpose_label}</td>
                    <td data-label="Svar">
                      {item.status_label}
                      {item.legal_basis ? ` (${item.legal_basis})` : ''}
                    </td>
                    <td data-label="Givet">{CONSENT_FORM[item.form] ?? ''}</td>
                    <td data-label="Registreret af">{item.recorded_by || 'Systemet'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
              Registrér samtykke
            </button>
          </p>
          {open ? (
            <div className="action-panel">
              <CommandForm<RecordConsent>
                id="record-consent"
                fields={FIELDS}
                submitLabel="Gem samtykke"
                onSubmit={async (body) => {
                  const changed = await api.post('/citizens/{citizenId}/consents', { path: { citizenId }, body });
                  consents.setData(changed);
                  setOpen(false);
                  onChange?.();
                }}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
