import { toArabicDigits } from '../thai/digits';
import { cleanText } from '../thai/text';

/**
 * Numbers are the program's: a number typed at the start of a text ("๑. …", "1) …", "๑.. …"
 * as in seed 001, or an outline number "๑.๑.๓ …" as in seed 004) is taken off before the
 * document numbers the item itself. The typed number is returned (Arabic digits, "1.1.3") so
 * validation can say when it disagrees with the computed one.
 */
export function stripTypedNumber(value: string): { readonly text: string; readonly typed?: string } {
  const m = /^\s*\(?(?:([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+)\.?\s+|([0-9๐-๙]{1,3})\s*(?:\.+|\))\s*)/.exec(value);
  if (!m || m[0].length === value.length) return { text: value.trim() };
  return { text: value.slice(m[0].length).trim(), typed: toArabicDigits(m[1] ?? m[2]) };
}

/** "๓", 3, "ด้านที่ 3", "3." → 3; anything that is not a positive whole number → undefined. */
export function readOrdinal(value: unknown): number | undefined {
  const text = toArabicDigits(cleanText(value)).replace(/^(ด้านที่|ด้าน|ข้อ)\s*/, '').replace(/\.$/, '');
  if (!/^\d{1,3}(\.0+)?$/.test(text)) return undefined;
  const n = Math.trunc(Number(text));
  return n >= 1 ? n : undefined;
}

/** The start of a long text, for a message. */
export function shorten(text: string, max = 40): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** A cell's text as lines, each cleaned, blank lines dropped; markers ("-") are kept as typed. */
export function textLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value).split(/\r?\n/).map(cleanText).filter((l) => l !== '');
}
