// The answer form a citizen fills on a tablet with staff beside them: staff choose the time point and
// date, then one question per screen with large tappable options (a real radio group: arrow keys
// move the choice), a summary to check before saving, and the score the server computed.
import { useEffect, useReducer, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, api, type CourseView } from '../api/client';
import { formatDate, formatNumber, parseDanishDate, todayIso } from '../format';
import { fieldOf } from '../forms';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';
import { loadInstruments, loadResponses, saveResponse } from './api';
import { UnlockForm, useCitizenMode } from './citizenMode';
import {
  allowsMissing,
  answerLabel,
  answerReducer,
  answersPayload,
  choicesOf,
  initialAnswerState,
  tooFewAnswersMessage,
  type Answer,
} from './answers';
import { offeredTimePoints, timePointStatuses } from './due';
import { TIME_POINT, changeSincePrevious, interpretation, type CourseAnswers, type Instrument, type QuestionnaireResponse, type TimePoint } from './model';
import './questionnaires.css';

interface Loaded {
  course: CourseView;
  instrument: Instrument | undefined;
  answers: CourseAnswers;
}

async function loadAll(courseId: string, code: string): Promise<Loaded> {
  const [course, instruments, answers] = await Promise.all([
    api.get('/courses/{courseId}', { path: { courseId: Number(courseId) } }),
    loadInstruments(),
    loadResponses(courseId),
  ]);
  return { course, instrument: instruments.find((i) => i.definition.code === code), answers };
}

export function AnswerPage() {
  const { courseId = '', instrumentCode = '' } = useParams();
  const loaded = useLoad(() => loadAll(courseId, instrumentCode), `${courseId}/${instrumentCode}`);
  const name = loaded.data?.instrument?.definition.name_da;
  const { lockedTo } = useCitizenMode();
  return (
    <section aria-labelledby="page-title" className="q-answer-page">
      <PageTitle>{name ? `Spørgeskema: ${name}` : 'Spørgeskema'}</PageTitle>
      {lockedTo ? null : (
        <p>
          <Link to="/spoergeskemaer">Tilbage til Spørgeskemaer</Link>
        </p>
      )}
      {loaded.error ? <ErrorBox error={loaded.error} /> : null}
      {loaded.loading && !loaded.data ? <Loading /> : null}
      {loaded.data && !loaded.data.instrument ? (
        <div className="alert alert-error" role="alert">
          Skemaet findes ikke for dette tilbud.
        </div>
      ) : null}
      {loaded.data?.instrument ? (
        <AnswerForm course={loaded.data.course} instrument={loaded.data.instrument} answers={loaded.data.answers} />
      ) : null}
    </section>
  );
}

interface StaffErrors {
  time_point?: string;
  answered_on?: string;
}

function AnswerForm({ course, instrument, answers }: { course: CourseView; instrument: Instrument; answers: CourseAnswers }) {
  const responses = answers.items;
  const definition = instrument.definition;
  const items = definition.items;
  const [search] = useSearchParams();
  const today = todayIso();
  // Only what is due now is offered (the server says which); a time point whose window has passed
  // unanswered may still be recorded late, marked so. Answered and later ones are not offered.
  const offered = offeredTimePoints(timePointStatuses(answers, definition.code));
  const [timePoint, setTimePoint] = useState<TimePoint | undefined>(() => {
    const asked = search.get('tidspunkt') as TimePoint | null;
    if (asked && offered.some((o) => o.timePoint === asked)) return asked;
    return offered[0]?.timePoint;
  });
  const [dateText, setDateText] = useState(formatDate(today));
  const [state, dispatch] = useReducer((s: typeof initialAnswerState, a: Parameters<typeof answerReducer>[2]) => answerReducer(items.length, s, a), initialAnswerState);
  const [staffErrors, setStaffErrors] = useState<StaffErrors>({});
  const [answersError, setAnswersError] = useState<string | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<QuestionnaireResponse | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const citizenName = course.citizen?.name ?? `Forløb ${course.id}`;
  const { lockedTo, lock } = useCitizenMode();
  const location = useLocation();

  // Each new screen starts at its heading, so a screen reader reads "Spørgsmål 3 af 5" first.
  useEffect(() => {
    if (state.step > 0 || saved) headingRef.current?.focus();
  }, [state.step, saved]);

  function checkStaffFields(): StaffErrors {
    const errors: StaffErrors = {};
    const iso = parseDanishDate(dateText);
    if (!timePoint || !offered.some((o) => o.timePoint === timePoint)) errors.time_point = 'Vælg et tidspunkt.';
    if (!dateText.trim()) errors.answered_on = 'Skal udfyldes.';
    else if (!iso) errors.answered_on = 'Skriv en gyldig dato (dd-mm-åååå).';
    else if (iso > today) errors.answered_on = 'Besvarelsesdatoen ligger efter i dag.';
    else if (course.accepted_on && iso < String(course.accepted_on)) errors.answered_on = 'Besvarelsesdatoen ligger før forløbet begyndte.';
    return errors;
  }

  function start(event: FormEvent) {
    event.preventDefault();
    const errors = checkStaffFields();
    setStaffErrors(errors);
    if (errors.time_point || errors.answered_on) {
      setTimeout(() => document.querySelector<HTMLElement>(errors.time_point ? '#q-time-point' : '#q-answered-on')?.focus());
      return;
    }
    // From here the citizen holds the tablet: only this questionnaire until staff unlock it.
    lock(location.pathname + location.search);
    dispatch({ type: 'next' });
  }

  // Too few answers give no score: refused unless staff choose to keep the response as incomplete
  // (the server stores it without a score, so reports count the drop-out).
  async function save(event: FormEvent, incomplete = false) {
    event.preventDefault();
    setFormError(null);
    setItemErrors({});
    const errors = checkStaffFields();
    setStaffErrors(errors);
    const tooFew = incomplete ? null : tooFewAnswersMessage(definition, state.answers);
    setAnswersError(tooFew);
    if (tooFew || errors.time_point || errors.answered_on) {
      setTimeout(() => document.querySelector<HTMLElement>(tooFew ? '#q-answers-error' : errors.time_point ? '#q-time-point' : '#q-answered-on')?.focus());
      return;
    }
    setBusy(true);
    try {
      const response = await saveResponse(course.id, {
        instrument_code: definition.code,
        time_point: timePoint as TimePoint, // checked above
        answered_on: parseDanishDate(dateText) ?? today,
        answers: answersPayload(definition, state.answers),
      });
      setSaved(response);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'client', String(e));
      if (error.status === 401) return; // the log-in dialog opens over the page; the answers stay
      const field = fieldOf(error.field);
      const index = /^answers\[(\d+)\]/.exec(error.field ?? '');
      if (field === 'time_point' || field === 'answered_on') {
        setStaffErrors({ [field]: error.message });
        setTimeout(() => document.querySelector<HTMLElement>(field === 'time_point' ? '#q-time-point' : '#q-answered-on')?.focus());
      } else if (index && items[Number(index[1])]) {
        setItemErrors({ [items[Number(index[1])].code]: error.message });
        setTimeout(() => document.querySelector<HTMLElement>(`#q-summary-${Number(index[1]) + 1}`)?.focus());
      } else {
        setFormError(error);
        setTimeout(() => document.querySelector<HTMLElement>('#q-form-error')?.focus());
      }
    } finally {
      setBusy(false);
    }
  }

  const staffFields = (
    <fieldset className="q-staff">
      <legend>Til medarbejderen</legend>
      <div className={`field${staffErrors.time_point ? ' has-error' : ''}`}>
        <label htmlFor="q-time-point">Tidspunkt</label>
        <select
          id="q-time-point"
          name="time_point"
          value={timePoint}
          aria-invalid={staffErrors.time_point ? true : undefined}
          aria-describedby={staffErrors.time_point ? 'q-time-point-error' : undefined}
          onChange={(e) => setTimePoint(e.target.value as TimePoint)}
        >
          {offered.map(({ timePoint: point, status }) => (
            <option key={point} value={point}>
              {TIME_POINT[point]}
              {status === 'missing' ? ' (for sent)' : ''}
            </option>
          ))}
        </select>
        {staffErrors.time_point ? (
          <p className="field-error" id="q-time-point-error">
            {staffErrors.time_point}
          </p>
        ) : null}
      </div>
      <div className={`field${staffErrors.answered_on ? ' has-error' : ''}`}>
        <label htmlFor="q-answered-on">Besvaret den</label>
        <input
          id="q-answered-on"
          name="answered_on"
          type="text"
          size={12}
          placeholder="dd-mm-åååå"
          value={dateText}
          aria-invalid={staffErrors.answered_on ? true : undefined}
          aria-describedby={staffErrors.answered_on ? 'q-answered-on-error' : undefined}
          onChange={(e) => setDateText(e.target.value)}
        />
        {staffErrors.answered_on ? (
          <p className="field-error" id="q-answered-on-error">
            {staffErrors.answered_on}
          </p>
        ) : null}
      </div>
    </fieldset>
  );

  if (saved)
    return (
      <>
        {lockedTo ? (
          <UnlockForm intro="Tak for dine svar. Giv tabletten tilbage til medarbejderen, som låser op med sin adgangskode." />
        ) : null}
        <Result course={course} instrument={instrument} response={saved} earlier={responses} headingRef={headingRef} locked={!!lockedTo} />
      </>
    );

  if (state.step === 0 && offered.length === 0)
    return (
      <div className="q-card">
        <h2>Borger: {citizenName}</h2>
        <p role="status">{definition.name_da} skal ikke besvares nu: alle tidspunkter er besvaret eller ligger senere.</p>
        <p>
          <Link to={`/forloeb/${course.id}`}>Til forløbet</Link>
        </p>
      </div>
    );

  if (state.step === 0) {
    return (
      <form className="q-card" onSubmit={start} noValidate>
        <h2>Borger: {citizenName}</h2>
        {staffFields}
        {definition.introduction_da ? <p className="q-intro">{definition.introduction_da}</p> : null}
        <p>
          {items.length} spørgsmål. {allowsMissing(definition) ? 'Borgeren kan svare »Ved ikke / ønsker ikke at svare«.' : 'Alle spørgsmål skal besvares.'}
        </p>
        <div className="q-nav">
          <button type="submit" className="q-big">
            Start spørgeskemaet
          </button>
        </div>
      </form>
    );
  }

  if (state.step <= items.length) {
    const index = state.step - 1;
    const item = items[index];
    const chosen = state.answers[item.code];
    const choose = (value: Answer) => dispatch({ type: 'answer', item: item.code, value });
    const last = index === items.length - 1;
    return (
      <form
        className="q-card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: 'next' });
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="q-progress-title">
          Spørgsmål {index + 1} af {items.length}
        </h2>
        <div className="q-progress" aria-hidden="true">
          <div className="q-progress-bar" style={{ width: `${((index + 1) / items.length) * 100}%` }} />
        </div>
        <fieldset className="q-item">
          <legend>
            {definition.introduction_da ? <span className="q-intro">{definition.introduction_da}</span> : null}
            <span className="q-item-text">{item.text_da}</span>
          </legend>
          <div className="q-options">
            {choicesOf(definition).map((option) => (
              <label key={option.value} className="q-option">
                <input type="radio" name={item.code} value={option.value} checked={chosen === option.value} onChange={() => choose(option.value)} />
                <span>{option.label_da}</span>
              </label>
            ))}
            {allowsMissing(definition) ? (
              <label className="q-option q-option-skip">
                <input type="radio" name={item.code} value="skipped" checked={chosen === 'skipped'} onChange={() => choose('skipped')} />
                <span>Ved ikke / ønsker ikke at svare</span>
              </label>
            ) : null}
          </div>
        </fieldset>
        <div className="q-nav">
          <button type="button" className="secondary q-big" onClick={() => dispatch({ type: 'back' })}>
            Forrige
          </button>
          {state.reviewing && !last ? (
            <button type="button" className="secondary q-big" onClick={() => dispatch({ type: 'summary' })}>
              Tilbage til opsummering
            </button>
          ) : null}
          <button type="submit" className="q-big">
            {last ? 'Til opsummering' : 'Næste'}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="q-card" onSubmit={save} noValidate>
      <h2 ref={headingRef} tabIndex={-1}>
        Opsummering
      </h2>
      <p>Gennemgå svarene sammen med borgeren. Vælg »Ret« for at ændre et svar.</p>
      {formError ? (
        <div className="alert alert-error" role="alert" id="q-form-error" tabIndex={-1}>
          {formError.isForbidden ? <strong>Handlingen er ikke tilladt. </strong> : null}
          {formError.message}
        </div>
      ) : null}
      {answersError ? (
        <div className="alert alert-error" role="alert" id="q-answers-error" tabIndex={-1}>
          <p>
            <strong>Besvarelsen er ikke gemt.</strong> {answersError}
          </p>
          <p>Vælg »Ret« for at svare, eller gem besvarelsen som ufuldstændig, hvis borgeren ikke vil svare på mere.</p>
          <button type="button" className="secondary" disabled={busy} onClick={(e) => save(e, true)}>
            Gem som ufuldstændig (uden score)
          </button>
        </div>
      ) : null}
      <ol className="q-summary">
        {items.map((item, index) => {
          const answer = state.answers[item.code];
          const error = itemErrors[item.code];
          return (
            <li key={item.code} id={`q-summary-${index + 1}`} tabIndex={-1} className={typeof answer === 'number' ? '' : 'q-summary-missing'}>
              <span className="q-summary-text">
                <span className="q-summary-number">Spørgsmål {index + 1}:</span> {item.text_da}
              </span>
              <span className="q-summary-answer">{answerLabel(definition, answer)}</span>
              {error ? <span className="field-error">{error}</span> : null}
              <button type="button" className="secondary" onClick={() => dispatch({ type: 'goto', step: index + 1 })}>
                Ret<span className="sr-only"> svar på spørgsmål {index + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {staffFields}
      <div className="q-nav">
        <button type="button" className="secondary q-big" onClick={() => dispatch({ type: 'back' })}>
          Forrige
        </button>
        <button type="submit" className="q-big" disabled={busy}>
          Gem besvarelsen
        </button>
      </div>
    </form>
  );
}

function Result({
  course,
  instrument,
  response,
  earlier,
  headingRef,
  locked,
}: {
  course: CourseView;
  instrument: Instrument;
  response: QuestionnaireResponse;
  earlier: QuestionnaireResponse[];
  headingRef: RefObject<HTMLHeadingElement>;
  /** In borgervisning: no way to other pages until staff unlock. */
  locked: boolean;
}) {
  const definition = instrument.definition;
  const score = response.score;
  const meanings = interpretation(definition, score?.thresholds_met);
  const change = changeSincePrevious(definition, response, earlier);
  return (
    <div className="q-card q-result">
      <h2 ref={headingRef} tabIndex={-1}>
        Besvarelsen er gemt
      </h2>
      <p>
        {definition.name_da}, {TIME_POINT[response.time_point as TimePoint]?.toLowerCase() ?? response.time_point}, besvaret{' '}
        {formatDate(String(response.answered_on))}.
      </p>
      {score ? (
        <>
          <p className="q-score">
            Score: <strong data-score={score.score}>{formatNumber(Number(score.score))}</strong>
          </p>
          <p className="muted">
            {definition.rule === 'mean_times_factor' ? 'Gennemsnit' : 'Rå sum'} af {score.answered} besvarede spørgsmål:{' '}
            {formatNumber(Number(score.raw))}
            {definition.rule !== 'sum' ? ` × ${formatNumber(Number(definition.factor ?? 1))}` : ''}.
          </p>
          {meanings.length > 0 ? (
            <ul className="q-meanings">
              {meanings.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : (definition.thresholds ?? []).length > 0 ? (
            <p>Scoren ligger ikke under nogen af skemaets grænseværdier.</p>
          ) : null}
          {change ? (
            <p className="q-change">
              Ændring siden {TIME_POINT[change.previous.time_point as TimePoint]?.toLowerCase() ?? change.previous.time_point}{' '}
              {formatDate(String(change.previous.answered_on))} (score {formatNumber(Number(change.previous.score?.score))}):{' '}
              <strong>
                {change.delta > 0 ? '+' : ''}
                {formatNumber(change.delta)} point
              </strong>
              {change.relevant === true ? ` – en relevant ændring (mindst ${formatNumber(Number(definition.relevant_change))} point).` : ''}
              {change.relevant === false ? ` – mindre end en relevant ændring (${formatNumber(Number(definition.relevant_change))} point).` : ''}
            </p>
          ) : null}
        </>
      ) : (
        <p className="alert alert-info">{response.score_note_da ?? 'Besvarelsen har ingen score.'}</p>
      )}
      {locked ? null : (
        <div className="q-nav">
          <Link className="button q-big" to="/spoergeskemaer">
            Tilbage til Spørgeskemaer
          </Link>
          <Link className="button secondary-link q-big" to={`/forloeb/${course.id}`}>
            Til forløbet
          </Link>
        </div>
      )}
    </div>
  );
}
