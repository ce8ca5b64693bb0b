// The citizen's psychiatric admissions with forms to register a (re)admission, færdigmelding and
// discharge. An admission is entered once: the server pauses a running stay at the admission and
// resumes it at the discharge in the same step, so on the course page the course is fetched again
// and the section says what followed.
import { useState, type ReactNode } from 'react';
import { api, type Citizen, type CourseView, type Schemas } from '../api/client';
import { formatDate } from '../format';
import { CommandForm, type FieldsOf } from '../forms';
import { ErrorBox, Loading, useLoad } from '../ui';
import { admissionChanges, isPaused, openAdmission, sortAdmissions, type Admission } from './admissions';

/** The course whose stay follows the admissions, and how the page takes its newest version. */
export interface CourseLink {
  course: CourseView;
  onChanged(course: CourseView): void;
}

type NewAdmissionForm = Schemas['RecordAdmission'];
type ReadyForm = Schemas['SetAdmissionReadyForDischarge'];
type DischargeForm = Schemas['RecordDischarge'];

let wardsCache: Promise<Schemas['Ward'][]> | null = null;
function loadWards(): Promise<Schemas['Ward'][]> {
  wardsCache ??= api
    .get('/wards')
    .then((answer) => answer.items)
    .catch((e) => {
      wardsCache = null;
      throw e;
    });
  return wardsCache;
}

type Open = { kind: 'new' } | { kind: 'ready' | 'discharge'; admission: number } | null;

export function AdmissionsSection({ citizenId, courseLink }: { citizenId: number; courseLink?: CourseLink }) {
  // Read again when the course changes: a pause or move-in on the course records an admission or discharge.
  const citizen = useLoad(
    () => api.get('/citizens/{citizenId}', { path: { citizenId } }),
    `citizen-${citizenId}-${courseLink?.course.version ?? ''}`,
  );
  const wards = useLoad(loadWards, 'wards');
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState('');
  // The admissions as they were when a form was opened; after a refresh the form says what changed.
  const [openedWith, setOpenedWith] = useState<Admission[]>([]);
  // The server says what the caller may do: record admissions, and per admission færdigmeld or discharge.
  const mayWrite = !!citizen.data?.legal_commands.includes('record-admission');
  const admissions = sortAdmissions(citizen.data?.admissions ?? []);
  const wardName = (id: number) => wards.data?.find((w) => w.id === id)?.name ?? `Afsnit ${id}`;
  const pauses = courseLink ? courseLink.course.admission_pauses : [];

  function changed(next: Citizen): Citizen {
    citizen.setData(next);
    setOpenedWith(next.admissions); // one's own change is not a colleague's
    return next;
  }
  const ifMatch = citizen.data?.version;
  const recordAdmission = async (body: Schemas['RecordAdmission']) =>
    changed(await api.post('/citizens/{citizenId}/admissions', { path: { citizenId }, body, ifMatch }));
  const setReady = async (admissionId: number, body: ReadyForm) =>
    changed(await api.post('/citizens/{citizenId}/admissions/{admissionId}/ready-for-discharge', { path: { citizenId, admissionId }, body, ifMatch }));
  const recordDischarge = async (admissionId: number, body: Schemas['RecordDischarge']) =>
    changed(await api.post('/citizens/{citizenId}/admissions/{admissionId}/discharge', { path: { citizenId, admissionId }, body, ifMatch }));

  // What the server did to the stay in the same step, told after fetching the course again.
  async function followCourse(): Promise<string> {
    if (!courseLink) return '';
    const before = isPaused(courseLink.course.admission_pauses);
    const after = await api.get('/courses/{courseId}', { path: { courseId: courseLink.course.id } });
    courseLink.onChanged(after);
    const now = isPaused(after.admission_pauses);
    if (!before && now) return ' Opholdet er sat på pause.';
    if (before && !now) return ' Opholdet er genoptaget.';
    return '';
  }
  function finish(message: string) {
    setOpen(null);
    setDone(message);
    setTimeout(() => document.getElementById('admission-done')?.focus());
  }

  const toggle = (next: Exclude<Open, null>) => {
    setDone('');
    setOpenedWith(admissions);
    setOpen(JSON.stringify(open) === JSON.stringify(next) ? null : next);
  };
  const changedMeanwhile = open ? admissionChanges(openedWith, admissions, formatDate) : [];
  const changedNote =
    changedMeanwhile.length > 0 ? (
      <div className="alert alert-info" role="status">
        <strong>En kollega har ændret indlæggelserne, mens du havde formularen åben:</strong>
        <ul>
          {changedMeanwhile.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        Det, du har skrevet, er bevaret. Tjek det og send igen.
      </div>
    ) : null;

  const newFields = (): FieldsOf<NewAdmissionForm> => [
    {
      name: 'ward_id',
      label: 'Afsnit',
      kind: 'select',
      numeric: true,
      required: true,
      options: Object.fromEntries((wards.data ?? []).map((w) => [String(w.id), w.name])),
      initial: admissions[0] ? String(admissions[0].ward_id) : undefined,
    },
    { name: 'admitted_on', label: 'Indlagt den', kind: 'date', required: true, initial: 'today' },
    { name: 'ready_for_discharge_on', label: 'Færdigmeldt den', kind: 'date' },
    { name: 'discharged_on', label: 'Udskrevet den', kind: 'date', hint: 'Tom, hvis borgeren stadig er indlagt.' },
  ];

  return (
    <section aria-labelledby="admissions-heading" className="admissions">
      <h2 id="admissions-heading">Indlæggelser</h2>
      <p role="status" id="admission-done" tabIndex={-1} className={done ? 'alert alert-info' : 'sr-only'}>
        {done}
      </p>
      {citizen.error ? <ErrorBox error={citizen.error} /> : null}
      {citizen.loading && !citizen.data ? <Loading /> : null}
      {citizen.data && admissions.length === 0 ? <p className="muted admissions-empty">Ingen registrerede indlæggelser.</p> : null}
      {admissions.length > 0 ? (
        <table className="table admissions-table">
          <caption className="sr-only">Psykiatriske indlæggelser</caption>
          <thead>
            <tr>
              <th scope="col">Afsnit</th>
              <th scope="col">Indlagt</th>
              <th scope="col">Færdigmeldt</th>
              <th scope="col">Udskrevet</th>
            </tr>
          </thead>
          <tbody>
            {admissions.map((a) => {
              const actions = { readyForDischarge: a.legal_commands.includes('ready-for-discharge'), discharge: a.legal_commands.includes('discharge') };
              return (
                <tr key={a.id} data-admission-id={a.id}>
                  <td data-label="Afsnit">
                    {wardName(a.ward_id)}
                    {a.notified_by.length > 0 ? <span className="muted told-by-hospital"> (sygehusadvis)</span> : null}
                  </td>
                  <td data-label="Indlagt">
                    {formatDate(a.admitted_on)}
                    {a.leaves.map((leave) => (
                      <span key={leave.started_on} className="muted admission-leave">
                        {' '}
                        – orlov {formatDate(leave.started_on)}
                        {leave.ended_on ? ` til ${formatDate(leave.ended_on)}` : ''}
                      </span>
                    ))}
                  </td>
                  <td data-label="Færdigmeldt">
                    {a.ready_for_discharge_on ? formatDate(a.ready_for_discharge_on) : '–'}
                    {actions.readyForDischarge ? (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={open?.kind === 'ready' && open.admission === a.id}
                          onClick={() => toggle({ kind: 'ready', admission: a.id })}
                        >
                          Færdigmeld<span className="sr-only"> indlæggelsen fra {formatDate(a.admitted_on)}</span>
                        </button>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Udskrevet">
                    {a.discharged_on ? formatDate(a.discharged_on) : 'Stadig indlagt'}
                    {actions.discharge ? (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={open?.kind === 'discharge' && open.admission === a.id}
                          onClick={() => toggle({ kind: 'discharge', admission: a.id })}
                        >
                          Registrér udskrivning<span className="sr-only"> fra indlæggelsen {formatDate(a.admitted_on)}</span>
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {open && open.kind !== 'new' && citizen.data ? (
        <AdmissionEdit
          key={`${open.kind}-${open.admission}`}
          kind={open.kind}
          admission={admissions.find((a) => a.id === open.admission)}
          note={changedNote}
          onRefresh={citizen.reload}
          onReady={async (form, admission) => {
            await setReady(admission.id, form);
            finish(`Færdigmeldt ${formatDate(form.ready_for_discharge_on)}.`);
          }}
          onDischarge={async (body, admission) => {
            await recordDischarge(admission.id, body);
            finish(`Udskrivningen ${formatDate(body.discharged_on)} er registreret.${await followCourse()}`);
          }}
        />
      ) : null}
      {mayWrite && citizen.data ? (
        openAdmission(admissions) ? (
          <p className="hint">Borgeren er registreret som indlagt. Registrér udskrivningen, før en ny indlæggelse kan registreres.</p>
        ) : (
          <>
            <button type="button" className="secondary" aria-expanded={open?.kind === 'new'} onClick={() => toggle({ kind: 'new' })} data-admission-action="new">
              Registrér indlæggelse
            </button>
            {open?.kind === 'new' && wards.data ? (
              <div className="action-panel">
                <h3>Registrér indlæggelse</h3>
                {changedNote}
                <CommandForm
                  id="admission-new"
                  fields={newFields()}
                  submitLabel="Registrér indlæggelse"
                  conflictText="En kollega har ændret borgerens indlæggelser, siden du åbnede dem."
                  onRefresh={citizen.reload}
                  onSubmit={async (body) => {
                    await recordAdmission(body);
                    finish(`Indlæggelsen ${formatDate(body.admitted_on)} er registreret.${await followCourse()}`);
                  }}
                />
              </div>
            ) : null}
          </>
        )
      ) : citizen.data && !mayWrite ? (
        <p className="hint">Din rolle kan se indlæggelserne, men ikke registrere dem.</p>
      ) : null}
      {courseLink ? (
        <>
          <h3>Pauser i opholdet ved indlæggelse</h3>
          {pauses.length === 0 ? (
            <p className="muted">Ingen pauser.</p>
          ) : (
            <ul className="admission-pauses">
              {pauses.map((p, index) => (
                <li key={index}>
                  Indlagt {formatDate(p.admitted_on)}
                  {p.resumed_on ? `, tilbage ${formatDate(p.resumed_on)}` : ' – opholdet er sat på pause'}
                  {p.note ? ` (${p.note})` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}

interface EditProps {
  kind: 'ready' | 'discharge';
  admission: Admission | undefined;
  note: ReactNode;
  onRefresh(): void;
  onReady(form: ReadyForm, admission: Admission): Promise<void>;
  onDischarge(form: DischargeForm, admission: Admission): Promise<void>;
}

function AdmissionEdit({ kind, admission, note, onRefresh, onReady, onDischarge }: EditProps) {
  if (!admission) return null;
  const title = kind === 'ready' ? 'Færdigmeld' : 'Registrér udskrivning';
  const common = {
    id: `admission-${kind}`,
    submitLabel: title,
    conflictText: 'En kollega har ændret borgerens indlæggelser, siden du åbnede dem.',
    onRefresh,
  };
  return (
    <div className="action-panel">
      <h3>
        {title} (indlagt {formatDate(admission.admitted_on)})
      </h3>
      {note}
      {kind === 'ready' ? (
        <CommandForm<ReadyForm>
          {...common}
          fields={[{ name: 'ready_for_discharge_on', label: 'Færdigmeldt den', kind: 'date', required: true, initial: 'today' }]}
          onSubmit={(form) => onReady(form, admission)}
        />
      ) : (
        <CommandForm<DischargeForm>
          {...common}
          fields={[{ name: 'discharged_on', label: 'Udskrevet den', kind: 'date', required: true, initial: 'today' }]}
          onSubmit={(form) => onDischarge(form, admission)}
        />
      )}
    </div>
  );
}
