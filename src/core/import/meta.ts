import { FRAMEWORKS } from '../framework/framework';
import type { Framework } from '../framework/types';
import { ORG_TYPES } from '../plan/model';
import type { DigitStyle } from '../thai/digits';
import { isTableLine, type SourceLine } from './lines';
import { PLAN_TITLE_WORD, YEAR_RANGE } from './patterns';
import type { DocumentStructure } from './structure';
import { SAME_TITLE, codeTitleScore, dimensionTitleScore } from './titles';

/** What the document says about itself: whose plan, which years, which guideline, which digits. */

const ORG = new RegExp(`(?:${ORG_TYPES.join('|')})[\\u0E01-\\u0E4E]+`, 'g');
/** A name ends where the word does: at a space, punctuation or the end of the line. */
const NAME_END = /^(?:$|[\s,.)"”:;/])/;

/**
 * The organisation's name: the most frequent "type + name" written as a whole word. Thai runs
 * words together ("เทศบาลเมืองสะเตงนอกได้จัดทำ…"), so only occurrences followed by a space,
 * punctuation or the end of a line count; the name recurs that way in every signature and
 * responsible-unit line ("สำนักปลัดเทศบาลเมืองสะเตงนอก").
 */
export function findOrgName(lines: readonly SourceLine[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(ORG)) {
      const end = (m.index ?? 0) + m[0].length;
      if (NAME_END.test(line.text.slice(end))) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  let best = '';
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  return best;
}

export interface PlanYears {
  readonly first: number;
  readonly last: number;
}

/**
 * The plan's years: the span of Buddhist years the document names most, a span on a line that
 * speaks of the plan ("แผน…(พ.ศ. ๒๕๖๖ – ๒๕๗๐)") weighing three times. Spans longer than ten
 * years (the 20-year national strategy) are not plan years.
 */
export function findPlanYears(lines: readonly SourceLine[]): PlanYears | undefined {
  const weight = new Map<string, number>();
  for (const line of lines) {
    if (isTableLine(line)) continue;
    for (const m of line.key.matchAll(YEAR_RANGE)) {
      const first = Number(m[1]);
      const last = Number(m[2]);
      if (last <= first || last - first > 9) continue;
      const key = `${first}-${last}`;
      weight.set(key, (weight.get(key) ?? 0) + (PLAN_TITLE_WORD.test(line.key) ? 3 : 1));
    }
  }
  let best: string | undefined;
  for (const [key, w] of weight) if (best === undefined || w > weight.get(best)!) best = key;
  if (!best) return undefined;
  const [first, last] = best.split('-').map(Number);
  return { first, last };
}

/** Thai digits or Arabic, as the measures' own text mostly writes them (documents regenerate in the same style). */
export function digitStyleOf(text: string): DigitStyle {
  const thai = (text.match(/[๐-๙]/g) ?? []).length;
  const arabic = (text.match(/[0-9]/g) ?? []).length;
  return thai > arabic ? 'thai' : 'arabic';
}

export interface Guideline {
  readonly framework: Framework;
  /** Thai: which guideline and what told it. */
  readonly reason: string;
}

/** How much one heading counts, by how specific it is: an item title names one guideline's node; a dimension title is shared wording. */
const EVIDENCE_WEIGHT = { item: 100, sub: 10, dimension: 1 } as const;

/**
 * Which guideline the document follows, decided by the most specific evidence: item titles,
 * then sub-dimension titles, then dimension titles (the same code means different things in
 * the two), with the plan years as the tie-breaker. Titles are compared without their spaces,
 * so a change of indentation or line breaks never changes the answer. A document whose
 * dimension titles follow the other guideline is reported as a mix.
 */
export function detectGuideline(structure: Pick<DocumentStructure, 'dimensionHeadings' | 'codeHeadings'>, years: PlanYears | undefined): Guideline {
  const scored = FRAMEWORKS.map((framework) => {
    const dims = structure.dimensionHeadings.map((h) => dimensionTitleScore(framework, h.no, h.title));
    const codes = structure.codeHeadings.map((h) => ({ score: codeTitleScore(framework, h.code, h.title), weight: h.code.split('.').length === 3 ? EVIDENCE_WEIGHT.item : EVIDENCE_WEIGHT.sub }));
    const yearFit = years ? 1 / (1 + Math.abs(years.first - framework.defaultYears.first)) : 0;
    return {
      framework,
      score: codes.reduce((s, c) => s + c.score * c.weight, 0) + dims.reduce((s, x) => s + x * EVIDENCE_WEIGHT.dimension, 0) + yearFit * 0.5,
      matched: [...dims, ...codes.map((c) => c.score)].filter((s) => s >= SAME_TITLE).length,
      dimsMatched: dims.filter((s) => s >= SAME_TITLE).length,
      codesMatched: codes.filter((c) => c.score >= SAME_TITLE).length,
      headings: dims.length + codes.length,
    };
  }).sort((a, b) => b.score - a.score);
  const [best, other] = scored;
  const yearsText = years ? `ปีของแผน ${years.first}–${years.last}` : 'เอกสารไม่ระบุปีของแผน';
  let reason =
    best.headings > 0
      ? `เอกสารใช้${best.framework.label}: หัวข้อมิติ/ภารกิจ ${best.matched} จาก ${best.headings} หัวข้อตรงกับแนวทางนี้ (แนวทางอื่นตรง ${other.matched} หัวข้อ), ${yearsText}`
      : `เอกสารไม่มีหัวข้อมิติ/ภารกิจให้เทียบ จึงเลือก${best.framework.label} ตาม${yearsText}`;
  if (other.dimsMatched > best.dimsMatched && best.codesMatched > 0) {
    reason += ` — หัวข้อมิติ ${other.dimsMatched} หัวข้อเป็นของ${other.framework.label} แต่หัวข้อภารกิจ ${best.codesMatched} หัวข้อเป็นของ${best.framework.label}: ใช้ตามหัวข้อภารกิจ โปรดตรวจสอบ`;
  }
  return { framework: best.framework, reason };
}
