import { describe, expect, it } from 'vitest';
import type { CourseView } from '../api/client';
import { journalOf } from './courseJournal';
import { sampleLetter } from '../letters/sampleLetter';

// The parts of a course the journal reads; the rest of the view is irrelevant here.
function course(parts: Partial<CourseView>): CourseView {
  return {
    accepted_on: '2026-01-05',
    waiting_list: false,
    status_notes: [],
    handover_notes: [],
    transition_events: [],
    follow_up_contacts: [],
    extensions: [],
    allocation: null,
    admission_pauses: [],
    tasks: [],
    ...parts,
  } as unknown as CourseView;
}

describe('the course journal', () => {
  it('puts notes, phase changes, decisions, admissions and tasks done on one timeline, newest first', () => {
    const entries = journalOf(
      course({
        moved_in_on: '2026-01-20',
        status_notes: [{ id: 4, date: '2026-02-01', text: 'Går godt.', author: { name: 'Morten Medarbejder', role: 'unit_staff' }, corrections: [] }],
        extensions: [{ id: 5, decided_on: '2026-03-01', previous_planned_end_on: '2026-04-01', new_planned_end_on: '2026-06-30', reason: 'Venter på bolig.', author: { name: 'Lene Leder', role: 'unit_lead' } }],
        admission_pauses: [{ id: 6, admitted_on: '2026-02-10', resumed_on: '2026-02-14', note: '' }],
        tasks: [{ id: 2, kind: 'plan', created_on: '2026-01-20', due_on: '2026-02-03', completed_on: '2026-01-30', cancelled_on: null, note: 'Planen er gemt.' }],
        // The ward's expected færdigmelding, still ahead on this day: not an event yet.
        ready_for_discharge_on: '2026-04-01',
      }),
      '2026-03-02',
    );
    expect(entries.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-03-01', 'decision', 'Opholdet forlænget til 30-06-2026'],
      ['2026-02-14', 'admission', 'Udskrevet – opholdet genoptaget'],
      ['2026-02-10', 'admission', 'Genindlagt – opholdet sat på pause'],
      ['2026-02-01', 'note', 'Statusnotat'],
      ['2026-01-30', 'task', 'Opgave udført: Lav borgerens plan'],
      ['2026-01-20', 'phase', 'Flyttet ind'],
      ['2026-01-05', 'phase', 'Optaget'],
    ]);
    expect(entries[0]!.author).toBe('Lene Leder (Leder af afklaringstilbud)');
    expect(entries[3]!.text).toBe('Går godt.');
  });

  it('leaves the author empty on entries from before authors were kept', () => {
    const [note] = journalOf(course({ accepted_on: null as unknown as string, status_notes: [{ id: 1, date: '2026-01-06', text: 'x', author: null, corrections: [] }] }), '2026-03-02');
    expect(note!.author).toBe('');
  });

  it('lists the questionnaires answered, named and scored', () => {
    const response = (id: number, time_point: string, answered_on: string, score: number | null) => ({
      id,
      course_id: 1,
      instrument_code: 'who5',
      instrument_version: 1,
      time_point,
      answered_on,
      answers: [],
      score: score === null ? null : { answered: 5, raw: score / 4, score, thresholds_met: [] },
      score_note_da: score === null ? 'For få svar til en score' : null,
    });
    const entries = journalOf(course({ accepted_on: null as unknown as string }), '2026-03-02', {
      responses: [response(7, 'move_in', '2026-01-21', 52), response(8, 'move_out', '2026-03-05', 60), response(9, 'monthly', '2026-02-21', null)],
      instrumentName: (code) => (code === 'who5' ? 'WHO-5 Trivselsindeks' : code),
    });
    expect(entries.map((e) => [e.date, e.kind, e.title, e.text])).toEqual([
      ['2026-02-21', 'questionnaire', 'WHO-5 Trivselsindeks – Månedlig', 'For få svar til en score'],
      ['2026-01-21', 'questionnaire', 'WHO-5 Trivselsindeks – Ved indflytning', 'Score 52'],
    ]);
  });

  it('marks notes as correctable and keeps their earlier texts', () => {
    const [entry] = journalOf(
      course({
        accepted_on: null as unknown as string,
        status_notes: [
          {
            id: 3,
            date: '2026-02-01',
            text: 'Rettet tekst.',
            author: { name: 'Anne', role: 'unit_staff' },
            corrections: [{ replaced_text: 'Første tekst.', corrected_on: '2026-02-02', corrected_by: { name: 'Bo', role: 'unit_lead' } }],
          },
        ],
      }),
      '2026-03-02',
    );
    expect(entry!.note).toEqual({ kind: 'status_note', id: 3, correctionsSeen: 1 });
    expect(entry!.revisions).toEqual([{ replacedText: 'Første tekst.', correctedOn: '2026-02-02', correctedBy: 'Bo (Leder af afklaringstilbud)' }]);
  });

  it('shows the letters to and from the ward on the Danish day they were written, with who wrote them', () => {
    const letter = (id: number, direction: 'outgoing' | 'incoming', writtenAt: number, topic: string) =>
      sampleLetter(id, { direction, written_at: writtenAt, topic, author_name: 'Birthe Bruun', author_role: 'sygeplejerske' });
    const entries = journalOf(course({ accepted_on: null as unknown as string }), '2026-03-02', undefined, [
      // 2026-03-01 23:30 UTC is the 2nd in Danish time.
      letter(1, 'incoming', Date.UTC(2026, 2, 1, 23, 30) / 1000, 'Udskrivning'),
      letter(2, 'outgoing', Date.UTC(2026, 2, 3, 9, 0) / 1000, ''),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'letter',
      date: '2026-03-02',
      title: 'Modtaget fra Afsnit P1: Udskrivning',
      text: 'Brev 1',
      author: 'Birthe Bruun (sygeplejerske)',
    });
  });
});
