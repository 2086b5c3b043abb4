import { toArabicDigits } from './digits';

/** Collapses whitespace (incl. NBSP and zero-width) and trims: how people's cells really look. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A key for comparing titles and names: Arabic digits, no spaces, no quotes or punctuation. */
export function comparisonKey(value: unknown): string {
  return toArabicDigits(cleanText(value))
    .replace(/[\s"“”'‘’()\[\]{}.,:;!?\-–—/]/g, '')
    .toLowerCase();
}

/** Splits a multi-line cell into its lines, dropping list markers people type ("1.", "(๑)", "-", "•"). */
export function splitLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(/\r?\n/)
    .map((line) => cleanText(line).replace(/^(\(?[0-9๐-๙]{1,2}[.)]|[-•*·])\s*/, '').trim())
    .filter((line) => line !== '');
}
