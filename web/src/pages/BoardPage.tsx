// Overblik: the unit's places, free places, waiting list and incoming citizens. Readable on a wall
// screen (large type, high contrast) and on a laptop; the tables reflow into cards at narrow widths.
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { api, type Board, type BoardWaiting } from '../api/client';
import { formatDate, formatNumber, plural } from '../format';
import { COURSE_STATE_SHORT, PLACE_KIND, label } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { useInternalLinks } from '../internalLinks';
import { freePlacesText } from './boardText';

/** The board shows no name until the citizen has consented to share with the unit. */
const NO_CONSENT_NAME = 'Borger uden samtykke';

export function BoardPage() {
  const { user } = useSession();
  const unitId = user?.organisation_id ?? 0;
  const board = useLoad(() => api.get('/units/{unitId}/board', { path: { unitId } }), String(unitId));
  const { reload } = board;
  // On a wall screen nobody presses "Opdatér": fetch the board again every minute.
  useEffect(() => {
    const timer = window.setInterval(reload, 60_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  if (!may(user, 'read_unit_board')) {
    return (
      <section>
        <PageTitle>Overblik</PageTitle>
        <p className="alert alert-info">Overblikket viser et afklaringstilbuds pladser og kan kun ses af tilbuddets medarbejdere.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Overblik</PageTitle>
      {board.error ? <ErrorBox error={board.error} /> : null}
      {board.loading && !board.data ? <Loading /> : null}
      {board.data ? <BoardView board={board.data} /> : null}
      {board.data ? (
        <p>
          <button type="button" className="secondary" onClick={board.reload}>
            Opdatér
          </button>
        </p>
      ) : null}
    </section>
  );
}

export function BoardView({ board }: { board: Board }) {
  const followLink = useInternalLinks();
  const free = (board.free_places?.regular ?? 0) + (board.free_places?.guest ?? 0);
  return (
    <div className="board">
      <p className="board-unit">
        {board.unit.name} · {formatDate(board.today)}
      </p>
      <ul className="stats" aria-label="Nøgletal">
        <li>
          <span className="stat-number">{formatNumber(free)}</span> ledige pladser
          <span className="muted">
            {' '}
            ({freePlacesText(board.free_places?.regular ?? 0, board.free_places?.guest ?? 0)})
          </span>
        </li>
        <li>
          <span className="stat-number">{formatNumber(board.waiting_list.length)}</span> på venteliste
        </li>
        <li>
          <Link to="/henvisninger">
            <span className="stat-number">{formatNumber(board.new_referrals)}</span> nye henvisninger
          </Link>
        </li>
        <li className={board.overdue_tasks > 0 ? 'warn' : undefined}>
          <Link to="/forloeb?vis=forfaldne">
            <span className="stat-number">{formatNumber(board.overdue_tasks)}</span> forfaldne opgaver
          </Link>
        </li>
      </ul>
      <NextInLine board={board} />

      <h2 id="places-heading">Pladser</h2>
      <table className="table board-places" aria-labelledby="places-heading" onClick={followLink}>
        <thead>
          <tr>
            <th scope="col">Plads</th>
            <th scope="col">Borger</th>
            <th scope="col">Fase</th>
            <th scope="col">Dage på pladsen</th>
            <th scope="col">Planlagt fraflytning</th>
            <th scope="col">Forfaldne opgaver</th>
          </tr>
        </thead>
        <tbody>
          {board.places.map((place) => {
            const occupant = place.occupant;
            return (
              <tr key={place.place_id} className={occupant ? 'occupied' : 'free'}>
                <th scope="row" data-label="Plads">
                  {place.number}
                  <span className="muted"> {place.kind === 'guest' ? '(gæsteplads)' : ''}</span>
                </th>
                {occupant ? (
                  <>
                    <td data-label="Borger">
                      <a href={`/forloeb/${occupant.course_id}`}>{occupant.citizen_name ?? NO_CONSENT_NAME}</a>
                      {occupant.paused ? <span className="badge">Indlagt – pause</span> : null}
                      {occupant.has_crisis_plan ? (
                        <>
                          {' '}
                          <a href={`/forloeb/${occupant.course_id}#kriseplan`} className="crisis-link">
                            Kriseplan<span className="sr-only"> for {occupant.citizen_name ?? NO_CONSENT_NAME}</span>
                          </a>
                        </>
                      ) : null}
                    </td>
                    <td data-label="Fase">{label(COURSE_STATE_SHORT, occupant.state)}</td>
                    <td data-label="Dage på pladsen">{formatNumber(occupant.days_on_place ?? 0)}</td>
                    <td data-label="Planlagt fraflytning">{formatDate(occupant.planned_end_on) || '–'}</td>
                    <td data-label="Forfaldne opgaver" className={(occupant.overdue_tasks ?? 0) > 0 ? 'warn' : undefined}>
                      {formatNumber(occupant.overdue_tasks ?? 0)}
                    </td>
                  </>
                ) : (
                  <td colSpan={5} data-label="Status">
                    {place.closed ? 'Lukket' : `Ledig – ${label(PLACE_KIND, place.kind).toLowerCase()}`}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>

      <WaitingTable id="waiting" title="Venteliste" rows={board.waiting_list} empty="Ingen på ventelisten." />
      <WaitingTable id="incoming" title="Optaget – afventer indflytning" rows={board.incoming} empty="Ingen afventer indflytning." />
    </div>
  );
}

/** While a place is free: who should have it, by the server's rule (færdigmeldt longest, then waited longest). */
function NextInLine({ board }: { board: Board }) {
  const next = [...board.waiting_list, ...board.incoming].find((row) => row.course_id === board.next_in_line);
  if (!next) return null;
  const why =
    next.days_awaiting_discharge > 0
      ? `færdigmeldt for ${plural(next.days_awaiting_discharge, 'dag', 'dage')} siden`
      : `har ventet ${plural(next.days_waiting ?? 0, 'dag', 'dage')} siden optagelsen`;
  return (
    <p className="alert alert-info next-in-line">
      <strong>Næste til en ledig plads:</strong> <Link to={`/forloeb/${next.course_id}`}>{next.citizen_name ?? NO_CONSENT_NAME}</Link> – {why}.
    </p>
  );
}

function WaitingTable({ id, title, rows, empty }: { id: string; title: string; rows: BoardWaiting[]; empty: string }) {
  const followLink = useInternalLinks();
  return (
    <>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table" aria-labelledby={`${id}-heading`} onClick={followLink}>
          <thead>
            <tr>
              <th scope="col">Borger</th>
              <th scope="col">Optaget</th>
              <th scope="col">Ventetid</th>
              <th scope="col">Tovholder</th>
              <th scope="col">Færdigmeldt</th>
              <th scope="col">Færdigbehandlingsdage</th>
              <th scope="col">Planlagt indflytning</th>
              <th scope="col">Forfaldne opgaver</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.course_id}>
                <td data-label="Borger">
                  <a href={`/forloeb/${row.course_id}`}>{row.citizen_name ?? NO_CONSENT_NAME}</a>
                </td>
                <td data-label="Optaget">{formatDate(row.accepted_on)}</td>
                <td data-label="Ventetid">{plural(row.days_waiting ?? 0, 'dag', 'dage')}</td>
                <td data-label="Tovholder">{row.key_worker ?? '–'}</td>
                <td data-label="Færdigmeldt">{formatDate(row.ready_for_discharge_on) || '–'}</td>
                <td data-label="Færdigbehandlingsdage">{formatNumber(row.days_awaiting_discharge)}</td>
                <td data-label="Planlagt indflytning">{formatDate(row.planned_move_in_on) || '–'}</td>
                <td data-label="Forfaldne opgaver">{formatNumber(row.overdue_tasks ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
