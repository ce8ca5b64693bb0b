// Letters to and from the ward, grouped as the conversations they are: one thread per
// correspondence (MedCom's Communication.identifier), letters oldest first, threads with the
// newest letter first. Pure functions, so the grouping is tested without a browser.
import type { Schemas } from '../api/client';

export type Letter = Schemas['Letter'];

export interface Thread {
  id: string;
  category: Letter['category'];
  topic: string;
  letters: Letter[];
  /** When the last letter was written (Unix seconds): threads are shown newest first. */
  lastWrittenAt: number;
}

export function threadsOf(letters: Letter[]): Thread[] {
  const byId = new Map<string, Thread>();
  for (const letter of [...letters].sort((a, b) => a.written_at - b.written_at)) {
    let thread = byId.get(letter.thread_id);
    if (!thread) {
      thread = { id: letter.thread_id, category: letter.category, topic: letter.topic, letters: [], lastWrittenAt: 0 };
      byId.set(letter.thread_id, thread);
    }
    thread.letters.push(letter);
    thread.lastWrittenAt = letter.written_at;
  }
  return [...byId.values()].sort((a, b) => b.lastWrittenAt - a.lastWrittenAt);
}

/** "Sendt til Afsnit P1" / "Modtaget fra Afsnit P1". */
export function directionText(letter: Letter): string {
  const ward = letter.counterpart_name || 'afsnittet';
  return letter.direction === 'outgoing' ? `Sendt til ${ward}` : `Modtaget fra ${ward}`;
}

/** The ISO time stamp of a letter's Unix seconds, for formatDateTime. */
export function writtenAtIso(letter: Letter): string {
  return new Date(letter.written_at * 1000).toISOString();
}

/** The Danish calendar day a letter was written (YYYY-MM-DD), for the journal. */
export function writtenOnDanishDate(letter: Letter): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(letter.written_at * 1000));
}

/** A file chosen in the browser as the API takes it: base64 without the data URL's prefix. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/tiff', 'image/bmp'];
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/** Why a chosen file cannot be attached, in Danish, or null when it can. */
export function attachmentProblem(type: string, size: number): string | null {
  if (!ATTACHMENT_TYPES.includes(type)) return 'Filen skal være en PDF eller et billede (PNG, JPEG, GIF, TIFF, BMP).';
  if (size > MAX_ATTACHMENT_BYTES) return 'Filen må højst fylde 512 kB.';
  return null;
}
