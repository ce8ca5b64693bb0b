// Korrespondance: the letters between the unit and the ward on this course (MedCom
// CareCommunication), one conversation per correspondence, and forms to write to the ward or
// answer a letter. The letter leaves through the hospitals' MedCom adapter; what the ward
// writes back appears here.
import { useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { CODE_LABELS } from '../api/codeLabels';
import { formatDateTime } from '../format';
import { CommandForm, type FieldsOf } from '../forms';
import { may, useSession } from '../session';
import { ErrorBox, Loading, type Loaded } from '../ui';
import { attachmentProblem, base64OfDataUrl, directionText, threadsOf, writtenAtIso, type Letter, type Thread } from './letters';

type WriteLetter = Schemas['WriteLetter'];

const CATEGORY: Record<string, string> = CODE_LABELS.LetterCategory;
const PHONE_KEY = 'afklaring.letter-phone';

function rememberedPhone(): string {
  try {
    return window.localStorage.getItem(PHONE_KEY) ?? '';
  } catch {
    return '';
  }
}

function fieldsFor(reply: boolean): FieldsOf<WriteLetter> {
  const phone = {
    name: 'author_phone' as const,
    label: 'Dit telefonnummer',
    kind: 'text' as const,
    required: true as const,
    hint: 'Afsnittet ringer hertil, hvis de har spørgsmål.',
    initial: rememberedPhone(),
  };
  const text = { name: 'text' as const, label: reply ? 'Svar' : 'Brev', kind: 'textarea' as const, required: true as const };
  if (reply) return [text, phone];
  return [
    { name: 'category', label: 'Kategori', kind: 'select', required: true, options: CATEGORY, initial: 'psychiatry-social-disability' },
    { name: 'topic', label: 'Emne', kind: 'text', hint: 'Højst 60 tegn. Skal udfyldes, når kategorien er Andet.' },
    text,
    phone,
  ];
}

/** The course's letters, where a new one goes and what stops one: read once by the course page. */
export const loadLetters = (courseId: number) => api.get('/courses/{courseId}/letters', { path: { courseId } });
type CourseLetters = Awaited<ReturnType<typeof loadLetters>>;

/** `letters` is the course page's one load of them (the journal shows them too). */
export function LettersSection({ courseId, letters }: { courseId: number; letters: Loaded<CourseLetters> }) {
  const { user } = useSession();
  const [writing, setWriting] = useState<'new' | number | null>(null);
  const mayWrite = may(user, 'write_letter');
  const answer = letters.data;
  const threads = threadsOf(answer?.letters ?? []);
  const canWrite = mayWrite && answer && !answer.cannot_write;

  async function send(body: WriteLetter) {
    await api.post('/courses/{courseId}/letters', { path: { courseId }, body });
    try {
      window.localStorage.setItem(PHONE_KEY, body.author_phone);
    } catch {
      // A browser without storage asks for the number each time.
    }
    setWriting(null);
    letters.reload();
  }

  return (
    <section aria-labelledby="letters-heading" className="letters">
      <h2 id="letters-heading">Korrespondance med afsnittet</h2>
      {letters.error ? <ErrorBox error={letters.error} /> : null}
      {letters.loading && !answer ? <Loading /> : null}
      {answer ? (
        <>
          {threads.length === 0 ? <p className="muted">Der er ingen breve på forløbet endnu.</p> : null}
          {threads.map((thread) => (
            <ThreadView
              key={thread.id}
              thread={thread}
              courseId={courseId}
              canAnswer={!!canWrite}
              answering={writing === thread.letters[thread.letters.length - 1].id}
              onAnswer={(letterId) => setWriting(writing === letterId ? null : letterId)}
              onSend={send}
            />
          ))}
          {mayWrite && answer.cannot_write ? <p className="alert alert-info">{answer.cannot_write}</p> : null}
          {canWrite ? (
            <p>
              <button type="button" className="secondary" aria-expanded={writing === 'new'} onClick={() => setWriting(writing === 'new' ? null : 'new')}>
                Skriv til {answer.ward?.name ?? 'afsnittet'}
              </button>
            </p>
          ) : null}
          {writing === 'new' ? (
            <div className="action-panel">
              <LetterForm id="new-letter" reply={false} onSend={send} />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

interface ThreadProps {
  thread: Thread;
  courseId: number;
  canAnswer: boolean;
  answering: boolean;
  onAnswer(letterId: number): void;
  onSend(body: WriteLetter): Promise<void>;
}

function ThreadView({ thread, courseId, canAnswer, answering, onAnswer, onSend }: ThreadProps) {
  const last = thread.letters[thread.letters.length - 1];
  return (
    <article className="letter-thread" aria-label={`${CATEGORY[thread.category] ?? ''}${thread.topic ? ': ' + thread.topic : ''}`}>
      <h3>
        {thread.topic || CATEGORY[thread.category]}
        {thread.topic ? <span className="muted"> ({CATEGORY[thread.category]})</span> : null}
      </h3>
      <ol className="letters-list">
        {thread.letters.map((letter) => (
          <li key={letter.id} className={`letter letter-${letter.direction}`}>
            <p className="letter-meta">
              <strong>{directionText(letter)}</strong> {formatDateTime(writtenAtIso(letter))} · {letter.author_name}
              {letter.author_role ? ` (${letter.author_role})` : ''}, tlf. {letter.author_phone}
            </p>
            {letter.text ? <p className="letter-text">{letter.text}</p> : null}
            {letter.attachments.length > 0 ? (
              <ul className="letter-attachments">
                {letter.attachments.map((attachment, index) => (
                  <li key={attachment.segment_id}>
                    {attachment.url ? (
                      <a href={attachment.url} target="_blank" rel="noreferrer noopener">
                        {attachment.title}
                      </a>
                    ) : (
                      <AttachmentButton courseId={courseId} letter={letter} number={index + 1} title={attachment.title} />
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {canAnswer ? (
        <p>
          <button type="button" className="secondary" aria-expanded={answering} onClick={() => onAnswer(last.id)}>
            Svar
          </button>
        </p>
      ) : null}
      {answering ? (
        <div className="action-panel">
          <LetterForm id={`answer-${last.id}`} reply replyingTo={last.id} onSend={onSend} />
        </div>
      ) : null}
    </article>
  );
}

/** An attached file, fetched when asked for and handed to the browser to open or save. */
function AttachmentButton({ courseId, letter, number, title }: { courseId: number; letter: Letter; number: number; title: string }) {
  const [error, setError] = useState<ApiError | null>(null);
  async function open() {
    setError(null);
    try {
      const file = await api.get('/courses/{courseId}/letters/{letterId}/attachments/{number}', {
        path: { courseId, letterId: letter.id, number },
      });
      const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.content_type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.title;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
    }
  }
  return (
    <>
      <button type="button" className="link-button" onClick={open}>
        Hent bilag: {title}
      </button>
      {error ? <ErrorBox error={error} /> : null}
    </>
  );
}

interface LetterFormProps {
  id: string;
  reply: boolean;
  replyingTo?: number;
  onSend(body: WriteLetter): Promise<void>;
}

/** The letter's fields, and an optional file read in the browser and sent as base64. */
function LetterForm({ id, reply, replyingTo, onSend }: LetterFormProps) {
  const [file, setFile] = useState<{ title: string; content_type: string; data: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  function choose(chosen: File | undefined) {
    setFile(null);
    setFileProblem(null);
    if (!chosen) return;
    const problem = attachmentProblem(chosen.type, chosen.size);
    if (problem) {
      setFileProblem(problem);
      return;
    }
    const reader = new FileReader();
    reader.onload = () =>
      setFile({ title: chosen.name.replace(/\.[^.]+$/, ''), content_type: chosen.type, data: base64OfDataUrl(String(reader.result)) });
    reader.readAsDataURL(chosen);
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>Vedhæft fil (valgfrit)</label>
        <p className="hint" id={`${id}-file-hint`}>
          PDF eller billede, højst 512 kB.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/gif,image/tiff,image/bmp"
          aria-describedby={`${id}-file-hint`}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0])}
        />
        {fileProblem ? (
          <p className="field-error" role="alert">
            {fileProblem}
          </p>
        ) : null}
      </div>
      <CommandForm<WriteLetter>
        id={id}
        fields={fieldsFor(reply)}
        submitLabel={reply ? 'Send svar' : 'Send brev'}
        onSubmit={(body) =>
          onSend({ ...body, ...(replyingTo ? { replying_to_letter_id: replyingTo } : {}), ...(file ? { attachment: file } : {}) })
        }
      />
    </>
  );
}
