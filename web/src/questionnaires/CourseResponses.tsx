// The course page's "Spørgeskemaer" section: the course's answered questionnaires with their scores,
// what is due per instrument, and "Udfyld" links for unit staff and leads.
import { Link } from 'react-router-dom';
import type { CourseView } from '../api/client';
import { formatDate, formatNumber } from '../format';
import { may, useSession } from '../session';
import { ErrorBox, Loading, useLoad } from '../ui';
import { loadInstruments, loadResponses } from './api';
import { timePointStatuses } from './due';
import { DueList, answerPath } from './DueList';
import { TIME_POINT, interpretation, type TimePoint } from './model';
import './questionnaires.css';

export function CourseResponses({ course }: { course: CourseView }) {
  const { user } = useSession();
  const canAnswer = may(user, 'record_response');
  const loaded = useLoad(
    async () => {
      const [instruments, answers] = await Promise.all([loadInstruments(), loadResponses(course.id)]);
      return { instruments, answers, responses: answers.items };
    },
    `responses-${course.id}`,
  );
  const open = ['phase_1', 'phase_2', 'phase_3', 'follow_up'].includes(course.state);
  return (
    <section aria-labelledby="responses-heading" className="course-responses">
      <h2 id="responses-heading">Spørgeskemaer</h2>
      {loaded.error ? <ErrorBox error={loaded.error} /> : null}
      {loaded.loading && !loaded.data ? <Loading /> : null}
      {loaded.data ? (
        <>
          {loaded.data.responses.length === 0 ? (
            <p className="muted">Ingen besvarelser endnu.</p>
          ) : (
            <table className="table">
              <caption className="sr-only">Besvarede spørgeskemaer</caption>
              <thead>
                <tr>
                  <th scope="col">Skema</th>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Besvaret</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.responses.map((r) => {
                  const instrument = loaded.data!.instruments.find((i) => i.definition.code === r.instrument_code);
                  const meanings = instrument && r.score ? interpretation(instrument.definition, r.score.thresholds_met) : [];
                  return (
                    <tr key={r.id}>
                      <td data-label="Skema">{instrument?.definition.name_da ?? r.instrument_code}</td>
                      <td data-label="Tidspunkt">{TIME_POINT[r.time_point as TimePoint] ?? r.time_point}</td>
                      <td data-label="Besvaret">{formatDate(String(r.answered_on))}</td>
                      <td data-label="Score">
                        {r.score ? formatNumber(Number(r.score.score)) : (r.score_note_da ?? 'Ingen score')}
                        {meanings.length > 0 ? <span className="muted"> ({meanings.join('; ')})</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {open
            ? loaded.data.instruments.map((instrument) => (
                <div key={instrument.definition.code}>
                  <h3>{instrument.definition.name_da}</h3>
                  <DueList
                    courseId={course.id}
                    instrument={instrument}
                    canAnswer={canAnswer}
                    statuses={timePointStatuses(loaded.data!.answers, instrument.definition.code)}
                  />
                  {canAnswer ? (
                    <Link className="q-any-link" to={answerPath(course.id, instrument.definition.code)}>
                      Udfyld<span className="sr-only"> {instrument.definition.name_da}</span> på et andet tidspunkt
                    </Link>
                  ) : null}
                </div>
              ))
            : null}
        </>
      ) : null}
    </section>
  );
}
