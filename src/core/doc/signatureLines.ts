import { para, type Paragraph, type Signature } from './tree';

/** The right half of the text width, in the tree's 1.25 cm indent steps (16 cm text → 6 steps ≈ 7.5 cm). */
const RIGHT_HALF = 6;

/** A signature block as centred paragraphs in the right half, the way both renderers print it. */
export function signatureLines(sig: Signature): Paragraph[] {
  const line = `(ลงชื่อ)..........................................${sig.label ? ` ${sig.label}` : ''}`;
  return [line, `(${sig.name})`, sig.position, ...(sig.date ? [sig.date] : [])].map((t) => para(t, { align: 'center', indent: RIGHT_HALF }));
}
