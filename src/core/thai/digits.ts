/** Thai digits ๐–๙ ↔ Arabic 0–9. Plans mix both, often in the same line. */

const THAI_ZERO = 0x0e50;

export type DigitStyle = 'thai' | 'arabic';

export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}
