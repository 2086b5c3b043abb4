import { cleanText, comparisonKey, splitLines } from '../thai/text';
import { FIELD_SPECS, LABEL_SLACK, LABEL_TAIL, NUMBERED_FIELD, type FieldKey, type FieldShape } from './patterns';

/** A detail-field heading: "7. งบประมาณดำเนินการ", "๑. ชื่อโครงการ : มาตรการ …", "ผลลัพธ์". */
export interface FieldHeading {
  readonly key: FieldKey;
  /** The typed number; undefined for a bare label line. */
  readonly no?: number;
  /** Text after the label on the same line (after a colon, or after a space). */
  readonly inline: string;
  /** The label alone, no words of its own after it ("ผลลัพธ์", not "ผู้รับผิดชอบโครงการ"). */
  readonly exact: boolean;
  /**
   * An unnumbered label with the field's first content after a space on the same line
   * ("วัตถุประสงค์ เพื่อ…"): a heading only where the page numbers no field and the order moves on.
   */
  readonly withContent: boolean;
}

const LABELS = FIELD_SPECS.flatMap((spec) => spec.labels.map((label) => ({ key: spec.key, label: comparisonKey(label) })))
  .sort((a, b) => b.label.length - a.label.length);

export const FIELD_ORDER: readonly FieldKey[] = FIELD_SPECS.map((s) => s.key);

export function fieldShape(key: FieldKey): FieldShape {
  return FIELD_SPECS.find((s) => s.key === key)!.shape;
}

/** The raw text after the characters whose comparison key spells `labelKey`. */
function afterLabel(text: string, labelKey: string): string | undefined {
  for (let i = 1; i <= text.length; i++) {
    if (comparisonKey(text.slice(0, i)) === labelKey) return text.slice(i);
  }
  return undefined;
}

/**
 * Recognises a field heading in a line's recognition key. What follows the label decides:
 * text joined to it ("งบประมาณในการดำเนินโครงการ", "หลักการและเหตุผล/ที่มา…") is still the
 * label; text after a colon or a space is the field's first content. An unnumbered line must
 * be the label and a label's own words (or label and colon): in running text a label word is
 * just a word.
 */
export function recogniseField(key: string): FieldHeading | undefined {
  const numbered = NUMBERED_FIELD.exec(key);
  const no = numbered ? Number(numbered[1]) : undefined;
  const rest = numbered ? numbered[2] : key;
  const colon = rest.search(/[:：]/);
  const head = colon >= 0 ? rest.slice(0, colon) : rest;
  const headKey = comparisonKey(head);
  const hit = LABELS.find((l) => headKey.startsWith(l.label));
  if (!hit) return undefined;
  const after = afterLabel(head, hit.label) ?? '';
  const afterColon = colon >= 0 ? rest.slice(colon + 1) : '';
  const ownWords = (text: string) => LABEL_TAIL.test(text.replace(/\s+/g, '')) && comparisonKey(text).length <= LABEL_SLACK;
  let inline: string;
  let withContent = false;
  const split = /^(\S*)\s+([\s\S]+)$/.exec(after);
  if (after.trim() === '' || ownWords(after)) {
    // The label and its own words ("งบประมาณที่ใช้ในการดำเนินการ"): content only after a colon.
    inline = afterColon;
  } else if (split && (split[1] === '' || ownWords(split[1]))) {
    // The label, perhaps its own words, a space, then the field's first content ("งบประมาณดำเนินการ ปีละ 20,000 บาท").
    inline = colon >= 0 ? `${split[2]} ${rest.slice(colon)}` : split[2];
    withContent = no === undefined;
  } else if (no !== undefined && /^\S/.test(after) && comparisonKey(after).length <= LABEL_SLACK) {
    inline = afterColon; // "7. งบประมาณรายจ่ายโครงการ": a numbered heading in words of its own
  } else {
    return undefined; // a sentence that starts with a label word
  }
  inline = cleanText(inline);
  return { key: hit.key, no, inline, exact: after.trim() === '', withContent };
}

/**
 * A field's collected lines as the workbook cell keeps them. A lone "-" is how documents
 * print a field left blank.
 */
export function fieldText(shape: FieldShape, lines: readonly string[]): string {
  const text = lines.map((l) => l.replace(/\t/g, ' ')).join('\n');
  if (cleanText(text) === '-') return '';
  switch (shape) {
    case 'line':
      return splitLines(text).join(' ');
    case 'prose':
      return text.split('\n').map(cleanText).filter((l) => l !== '').join('\n');
    case 'items':
      return splitLines(text).join('\n');
  }
}
