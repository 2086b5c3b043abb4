import { planFigures, type PlanFigures } from '../../plan/figures';
import type { Plan } from '../../plan/model';
import { OFFICIAL_PAGE, OFFICIAL_PAGE_LANDSCAPE, heading, pageBreak, para, text, type Block, type DocumentTree } from '../tree';
import { MEASURES_WORD, PLAN_TITLE, dimensionTitle, docContext, yearSpan, type DocContext } from './context';
import { measureDetailBlocks } from './measureDetail';
import { planIntro } from './planIntro';
import { budgetSummaryTable, summaryTable, totalBudgetText, yearPlanTable } from './planTables';

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

export function planDocument(plan: Plan): DocumentTree {
  const ctx = docContext(plan);
  const figures = planFigures(plan);
  return {
    title: planDocumentTitle(plan),
    page: OFFICIAL_PAGE,
    digits: ctx.digits,
    blocks: [
      ...cover(ctx),
      pageBreak(),
      ...preface(ctx, figures),
      pageBreak(),
      ...contents(ctx),
      pageBreak(),
      ...part1(ctx),
      pageBreak(),
      ...part2(ctx, figures),
      pageBreak(OFFICIAL_PAGE),
      heading(1, ctx.d('ส่วนที่ 3')),
      heading(1, PART_3_TITLE),
      ...measureDetailBlocks(ctx),
    ],
  };
}

function cover(ctx: DocContext): Block[] {
  const s = ctx.plan.settings;
  const place = [s.district && `อำเภอ${s.district}`, s.province && `จังหวัด${s.province}`].filter(Boolean).join(' ');
  const blank = Array.from({ length: 8 }, () => para(''));
  return [
    ...blank,
    heading(1, 'แผนปฏิบัติการป้องกันการทุจริต'),
    heading(1, 'เพื่อยกระดับคุณธรรมและความโปร่งใส'),
    heading(1, ctx.d(`(${yearSpan(ctx)})`)),
    ...blank,
    heading(1, s.orgName),
    ...(place ? [para([text(place, { bold: true })], { align: 'center' })] : []),
  ];
}

/** คำนำ: the counts per dimension and the total are computed from the rows, never typed. */
function preface(ctx: DocContext, figures: PlanFigures): Block[] {
  const org = ctx.plan.settings.orgName;
  const span = yearSpan(ctx);
  const dims = ctx.framework.dimensions;
  const p = (t: string) => para(ctx.d(t), { firstLineIndent: true });
  return [
    heading(1, 'คำนำ'),
    p(`${org}ได้จัดทำ${PLAN_TITLE} (${span}) เพื่อเพิ่มประสิทธิภาพในการป้องกันการทุจริต ยกระดับมาตรฐานการป้องกันการทุจริตของหน่วยงานให้มีความโปร่งใสและเกิดประโยชน์สุขแก่ประชาชน ตลอดจนแสดงเจตจำนงสุจริตของผู้บริหารในการต่อต้านการทุจริตอย่างเป็นรูปธรรม อันจะส่งผลต่อการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) และความเชื่อมั่นของประชาชน แผนนี้ประกอบด้วย 3 ส่วน ดังนี้`),
    p('ส่วนที่ 1 บทนำ ประกอบด้วย หลักการและเหตุผล วัตถุประสงค์ของการจัดทำแผน เป้าหมาย และประโยชน์ของการจัดทำแผน'),
    p(`ส่วนที่ 2 ประกอบด้วย ${MEASURES_WORD} และจำนวนงบประมาณที่ต้องดำเนินการใน ${ctx.years.length} ปี (${span}) แยกตาม ${dims.length} มิติ รวมทั้งสิ้นจำนวน ${figures.total.count} ${MEASURES_WORD} งบประมาณรวม ${totalBudgetText(ctx, figures)} บาท ดังนี้`),
    ...dims.map((d) => para(ctx.d(`${dimensionTitle(d)} จำนวน ${figures.byDimension.get(d.no)?.count ?? 0} ${MEASURES_WORD}`), { indent: 1 })),
    p(`ส่วนที่ 3 ประกอบด้วย รายละเอียด${MEASURES_WORD} ตามแผนปฏิบัติการฯ`),
    p(`${org}หวังเป็นอย่างยิ่งว่า${PLAN_TITLE} (${span}) ของ${org} จะเป็นส่วนหนึ่งที่ช่วยขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใสในภาพรวมของประเทศ อันจะนำไปสู่เป้าหมาย "ประเทศไทยปลอดการทุจริตและประพฤติมิชอบ"`),
    para(''),
    para(org, { align: 'right' }),
  ];
}

/** สารบัญ: the parts and sections in order (Google Docs cannot number pages for us; Word and Docs users can insert their own table of contents). */
function contents(ctx: DocContext): Block[] {
  const entry = (t: string, indent = 0) => para(ctx.d(t), { indent });
  const intro = planIntro(ctx.plan.settings.orgName, yearSpan(ctx), ctx.framework);
  return [
    heading(1, 'สารบัญ'),
    entry('คำนำ'),
    entry('ส่วนที่ 1 บทนำ'),
    ...intro.map((s, i) => entry(`${i + 1}. ${s.title}`, 1)),
    entry(`ส่วนที่ 2 ${part2Title(ctx)}`),
    entry(SUMMARY_TITLE, 1),
    ...ctx.framework.dimensions.map((d) => entry(dimensionTitle(d), 1)),
    entry(BUDGET_TITLE, 1),
    entry(`ส่วนที่ 3 ${PART_3_TITLE}`),
    ...ctx.framework.dimensions.map((d) => entry(dimensionTitle(d), 1)),
  ];
}

function part1(ctx: DocContext): Block[] {
  const sections = planIntro(ctx.plan.settings.orgName, yearSpan(ctx), ctx.framework);
  return [
    heading(1, ctx.d('ส่วนที่ 1')),
    heading(1, 'บทนำ'),
    ...sections.flatMap((s, i): Block[] => [
      para([text(ctx.d(`${i + 1}. ${s.title}`), { bold: true })], { keepWithNext: true }),
      ...s.paragraphs.map((t) => para(ctx.d(t), { firstLineIndent: true })),
      ...(s.items.length ? [{ kind: 'list' as const, ordered: true, indent: 1, items: s.items.map((t) => ({ runs: [text(ctx.d(t))] })) }] : []),
    ]),
  ];
}

const part2Title = (ctx: DocContext) => `${PLAN_TITLE}ของ${ctx.plan.settings.orgName}`;

function part2(ctx: DocContext, figures: PlanFigures): Block[] {
  const planHeading = (t: string) => heading(2, ctx.d(t));
  return [
    heading(1, ctx.d('ส่วนที่ 2')),
    heading(1, part2Title(ctx)),
    planHeading(SUMMARY_TITLE),
    summaryTable(ctx, figures),
    ...ctx.framework.dimensions.flatMap((dim): Block[] => [
      pageBreak(OFFICIAL_PAGE_LANDSCAPE),
      planHeading(`${PLAN_TITLE} (${yearSpan(ctx)})`),
      para([text(ctx.d(`${ctx.plan.settings.orgName} — ${dimensionTitle(dim)}`), { bold: true })], { align: 'center' }),
      yearPlanTable(ctx, dim, figures),
    ]),
    pageBreak(OFFICIAL_PAGE_LANDSCAPE),
    planHeading(BUDGET_TITLE),
    budgetSummaryTable(ctx, figures),
  ];
}
