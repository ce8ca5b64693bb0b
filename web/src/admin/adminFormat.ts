// Reading what administrators type: month lists ("1, 3").

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

