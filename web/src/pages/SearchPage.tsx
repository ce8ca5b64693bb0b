// Søg borger: a citizen by CPR number or the beginning of the name, among those the user may see,
// with links to the referrals and courses the user may open. The server searches and audits each
// citizen shown; the query itself is kept only in the address bar.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { formatDate } from '../format';
import { COURSE_STATE_SHORT, REFERRAL_STATE, label } from '../labels';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

export const SEARCH_PATH = '/soeg';

/** The search field of the top bar: Enter opens the results page. */
export function CitizenSearchForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (query.trim()) navigate(`${SEARCH_PATH}?q=${encodeURIComponent(query.trim())}`);
  }
  return (
    <form role="search" className="citizen-search" onSubmit={submit}>
      <label htmlFor="citizen-search" className="sr-only">
        Søg borger
      </label>
      <input
        id="citizen-search"
        type="search"
        placeholder="Søg borger: CPR eller navn"
        autoComplete="off"
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <button type="submit" className="secondary">
        Søg
      </button>
    </form>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const found = useLoad(() => api.get('/citizens', { query: { q: query } }), query);
  const units = useLoad(async () => new Map((await api.get('/units')).items.map((unit) => [unit.id, unit.name])), 'units');
  const unitName = (id: number) => units.data?.get(id) ?? '';
  const hits = found.data?.hits ?? [];
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Søg borger</PageTitle>
      {query ? null : <p className="muted">Skriv et CPR-nummer eller begyndelsen af navnet i søgefeltet øverst.</p>}
      {query && found.error ? <ErrorBox error={found.error} /> : null}
      {query && found.loading && !found.data ? <Loading /> : null}
      {query && found.data ? (
        <>
          <p role="status">
            {hits.length === 0
              ? 'Ingen borgere fundet blandt dem, du har adgang til.'
              : `${hits.length} ${hits.length === 1 ? 'borger' : 'borgere'} fundet.`}
            {found.data.more ? ' Der er flere – skriv mere af navnet for at finde den rigtige.' : ''}
          </p>
          {hits.length > 0 ? (
            <table className="table search-results">
              <caption className="sr-only">Fundne borgere</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">CPR-nummer</th>
                  <th scope="col">Født</th>
                  <th scope="col">Forløb og henvisninger</th>
                </tr>
              </thead>
              <tbody>
                {hits.map((hit) => (
                  <tr key={hit.id}>
                    <td data-label="Navn">{hit.name}</td>
                    <td data-label="CPR-nummer">{hit.cpr ?? 'Anonym'}</td>
                    <td data-label="Født">{formatDate(hit.birth_date)}</td>
                    <td data-label="Forløb og henvisninger">
                      <ul className="plain-list">
                        {hit.courses.map((course) => (
                          <li key={`c${course.id}`}>
                            <Link to={`/forloeb/${course.id}`}>
                              Forløb{unitName(course.unit_id) ? ` på ${unitName(course.unit_id)}` : ''}
                            </Link>{' '}
                            <span className="muted">({label(COURSE_STATE_SHORT, course.state)})</span>
                          </li>
                        ))}
                        {hit.referrals.map((referral) => (
                          <li key={`r${referral.id}`}>
                            <Link to={`/henvisninger/${referral.id}`}>Henvisning {formatDate(referral.referred_on)}</Link>{' '}
                            <span className="muted">({label(REFERRAL_STATE, referral.state)})</span>
                          </li>
                        ))}
                        {hit.courses.length + hit.referrals.length === 0 ? <li className="muted">Ingen, du kan åbne</li> : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
