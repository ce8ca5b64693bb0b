// Documents to print from a course — the plan, the crisis plan, the discharge agreement / coordination
// plan and a handover summary — each a plain page with the unit's name, the citizen and the date, laid
// out for paper by the print stylesheet; the browser's print dialog also saves it as PDF. Reading one
// reads the course through the API, so the access policy and the audit log see it like any other read.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, type CourseView } from '../api/client';
import { formatDate, todayIso } from '../format';
import { ACTOR_KIND, DESTINATION, DISCHARGE_AGREEMENT_KIND, GOAL_STATUS, label } from '../labels';
import { useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { CrisisPlanText, PlanText, Text, hasCrisisPlan, hasPlan } from './planTexts';

interface CourseDocument {
  title: string;
  /** Whether the course holds what the document shows. */
  available(course: CourseView): boolean;
  Body(props: { course: CourseView }): ReactNode;
}

/** The documents by the last part of their address (/forloeb/:id/udskrift/:document). */
export const COURSE_DOCUMENTS: Record<string, CourseDocument> = {
  plan: { title: 'Borgerens plan', available: hasPlan, Body: PlanText },
  kriseplan: { title: 'Kriseplan', available: hasCrisisPlan, Body: CrisisPlanText },
  udskrivningsaftale: {
    title: 'Udskrivningsaftale og koordinationsplan',
    available: (course) => course.discharge_agreements.length > 0,
    Body: DischargeAgreements,
  },
  overlevering: {
    title: 'Overleveringsresumé',
    available: (course) => !!course.moved_in_on,
    Body: HandoverSummary,
  },
};

function DischargeAgreements({ course }: { course: CourseView }) {
  return (
    <>
      {course.discharge_agreements.map((agreement) => (
        <section key={agreement.id} className="document-part">
          <h2>
            {label(DISCHARGE_AGREEMENT_KIND, agreement.kind)} {formatDate(agreement.date)}
          </h2>
          <dl>
            <Text term="Parter">{agreement.parties.join(', ')}</Text>
          </dl>
        </section>
      ))}
      <section className="document-part">
        <h2>Datoer og ansvar</h2>
        <dl>
          <Text term="Færdigmeldt">{formatDate(course.ready_for_discharge_on)}</Text>
          <Text term="Planlagt indflytning">{formatDate(course.planned_move_in_on)}</Text>
          <Text term="Flyttede ind">{formatDate(course.moved_in_on)}</Text>
          <Text term="Tovholder">{course.key_worker ? `${course.key_worker.name}, ${course.key_worker.contact}` : ''}</Text>
        </dl>
      </section>
    </>
  );
}

/** What the next offer needs to know: the stay, the decision, the goals, the actors, the handover notes. */
function HandoverSummary({ course }: { course: CourseView }) {
  const allocation = course.allocation;
  return (
    <>
      <section className="document-part">
        <h2>Opholdet</h2>
        <dl>
          <Text term="Flyttede ind">{formatDate(course.moved_in_on)}</Text>
          <Text term={course.moved_out_on ? 'Flyttede ud' : 'Planlagt fraflytning'}>{formatDate(course.moved_out_on ?? course.planned_end_on)}</Text>
          <Text term="Tovholder">{course.key_worker ? `${course.key_worker.name}, ${course.key_worker.contact}` : ''}</Text>
          <Text term="Næste tilbud">{allocation ? `${label(DESTINATION, allocation.destination)} (besluttet ${formatDate(allocation.decided_on)})` : 'Ikke besluttet endnu'}</Text>
          <Text term="Tilgang til rusmidler">{course.substance_use_approach}</Text>
        </dl>
      </section>
      {hasPlan(course) && course.plan.goals.length > 0 ? (
        <section className="document-part">
          <h2>Mål</h2>
          <ul>
            {course.plan.goals.map((goal) => (
              <li key={goal.id}>
                {goal.text} ({label(GOAL_STATUS, goal.status)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {course.actors.length > 0 ? (
        <section className="document-part">
          <h2>Aktører</h2>
          <ul>
            {course.actors.map((actor) => (
              <li key={actor.id}>
                {actor.name} ({label(ACTOR_KIND, actor.kind)}){actor.consent_in_force && actor.contact ? `, ${actor.contact}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {course.handover_notes.length > 0 ? (
        <section className="document-part">
          <h2>Overleveringsnotater</h2>
          {course.handover_notes.map((note) => (
            <div key={note.id} className="document-note">
              <p className="note-head">
                {formatDate(note.date)}
                {note.recipient ? ` · Til ${note.recipient}` : ''}
                {note.author ? ` · ${note.author.name}` : ''}
              </p>
              <p className="note-text">{note.text}</p>
            </div>
          ))}
        </section>
      ) : null}
      {hasCrisisPlan(course) ? (
        <section className="document-part">
          <h2>Kriseplan</h2>
          <CrisisPlanText course={course} />
        </section>
      ) : null}
    </>
  );
}

/** The course page's list of what can be printed now. */
export function DocumentLinks({ course }: { course: CourseView }) {
  const ready = Object.entries(COURSE_DOCUMENTS).filter(([, candidate]) => candidate.available(course));
  if (course.limited_by_consent || ready.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading" className="documents">
      <h2 id="documents-heading">Dokumenter til udskrift</h2>
      <ul>
        {ready.map(([key, { title }]) => (
          <li key={key}>
            <Link to={`/forloeb/${course.id}/udskrift/${key}`}>{title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One document of one course, ready for paper or PDF. */
export function CourseDocumentPage() {
  const { id, document: key } = useParams();
  const { user } = useSession();
  const course = useLoad(() => api.get('/courses/{courseId}', { path: { courseId: Number(id) } }), `document-${id}`);
  const units = useLoad(async () => new Map((await api.get('/units')).items.map((u) => [u.id, u.name])), 'units');
  const shown = COURSE_DOCUMENTS[key ?? ''];
  if (!shown)
    return (
      <section>
        <PageTitle>Dokumentet findes ikke</PageTitle>
        <p>
          <Link to={`/forloeb/${id}`}>Tilbage til forløbet</Link>
        </p>
      </section>
    );
  const data = course.data;
  const citizen = data?.citizen;
  return (
    <article className="document" aria-labelledby="page-title">
      <p className="no-print document-actions">
        <button type="button" onClick={() => window.print()}>
          Udskriv eller gem som PDF
        </button>{' '}
        <Link to={`/forloeb/${id}`}>Tilbage til forløbet</Link>
      </p>
      {course.error ? <ErrorBox error={course.error} /> : null}
      {course.loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <div className="document-header">
            <p className="document-unit">{units.data?.get(data.unit_id) ?? ''}</p>
            <PageTitle>{shown.title}</PageTitle>
            <p>
              {citizen?.name ?? 'Borger uden navn'}
              {citizen?.birth_date ? `, født ${formatDate(citizen.birth_date)}` : ''}
            </p>
            <p className="muted">
              Udskrevet {formatDate(todayIso())}
              {user ? ` af ${user.display_name}` : ''}
            </p>
          </div>
          {shown.available(data) ? <shown.Body course={data} /> : <p>Forløbet har endnu ikke noget at vise i dette dokument.</p>}
          <p className="document-footer muted">Fortroligt: indeholder helbredsoplysninger. Opbevares og kasseres efter gældende regler.</p>
        </>
      ) : null}
    </article>
  );
}
