// Reading what administrators type: month lists ("1, 3") and Danish decimal numbers ("1.243,50").

/** "1, 3, 6" → [1, 3, 6]; blank → []; null when a part is not a whole number. */
export function parseMonthList(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
}

export function formatMonthList(months: number[]): string {
  return months.join(', ');
}

/** A Danish number: "1243", "1.243", "1243,5", "1.243,50" (also "1243.5" as typed on a
 *  non-Danish keyboard) → 1243.5; null when it is not a non-negative number. */
export function parseDanishNumber(text: string): number | null {
  const value = text.trim().replace(/\s/g, '');
  let normalised: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) normalised = value.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(value)) normalised = value.replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(value)) normalised = value;
  if (normalised === null) return null;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}
