// Adgangslog: a citizen's access log for a request for insight — who (organisation and role) looked
// up or changed the citizen's data, when and why. Period filter, pages of 100 so nothing falls out
// of view, CSV for Excel and a printable page. The administrator may add the staff's names where the
// citizen needs them to exercise their rights.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { apiHref, targetOf, type QueryOf } from '../api/operations';
import { parseDanishDate } from '../format';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

const LOG = '/citizens/{citizenId}/access-log';

/** The query of one page of the log; dates in ISO, blanks left out. */
export function accessLogQuery(filter: { from: string; to: string; names: boolean }, before: number | null, csv = false): QueryOf<'get', typeof LOG> {
  return {
    limit: 100,
    from: filter.from,
    to: filter.to,
    names: filter.names ? 'true' : undefined,
    before: before ?? undefined,
    format: csv ? 'csv' : undefined,
  };
}

export function AccessLogPage() {
  const { citizenId } = useParams();
  const { user } = useSession();
  const [typed, setTyped] = useState({ from: '', to: '', names: false });
  const [filter, setFilter] = useState({ from: '', to: '', names: false });
  const [pages, setPages] = useState<(number | null)[]>([null]); // the `before` of each page visited
  const [dateError, setDateError] = useState('');
  const before = pages[pages.length - 1];
  const query = accessLogQuery(filter, before);
  const path = { citizenId: Number(citizenId) };
  const log = useLoad(() => api.get(LOG, { path, query }), targetOf(LOG, path, query));
  const columns = log.data?.columns ?? [];
  const rows = log.data?.rows ?? [];

  function apply() {
    const from = typed.from ? parseDanishDate(typed.from) : '';
    const to = typed.to ? parseDanishDate(typed.to) : '';
    if (from === null || to === null) {
      setDateError('Skriv datoerne som dd-mm-åååå.');
      return;
    }
    setDateError('');
    setFilter({ from, to, names: typed.names });
    setPages([null]);
  }

  return (
    <section aria-labelledby="page-title" className="access-log">
      <PageTitle>Adgangslog for borgeren</PageTitle>
      <p className="muted no-print">
        Alle opslag og ændringer på borgerens oplysninger og alle afviste forsøg, nyeste først. Udleveringen logges også.
      </p>
      <form
        className="filters no-print"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <div className="field field-inline">
          <label htmlFor="log-from">Fra (dd-mm-åååå)</label>
          <input id="log-from" value={typed.from} onChange={(e) => setTyped({ ...typed, from: e.target.value })} />
        </div>
        <div className="field field-inline">
          <label htmlFor="log-to">Til (dd-mm-åååå)</label>
          <input id="log-to" value={typed.to} onChange={(e) => setTyped({ ...typed, to: e.target.value })} />
        </div>
        {may(user, 'read_audit_log') ? (
          <div className="field field-inline">
            <label htmlFor="log-names" className="checkbox-label">
              <input
                id="log-names"
                type="checkbox"
                checked={typed.names}
                onChange={(e) => setTyped({ ...typed, names: e.target.checked })}
              />{' '}
              Medtag medarbejdernes navne (kun når borgeren har brug for dem)
            </label>
          </div>
        ) : null}
        <button type="submit">Vis</button>
        {dateError ? (
          <p className="field-error" role="alert">
            {dateError}
          </p>
        ) : null}
      </form>
      <p className="no-print action-list">
        <a className="button secondary" href={apiHref(targetOf(LOG, path, accessLogQuery(filter, before, true)))}>
          Hent som CSV
        </a>{' '}
        <button type="button" className="secondary" onClick={() => window.print()}>
          Udskriv
        </button>
      </p>
      {log.error ? <ErrorBox error={log.error} /> : null}
      {log.loading && !log.data ? <Loading /> : null}
      {log.data ? (
        rows.length === 0 ? (
          <p className="muted">Ingen registreringer i perioden.</p>
        ) : (
          <table className="table access-log-table">
            <caption>{`Side ${pages.length}`}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column) => (
                    <td key={column.key} data-label={column.heading}>
                      {row.cells[column.key] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      <p className="no-print action-list">
        {pages.length > 1 ? (
          <button type="button" className="secondary" onClick={() => setPages(pages.slice(0, -1))}>
            Nyere
          </button>
        ) : null}{' '}
        {log.data?.next_before ? (
          <button type="button" className="secondary" onClick={() => setPages([...pages, log.data?.next_before ?? null])}>
            Ældre
          </button>
        ) : null}
      </p>
      <p className="no-print">
        <Link to="/">Tilbage</Link>
      </p>
    </section>
  );
}
