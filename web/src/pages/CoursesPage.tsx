// Forløb: the courses the user may see, narrowed, sorted and paged by the server (core/course_list).
// The authority starts with the courses waiting for it — a stay without a finished VUM or without a
// visitation decision — and sees which unit each citizen is in. The choices live in the address, so
// a link (the board's overdue tile: ?vis=forfaldne) opens the same list.
import { Link, useSearchParams } from 'react-router-dom';
import { api, type CourseView } from '../api/client';
import { formatDate, formatNumber } from '../format';
import { COURSE_STATE, label } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

type View = 'open' | 'awaiting_authority' | 'overdue' | 'all';
type Sort = 'newest' | 'name' | 'moved_in' | 'planned_end' | 'overdue';
type State = CourseView['state'];

const VIEWS: Record<View, string> = {
  open: 'Igangværende forløb',
  awaiting_authority: 'Afventer VUM eller visitation',
  overdue: 'Med forfaldne opgaver',
  all: 'Alle forløb',
};
const SORTS: Record<Sort, string> = {
  newest: 'Nyeste først',
  name: 'Navn',
  moved_in: 'Indflyttet',
  planned_end: 'Planlagt fraflytning',
  overdue: 'Flest forfaldne opgaver',
};
const PAGE_SIZE = 50;
/** Danish words in the address for the views staff link to. */
const VIEW_IN_ADDRESS: Record<string, View> = { forfaldne: 'overdue', afventer: 'awaiting_authority', alle: 'all', igangvaerende: 'open' };

export function CoursesPage() {
  const { user } = useSession();
  // Those who record VUM and the visitation but keep no board (the authority) start with what waits for them.
  const authority = may(user, 'list_courses') && !may(user, 'read_unit_board');
  const [params, setParams] = useSearchParams();
  const shown = params.get('vis') ?? '';
  const state = shown in COURSE_STATE ? (shown as State) : undefined;
  const view: View = state ? 'all' : (VIEW_IN_ADDRESS[shown] ?? (authority ? 'awaiting_authority' : 'open'));
  const sort = (params.get('sorter') ?? 'newest') as Sort;
  const mine = params.get('mine') === 'ja';
  const unit = Number(params.get('tilbud') ?? '') || undefined;
  const page = Math.max(1, Number(params.get('side') ?? '1') || 1);
  const query = { view, state, sort: sort in SORTS ? sort : 'newest', mine: mine ? 'true' : undefined, unit, page, page_size: PAGE_SIZE } as const;
  const courses = useLoad(() => api.get('/courses', { query }), JSON.stringify(query));
  const units = useLoad(async () => new Map((await api.get('/units')).items.map((u) => [u.id, u.name])), 'units');

  /** A new choice starts again on the first page. */
  function choose(name: string, value: string) {
    // From the address as it is now: two quick choices must not undo each other.
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'side') next.delete('side');
      return next;
    });
  }
  const viewValue = state ?? Object.entries(VIEW_IN_ADDRESS).find(([, v]) => v === view)?.[0] ?? '';
  const total = courses.data?.total ?? 0;
  const rows = courses.data?.items ?? [];
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + rows.length - 1;
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Forløb</PageTitle>
      <div className="list-controls">
        <div className="field field-inline">
          <label htmlFor="course-filter">Vis</label>
          <select id="course-filter" value={viewValue} onChange={(e) => choose('vis', e.target.value)}>
            {(Object.keys(VIEWS) as View[]).map((v) => (
              <option key={v} value={Object.entries(VIEW_IN_ADDRESS).find(([, x]) => x === v)?.[0]}>
                {VIEWS[v]}
              </option>
            ))}
            {Object.entries(COURSE_STATE).map(([code, text]) => (
              <option key={code} value={code}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="course-sort">Sortér efter</label>
          <select id="course-sort" value={query.sort} onChange={(e) => choose('sorter', e.target.value === 'newest' ? '' : e.target.value)}>
            {(Object.keys(SORTS) as Sort[]).map((s) => (
              <option key={s} value={s}>
                {SORTS[s]}
              </option>
            ))}
          </select>
        </div>
        {authority && units.data ? (
          <div className="field field-inline">
            <label htmlFor="course-unit">Tilbud</label>
            <select id="course-unit" value={unit ?? ''} onChange={(e) => choose('tilbud', e.target.value)}>
              <option value="">Alle tilbud</option>
              {[...units.data.entries()].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {!authority ? (
          <div className="field field-inline field-checkbox">
            <input id="course-mine" type="checkbox" checked={mine} onChange={(e) => choose('mine', e.target.checked ? 'ja' : '')} />
            <label htmlFor="course-mine">Kun borgere, hvor jeg er tovholder</label>
          </div>
        ) : null}
      </div>
      {courses.error ? <ErrorBox error={courses.error} /> : null}
      {courses.loading && !courses.data ? <Loading /> : null}
      {courses.data ? (
        rows.length === 0 ? (
          <p className="muted">Ingen forløb.</p>
        ) : (
          <>
            <p className="list-count" role="status">
              Viser {formatNumber(first)}–{formatNumber(last)} af {formatNumber(total)} forløb
            </p>
            <table className="table">
              <caption className="sr-only">Forløb</caption>
              <thead>
                <tr>
                  <th scope="col">Borger</th>
                  <th scope="col">Tilbud</th>
                  <th scope="col">Fase</th>
                  <th scope="col">Tovholder</th>
                  <th scope="col">Indflyttet</th>
                  <th scope="col">Planlagt fraflytning</th>
                  <th scope="col">Forfaldne opgaver</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td data-label="Borger">
                      <Link to={`/forloeb/${c.id}`}>{c.citizen?.name ?? `Forløb ${c.id}`}</Link>
                    </td>
                    <td data-label="Tilbud">{units.data?.get(c.unit_id) ?? ''}</td>
                    <td data-label="Fase">{label(COURSE_STATE, c.state)}</td>
                    <td data-label="Tovholder">{c.key_worker?.name ?? '–'}</td>
                    <td data-label="Indflyttet">{formatDate(c.moved_in_on) || '–'}</td>
                    <td data-label="Planlagt fraflytning">{formatDate(c.planned_end_on) || '–'}</td>
                    <td data-label="Forfaldne opgaver">{(c.overdue_task_ids ?? []).length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {total > PAGE_SIZE ? (
              <nav className="pager" aria-label="Sider">
                <button type="button" className="secondary" disabled={page <= 1} onClick={() => choose('side', String(page - 1))}>
                  Forrige side
                </button>
                <span>
                  Side {formatNumber(page)} af {formatNumber(Math.ceil(total / PAGE_SIZE))}
                </span>
                <button type="button" className="secondary" disabled={last >= total} onClick={() => choose('side', String(page + 1))}>
                  Næste side
                </button>
              </nav>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
