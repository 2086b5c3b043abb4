import { cellDate, formatThaiDate, isDate } from './dates';
import { toArabicDigits } from './digits';

/**
 * Invisible characters pasted in from PDFs, Word and web pages: zero-width spaces and joiners, the
 * byte-order mark, and the bidirectional marks, embeddings and isolates (LRM, RLM, LRE…PDF, LRI…PDI).
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Collapses whitespace (incl. NBSP) and drops invisible marks, then trims: how people's cells really look. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A date cell quoted in a finding reads "15 มกราคม 2567", never "Mon Jan 15 2024 00:00:00 GMT…".
  if (isDate(value)) return formatThaiDate(cellDate(value), 'arabic');
  return String(value).replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A key for comparing titles and names: Arabic digits, no spaces, no quotes or punctuation. */
export function comparisonKey(value: unknown): string {
  return toArabicDigits(cleanText(value))
    .replace(/[\s"“”'‘’()\[\]{}.,:;!?\-–—/]/g, '')
    .toLowerCase();
}

/**
 * List markers people type before an item: "1.", "(๑)", "-", "•", sometimes two ("- 1)"). A
 * number followed by another digit is a sub-number ("2.1 กำหนด…"), part of the text.
 */
const LIST_MARKERS = /^(?:(?:\(?[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|[-•*·])\s*)+/;

/** Splits a multi-line cell into its lines, dropping the list markers people type. */
export function splitLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(/\r?\n/)
    .map((line) => cleanText(line).replace(LIST_MARKERS, '').trim())
    .filter((line) => line !== '');
}
