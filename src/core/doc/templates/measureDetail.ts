import { describeBudgets } from '../../plan/describeBudgets';
import type { Measure, Plan } from '../../plan/model';
import { cleanText, splitLines } from '../../thai/text';
import { OFFICIAL_PAGE, heading, pageBreak, para, text, type Block, type DocumentTree } from '../tree';
import { MEASURES_WORD, PLAN_TITLE, dimensionTitle, docContext, measurePlace, ordinalsInDimension, yearSpan, type DocContext, type MeasurePlace } from './context';
import { MEASURE_FIELDS, type FieldPart, type FieldSource, type MeasureField } from './measureFields';

/**
 * รายละเอียดโครงการ/กิจกรรม/มาตรการ: one measure's detail page, headed by its dimension,
 * sub-dimension and item, with the numbered fields of the plan's guideline.
 */

/** File name / document title: "1.1.1 โครงการเผยแพร่…" (digits by the setting). */
export function measureDocTitle(ctx: DocContext, measure: Measure): string {
  return ctx.d(cleanText(`${measure.code} ${measure.name}`));
}

/** One measure as its own document. `index` is its position in plan.measures (numbering is per dimension). */
export function measureDetailDocument(plan: Plan, index: number): DocumentTree {
  const ctx = docContext(plan);
  const measure = plan.measures[index];
  const ordinal = ordinalsInDimension(plan.measures)[index];
  return {
    title: measureDocTitle(ctx, measure),
    page: OFFICIAL_PAGE,
    digits: ctx.digits,
    blocks: [
      heading(1, `รายละเอียด${MEASURES_WORD}`),
      para(ctx.d(`${PLAN_TITLE} (${yearSpan(ctx)})`), { align: 'center' }),
      para(plan.settings.orgName, { align: 'center' }),
      para(''),
      ...placeHeadings(ctx, measurePlace(ctx, measure)),
      ...measureBody(ctx, measure, ordinal),
    ],
  };
}

/**
 * Every measure's detail in plan order (ส่วนที่ ๓, or all details as one document): a new page
 * per measure, and each dimension / sub-dimension / item heading printed once, where it starts.
 */
export function* measureDetailBlocks(ctx: DocContext): Generator<Block> {
  const ordinals = ordinalsInDimension(ctx.plan.measures);
  let previous: MeasurePlace | undefined;
  for (const [i, measure] of ctx.plan.measures.entries()) {
    const place = measurePlace(ctx, measure);
    if (i > 0) yield pageBreak();
    yield* placeHeadings(ctx, place, previous);
    yield* measureBody(ctx, measure, ordinals[i]);
    previous = place;
  }
}

/** The bookmark of the page where a dimension's measure details begin. */
export const detailAnchor = (dimension: number) => `details_${dimension}`;

/** The headings from `place` that differ from the previous measure's (all of them when there is none). */
export function placeHeadings(ctx: DocContext, place: MeasurePlace, previous?: MeasurePlace): Block[] {
  const blocks: Block[] = [];
  const newDimension = previous?.dimension.no !== place.dimension.no;
  // The anchor lets the plan's สารบัญ print the page where the dimension's details start.
  if (newDimension) blocks.push(heading(2, ctx.d(dimensionTitle(place.dimension)), 'left', detailAnchor(place.dimension.no)));
  const sub = place.place?.sub;
  const newSub = newDimension || previous?.place?.sub.code !== sub?.code;
  if (sub && newSub) blocks.push(heading(3, ctx.d(`${sub.code} ${sub.title}`), 'left'));
  const item = place.place?.item;
  if (item && (newSub || previous?.place?.item?.code !== item.code)) {
    blocks.push(para([text(ctx.d(`${item.code} ${item.title}`), { bold: true })], { keepWithNext: true }));
  }
  return blocks;
}

/** "โครงการ/กิจกรรม/มาตรการ ที่ n" and the numbered fields. */
export function measureBody(ctx: DocContext, measure: Measure, ordinal: number): Block[] {
  const blocks: Block[] = [para([text(ctx.d(`${MEASURES_WORD} ที่ ${ordinal}`), { bold: true })], { keepWithNext: true })];
  let n = 0;
  for (const field of MEASURE_FIELDS[ctx.plan.settings.frameworkId]) {
    const parts = field.parts.map((part) => ({ part, lines: partLines(ctx, measure, part.source, field.style) }));
    const given = parts.filter((p) => p.lines.length > 0);
    if (field.whenGiven && given.length === 0) continue;
    n++;
    blocks.push(...fieldBlocks(ctx, field, n, given));
  }
  return blocks;
}

function fieldBlocks(ctx: DocContext, field: MeasureField, n: number, given: readonly { part: FieldPart; lines: string[] }[]): Block[] {
  const label = ctx.d(`${n}. ${field.label}`);
  if (field.inline) {
    const value = given.flatMap((g) => g.lines).join(' ') || '-';
    return [para([text(`${label} : `, { bold: true }), text(ctx.d(value))])];
  }
  const head = para([text(label, { bold: true })], { keepWithNext: true });
  if (given.length === 0) return [head, para('-', { indent: 1 })];
  const labelled = given.length > 1 && given.every((g) => g.part.label);
  if (labelled) {
    return [head, ...given.flatMap((g) => [para(ctx.d(g.part.label ?? ''), { indent: 1, keepWithNext: true }), ...valueBlocks(ctx, field, g.lines, 2)])];
  }
  return [head, ...valueBlocks(ctx, field, given.flatMap((g) => g.lines), 1)];
}

/** Prose: a paragraph per line. Items: one line stays a paragraph, several become a numbered list. */
function valueBlocks(ctx: DocContext, field: MeasureField, lines: readonly string[], indent: number): Block[] {
  if (field.style === 'prose') return lines.map((l) => para(ctx.d(l), { firstLineIndent: true }));
  if (lines.length === 1) return [para(ctx.d(lines[0]), { indent })];
  return [{ kind: 'list', ordered: true, indent, items: lines.map((l) => ({ runs: [text(ctx.d(l))] })) }];
}

function partLines(ctx: DocContext, measure: Measure, source: FieldSource, style: MeasureField['style']): string[] {
  switch (source) {
    case 'name':
      return nonEmpty([measure.name]);
    case 'responsible':
      return nonEmpty([measure.responsible]);
    case 'budget':
      // The per-year columns are the truth; the detail text is printed when the planner wrote one.
      return measure.details.budgetText.trim() ? splitLines(measure.details.budgetText) : [describeBudgets(measure.budgets, ctx.years)];
    default: {
      const value = measure.details[source];
      return style === 'prose' ? nonEmpty(value.split(/\r?\n/).map(cleanText)) : splitLines(value);
    }
  }
}

const nonEmpty = (lines: readonly string[]): string[] => lines.map(cleanText).filter((l) => l !== '');
