// The course's journal: one timeline of what was written and what happened — notes, visits, phase
// changes, decisions, admissions, tasks done, questionnaires answered and letters to and from the
// ward — each with its date and, where the server kept it, who wrote it. Pure, so the order and the
// texts are unit-tested.
import type { CourseView } from '../api/client';
import { CODE_LABELS } from '../api/codeLabels';
import { formatDate, formatNumber } from '../format';
import { DESTINATION, EVENT_KIND, TASK_KIND, label } from '../labels';
import { TIME_POINT, type QuestionnaireResponse, type TimePoint } from '../questionnaires/model';
import { directionText, writtenOnDanishDate, type Letter } from '../letters/letters';

/** The course's answered questionnaires, with their instruments' names (loaded apart from the course). */
export interface AnsweredQuestionnaires {
  responses: QuestionnaireResponse[];
  instrumentName(code: string): string;
}

export const JOURNAL_KINDS = {
  note: 'Notater',
  phase: 'Faseskift',
  decision: 'Beslutninger',
  admission: 'Indlæggelser',
  task: 'Opgaver',
  questionnaire: 'Spørgeskemaer',
  letter: 'Korrespondance',
} as const;
export type JournalKind = keyof typeof JOURNAL_KINDS;

type Author = { name: string; role: keyof typeof CODE_LABELS.Role } | null | undefined;

/** A correction of a note: the text it replaced, when and by whom. */
export interface NoteRevision {
  replacedText: string;
  correctedOn: string;
  correctedBy: string;
}

export interface JournalEntry {
  key: string;
  kind: JournalKind;
  date: string;
  title: string;
  text: string;
  /** "Morten Medarbejder (Medarbejder på afklaringstilbud)", or '' for entries from before authors were kept. */
  author: string;
  /** A note that can be corrected: which one, and how many corrections the reader has seen. */
  note?: { kind: 'status_note' | 'handover_note'; id: number; correctionsSeen: number };
  /** Earlier texts of a corrected note, oldest first. */
  revisions: NoteRevision[];
}

export function authorText(author: Author): string {
  return author ? `${author.name} (${CODE_LABELS.Role[author.role] ?? author.role})` : '';
}

/** Every entry of the course up to `today`, newest first; entries of one day keep the order above. (The
 *  course's færdigmelding starts as the ward's expected date, which may lie ahead: not yet an event.) */
export function journalOf(course: CourseView, today: string, questionnaires?: AnsweredQuestionnaires, letters: Letter[] = []): JournalEntry[] {
  const entries: JournalEntry[] = [];
  const add = (kind: JournalKind, key: string, date: string | null | undefined, title: string, text = '', author: Author = null) => {
    if (date && date <= today) entries.push({ key, kind, date, title, text, author: authorText(author), revisions: [] });
  };
  type Corrections = { replaced_text: string; corrected_on: string; corrected_by: Author }[];
  /** The entry just added is a note that can be corrected, with its earlier texts. */
  const correctable = (kind: 'status_note' | 'handover_note', id: number, corrections: Corrections) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    entry.note = { kind, id, correctionsSeen: corrections.length };
    entry.revisions = corrections.map((c) => ({ replacedText: c.replaced_text, correctedOn: c.corrected_on, correctedBy: authorText(c.corrected_by) }));
  };
  add('phase', 'accepted', course.accepted_on, course.waiting_list ? 'Optaget på venteliste' : 'Optaget');
  add('phase', 'ready', course.ready_for_discharge_on, 'Færdigmeldt fra sengeafsnittet');
  add('phase', 'planned-move-in', course.planned_move_in_on, 'Indflytning planlagt til denne dato');
  add('phase', 'moved-in', course.moved_in_on, 'Flyttet ind');
  add('phase', 'moved-out', course.moved_out_on, 'Flyttet ud');
  add('phase', 'closed', course.closed_on, 'Forløbet afsluttet');
  add('phase', 'cancelled', course.cancelled_on, 'Forløbet annulleret', course.cancel_reason ?? '');
  for (const n of course.status_notes) {
    add('note', `s${n.id}`, n.date, 'Statusnotat', n.text, n.author);
    if (n.date <= today) correctable('status_note', n.id, n.corrections ?? []);
  }
  for (const n of course.handover_notes) {
    add('note', `h${n.id}`, n.date, `Overleveringsnotat${n.recipient ? ` til ${n.recipient}` : ''}`, n.text, n.author);
    if (n.date <= today) correctable('handover_note', n.id, n.corrections ?? []);
  }
  for (const e of course.transition_events) add('note', `e${e.id}`, e.date, label(EVENT_KIND, e.kind), e.note, e.author);
  for (const f of course.follow_up_contacts)
    add('note', `f${f.id}`, f.date, f.declined_by_citizen ? 'Opfølgning tilbudt – borgeren takkede nej' : 'Opfølgningskontakt', f.note, f.author);
  for (const x of course.extensions)
    add('decision', `x${x.id}`, x.decided_on, `Opholdet forlænget til ${formatDate(x.new_planned_end_on)}`, x.reason, x.author);
  const allocation = course.allocation;
  if (allocation)
    add('decision', 'allocation', allocation.decided_on, `Visitation: ${label(DESTINATION, allocation.destination)}`, allocation.note, allocation.author);
  for (const p of course.admission_pauses) {
    add('admission', `p${p.id}`, p.admitted_on, 'Genindlagt – opholdet sat på pause', p.note);
    add('admission', `r${p.id}`, p.resumed_on, 'Udskrevet – opholdet genoptaget');
  }
  for (const t of course.tasks) {
    add('task', `t${t.id}`, t.completed_on, `Opgave udført: ${label(TASK_KIND, t.kind)}`, t.note);
    add('task', `c${t.id}`, t.cancelled_on, `Opgave bortfaldet: ${label(TASK_KIND, t.kind)}`, t.note);
  }
  for (const r of questionnaires?.responses ?? [])
    add(
      'questionnaire',
      `q${r.id}`,
      r.answered_on,
      `${questionnaires?.instrumentName(r.instrument_code) ?? r.instrument_code} – ${TIME_POINT[r.time_point as TimePoint] ?? r.time_point}`,
      r.score ? `Score ${formatNumber(r.score.score)}` : (r.score_note_da ?? ''),
    );
  for (const letter of letters) {
    const date = writtenOnDanishDate(letter);
    if (date > today) continue;
    entries.push({
      key: `l${letter.id}`,
      kind: 'letter',
      date,
      title: `${directionText(letter)}${letter.topic ? `: ${letter.topic}` : ''}`,
      text: letter.text,
      author: `${letter.author_name}${letter.author_role ? ` (${letter.author_role})` : ''}`,
      revisions: [],
    });
  }
  // Newest first; a stable sort keeps one day's entries in the order above (the course's own order).
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}
