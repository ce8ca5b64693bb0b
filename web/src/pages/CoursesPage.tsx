// Forløb: the courses the user may see, newest first, filtered by state. The authority starts with the
// courses waiting for it — a stay without a finished VUM or without a visitation decision — and sees
// which unit each citizen is in.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type CourseView } from '../api/client';
import { formatDate } from '../format';
import { COURSE_STATE, label } from '../labels';
import { may, useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

const OPEN = ['phase_1', 'phase_2', 'phase_3', 'follow_up'];

type Course = CourseView;
/** A stay waiting for the authority: its VUM is not finished, or the visitation is not decided. */
export const awaitsAuthority = (c: Course) => c.state === 'phase_2' && (!c.vum?.completed_on || !c.allocation);

const FILTERS: Record<string, (c: Course) => boolean> = {
  open: (c) => OPEN.includes(c.state),
  authority: awaitsAuthority,
  overdue: (c) => (c.overdue_task_ids ?? []).length > 0,
  all: () => true,
};

export function CoursesPage() {
  const { user } = useSession();
  // Those who record VUM and the visitation but keep no board (the authority) start with what waits for them.
  const authority = may(user, 'list_courses') && !may(user, 'read_unit_board');
  // ?vis=forfaldne: the board's overdue tile opens the courses with overdue tasks.
  const [params] = useSearchParams();
  const [filter, setFilter] = useState(params.get('vis') === 'forfaldne' ? 'overdue' : authority ? 'authority' : 'open');
  const courses = useLoad(() => api.get('/courses'), 'courses');
  const units = useLoad(async () => new Map((await api.get('/units')).items.map((unit) => [unit.id, unit.name])), 'units');
  const rows = (courses.data?.items ?? []).filter((c) => (FILTERS[filter] ?? ((x: Course) => x.state === filter))(c)).sort((a, b) => b.id - a.id);
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Forløb</PageTitle>
      <div className="field field-inline">
        <label htmlFor="course-filter">Vis</label>
        <select id="course-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="open">Igangværende forløb</option>
          <option value="authority">Afventer VUM eller visitation</option>
          <option value="overdue">Med forfaldne opgaver</option>
          <option value="all">Alle forløb</option>
          {Object.entries(COURSE_STATE).map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {courses.error ? <ErrorBox error={courses.error} /> : null}
      {courses.loading && !courses.data ? <Loading /> : null}
      {courses.data ? (
        rows.length === 0 ? (
          <p className="muted">Ingen forløb.</p>
        ) : (
          <table className="table">
            <caption className="sr-only">Forløb</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Tilbud</th>
                <th scope="col">Fase</th>
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
                  <td data-label="Indflyttet">{formatDate(c.moved_in_on) || '–'}</td>
                  <td data-label="Planlagt fraflytning">{formatDate(c.planned_end_on) || '–'}</td>
                  <td data-label="Forfaldne opgaver">{(c.overdue_task_ids ?? []).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}
