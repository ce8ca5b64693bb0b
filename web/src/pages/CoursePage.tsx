// Forløb: one course as a timeline of the three phases, the model's checklist, notes, tasks and
// admissions, and forms for exactly the commands the server says are legal now.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, type CourseView } from '../api/client';
import { ActorEdit } from '../actors/ActorEdit';
import { AdmissionsSection } from '../admissions/AdmissionsSection';
import { LettersSection, loadLetters } from '../letters/LettersSection';
import type { Letter } from '../letters/letters';
import { ConsentSection } from '../consent/ConsentSection';
import { isPaused } from '../admissions/admissions';
import { COMMAND_SPECS, INLINE_COMMANDS, type CourseCommand, type RunCommand } from '../commands';
import type { CourseCommandBodies } from '../api/codeLabels';
import { CourseResponses } from '../questionnaires/CourseResponses';
import { may, useSession } from '../session';
import { formatDate, todayIso } from '../format';
import { CommandForm } from '../forms';
import { ACTOR_KIND, COURSE_STATE, DESTINATION, DISCHARGE_AGREEMENT_KIND, EVENT_KIND, GOAL_STATUS, TASK_KIND, label } from '../labels';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { JOURNAL_KINDS, journalOf, type AnsweredQuestionnaires, type JournalKind } from './courseJournal';
import { loadInstruments, loadResponses } from '../questionnaires/api';
import { DocumentLinks } from '../documents/CourseDocuments';
import { CrisisPlanText, PlanText, hasCrisisPlan, hasPlan } from '../documents/planTexts';


let titlesCache: Promise<Record<string, string>> | null = null;
function commandTitles(): Promise<Record<string, string>> {
  titlesCache ??= api
    .get('/course-commands')
    .then((answer) => Object.fromEntries(answer.items.map((item) => [item.name, item.title])))
    .catch((e) => {
      titlesCache = null;
      throw e;
    });
  return titlesCache;
}

export function CoursePage() {
  const { id } = useParams();
  const course = useLoad(() => api.get('/courses/{courseId}', { path: { courseId: Number(id) } }), String(id));
  const titles = useLoad(commandTitles, 'titles');
  const name = course.data ? (course.data.citizen?.name ?? '') : '';
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{name ? `Forløb: ${name}` : 'Forløb'}</PageTitle>
      {course.error ? <ErrorBox error={course.error} /> : null}
      {course.loading && !course.data ? <Loading /> : null}
      {course.data ? (
        <CourseDetails course={course.data} titles={titles.data ?? {}} onChanged={course.setData} onRefresh={course.reload} />
      ) : null}
    </section>
  );
}

interface ViewProps {
  course: CourseView;
  titles: Record<string, string>;
  onChanged(course: CourseView): void;
  onRefresh(): void;
}

function CourseDetails({ course, titles, onChanged, onRefresh }: ViewProps) {
  const { user } = useSession();
  // The letters to and from the ward: in the journal and in their own section, read once.
  const letters = useLoad(() => loadLetters(course.id), `letters-${course.id}`);
  const legal = new Set(course.legal_commands);
  const run: RunCommand = async (command, body) => {
    const path = { courseId: course.id, command };
    onChanged(await api.post('/courses/{courseId}/commands/{command}', { path, body, ifMatch: course.version }));
  };
  const citizen = course.citizen;
  return (
    // The version is for If-Match and for tests that wait for a reload; staff are not shown it.
    <div className="course" data-version={course.version}>
      <p className="course-meta">
        <span className="badge badge-state">{label(COURSE_STATE, course.state)}</span>
        {citizen?.birth_date ? <span> Født {formatDate(citizen.birth_date)}</span> : null}
        {course.waiting_list ? <span className="badge">På venteliste</span> : null}
        {isPaused(course.admission_pauses) ? <span className="badge">Opholdet er sat på pause (indlagt)</span> : null}
        {hasCrisisPlan(course) ? (
          <>
            {' '}
            <a href="#kriseplan">Kriseplan</a>
          </>
        ) : null}
      </p>
      {citizen?.died_on ? (
        <p className="alert alert-info died-notice">
          Sygehuset har meddelt, at borgeren døde {formatDate(citizen.died_on)}. Forløbet afsluttes med næste tilbud »
          {label(DESTINATION, 'deceased')}«.
        </p>
      ) : null}
      <Timeline course={course} />
      <div className="course-grid">
        <div>
          <Checklist course={course} canUpdateActor={legal.has('update-actor')} run={run} onRefresh={onRefresh} />
          <JointAssessment course={course} />
          <Plans course={course} />
          <DocumentLinks course={course} />
          <Journal course={course} letters={letters.data?.letters ?? []} canCorrect={legal.has('correct-note')} run={run} onRefresh={onRefresh} />
          <LettersSection courseId={course.id} letters={letters} />
        </div>
        <div>
          <Tasks course={course} canComplete={legal.has('complete-task')} run={run} onRefresh={onRefresh} />
          <AdmissionsSection citizenId={course.citizen_id} courseLink={{ course, onChanged }} />
          <ConsentSection citizenId={course.citizen_id} onChange={onRefresh} />
          {may(user, 'read_citizen_access_log') ? (
            <p>
              <Link to={`/adgangslog/${course.citizen_id}`}>Adgangslog for borgeren</Link>
            </p>
          ) : null}
          <CourseResponses course={course} />
          <Actions commands={[...legal]} course={course} titles={titles} run={run} onRefresh={onRefresh} />
        </div>
      </div>
    </div>
  );
}

function Timeline({ course }: { course: CourseView }) {
  const allocation = course.allocation;
  const order = ['phase_1', 'phase_2', 'phase_3', 'follow_up', 'closed'];
  const current = order.indexOf(course.state);
  const phases = [
    { key: 'phase_1', title: COURSE_STATE.phase_1, from: (course.accepted_on ?? ''), to: (course.moved_in_on ?? '') },
    { key: 'phase_2', title: COURSE_STATE.phase_2, from: (course.moved_in_on ?? ''), to: (allocation?.decided_on ?? '') },
    { key: 'phase_3', title: COURSE_STATE.phase_3, from: (allocation?.decided_on ?? ''), to: (course.moved_out_on ?? '') },
    { key: 'follow_up', title: COURSE_STATE.follow_up, from: (course.moved_out_on ?? ''), to: (course.closed_on ?? '') },
  ];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Tidslinje</h2>
      {course.state === 'cancelled' ? (
        <p className="alert alert-info">
          Forløbet blev annulleret {formatDate(course.cancelled_on)}: {(course.cancel_reason ?? '')}
        </p>
      ) : null}
      <ol className="timeline">
        {phases.map((phase, index) => {
          const status = course.state === 'cancelled' ? 'future' : index < current ? 'done' : index === current ? 'current' : 'future';
          return (
            <li key={phase.key} className={`phase phase-${status}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span className="phase-title">{phase.title}</span>
              <span className="phase-dates">
                {phase.from ? formatDate(phase.from) : '–'} til {phase.to ? formatDate(phase.to) : status === 'current' ? 'nu' : '–'}
              </span>
              <span className="sr-only">{status === 'done' ? ' (afsluttet)' : status === 'current' ? ' (nuværende fase)' : ' (kommende)'}</span>
            </li>
          );
        })}
      </ol>
      <KeyDates course={course} />
    </section>
  );
}

/** The dates staff ask for: færdigmeldt and planned move-in before the stay, then the actual dates. */
function KeyDates({ course }: { course: CourseView }) {
  const dates: [string, string | null | undefined][] = course.moved_in_on
    ? [
        ['Flyttede ind', course.moved_in_on],
        course.moved_out_on ? ['Flyttede ud', course.moved_out_on] : ['Planlagt fraflytning', course.planned_end_on],
      ]
    : [
        // Until the day comes, the færdigmelding is the ward's expectation.
        [(course.ready_for_discharge_on ?? '') > todayIso() ? 'Forventet færdigmeldt' : 'Færdigmeldt', course.ready_for_discharge_on],
        ['Planlagt indflytning', course.planned_move_in_on],
      ];
  const shown = dates.filter(([, date]) => !!date);
  const turn = course.ahead_of_turn;
  if (shown.length === 0 && !turn) return null;
  return (
    <dl className="key-dates">
      {shown.map(([term, date]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{formatDate(date)}</dd>
        </div>
      ))}
      {turn ? (
        <div className="ahead-of-turn">
          <dt>Fik pladsen før den næste i køen</dt>
          <dd>
            {turn.reason} ({formatDate(turn.decided_on)}
            {turn.author ? `, ${turn.author.name}` : ''})
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** One line of the checklist: done, still to do, or (`optional`) not needed until someone decides it. */
function Check({ done, optional, title, children, below }: { done: boolean; optional?: boolean; title: string; children?: ReactNode; below?: ReactNode }) {
  const state = done ? 'done' : optional ? 'optional' : 'open';
  return (
    <li className={`check-${state}`}>
      <span aria-hidden="true" className="check-mark">
        {{ done: '✓', optional: '–', open: '○' }[state]}
      </span>
      <span className="sr-only">{{ done: 'Udført: ', optional: 'Ikke nødvendigt endnu: ', open: 'Mangler: ' }[state]}</span>
      <strong>{title}</strong>
      {children ? <span className="check-detail"> – {children}</span> : null}
      {below}
    </li>
  );
}

interface ChecklistProps {
  course: CourseView;
  canUpdateActor: boolean;
  run: RunCommand;
  onRefresh(): void;
}

function Checklist({ course, canUpdateActor, run, onRefresh }: ChecklistProps) {
  const keyWorker = course.key_worker;
  const events = course.transition_events;
  const agreements = course.discharge_agreements;
  const plan = course.plan;
  const vum = course.vum;
  const actors = course.actors;
  const [editing, setEditing] = useState<number | null>(null);
  const crisis = course.crisis_plan;
  const extensions = course.extensions;
  const allocation = course.allocation;
  const followUps = course.follow_up_contacts;
  const goals = plan?.goals;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Tjekliste for modellen</h2>
      <ul className="checklist">
        <Check done={!!keyWorker} title="Tovholder">
          {keyWorker ? `${(keyWorker.name ?? '')}, udpeget ${formatDate(keyWorker.appointed_on)}` : null}
        </Check>
        <Check done={events.length > 0} title="Besøg">
          {events.length > 0 ? events.map((e) => `${label(EVENT_KIND, e.kind)} ${formatDate(e.date)}`).join('; ') : null}
        </Check>
        <Check done={agreements.length > 0} title="Udskrivningsaftale">
          {agreements
            .map((a) => `${label(DISCHARGE_AGREEMENT_KIND, a.kind)} ${formatDate(a.date)}${a.parties.length > 0 ? ` (parter: ${a.parties.join(', ')})` : ''}`)
            .join('; ') || null}
        </Check>
        <Check done={hasPlan(course)} title="Borgerens plan">
          {hasPlan(course)
            ? `gemt ${formatDate(plan?.saved_on)}; ${goals.map((g) => `${(g.text ?? '')} (${label(GOAL_STATUS, g.status)})`).join('; ')}`
            : null}
        </Check>
        <Check done={!!vum?.completed_on} title="VUM-udredning">
          {vum?.started_on ? `påbegyndt ${formatDate(vum.started_on)}` : null}
          {vum?.completed_on ? `, afsluttet ${formatDate(vum.completed_on)}` : null}
        </Check>
        <Check
          done={actors.length > 0}
          title="Aktører"
          below={
            actors.length > 0 ? (
            <ul className="actor-list">
              {actors.map((a) => (
                <li key={a.id} data-actor-id={a.id}>
                  <span className="actor-text">
                    {a.name} ({label(ACTOR_KIND, a.kind)}
                    {a.role ? `, ${a.role}` : ''}
                    {a.is_coordinator ? ', koordinerende' : ''})
                  </span>
                  {canUpdateActor ? (
                    <>
                      {' '}
                      <button type="button" className="link-button" aria-expanded={editing === a.id} onClick={() => setEditing(editing === a.id ? null : a.id)}>
                        Ret<span className="sr-only"> aktøren {a.name}</span>
                      </button>
                      {editing === a.id ? <ActorEdit course={course} actor={a} run={run} onRefresh={onRefresh} onDone={() => setEditing(null)} /> : null}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            ) : null
          }
        />
        <Check done={(course.substance_use_approach ?? '') !== ''} title="Tilgang til rusmidler">
          {(course.substance_use_approach ?? '') || null}
        </Check>
        <Check done={hasCrisisPlan(course)} title="Kriseplan">
          {hasCrisisPlan(course) ? `gemt ${formatDate(crisis?.saved_on)}` : null}
        </Check>
        <Check done={extensions.length > 0} optional title="Forlængelser">
          {extensions.map((x) => `til ${formatDate(x.new_planned_end_on)}`).join('; ') || 'ingen'}
        </Check>
        <Check done={!!allocation} title="Visitation">
          {allocation ? `besluttet ${formatDate(allocation.decided_on)}` : null}
        </Check>
        <Check done={!!allocation?.destination} title="Næste tilbud">
          {allocation ? label(DESTINATION, allocation.destination) : null}
        </Check>
        <Check done={followUps.length > 0} title="Opfølgning">
          {followUps.map((f) => `${formatDate(f.date)}${f.declined_by_citizen ? ' (takket nej)' : ''}`).join('; ') || null}
        </Check>
      </ul>
    </section>
  );
}

function Journal({
  course,
  letters,
  canCorrect,
  run,
  onRefresh,
}: {
  course: CourseView;
  letters: Letter[];
  canCorrect: boolean;
  run: RunCommand;
  onRefresh(): void;
}) {
  const [kind, setKind] = useState<JournalKind | 'all'>('all');
  const [correcting, setCorrecting] = useState<string | null>(null);
  // The questionnaires answered come from their own route; the journal shows them once they are here.
  const answered = useLoad(async (): Promise<AnsweredQuestionnaires> => {
    const [instruments, answers] = await Promise.all([loadInstruments(), loadResponses(course.id)]);
    const names = new Map(instruments.map((i) => [i.code, i.definition.name_da]));
    return { responses: answers.items, instrumentName: (code) => names.get(code) ?? code };
  }, `journal-questionnaires-${course.id}-${course.version}`);
  const entries = journalOf(course, todayIso(), answered.data ?? undefined, letters).filter((entry) => kind === 'all' || entry.kind === kind);
  return (
    <section aria-labelledby="journal-heading" className="journal">
      <h2 id="journal-heading">Journal</h2>
      <div className="field field-inline">
        <label htmlFor="journal-kind">Vis</label>
        <select id="journal-kind" value={kind} onChange={(e) => setKind(e.target.value as JournalKind | 'all')}>
          <option value="all">Alt</option>
          {Object.entries(JOURNAL_KINDS).map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {entries.length === 0 ? (
        <p className="muted">Intet endnu.</p>
      ) : (
        <ul className="notes">
          {entries.map((entry) => (
            <li key={entry.key} data-kind={entry.kind}>
              <p className="note-head">
                {formatDate(entry.date)} · {entry.title}
                {entry.author ? <span className="note-author"> · {entry.author}</span> : null}
                {entry.revisions.length > 0 ? (
                  <span className="note-author">
                    {' '}
                    · rettet {formatDate(entry.revisions[entry.revisions.length - 1]!.correctedOn)}
                    {entry.revisions[entry.revisions.length - 1]!.correctedBy ? ` af ${entry.revisions[entry.revisions.length - 1]!.correctedBy}` : ''}
                  </span>
                ) : null}
                {canCorrect && entry.note ? (
                  <>
                    {' '}
                    <button type="button" className="link-button" aria-expanded={correcting === entry.key} onClick={() => setCorrecting(correcting === entry.key ? null : entry.key)}>
                      Ret<span className="sr-only"> notatet fra {formatDate(entry.date)}</span>
                    </button>
                  </>
                ) : null}
              </p>
              {entry.text ? <p className="note-text">{entry.text}</p> : null}
              {entry.revisions.length > 0 ? (
                <details className="note-history">
                  <summary>Tidligere tekst ({entry.revisions.length})</summary>
                  <ul>
                    {entry.revisions.map((revision, index) => (
                      <li key={index}>
                        <p className="note-head">
                          Erstattet {formatDate(revision.correctedOn)}
                          {revision.correctedBy ? ` af ${revision.correctedBy}` : ''}
                        </p>
                        <p className="note-text">{revision.replacedText}</p>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {correcting === entry.key && entry.note ? (
                <CommandForm<{ text: string }>
                  id={`correct-${entry.key}`}
                  fields={[{ name: 'text', label: 'Rettet tekst', kind: 'textarea', required: true, initial: entry.text, hint: 'Den hidtidige tekst gemmes i notatets historik.' }]}
                  submitLabel="Gem rettelse"
                  onRefresh={onRefresh}
                  onSubmit={async ({ text }) => {
                    const note = entry.note!;
                    await run('correct-note', { note: note.kind, note_id: note.id, text, corrections_seen: note.correctionsSeen });
                    setCorrecting(null);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The joint assessment the course began with: its date and note, from the referral (when the role may read it). */
function JointAssessment({ course }: { course: CourseView }) {
  const referral = useLoad(() => api.get('/referrals/{referralId}', { path: { referralId: course.referral_id } }), `referral-${course.referral_id}`);
  const decided = referral.data;
  if (!decided?.decided_on) return null;
  return (
    <section aria-labelledby="assessment-heading" className="readable">
      <h2 id="assessment-heading">Fælles vurdering</h2>
      <p className="muted">
        {formatDate(decided.decided_on)} · <Link to={`/henvisninger/${decided.id}`}>Henvisningen</Link>
      </p>
      {decided.decision_note ? <p className="note-text">{decided.decision_note}</p> : <p className="muted">Ingen note.</p>}
    </section>
  );
}

/** The citizen's plan and crisis plan as text, where a colleague reads them (the forms only edit). */
function Plans({ course }: { course: CourseView }) {
  if (!hasPlan(course) && !hasCrisisPlan(course)) return null;
  return (
    <>
      {hasPlan(course) ? (
        <section aria-labelledby="plan-heading" id="plan" className="readable">
          <h2 id="plan-heading">Borgerens plan</h2>
          <PlanText course={course} />
        </section>
      ) : null}
      {hasCrisisPlan(course) ? (
        <section aria-labelledby="crisis-heading" id="kriseplan" className="readable" tabIndex={-1}>
          <h2 id="crisis-heading">Kriseplan</h2>
          <CrisisPlanText course={course} />
        </section>
      ) : null}
    </>
  );
}

function Tasks({ course, canComplete, run, onRefresh }: { course: CourseView; canComplete: boolean; run: RunCommand; onRefresh(): void }) {
  const overdue = new Set(course.overdue_task_ids ?? []);
  const tasks = course.tasks;
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">Opgaver</h2>
      {tasks.length === 0 ? (
        <p className="muted">Ingen opgaver.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Opgave</th>
              <th scope="col">Frist</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const id = Number(task.id);
              const isOpen = !task.completed_on && !task.cancelled_on;
              return (
                <tr key={id} className={overdue.has(id) ? 'overdue' : undefined}>
                  <td data-label="Opgave">{label(TASK_KIND, task.kind)}</td>
                  <td data-label="Frist">{formatDate(task.due_on)}</td>
                  <td data-label="Status">
                    {task.completed_on
                      ? `Udført ${formatDate(task.completed_on)}`
                      : task.cancelled_on
                        ? `Bortfaldet ${formatDate(task.cancelled_on)}`
                        : overdue.has(id)
                          ? 'Forfalden'
                          : 'Åben'}
                    {task.completed_on && task.note ? <span className="muted task-note"> – {task.note}</span> : null}
                    {isOpen && canComplete ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" aria-expanded={open === id} onClick={() => setOpen(open === id ? null : id)}>
                          Markér udført<span className="sr-only">: {label(TASK_KIND, task.kind)}</span>
                        </button>
                        {open === id ? (
                          <CommandForm<Omit<CourseCommandBodies['complete-task'], 'task_id'>>
                            id={`task-${id}`}
                            fields={[
                              { name: 'completed_on', label: 'Udført den', kind: 'date', required: true, initial: 'today' },
                              { name: 'note', label: 'Note', kind: 'text' },
                            ]}
                            submitLabel="Gem"
                            onSubmit={(form) => run('complete-task', { ...form, task_id: id })}
                            onRefresh={onRefresh}
                            conflictText="En kollega har ændret forløbet, siden du åbnede det."
                          />
                        ) : null}
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface ActionsProps {
  commands: string[];
  course: CourseView;
  titles: Record<string, string>;
  run: RunCommand;
  onRefresh(): void;
}

function Actions({ commands: legal, course, titles, run, onRefresh }: ActionsProps) {
  const commands = legal.filter((name): name is CourseCommand => !INLINE_COMMANDS.has(name) && name in COMMAND_SPECS);
  const [chosen, setChosen] = useState<string>('');
  const [done, setDone] = useState<string>('');
  const active = commands.find((name) => name === chosen);
  const spec = active ? COMMAND_SPECS[active] : undefined;
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Handlinger</h2>
      <p role="status" id="action-done" tabIndex={-1} className={done ? 'alert alert-info' : 'sr-only'}>
        {done}
      </p>
      {commands.length === 0 ? (
        <p className="muted">Der er ingen handlinger, du kan udføre på forløbet nu.</p>
      ) : (
        <>
          <p className="hint">Kun de handlinger, der er mulige i forløbets nuværende fase, vises.</p>
          <ul className="action-list">
            {commands.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className={active === name ? 'secondary active' : 'secondary'}
                  aria-expanded={active === name}
                  aria-controls={active === name ? `cmd-${name}` : undefined}
                  onClick={() => {
                    setDone('');
                    setChosen(active === name ? '' : name);
                  }}
                  data-command={name}
                >
                  {titles[name] ?? name}
                </button>
              </li>
            ))}
          </ul>
          {active && spec ? (
            <div className="action-panel">
              <h3>{titles[active] ?? active}</h3>
              <CommandForm
                key={active}
                id={`cmd-${active}`}
                fields={spec.fields(course)}
                submitLabel={titles[active] ?? 'Gem'}
                conflictText="En kollega har ændret forløbet, siden du åbnede det."
                onRefresh={onRefresh}
                onSubmit={async (payload) => {
                  await run(active, spec.toBody(payload, course));
                  // Done: close the form (the next one starts from the changed course) and say so.
                  setChosen('');
                  setDone(`Udført: ${titles[active] ?? active}.`);
                  setTimeout(() => document.getElementById('action-done')?.focus());
                }}
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
