// Sygehusadviser: the MedCom messages the hospitals' adapter delivers and collects (docs/medcom.md).
// The administrator sees how many came per day and what became of them, the messages held and why,
// the letters waiting for the adapter, and gives each ward and unit its SOR code — which applies at
// once what was held for that code. No citizen is named here.
import { useState } from 'react';
import { api } from '../api/client';
import type { paths } from '../api/schema';
import { CommandForm } from '../forms';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { ErrorBox, Loading, useLoad, type Loaded } from '../ui';
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
  unknown_sor_code: 'SOR-koden er ikke kendt',
  no_course: 'Borgeren har intet forløb på tilbuddet',
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
  const units = useLoad(() => listOf('/units'), 'units');
  const outcomes = Object.keys(OUTCOME);
  return (
    <section aria-labelledby="medcom-heading">
      <h2 id="medcom-heading">Sygehusadviser</h2>
      <p className="hint">
        Beskeder fra sygehusene om indlæggelse, orlov og udskrivning, og breve mellem afsnit og tilbud (MedCom). Borgerne nævnes
        ikke her.
      </p>
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
      <h3>Udbakke: breve til afsnittene</h3>
      {overview.data ? <Outbox outbox={overview.data.outbox} /> : null}
      <h3>Afsnittenes SOR-koder</h3>
      <SorCodeTable
        id="wards"
        title="Afsnit"
        load={wards}
        save={(ward, sor_code) => api.put('/wards/{wardId}/sor-code', { path: { wardId: ward.id }, body: { sor_code }, ifMatch: ward.version })}
        onSaved={overview.reload}
      />
      <h3>Tilbuddenes SOR-koder</h3>
      <p className="hint">Breve til og fra afsnittene sendes med tilbuddets SOR-kode.</p>
      <SorCodeTable
        id="units"
        title="Tilbud"
        load={units}
        save={(unit, sor_code) => api.put('/units/{unitId}/sor-code', { path: { unitId: unit.id }, body: { sor_code }, ifMatch: unit.version })}
        onSaved={overview.reload}
      />
    </section>
  );
}

/** Letters sent: waiting for the hospitals' adapter, or collected (the last 14 days). */
function Outbox({ outbox }: { outbox: Overview['outbox'] }) {
  if (outbox.length === 0) return <p className="muted">Ingen breve sendt de sidste 14 dage.</p>;
  return (
    <table className="table medcom-outbox">
      <thead>
        <tr>
          <th scope="col">Sendt</th>
          <th scope="col">Til</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {outbox.map((sent) => (
          <tr key={sent.message_id}>
            <td data-label="Sendt">{formatDateTime(sent.created_at)}</td>
            <td data-label="Til">{sent.ward_name}</td>
            <td data-label="Status">{sent.collected_at ? `Hentet ${formatDateTime(sent.collected_at)}` : 'Venter på at blive hentet'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface SorHolder {
  id: number;
  name: string;
  version: number;
  sor_code?: string | null;
}

/** Wards or units with their SOR codes, each editable in place. */
function SorCodeTable<T extends SorHolder>({
  id,
  title,
  load,
  save,
  onSaved,
}: {
  id: string;
  title: string;
  load: Loaded<T[]>;
  save(holder: T, sorCode: string | null): Promise<unknown>;
  onSaved(): void;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  if (load.error) return <ErrorBox error={load.error} />;
  if (!load.data) return <Loading />;
  return (
    <table className={`table medcom-${id}`}>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col">SOR-kode</th>
          <th scope="col">
            <span className="sr-only">Handling</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {load.data.map((holder) => (
          <tr key={holder.id}>
            <th scope="row">{holder.name}</th>
            <td data-label="SOR-kode">
              {editing === holder.id ? (
                <CommandForm
                  id={`sor-${id}-${holder.id}`}
                  fields={[{ name: 'sor_code', label: 'SOR-kode', kind: 'text', hint: 'Cifre. Tom fjerner koden.', initial: holder.sor_code ?? '' }]}
                  submitLabel="Gem SOR-kode"
                  onSubmit={async (form: { sor_code?: string }) => {
                    await save(holder, form.sor_code?.trim() ? form.sor_code.trim() : null);
                    setEditing(null);
                    load.reload();
                    onSaved();
                  }}
                  onRefresh={load.reload}
                />
              ) : (
                (holder.sor_code ?? <span className="muted">Ingen</span>)
              )}
            </td>
            <td>
              {editing === holder.id ? null : (
                <button type="button" className="secondary" onClick={() => setEditing(holder.id)}>
                  Ret<span className="sr-only"> SOR-kode for {holder.name}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
