import { resolvePlanLink } from '../../integrity/planLink';
import { textLines } from '../../integrity/text';
import type { Plan } from '../../plan/model';
import { RISK_LEVELS } from '../../risk/layout';
import type { RiskRow } from '../../risk/read';
import { levelLabel } from '../../risk/score';
import { OFFICIAL_PAGE_LANDSCAPE, cell, heading, para, type Block, type DocumentTree, type Table, type TableRow } from '../tree';
import { bold, orgAddress } from './aroundPlan';
import { docContext, type DocContext } from './context';
import { fiscalYearLine } from './integrityReport';

/**
 * The corruption-risk documents the ITA asks for each year: the assessment (seed 000's ส่วนที่ ๑
 * table, with likelihood, impact, score and level) and the results of managing those risks (what
 * was done, through which plan measures, and where each risk stands). The plan's ส่วนที่ ๑ prints
 * the assessment table of the plan's first year with `riskTable`.
 */

export type RiskDocVariant = 'assessment' | 'management';

export const RISK_TITLE: Readonly<Record<RiskDocVariant, string>> = {
  assessment: 'การประเมินความเสี่ยงการทุจริต',
  management: 'รายงานผลการดำเนินการตามมาตรการบริหารจัดการความเสี่ยงการทุจริต',
};

const FILE_TITLE: Readonly<Record<RiskDocVariant, string>> = {
  assessment: 'การประเมินความเสี่ยงการทุจริต',
  management: 'ผลการบริหารจัดการความเสี่ยงการทุจริต',
};

interface Column {
  readonly header: string;
  readonly width: number;
  readonly value: (row: RiskRow, index: number) => string;
}

const no: Column = { header: 'ลำดับที่', width: 6, value: (_, i) => `${i + 1}.` };
const process: Column = { header: 'ขั้นตอน/งานดำเนินงาน', width: 16, value: (r) => r.text.process };
const risk: Column = { header: 'ประเด็นความเสี่ยงการทุจริต', width: 26, value: (r) => r.text.risk };
/** The level on its own line: "๖ (ปานกลาง)" is wider than the column and would wrap inside the word. */
const score: Column = { header: 'Risk Score', width: 10, value: (r) => (r.score === undefined ? '-' : `${r.score}\n(${levelLabel(r.level!)})`) };
const control: Column = { header: 'มาตรการควบคุมความเสี่ยง', width: 24, value: (r) => r.text.control || '-' };

const COLUMNS: Readonly<Record<RiskDocVariant | 'plan', readonly Column[]>> = {
  plan: [no, process, risk, score, control],
  assessment: [
    no, process, risk,
    { header: 'โอกาส', width: 7, value: (r) => gradeText(r.likelihood) },
    { header: 'ผลกระทบ', width: 8, value: (r) => gradeText(r.impact) },
    score, control,
    { header: 'ผู้รับผิดชอบ', width: 11, value: (r) => r.text.unit || '-' },
  ],
  management: [
    no, risk, score, control,
    { header: 'ผลการดำเนินการ', width: 22, value: (r) => r.text.result || '-' },
    { header: 'สถานะ', width: 12, value: (r) => r.text.status || 'ยังไม่รายงาน' },
  ],
};

const gradeText = (g: number | undefined) => (g === undefined || Number.isNaN(g) ? '-' : String(g));

export function riskDocument(plan: Plan, fiscalYear: number, rows: readonly RiskRow[], variant: RiskDocVariant, unit: string): DocumentTree {
  const ctx = docContext(plan);
  const title = RISK_TITLE[variant];
  const blocks: Block[] = [
    heading(1, ctx.d(title)),
    heading(2, ctx.d(fiscalYearLine(fiscalYear))),
    para(ctx.d(orgAddress(plan.settings)), { align: 'center' }),
    ...(unit ? [bold('จัดทำโดย', { align: 'center' }), para(ctx.d(unit), { align: 'center' })] : []),
    para(ctx.d(variant === 'assessment' ? matrixNote() : managementNote(rows)), { firstLineIndent: true }),
    riskTable(ctx, rows, variant),
  ];
  if (variant === 'management') blocks.push(...linkedMeasures(ctx, rows));
  return { title: ctx.d(`${FILE_TITLE[variant]} ปีงบประมาณ ${fiscalYear}`), page: OFFICIAL_PAGE_LANDSCAPE, digits: ctx.digits, blocks };
}

/** The risk table: one row per risk, header repeated on every page. */
export function riskTable(ctx: DocContext, rows: readonly RiskRow[], variant: RiskDocVariant | 'plan' = 'plan'): Table {
  const columns = COLUMNS[variant];
  const lines = (t: string) => {
    const paras = textLines(t).map((l) => para(ctx.d(l)));
    return paras.length ? paras : [para('-')];
  };
  const header: TableRow = { cells: columns.map((c) => cell([bold(c.header, { align: 'center' })], { verticalAlign: 'middle' })) };
  const body = rows.map((r, i): TableRow => ({ cells: columns.map((c) => cell(lines(c.value(r, i)))) }));
  // 14 pt as the plan's other tables: at 16 pt, five columns on a portrait page cut words such as "กระบวนการ".
  return { kind: 'table', widths: columns.map((c) => c.width), headerRows: 1, rows: [header, ...body], fontSize: 14 };
}

function matrixNote(): string {
  const bands = RISK_LEVELS.map((l, i) => `${l.label} ${l.from}–${(RISK_LEVELS[i + 1]?.from ?? 26) - 1}`).join(' ');
  return `คะแนนความเสี่ยง (Risk Score) = โอกาสที่จะเกิด (1–5) × ผลกระทบ (1–5) ระดับความเสี่ยง: ${bands} คะแนน ความเสี่ยงระดับสูงและสูงมากมีมาตรการควบคุมและโครงการในแผนรองรับ`;
}

function managementNote(rows: readonly RiskRow[]): string {
  const done = rows.filter((r) => r.text.status.startsWith('ดำเนินการแล้ว')).length;
  return `ความเสี่ยงการทุจริตที่ประเมินไว้ ${rows.length} ประเด็น ดำเนินการตามมาตรการควบคุมแล้ว ${done} ประเด็น รายละเอียดดังนี้`;
}

/** Under the table: per risk, the plan measures that manage it, by code and name. */
function linkedMeasures(ctx: DocContext, rows: readonly RiskRow[]): Block[] {
  const items = rows.flatMap((r, i) => {
    const names = r.text.planLink.split('\n').flatMap((line) => {
      const link = resolvePlanLink(line, ctx.plan.measures);
      return link.kind === 'measures' ? link.measures.map((m) => `${m.code} ${m.name}`) : [];
    });
    return names.length ? [para(ctx.d(`${i + 1}. ${[...new Set(names)].join(' / ')}`))] : [];
  });
  return items.length ? [bold('โครงการ/มาตรการในแผนที่ใช้จัดการความเสี่ยง'), ...items] : [];
}
