// The citizen's plan and crisis plan as text: the course page and the printed documents show the
// same fields under the same Danish terms, declared here once.
import type { CourseView } from '../api/client';
import { formatDate } from '../format';
import { GOAL_STATUS, label } from '../labels';

export const hasPlan = (course: CourseView) => Number(course.plan?.version ?? 0) > 0;
export const hasCrisisPlan = (course: CourseView) => Number(course.crisis_plan?.version ?? 0) > 0;

/** A term and its text; nothing when the text is empty. */
export function Text({ term, children }: { term: string; children: string | null | undefined }) {
  if (!children) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd className="note-text">{children}</dd>
    </>
  );
}

export function PlanText({ course }: { course: CourseView }) {
  const plan = course.plan;
  return (
    <>
      <p className="muted">Gemt {formatDate(plan.saved_on)}</p>
      <dl>
        <Text term="Håb">{plan.hopes}</Text>
        <Text term="Ønsker">{plan.wishes}</Text>
        <Text term="Mål med borgerens egne ord">{plan.goals_in_own_words}</Text>
      </dl>
      {plan.goals.length > 0 ? (
        <ul className="goals">
          {plan.goals.map((goal) => (
            <li key={goal.id}>
              {goal.text} <span className="muted">({label(GOAL_STATUS, goal.status)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function CrisisPlanText({ course }: { course: CourseView }) {
  const crisis = course.crisis_plan;
  return (
    <>
      <p className="muted">Gemt {formatDate(crisis.saved_on)}</p>
      <dl>
        <Text term="Advarselstegn">{crisis.warning_signs}</Text>
        <Text term="Hvad gør vi">{crisis.what_to_do}</Text>
        <Text term="Hvem kontaktes">{crisis.who_to_call}</Text>
        <Text term="Ansvarlig for medicin">{crisis.medication_responsible}</Text>
        <Text term="Ved genindlæggelse">{crisis.on_readmission}</Text>
      </dl>
    </>
  );
}
