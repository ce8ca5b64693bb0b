// Danish formats: dates dd-mm-åååå, numbers with Danish separators.

/** "2026-11-30" → "30-11-2026"; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

const numberFormat = new Intl.NumberFormat('da-DK');
export function formatNumber(value: number): string {
  // Whole numbers below 1.000 have no separators: spare Intl (the board formats hundreds of them).
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  return numberFormat.format(value);
}

/** Today as YYYY-MM-DD in the browser's local time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** A date typed as dd-mm-åååå (also with . or / and without leading zeros) → YYYY-MM-DD, or null
 *  when it is not a real date. */
export function parseDanishDate(text: string): string | null {
  const match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A UTC time stamp as staff read it: "02-12-2026 kl. 14.05", Danish local time. */
export function formatDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')} kl. ${part('hour')}.${part('minute')}`;
}

/** "1,4" → 1.4, "700.000" → 700000, "1.234,5" → 1234.5, "-5" → -5; null when it is not a number.
 *  Ranges are the caller's (and the server's) to check. */
export function parseDanishNumber(text: string): number | null {
  let t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
