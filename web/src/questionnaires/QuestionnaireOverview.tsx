// Spørgeskemaer: the unit's current courses and, per instrument, which time points are answered,
// due now, missed or later; "Udfyld" opens the answer form for that course, instrument and time point.
import { Link } from 'react-router-dom';
import { api, type CourseView } from '../api/client';
import { COURSE_STATE_SHORT, label } from '../labels';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { loadInstruments, loadResponses } from './api';
import { needsAnswer, timePointStatuses } from './due';
import { DueList, answerPath } from './DueList';
import type { CourseAnswers, Instrument } from './model';
import './questionnaires.css';


interface Row {
  course: CourseView;
  answers: CourseAnswers;
}

async function loadOverview(): Promise<{ instruments: Instrument[]; rows: Row[] }> {
  // A unit's open courses fit on one page of the largest size; the server sorts them by name.
  const [instruments, courses] = await Promise.all([
    loadInstruments(),
    api.get('/courses', { query: { view: 'open', sort: 'name', page_size: 500 } }),
  ]);
  const open = courses.items;
  const rows = await Promise.all(open.map(async (course) => ({ course, answers: await loadResponses(course.id) })));
  return { instruments, rows };
}

/** Each course with its instruments' time-point statuses; courses with something due first. */
function withStatuses(data: { instruments: Instrument[]; rows: Row[] }) {
  return data.rows
    .map(({ course, answers }) => {
      const perInstrument = data.instruments.map((instrument) => ({
        instrument,
        statuses: timePointStatuses(answers, instrument.definition.code),
      }));
      return { course, perInstrument, due: perInstrument.some((p) => needsAnswer(p.statuses)) };
    })
    .sort((a, b) => Number(b.due) - Number(a.due));
}

export function QuestionnaireOverview() {
  const overview = useLoad(loadOverview, 'overview');
  return (
    <section aria-labelledby="page-title" className="q-overview">
      <PageTitle>Spørgeskemaer</PageTitle>
      <p className="hint">
        Borgerne på de igangværende forløb og de spørgeskemaer, der skal besvares ved indflytning, fraflytning og opfølgning (og
        månedligt for egne skalaer). Vælg »Udfyld« og giv borgeren tabletten.
      </p>
      {overview.error ? <ErrorBox error={overview.error} /> : null}
      {overview.loading && !overview.data ? <Loading /> : null}
      {overview.data && overview.data.rows.length === 0 ? <p className="muted">Der er ingen igangværende forløb.</p> : null}
      {overview.data ? (
        <ul className="q-course-list">
          {withStatuses(overview.data).map(({ course, perInstrument, due }) => {
            const name = course.citizen?.name ?? `Forløb ${course.id}`;
            return (
              <li key={course.id} className="q-course" data-course-id={course.id}>
                <h2 className="q-course-title">
                  <Link to={`/forloeb/${course.id}`}>{name}</Link>{' '}
                  <span className="badge badge-state">{label(COURSE_STATE_SHORT, course.state)}</span>
                  {due ? <span className="badge">Skema mangler</span> : null}
                </h2>
                <div className="q-instruments">
                  {perInstrument.map(({ instrument, statuses }) => (
                    <div key={instrument.definition.code} className="q-instrument">
                      <h3>{instrument.definition.name_da}</h3>
                      <DueList courseId={course.id} instrument={instrument} statuses={statuses} />
                      {statuses.some((s) => s.status === 'due' || s.status === 'missing') ? null : (
                        <Link className="q-any-link" to={answerPath(course.id, instrument.definition.code)}>
                          Udfyld alligevel<span className="sr-only"> {instrument.definition.name_da} for {name}</span>
                        </Link>
                      )}
                    </div>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
