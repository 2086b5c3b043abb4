import { para, type Paragraph, type Signature } from './tree';

/** The right half of the text width, in the tree's 1.25 cm indent steps (16 cm text → 6 steps ≈ 7.5 cm). */
const RIGHT_HALF = 6;

/**
 * A signature block as centred paragraphs in the right half, the way both renderers print it.
 * Every line but the last keeps with the next: a block is never split over two pages.
 */
export function signatureLines(sig: Signature): Paragraph[] {
  const line = `(ลงชื่อ)..........................................${sig.label ? ` ${sig.label}` : ''}`;
  const lines = [line, `(${sig.name})`, sig.position, ...(sig.date ? [sig.date] : [])];
  return lines.map((t, i) => para(t, { align: 'center', indent: RIGHT_HALF, ...(i < lines.length - 1 ? { keepWithNext: true } : {}) }));
}
