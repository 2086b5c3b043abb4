import { planFigures, type PlanFigures } from '../../plan/figures';
import type { Plan } from '../../plan/model';
import { EMBLEM_HEIGHT, emblemBlock } from '../emblem';
import { OFFICIAL_PAGE, OFFICIAL_PAGE_LANDSCAPE, heading, pageBreak, para, text, type Block, type Contents, type DocumentTree, type LongDocument } from '../tree';
import { MEASURES_WORD, PLAN_TITLE, dimensionTitle, docContext, yearSpan, type DocContext } from './context';
import { detailAnchor, measureDetailBlocks } from './measureDetail';
import { planIntro } from './planIntro';
import { budgetSummaryTable, summaryTable, totalBudgetText, yearPlanTable } from './planTables';
import { APPENDIX_TITLE, adoptionDocument, committeeOrderDocument } from './appendix';
import { fiscalYearLine } from './integrityReport';
import type { PlanParts } from './planParts';
import { riskTable } from './riskAssessment';

/**
 * The whole plan: cover, คำนำ (its counts computed from the rows), สารบัญ, ส่วนที่ ๑ บทนำ,
 * ส่วนที่ ๒ (summary table, the per-year plan table per dimension, budget summary) and
 * ส่วนที่ ๓ (every measure's detail).
 */

const PART_3_TITLE = `รายละเอียด${MEASURES_WORD} ตามแผนปฏิบัติการฯ`;
const SUMMARY_TITLE = `ตารางสรุปจำนวน${MEASURES_WORD}`;
const BUDGET_TITLE = `สรุปจำนวน${MEASURES_WORD}และงบประมาณ`;

export function planDocumentTitle(plan: Plan): string {
  const ctx = docContext(plan);
  // Short enough for a file name: the abbreviated title ("…การทุจริตฯ") as official letters cite it.
  return ctx.d(`แผนปฏิบัติการป้องกันการทุจริตฯ ${plan.settings.orgName} (${yearSpan(ctx)})`);
}

/** `parts`: ส่วนที่ ๑ as typed, the risk table and the appendix (readPlanParts); the model ส่วนที่ ๑ alone when absent. */
export function planDocument(plan: Plan, parts: PlanParts = {}): DocumentTree {
  const long = longPlanDocument(plan, parts);
  return { ...long, blocks: [...long.blocks] };
}

/** The same document with its blocks made as they are read (see LongDocument): ส่วนที่ ๓ a measure at a time. */
export function longPlanDocument(plan: Plan, parts: PlanParts = {}): LongDocument {
  const ctx = docContext(plan);
  const figures = planFigures(plan);
  const part1Sections = sectionsOf(ctx, parts);
  return {
    title: planDocumentTitle(plan),
    page: OFFICIAL_PAGE,
    digits: ctx.digits,
    blocks: {
      *[Symbol.iterator]() {
        yield* cover(ctx);
        yield pageBreak();
        yield* preface(ctx, figures, part1Sections);
        yield pageBreak();
        yield* contents(ctx, part1Sections, parts);
        yield pageBreak();
        yield* part1(ctx, part1Sections);
        yield pageBreak();
        yield* part2(ctx, figures);
        yield pageBreak(OFFICIAL_PAGE);
        yield heading(1, ctx.d('ส่วนที่ 3'), 'center', ANCHOR.part3);
        yield heading(1, PART_3_TITLE);
        yield* measureDetailBlocks(ctx);
        yield* appendixBlocks(plan, parts);
      },
    },
  };
}

/** Bookmarks the สารบัญ points at (Word bookmark names: letters, digits and "_"). */
const ANCHOR = {
  preface: 'preface',
  part1: 'part_1',
  intro: (i: number) => `intro_${i + 1}`,
  part2: 'part_2',
  summary: 'summary',
  yearPlan: (dimension: number) => `year_plan_${dimension}`,
  budget: 'budget',
  part3: 'part_3',
  appendix: 'appendix',
} as const;

/** Cover sizes (pt): the title as large as the seeds' covers print it, the organisation a step smaller. */
const COVER_TITLE_PT = 26;
const COVER_ORG_PT = 22;

/** A real cover: emblem, the title large, the years, the organisation and "จัดทำโดย" (no page number on it). */
function cover(ctx: DocContext): Block[] {
  const s = ctx.plan.settings;
  const place = [s.district && `อำเภอ${s.district}`, s.province && `จังหวัด${s.province}`].filter(Boolean).join(' ');
  const big = (t: string, size: number) => para([text(t, { bold: true, size })], { align: 'center' });
  const blank = (n: number) => Array.from({ length: n }, () => para(''));
  return [
    ...blank(2),
    emblemBlock(ctx.plan.emblem, EMBLEM_HEIGHT.cover, 'center'),
    ...blank(3),
    big('แผนปฏิบัติการป้องกันการทุจริต', COVER_TITLE_PT),
    big('เพื่อยกระดับคุณธรรมและความโปร่งใส', COVER_TITLE_PT),
    big(ctx.d(`(${yearSpan(ctx)})`), COVER_TITLE_PT),
    ...blank(6),
    big('จัดทำโดย', COVER_ORG_PT),
    big(s.orgName, COVER_ORG_PT),
    ...(place ? [big(place, COVER_ORG_PT)] : []),
  ];
}

/** คำนำ: the counts per dimension and the total are computed from the rows, never typed. */
/** ส่วนที่ ๑'s sections in order: the risk assessment (with its table) first when there is one, as seed 000. */
interface Part1Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

function sectionsOf(ctx: DocContext, parts: PlanParts): Part1Section[] {
  const intro = parts.intro ?? planIntro(ctx.plan.settings.orgName, yearSpan(ctx), ctx.framework);
  const risk: Part1Section[] = parts.risks
    ? [{
        title: RISK_SECTION_TITLE,
        blocks: [
          para(ctx.d(`${ctx.plan.settings.orgName}ได้ประเมินความเสี่ยงการทุจริตในการปฏิบัติงาน ${fiscalYearLine(parts.risks.fiscalYear)} เพื่อกำหนดมาตรการควบคุมความเสี่ยงและโครงการในแผนที่รองรับ ดังนี้`), { firstLineIndent: true }),
          riskTable(ctx, parts.risks.rows),
        ],
      }]
    : [];
  return [
    ...risk,
    ...intro.map((s): Part1Section => ({
      title: s.title,
      blocks: [
        ...s.paragraphs.map((t) => para(ctx.d(t), { firstLineIndent: true })),
        ...(s.items.length ? [{ kind: 'list' as const, ordered: true, indent: 1, items: s.items.map((t) => ({ runs: [text(ctx.d(t))] })) }] : []),
      ],
    })),
  ];
}

const RISK_SECTION_TITLE = 'การประเมินความเสี่ยงการทุจริต';
const APPENDIX_TITLE_TEXT = 'ภาคผนวก';

function appendixBlocks(plan: Plan, parts: PlanParts): Block[] {
  if (!parts.appendix) return [];
  const { members, date } = parts.appendix;
  return [
    pageBreak(OFFICIAL_PAGE),
    heading(1, APPENDIX_TITLE_TEXT, 'center', ANCHOR.appendix),
    ...committeeOrderDocument(plan, members, date).blocks,
    pageBreak(),
    ...adoptionDocument(plan, date).blocks,
  ];
}

function preface(ctx: DocContext, figures: PlanFigures, sections: readonly Part1Section[]): Block[] {
  const org = ctx.plan.settings.orgName;
  const span = yearSpan(ctx);
  const dims = ctx.framework.dimensions;
  const p = (t: string) => para(ctx.d(t), { firstLineIndent: true });
  return [
    heading(1, 'คำนำ', 'center', ANCHOR.preface),
    p(`${org}ได้จัดทำ${PLAN_TITLE} (${span}) เพื่อเพิ่มประสิทธิภาพในการป้องกันการทุจริต ยกระดับมาตรฐานการป้องกันการทุจริตของหน่วยงานให้มีความโปร่งใสและเกิดประโยชน์สุขแก่ประชาชน ตลอดจนแสดงเจตจำนงสุจริตของผู้บริหารในการต่อต้านการทุจริตอย่างเป็นรูปธรรม อันจะส่งผลต่อการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) และความเชื่อมั่นของประชาชน แผนนี้ประกอบด้วย 3 ส่วน ดังนี้`),
    p(`ส่วนที่ 1 บทนำ ประกอบด้วย ${thaiList(sections.map((s) => s.title))}`),
    p(`ส่วนที่ 2 ประกอบด้วย ${MEASURES_WORD} และจำนวนงบประมาณที่ต้องดำเนินการใน ${ctx.years.length} ปี (${span}) แยกตาม ${dims.length} มิติ รวมทั้งสิ้นจำนวน ${figures.total.count} ${MEASURES_WORD} งบประมาณรวม ${totalBudgetText(ctx, figures)} บาท ดังนี้`),
    ...dims.map((d) => para(ctx.d(`${dimensionTitle(d)} จำนวน ${figures.byDimension.get(d.no)?.count ?? 0} ${MEASURES_WORD}`), { indent: 1 })),
    p(`ส่วนที่ 3 ประกอบด้วย รายละเอียด${MEASURES_WORD} ตามแผนปฏิบัติการฯ`),
    p(`${org}หวังเป็นอย่างยิ่งว่า${PLAN_TITLE} (${span}) ของ${org} จะเป็นส่วนหนึ่งที่ช่วยขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใสในภาพรวมของประเทศ อันจะนำไปสู่เป้าหมาย "ประเทศไทยปลอดการทุจริตและประพฤติมิชอบ"`),
    para(''),
    para(org, { align: 'right' }),
  ];
}

/**
 * สารบัญ with a หน้า column as seed 000 has: each entry points at its heading's anchor, and the
 * .docx prints the page it falls on (Google Docs cannot count pages: there the entries stand alone).
 */
function contents(ctx: DocContext, sections: readonly Part1Section[], parts: PlanParts): Block[] {
  const entry = (t: string, anchor: string, level = 0) => ({ text: ctx.d(t), level, anchor });
  const block: Contents = {
    kind: 'contents',
    columns: ['หัวข้อ', 'หน้า'],
    entries: [
      entry('คำนำ', ANCHOR.preface),
      entry('ส่วนที่ 1 บทนำ', ANCHOR.part1),
      ...sections.map((s, i) => entry(`${i + 1}. ${s.title}`, ANCHOR.intro(i), 1)),
      entry(`ส่วนที่ 2 ${part2Title(ctx)}`, ANCHOR.part2),
      entry(SUMMARY_TITLE, ANCHOR.summary, 1),
      ...ctx.framework.dimensions.map((d) => entry(dimensionTitle(d), ANCHOR.yearPlan(d.no), 1)),
      entry(BUDGET_TITLE, ANCHOR.budget, 1),
      entry(`ส่วนที่ 3 ${PART_3_TITLE}`, ANCHOR.part3),
      ...ctx.framework.dimensions.map((d) => entry(dimensionTitle(d), detailAnchor(d.no), 1)),
      ...(parts.appendix ? [
        entry(APPENDIX_TITLE_TEXT, ANCHOR.appendix),
        entry(`- ${APPENDIX_TITLE.order}`, ANCHOR.appendix, 1),
        entry(`- ${APPENDIX_TITLE.adoption}`, ANCHOR.appendix, 1),
      ] : []),
    ],
  };
  return [heading(1, 'สารบัญ'), block];
}

function part1(ctx: DocContext, sections: readonly Part1Section[]): Block[] {
  return [
    heading(1, ctx.d('ส่วนที่ 1'), 'center', ANCHOR.part1),
    heading(1, 'บทนำ'),
    ...sections.flatMap((s, i): Block[] => [heading(3, ctx.d(`${i + 1}. ${s.title}`), 'left', ANCHOR.intro(i)), ...s.blocks]),
  ];
}

/** "ก ข และ ค", as the preface lists ส่วนที่ ๑'s sections. */
function thaiList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}`;
}

const part2Title = (ctx: DocContext) => `${PLAN_TITLE}ของ${ctx.plan.settings.orgName}`;

/** A generator: each dimension's per-year table (a row per measure) is made when it is reached. */
function* part2(ctx: DocContext, figures: PlanFigures): Generator<Block> {
  yield heading(1, ctx.d('ส่วนที่ 2'), 'center', ANCHOR.part2);
  yield heading(1, part2Title(ctx));
  yield heading(2, ctx.d(SUMMARY_TITLE), 'center', ANCHOR.summary);
  yield summaryTable(ctx, figures);
  for (const dim of ctx.framework.dimensions) {
    yield pageBreak(OFFICIAL_PAGE_LANDSCAPE);
    yield heading(2, ctx.d(`${PLAN_TITLE} (${yearSpan(ctx)})`));
    yield heading(3, ctx.d(`${ctx.plan.settings.orgName} ${dimensionTitle(dim)}`), 'center', ANCHOR.yearPlan(dim.no));
    yield yearPlanTable(ctx, dim, figures);
  }
  yield pageBreak(OFFICIAL_PAGE_LANDSCAPE);
  yield heading(2, ctx.d(BUDGET_TITLE), 'center', ANCHOR.budget);
  yield budgetSummaryTable(ctx, figures);
}
