// One letter as the API answers it, for the tests of what shows letters.
import type { Letter } from './letters';

export function sampleLetter(id: number, changes: Partial<Letter> = {}): Letter {
  return {
    id,
    version: 1,
    course_id: 1,
    citizen_id: 1,
    unit_id: 1,
    direction: 'outgoing',
    ward_id: 2,
    counterpart_name: 'Afsnit P1',
    counterpart_sor_code: '100000000000001',
    message_id: `m${id}`,
    thread_id: 't',
    replying_to: null,
    category: 'psychiatry-social-disability',
    topic: '',
    segment_id: `s${id}`,
    text: `Brev ${id}`,
    author_name: 'Karin',
    author_role: 'Medarbejder',
    author_phone: '12345678',
    attachments: [],
    written_at: 0,
    written_by: null,
    ...changes,
  };
}
