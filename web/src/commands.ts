// The forms of the course commands (payloads in docs/domain.md). Only the commands the server lists
// in `legal_commands` are offered; titles come from GET /course-commands.
import type { CourseView } from './api/client';
import type { CourseCommandBodies } from './api/codeLabels';
import type { FieldSpec, FieldsOf, FormPayload } from './forms';
import { ACTOR_KIND, DESTINATION, DISCHARGE_AGREEMENT_KIND, GOAL_STATUS, PLACE_KIND } from './labels';

type Course = CourseView;
export type CourseCommand = keyof CourseCommandBodies;
/** Runs a course command with its body on the version the user saw. */
export type RunCommand = <C extends CourseCommand>(command: C, body: CourseCommandBodies[C]) => Promise<void>;

/** A command's form and how its payload becomes the command's body. */
export interface CommandSpec<Body> {
  fields(course: Course): FieldSpec[];
  toBody(payload: FormPayload, course: Course): Body;
}

/** A form typed as `Form`, made into the body with what the course knows (versions, lists).
 *  Sound: FieldsOf checked every field's name, kind and requiredness against Form. */
function built<Form, Body>(fields: (course: Course) => FieldsOf<Form>, build: (form: Form, course: Course) => Body): CommandSpec<Body> {
  return { fields, toBody: (payload, course) => build(payload as unknown as Form, course) };
}
/** A form whose fields are the body's own, sent as it is. */
const sent = <Body,>(fields: (course: Course) => FieldsOf<Body>): CommandSpec<Body> => built(fields, (form: Body) => form);

type GoalStatus = CourseCommandBodies['save-plan']['goals'][number]['status'];
const goalStatus = (code: string): GoalStatus => (code in GOAL_STATUS ? (code as GoalStatus) : 'not_started');

const today = <Name extends string>(name: Name, label = 'Dato') =>
  ({ name, label, kind: 'date', required: true, initial: 'today' }) as const;
const note = (label = 'Note') => ({ name: 'note', label, kind: 'textarea' }) as const;
/** Asked for by the server only when another citizen is next in line for the place (the board names them). */
const aheadOfTurn = () =>
  ({
    name: 'reason_ahead_of_turn',
    label: 'Hvorfor før den næste i køen?',
    kind: 'textarea',
    hint: 'Kun hvis en anden borger står først til pladsen på Overblik.',
  }) as const;

export const COMMAND_SPECS: { [C in CourseCommand]?: CommandSpec<CourseCommandBodies[C]> } = {
  'appoint-key-worker': sent(() => [
    { name: 'name', label: 'Tovholderens navn', kind: 'text', required: true },
    { name: 'contact', label: 'Kontakt', kind: 'text' },
    today('appointed_on', 'Udpeget den'),
  ]),
  'record-ward-visit': sent(() => [today('date', 'Besøgsdato'), note()]),
  'record-place-visit': sent(() => [today('date', 'Besøgsdato'), { name: 'overnight', label: 'Prøveovernatning', kind: 'checkbox' }, note()]),
  'add-discharge-agreement': sent(() => [
      { name: 'kind', label: 'Slags', kind: 'select', required: true, options: DISCHARGE_AGREEMENT_KIND },
      today('date'),
      { name: 'parties', label: 'Parter', kind: 'lines', required: true, hint: 'Én part pr. linje.' },
  ]),
  'set-ready-for-discharge': sent(() => [today('date', 'Færdigmeldt den')]),
  'plan-move-in': sent(() => [{ name: 'date', label: 'Planlagt indflytning', kind: 'date', required: true }, aheadOfTurn()]),
  'move-in': sent((course) => [
      today('date', 'Indflytningsdato'),
      { name: 'place_kind', label: 'Slags plads', kind: 'select', required: true, options: PLACE_KIND },
      { name: 'place_number', label: 'Plads nr.', kind: 'number', hint: 'Tom: den ledige plads med det laveste nummer.' },
      { name: 'planned_end_on', label: 'Planlagt fraflytning', kind: 'date' },
      ...(course.planned_move_in_on ? [] : [aheadOfTurn()]),
  ]),
  // The goals' statuses are one select per goal (goal_<id>), so this form is untyped and built here.
  'save-plan': built<FormPayload, CourseCommandBodies['save-plan']>(
    (course) => {
      const plan = course.plan;
      return [
        { name: 'hopes', label: 'Håb', kind: 'textarea', initial: plan.hopes ?? '' },
        { name: 'wishes', label: 'Ønsker', kind: 'textarea', initial: plan.wishes ?? '' },
        { name: 'goals_in_own_words', label: 'Mål med egne ord', kind: 'textarea', initial: plan.goals_in_own_words ?? '' },
        ...course.plan.goals.map(
          (goal): FieldSpec => ({
            name: `goal_${goal.id}`,
            label: `Status for delmålet »${goal.text}«`,
            kind: 'select',
            required: true,
            options: GOAL_STATUS,
            initial: goal.status,
          }),
        ),
        { name: 'new_goal', label: 'Nyt delmål', kind: 'text', hint: 'Eksisterende delmål beholdes; sæt status »Opgivet« for at lægge et delmål væk.' },
        { name: 'new_goal_status', label: 'Status for nyt delmål', kind: 'select', required: true, options: GOAL_STATUS },
      ];
    },
    (payload, course) => {
      const text = (name: string) => (typeof payload[name] === 'string' ? payload[name] : '');
      const status = (name: string) => goalStatus(text(name));
      const plan = course.plan;
      // Only goals whose status changed are sent (with their version); the others are kept as they are.
      const changed = plan.goals
        .filter((goal) => text(`goal_${goal.id}`) !== goal.status)
        .map((goal) => ({ id: goal.id, version: goal.version, text: goal.text, status: status(`goal_${goal.id}`) }));
      const newGoal = text('new_goal');
      return {
        hopes: text('hopes'),
        wishes: text('wishes'),
        goals_in_own_words: text('goals_in_own_words'),
        plan_version: plan.version,
        goals: [...changed, ...(newGoal ? [{ text: newGoal, status: status('new_goal_status') }] : [])],
      };
    },
  ),
  'add-status-note': sent(() => [today('date'), { name: 'text', label: 'Statusnotat', kind: 'textarea', required: true }]),
  'record-vum': sent((course) => [
    { name: 'started_on', label: 'VUM påbegyndt', kind: 'date', initial: course.vum.started_on ?? '' },
    { name: 'completed_on', label: 'VUM afsluttet', kind: 'date', initial: course.vum.completed_on ?? '' },
  ]),
  'add-actor': sent(() => actorFields()),
  'save-crisis-plan': built(
    (course): FieldsOf<Omit<CourseCommandBodies['save-crisis-plan'], 'version'>> => {
      const plan = course.crisis_plan;
      return [
        { name: 'warning_signs', label: 'Advarselstegn', kind: 'textarea', required: true, initial: plan.warning_signs ?? '' },
        { name: 'what_to_do', label: 'Hvad gør vi', kind: 'textarea', required: true, initial: plan.what_to_do ?? '' },
        { name: 'who_to_call', label: 'Hvem kontaktes', kind: 'textarea', required: true, initial: plan.who_to_call ?? '' },
        { name: 'medication_responsible', label: 'Ansvarlig for medicin', kind: 'text', required: true, initial: plan.medication_responsible ?? '' },
        { name: 'on_readmission', label: 'Ved genindlæggelse', kind: 'textarea', required: true, initial: plan.on_readmission ?? '' },
      ];
    },
    (form, course) => ({ ...form, version: course.crisis_plan.version }),
  ),
  'set-substance-use-approach': sent((course) => [
    { name: 'approach', label: 'Tilgang til rusmidler', kind: 'textarea', required: true, initial: course.substance_use_approach ?? '' },
  ]),
  'pause-for-admission': sent(() => [today('admitted_on', 'Indlagt den'), note()]),
  'resume-after-admission': sent(() => [today('resumed_on', 'Genoptaget den')]),
  'extend-stay': sent(() => [
      today('decided_on', 'Besluttet den'),
      { name: 'new_planned_end_on', label: 'Ny planlagt fraflytning', kind: 'date', required: true },
      { name: 'reason', label: 'Begrundelse', kind: 'textarea', required: true },
  ]),
  'decide-allocation': sent((course) => [
      today('decided_on', 'Besluttet den'),
      {
        name: 'destination',
        label: 'Næste tilbud',
        kind: 'select',
        required: true,
        options: DESTINATION,
        // When the hospital has told of the citizen's death, that is the destination offered.
        ...(course.citizen.died_on ? { initial: 'deceased' } : {}),
      },
      note(),
  ]),
  'add-handover-note': sent(() => [
    today('date'),
    { name: 'recipient', label: 'Modtager', kind: 'text' },
    { name: 'text', label: 'Overleveringsnotat', kind: 'textarea', required: true },
  ]),
  'move-out': sent(() => [today('date', 'Fraflytningsdato')]),
  'add-follow-up-contact': sent(() => [
    today('date'),
    note('Note fra kontakten'),
    { name: 'declined_by_citizen', label: 'Borgeren har takket nej til opfølgning', kind: 'checkbox' },
  ]),
  close: sent(() => [today('date', 'Afsluttet den')]),
  cancel: sent(() => [today('date'), { name: 'reason', label: 'Begrundelse', kind: 'textarea', required: true }]),
};

/** One of the course's actors (other professionals involved), as GET /courses/{id} shows it. */
export type Actor = CourseView['actors'][number];

type ActorForm = CourseCommandBodies['add-actor'];

/** The actor form, empty for add-actor and prefilled with the actor's current values for update-actor. */
export function actorFields(actor?: Actor): FieldsOf<ActorForm> {
  return [
    { name: 'kind', label: 'Slags aktør', kind: 'select', required: true, options: ACTOR_KIND, initial: actor?.kind },
    { name: 'name', label: 'Navn', kind: 'text', required: true, initial: actor?.name },
    { name: 'role', label: 'Rolle', kind: 'text', initial: actor?.role ?? '' },
    { name: 'contact', label: 'Kontakt', kind: 'text', initial: actor?.contact ?? '' },
    { name: 'consent_to_share', label: 'Borgeren har givet samtykke til at dele oplysninger', kind: 'checkbox', initial: actor?.consent_to_share ?? false },
    { name: 'is_coordinator', label: 'Koordinerende aktør', kind: 'checkbox', initial: actor?.is_coordinator ?? false },
  ];
}

/** update-actor's payload: the form's values with the actor's id and the version the form was based on.
 *  Optional texts left blank are sent as "" so clearing a field clears it. */
export function updateActorPayload(form: ActorForm, actor: Actor): CourseCommandBodies['update-actor'] {
  return { role: '', contact: '', ...form, actor_id: actor.id, version: actor.version };
}

const ACTOR_FIELD_LABELS: Partial<Record<keyof Actor, string>> = {
  kind: 'Slags aktør',
  name: 'Navn',
  role: 'Rolle',
  contact: 'Kontakt',
  consent_to_share: 'Samtykke',
  is_coordinator: 'Koordinerende',
};

/** What a colleague changed on an actor between two versions, as Danish lines ("Navn: »A« → »B«"). */
export function actorChanges(before: Actor, after: Actor): string[] {
  const shown = (key: keyof Actor, value: Actor[keyof Actor]) =>
    typeof value === 'boolean' ? (value ? 'ja' : 'nej') : key === 'kind' ? (ACTOR_KIND[String(value)] ?? String(value)) : `»${String(value ?? '')}«`;
  const keys = Object.keys(ACTOR_FIELD_LABELS) as (keyof Actor)[];
  return keys
    .filter((key) => before[key] !== after[key])
    .map((key) => `${ACTOR_FIELD_LABELS[key]}: ${shown(key, before[key])} → ${shown(key, after[key])}`);
}

/** Commands handled elsewhere on the page (task list, actor list), not as free-standing forms. */
export const INLINE_COMMANDS = new Set(['complete-task', 'update-actor', 'correct-note']);
