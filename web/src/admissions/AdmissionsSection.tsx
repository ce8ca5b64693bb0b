// The citizen's psychiatric admissions with forms to register a (re)admission, færdigmelding and
// discharge. On the course page the same forms can pause the stay at admission and resume it at
// discharge (two requests: the admission is the citizen's, the pause is the course's).
import { useState, type ReactNode } from 'react';
import { ApiError, api, type Citizen, type CourseView } from '../api/client';
import { formatDate } from '../format';
import { CommandForm, type FieldSpec, type FormPayload } from '../forms';
import { ErrorBox, Loading, useLoad } from '../ui';
import { admissionChanges, isPaused, openAdmission, sortAdmissions, type Admission } from './admissions';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The course-side pause and resume, offered when the server says they are legal now. */
export interface CourseLink {
  course: CourseView;
  legal: Set<string>;
  run(command: string, payload: FormPayload): Promise<void>;
}

interface Ward {
  id: number;
  name: string;
}

let wardsCache: Promise<Ward[]> | null = null;
function loadWards(): Promise<Ward[]> {
  wardsCache ??= api
    .get<{ items: Ward[] }>('/wards')
    .then((answer) => answer.items)
    .catch((e) => {
      wardsCache = null;
      throw e;
    });
  return wardsCache;
}

type Open = { kind: 'new' } | { kind: 'ready' | 'discharge'; admission: number } | null;

export function AdmissionsSection({ citizenId, courseLink }: { citizenId: number; courseLink?: CourseLink }) {
  const citizen = useLoad(() => api.get<Citizen>(`/citizens/${citizenId}`), `citizen-${citizenId}`);
  const wards = useLoad(loadWards, 'wards');
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState('');
  const [courseProblem, setCourseProblem] = useState<ApiError | null>(null);
  // The admissions as they were when a form was opened; after a refresh the form says what changed.
  const [openedWith, setOpenedWith] = useState<Admission[]>([]);
  // The server says what the caller may do: record admissions, and per admission færdigmeld or discharge.
  const mayWrite = !!citizen.data?.legal_commands.includes('record-admission');
  const admissions = sortAdmissions(citizen.data?.admissions ?? []);
  const wardName = (id: number) => wards.data?.find((w) => w.id === id)?.name ?? `Afsnit ${id}`;
  const pauses = courseLink ? courseLink.course.admission_pauses : [];
  const paused = isPaused(pauses);
  const canPause = !!courseLink?.legal.has('pause-for-admission') && !paused;
  const canResume = !!courseLink?.legal.has('resume-after-admission') && paused;

  async function post(path: string, body: FormPayload): Promise<Citizen> {
    const changed = await api.post<Citizen>(`/citizens/${citizenId}/admissions${path}`, body, citizen.data?.version);
    citizen.setData(changed);
    setOpenedWith(changed.admissions); // one's own change is not a colleague's
    return changed;
  }

  // The second step on the course; a refusal there does not undo the admission, so it is reported apart.
  async function alsoOnCourse(command: string, payload: FormPayload, what: string) {
    try {
      await courseLink?.run(command, payload);
      return ` ${what}`;
    } catch (e) {
      setCourseProblem(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
      return '';
    }
  }

  function finish(message: string) {
    setOpen(null);
    setDone(message);
    setTimeout(() => document.getElementById('admission-done')?.focus());
  }

  const toggle = (next: Exclude<Open, null>) => {
    setDone('');
    setCourseProblem(null);
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

  const newFields = (): FieldSpec[] => [
    {
      name: 'ward_id',
      label: 'Afsnit',
      kind: 'select',
      required: true,
      options: Object.fromEntries((wards.data ?? []).map((w) => [String(w.id), w.name])),
      initial: admissions[0] ? String(admissions[0].ward_id) : undefined,
    },
    { name: 'admitted_on', label: 'Indlagt den', kind: 'date', required: true, initial: 'today' },
    { name: 'ready_for_discharge_on', label: 'Færdigmeldt den', kind: 'date' },
    { name: 'discharged_on', label: 'Udskrevet den', kind: 'date', hint: 'Tom, hvis borgeren stadig er indlagt.' },
    ...(canPause
      ? [{ name: 'pause_course', label: 'Sæt opholdet på pause fra indlæggelsesdatoen', kind: 'checkbox', initial: true } as FieldSpec]
      : []),
  ];

  return (
    <section aria-labelledby="admissions-heading" className="admissions">
      <h2 id="admissions-heading">Indlæggelser</h2>
      <p role="status" id="admission-done" tabIndex={-1} className={done ? 'alert alert-info' : 'sr-only'}>
        {done}
      </p>
      {courseProblem ? (
        <div className="alert alert-error" role="alert">
          <strong>Indlæggelsen er registreret, men forløbet er ikke ændret. </strong>
          {courseProblem.message} Brug handlingerne på forløbet.
        </div>
      ) : null}
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
                  <td data-label="Afsnit">{wardName(a.ward_id)}</td>
                  <td data-label="Indlagt">{formatDate(a.admitted_on)}</td>
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
          canResume={canResume}
          note={changedNote}
          onRefresh={citizen.reload}
          onSubmit={async (payload, admission) => {
            if (open.kind === 'ready') {
              const date = str(payload.ready_for_discharge_on);
              await post(`/${admission.id}/ready-for-discharge`, { ready_for_discharge_on: date });
              finish(`Færdigmeldt ${formatDate(date)}.`);
            } else {
              const date = str(payload.discharged_on);
              await post(`/${admission.id}/discharge`, { discharged_on: date });
              const extra = payload.resume_course === true ? await alsoOnCourse('resume-after-admission', { resumed_on: date }, 'Opholdet er genoptaget.') : '';
              finish(`Udskrivningen ${formatDate(date)} er registreret.${extra}`);
            }
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
                  onSubmit={async (payload) => {
                    const { pause_course, ...body } = payload;
                    await post('', { ...body, ward_id: Number(body.ward_id) });
                    const pause = pause_course === true && !body.discharged_on;
                    const extra = pause ? await alsoOnCourse('pause-for-admission', { admitted_on: body.admitted_on }, 'Opholdet er sat på pause.') : '';
                    finish(`Indlæggelsen ${formatDate(str(body.admitted_on))} er registreret.${extra}`);
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
  canResume: boolean;
  note: ReactNode;
  onRefresh(): void;
  onSubmit(payload: FormPayload, admission: Admission): Promise<void>;
}

function AdmissionEdit({ kind, admission, canResume, note, onRefresh, onSubmit }: EditProps) {
  if (!admission) return null;
  const title = kind === 'ready' ? 'Færdigmeld' : 'Registrér udskrivning';
  const fields: FieldSpec[] =
    kind === 'ready'
      ? [{ name: 'ready_for_discharge_on', label: 'Færdigmeldt den', kind: 'date', required: true, initial: 'today' }]
      : [
          { name: 'discharged_on', label: 'Udskrevet den', kind: 'date', required: true, initial: 'today' },
          ...(canResume ? [{ name: 'resume_course', label: 'Genoptag opholdet fra udskrivningsdatoen', kind: 'checkbox', initial: true } as FieldSpec] : []),
        ];
  return (
    <div className="action-panel">
      <h3>
        {title} (indlagt {formatDate(admission.admitted_on)})
      </h3>
      {note}
      <CommandForm
        id={`admission-${kind}`}
        fields={fields}
        submitLabel={title}
        conflictText="En kollega har ændret borgerens indlæggelser, siden du åbnede dem."
        onRefresh={onRefresh}
        onSubmit={(payload) => onSubmit(payload, admission)}
      />
    </div>
  );
}
