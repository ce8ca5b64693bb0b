import { describe, expect, it } from 'vitest';
import { attachmentProblem, base64OfDataUrl, directionText, threadsOf, type Letter } from './letters';
import { sampleLetter } from './sampleLetter';

function letter(id: number, thread: string, writtenAt: number, direction: 'outgoing' | 'incoming' = 'outgoing'): Letter {
  return sampleLetter(id, { thread_id: thread, written_at: writtenAt, direction, topic: `Emne ${thread}`, text: 'Hej' });
}

describe('letters', () => {
  it('groups a correspondence oldest first and shows the latest conversation first', () => {
    const threads = threadsOf([letter(1, 'a', 100), letter(2, 'b', 150), letter(3, 'a', 300, 'incoming'), letter(4, 'b', 120)]);
    expect(threads.map((thread) => thread.id)).toEqual(['a', 'b']);
    expect(threads[0].letters.map((l) => l.id)).toEqual([1, 3]);
    expect(threads[1].letters.map((l) => l.id)).toEqual([4, 2]);
    expect(threads[0].topic).toBe('Emne a');
  });

  it('says which way a letter went', () => {
    expect(directionText(letter(1, 'a', 1))).toBe('Sendt til Afsnit P1');
    expect(directionText(letter(1, 'a', 1, 'incoming'))).toBe('Modtaget fra Afsnit P1');
  });

  it('takes PDFs and pictures up to 512 kB, and the base64 of a data URL', () => {
    expect(attachmentProblem('application/pdf', 1000)).toBeNull();
    expect(attachmentProblem('image/png', 512 * 1024)).toBeNull();
    expect(attachmentProblem('image/png', 512 * 1024 + 1)).toBe('Filen må højst fylde 512 kB.');
    expect(attachmentProblem('application/msword', 10)).toMatch(/PDF eller et billede/);
    expect(base64OfDataUrl('data:application/pdf;base64,JVBERi0=')).toBe('JVBERi0=');
    expect(base64OfDataUrl('garbage')).toBe('');
  });
});
