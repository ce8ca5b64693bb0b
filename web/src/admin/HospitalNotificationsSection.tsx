// Sygehusadviser: the MedCom messages the hospitals' adapter delivers (docs/medcom.md). The
// administrator sees how many came per day and what became of them, the messages held and why, and
// gives each ward its SOR code — which applies at once what was held for that code. No citizen is
// named here.
import { useState } from 'react';
import { api } from '../api/client';
import type { paths } from '../api/schema';
import { CommandForm } from '../forms';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { ErrorBox, Loading, useLoad } from '../ui';
import { listOf } from './adminApi';

type Overview = paths['/api/v1/interop/medcom/overview']['get']['responses']['200']['content']['application/json'];

/** What became of a message, as the log says it. */
export const OUTCOME: Record<string, string> = {
  applied: 'Registreret',
  already_recorded: 'Var allerede registreret',
  not_an_admission: 'Akut ambulant (ingen indlæggelse)',
  ignored: 'Borger ikke kendt',
  held: 'Venter',
  cancelled: 'Annulleret af sygehuset',
};

/** Why a message waits. */
export const HELD_REASON: Record<string, string> = {
  unknown_sor_code: 'Afsnittets SOR-kode er ikke kendt',
  stay_not_known: 'Indlæggelsen, den handler om, er ikke modtaget endnu',
  admission_overlaps: 'Overlapper en anden indlæggelse',
  admission_already_open: 'Borgeren er registreret som indlagt et andet sted',
};

/** The overview's (day, outcome, count) rows as one row per day with a count per outcome. */
export function countsPerDay(days: Overview['days']): { day: string; counts: Record<string, number> }[] {
  const byDay = new Map<string, Record<string, number>>();
  for (const { day, outcome, count } of days) byDay.set(day, { ...(byDay.get(day) ?? {}), [outcome]: count });
  return [...byDay.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([day, counts]) => ({ day, counts }));
}

export function HospitalNotificationsSection() {
  const overview = useLoad(() => api.get('/interop/medcom/overview'), 'medcom-overview');
  const wards = useLoad(() => listOf('/wards'), 'wards');
  const [editing, setEditing] = useState<number | null>(null);
  const outcomes = Object.keys(OUTCOME);
  return (
    <section aria-labelledby="medcom-heading">
      <h2 id="medcom-heading">Sygehusadviser</h2>
      <p className="hint">Beskeder fra sygehusene om indlæggelse, orlov og udskrivning (MedCom). Borgerne nævnes ikke her.</p>
      {overview.error ? <ErrorBox error={overview.error} /> : null}
      {!overview.data ? (
        <Loading />
      ) : (
        <>
          <h3>Modtaget de sidste 14 dage</h3>
          {overview.data.days.length === 0 ? (
            <p className="muted">Ingen beskeder modtaget.</p>
          ) : (
            <table className="table medcom-days">
              <thead>
                <tr>
                  <th scope="col">Dag</th>
                  {outcomes.map((outcome) => (
                    <th scope="col" key={outcome}>
                      {OUTCOME[outcome]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {countsPerDay(overview.data.days).map(({ day, counts }) => (
                  <tr key={day}>
                    <th scope="row">{formatDate(day)}</th>
                    {outcomes.map((outcome) => (
                      <td key={outcome} data-label={OUTCOME[outcome]}>
                        {formatNumber(counts[outcome] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Venter</h3>
          {overview.data.held.length === 0 ? (
            <p className="muted">Ingen beskeder venter.</p>
          ) : (
            <table className="table medcom-held">
              <thead>
                <tr>
                  <th scope="col">Modtaget</th>
                  <th scope="col">Hvorfor</th>
                  <th scope="col">SOR-kode i beskeden</th>
                </tr>
              </thead>
              <tbody>
                {overview.data.held.map((held, index) => (
                  <tr key={index}>
                    <td data-label="Modtaget">{formatDateTime(held.received_at)}</td>
                    <td data-label="Hvorfor">{HELD_REASON[held.reason] ?? held.reason}</td>
                    <td data-label="SOR-kode i beskeden">{held.sor_code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <h3>Afsnittenes SOR-koder</h3>
      {wards.error ? <ErrorBox error={wards.error} /> : null}
      {!wards.data ? (
        <Loading />
      ) : (
        <table className="table medcom-wards">
          <thead>
            <tr>
              <th scope="col">Afsnit</th>
              <th scope="col">SOR-kode</th>
              <th scope="col">
                <span className="sr-only">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {wards.data.map((ward) => (
              <tr key={ward.id}>
                <th scope="row">{ward.name}</th>
                <td data-label="SOR-kode">
                  {editing === ward.id ? (
                    <CommandForm
                      id={`sor-${ward.id}`}
                      fields={[{ name: 'sor_code', label: 'SOR-kode', kind: 'text', hint: 'Cifre. Tom fjerner koden.', initial: ward.sor_code ?? '' }]}
                      submitLabel="Gem SOR-kode"
                      onSubmit={async (form: { sor_code?: string }) => {
                        const sor_code = form.sor_code?.trim() ? form.sor_code.trim() : null;
                        await api.put('/wards/{wardId}/sor-code', { path: { wardId: ward.id }, body: { sor_code }, ifMatch: ward.version });
                        setEditing(null);
                        wards.reload();
                        overview.reload();
                      }}
                      onRefresh={wards.reload}
                    />
                  ) : (
                    (ward.sor_code ?? <span className="muted">Ingen</span>)
                  )}
                </td>
                <td>
                  {editing === ward.id ? null : (
                    <button type="button" className="secondary" onClick={() => setEditing(ward.id)}>
                      Ret<span className="sr-only"> SOR-kode for {ward.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
