import { toArabicDigits } from '../thai/digits';
import { FRAMEWORKS, normaliseCode } from '../framework/framework';
import type { DimensionNo } from '../framework/types';
import { FIELD_ORDER, fieldShape, recogniseField, type FieldHeading } from './fields';
import { isTableLine, type SourceLine } from './lines';
import { CODE_HEADING, DIMENSION_HEADING, LIST_MARKER, MEASURE_HEADING, PART_HEADING, PART_HEADING_MAX, STATED, type FieldKey, type FieldShape } from './patterns';
import { HEADING_LIKE, SAME_TITLE, dimensionTitleScore, headingLikeness } from './titles';

/**
 * Part 3 of a plan read as a sequence of headings and measures: dimension headings, sub-
 * dimension and item headings ("2.2", "2.2.2 …"), then each measure's heading ("โครงการ/
 * กิจกรรม/มาตรการ ที่ N") or first field ("1. ชื่อโครงการ :") and its numbered detail fields.
 * Numbered steps inside a measure look like headings ("๒.๑ กำหนดแนวทาง…", "๕. เสนอแผน…"):
 * inside a measure a code heading must belong to the dimension, not go backwards and read
 * like a catalogue title, and a field heading must carry a higher number than the last one.
 */

export interface Heading {
  readonly code: string;
  /** The title as printed, continuation lines included. */
  readonly title: string;
  readonly line: number;
}

export interface DimensionHeading {
  readonly no: DimensionNo;
  readonly title: string;
  readonly line: number;
}

export interface MeasureDraft {
  readonly line: number;
  /** From "… ที่ N"; measures found by their name field have none. */
  readonly number?: string;
  readonly dimension?: DimensionNo;
  readonly sub?: Heading;
  readonly item?: Heading;
  /** Item headings printed one after another before this measure, when more than one: which one it belongs to is a guess. */
  readonly stacked: readonly Heading[];
  readonly fields: Map<FieldKey, string[]>;
  /** Lines between the measure's heading and its first field. */
  readonly stray: SourceLine[];
}

export interface DocumentStructure {
  readonly drafts: readonly MeasureDraft[];
  readonly dimensionHeadings: readonly DimensionHeading[];
  readonly codeHeadings: readonly Heading[];
  /** Lines after the first measure that belong to no measure and no heading. */
  readonly orphans: readonly SourceLine[];
  /** Line number where the first measure starts (Infinity when there is none). */
  readonly firstMeasureLine: number;
}

type Candidate =
  | { readonly kind: 'part' }
  | { readonly kind: 'dimension'; readonly no: DimensionNo; readonly title: string }
  | { readonly kind: 'measure'; readonly number: string }
  | { readonly kind: 'field'; readonly field: FieldHeading }
  | { readonly kind: 'code'; readonly code: string; readonly title: string }
  | { readonly kind: 'content' };

function classify(line: SourceLine): Candidate {
  const key = line.key;
  const measure = MEASURE_HEADING.exec(key);
  if (measure) return { kind: 'measure', number: measure[1] };
  const field = recogniseField(key);
  if (field) return { kind: 'field', field };
  const code = CODE_HEADING.exec(key);
  if (code) return { kind: 'code', code: normaliseCode(code.slice(1, 4).filter(Boolean).join('.')), title: code[4] };
  const dim = DIMENSION_HEADING.exec(key);
  if (dim && !STATED.prefaceDimension.test(key)) return { kind: 'dimension', no: Number(dim[1]) as DimensionNo, title: dim[2] };
  if (PART_HEADING.test(key) && key.length <= PART_HEADING_MAX) return { kind: 'part' };
  return { kind: 'content' };
}

/** "2.3" comes after "2.2.3": codes compared part by part. */
function codeOrder(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const RESULT_FIELDS: readonly FieldKey[] = ['outputs', 'outcomes'];
/** Lines after a heading that may continue its title. */
const TITLE_CONTINUATION = 4;

export function readStructure(lines: readonly SourceLine[], consumed: ReadonlySet<number>): DocumentStructure {
  const body = lines.filter((l) => !consumed.has(l.no));
  const candidates = body.map((l) => (isTableLine(l) ? ({ kind: 'content' } as const) : classify(l)));
  const drafts: MeasureDraft[] = [];
  const dimensionHeadings: DimensionHeading[] = [];
  const codeHeadings: Heading[] = [];
  const orphans: SourceLine[] = [];

  let dim: DimensionNo | undefined;
  let sub: Heading | undefined;
  let item: Heading | undefined;
  let lastCode: string | undefined;
  let stacked: Heading[] = [];
  // After a part heading, its title lines (plan name, organisation) run until the next heading.
  let partTitle = false;
  let draft: (MeasureDraft & { named: boolean; field?: FieldKey; fieldNo: number }) | undefined;
  const blankParagraphs = separatesParagraphs(body);
  const layout = { blankParagraphs, width: wrapWidth(body, blankParagraphs) };

  const close = () => {
    draft = undefined;
  };
  const open = (line: number, number?: string) => {
    draft = {
      line,
      number,
      dimension: dim,
      sub,
      item,
      stacked: stacked.length > 1 ? stacked : [],
      fields: new Map(),
      stray: [],
      named: false,
      fieldNo: 0,
    };
    drafts.push(draft);
    stacked = [];
  };

  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    const cand = candidates[i];
    if (cand.kind !== 'content' && cand.kind !== 'part') partTitle = false;
    switch (cand.kind) {
      case 'measure':
        open(line.no, cand.number);
        continue;
      case 'field': {
        const f = cand.field;
        if (f.key === 'name' && (!draft || draft.named)) open(line.no);
        if (draft && acceptsField(draft, f)) {
          draft.field = f.key;
          // "12. ชื่อโครงการ": the entry's running number across the plan, not a field number.
          if (f.no !== undefined && f.key !== 'name') draft.fieldNo = f.no;
          if (f.key === 'name') draft.named = true;
          const list = draft.fields.get(f.key) ?? [];
          if (f.inline) list.push(f.inline);
          draft.fields.set(f.key, list);
          continue;
        }
        break;
      }
      case 'code': {
        const codeDim = Number(cand.code[0]) as DimensionNo;
        const switchesDim = dim !== undefined && codeDim !== dim;
        // A title cut by the page width goes on over the next lines, as long as they make it read more like a catalogue title.
        let title = cand.title;
        let likeness = headingLikeness(cand.code, title);
        let next = i + 1;
        while (next < body.length && next - i <= TITLE_CONTINUATION && candidates[next].kind === 'content' && !isTableLine(body[next])) {
          const longer = `${title} ${body[next].text}`.trim();
          const score = headingLikeness(cand.code, longer);
          if (score < likeness) break;
          title = longer;
          likeness = score;
          next++;
        }
        if (draft || switchesDim) {
          // Inside a measure only the next dimension may start without its own heading.
          if (switchesDim && draft && codeDim !== dim! + 1) break;
          if (!switchesDim && lastCode !== undefined && codeOrder(cand.code, lastCode) < 0) break;
          if (likeness < (switchesDim ? SAME_TITLE : HEADING_LIKE)) break;
        }
        close();
        const heading: Heading = { code: cand.code, title, line: line.no };
        i = next - 1;
        codeHeadings.push(heading);
        dim = codeDim;
        lastCode = cand.code;
        if (cand.code.split('.').length === 3) {
          if (sub && !cand.code.startsWith(`${sub.code}.`)) sub = undefined;
          item = heading;
          stacked.push(heading);
        } else {
          sub = heading;
          item = undefined;
          stacked = [];
        }
        continue;
      }
      case 'dimension': {
        const likeness = Math.max(...FRAMEWORKS.map((fw) => dimensionTitleScore(fw, cand.no, cand.title)));
        if (draft && likeness < HEADING_LIKE) break;
        close();
        dimensionHeadings.push({ no: cand.no, title: cand.title, line: line.no });
        dim = cand.no;
        sub = item = lastCode = undefined;
        stacked = [];
        continue;
      }
      case 'part':
        close();
        dim = sub = item = lastCode = undefined;
        stacked = [];
        partTitle = true;
        continue;
      case 'content':
        break;
    }
    // Content, or a heading candidate rejected above.
    if (draft) {
      if (draft.field) addLine(draft.fields.get(draft.field)!, fieldShape(draft.field), line, body[i - 1], layout);
      else draft.stray.push(line);
    } else if (drafts.length > 0 && !partTitle && !isTableLine(line)) {
      orphans.push(line);
    }
  }
  return { drafts, dimensionHeadings, codeHeadings, orphans, firstMeasureLine: drafts[0]?.line ?? Infinity };
}

/**
 * A field heading opens a field when its number moves on. Unnumbered, it must come later in the
 * usual order, and only in a page that numbers none of its fields (where one is numbered, an
 * unnumbered "ระยะเวลาในการดำเนินการ" is a list item) — except the bare sub-headings ผลผลิต /
 * ผลลัพธ์ under a combined field or after the last numbered one.
 */
function acceptsField(draft: { field?: FieldKey; fieldNo: number }, f: FieldHeading): boolean {
  if (f.no !== undefined) return f.no > draft.fieldNo || (f.key === 'name' && draft.field === undefined);
  if (draft.field === undefined) return true;
  // "วัตถุประสงค์ เพื่อ…": in running text a label word is a word, so only in a page without field numbers, moving on.
  if (f.withContent) return draft.fieldNo === 0 && FIELD_ORDER.indexOf(f.key) > FIELD_ORDER.indexOf(draft.field);
  const result = RESULT_FIELDS.includes(f.key);
  if (result && f.exact && RESULT_FIELDS.includes(draft.field)) return f.key !== draft.field;
  if (draft.fieldNo > 0 && !(result && f.exact)) return false;
  return FIELD_ORDER.indexOf(f.key) > FIELD_ORDER.indexOf(draft.field);
}

/** Word and Google Docs text has a blank line between paragraphs; PDF text has none. */
function separatesParagraphs(lines: readonly SourceLine[]): boolean {
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].no - lines[i - 1].no > 1) gaps++;
  return gaps * 2 > lines.length;
}

/** The width PDF text wraps at: its longest line (paragraph documents have no such width). */
function wrapWidth(lines: readonly SourceLine[], blankParagraphs: boolean): number {
  if (blankParagraphs) return Infinity;
  return Math.max(0, ...lines.filter((l) => !isTableLine(l)).map((l) => l.text.length));
}

/** A line this close to the wrap width was cut by it. */
const WRAPPED = 0.8;

/**
 * A line of a list field. In a list with typed markers ("1)", "-", "(๑)") a new item starts only
 * at a marker (or, where paragraphs are separated by blank lines, at a new paragraph); any other
 * line is the item above cut by the page width and joins it. Without markers, a line joins the
 * one above only when that one runs to the wrap width.
 */
function addLine(list: string[], shape: FieldShape, line: SourceLine, previous: SourceLine | undefined, layout: { blankParagraphs: boolean; width: number }): void {
  const marked = (text: string) => LIST_MARKER.test(toArabicDigits(text));
  const newParagraph = layout.blankParagraphs && previous !== undefined && line.no - previous.no > 1;
  const cut = list.some(marked) || (previous !== undefined && previous.text.length >= WRAPPED * layout.width);
  if (shape === 'items' && list.length > 0 && !marked(line.text) && !newParagraph && cut) list[list.length - 1] = `${list[list.length - 1]} ${line.text}`;
  else list.push(line.text);
}
