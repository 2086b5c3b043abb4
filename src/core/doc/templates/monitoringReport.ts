import type { MonitoringRound } from '../../api';
import { monitoringFigures, percentDone, percentSpent, type MonitoringFigures, type RoundFigures } from '../../monitoring/figures';
import { ROUND_LABEL, formatPeriod, roundPeriod, roundTitle } from '../../monitoring/period';
import { baht, type MonitoringRow } from '../../monitoring/read';
import { PENDING_LABEL, STATUS, STATUS_KEYS } from '../../monitoring/status';
import type { Plan, Signatory } from '../../plan/model';
import { formatThaiDate, type CalendarDate } from '../../thai/dates';
import { formatBaht, formatBudgetCell } from '../../thai/money';
import { comparisonKey, splitLines } from '../../thai/text';
import {
  OFFICIAL_PAGE_LANDSCAPE, cell, heading, para, text,
  type BarChart, type Block, type DocumentTree, type Paragraph, type Run, type Table, type TableCell, type TableRow,
} from '../tree';
import { MEASURES_WORD, PLAN_TITLE, dimensionTitle, docContext, yearSpan, type DocContext } from './context';
import { TOTAL_SHADE, at, head, keepLastWithNext } from './planTables';

/**
 * รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต, รอบ ๖ or ๑๒ เดือน: every
 * figure is computed from the round's rows of the ติดตามผล tab, so the summary, the chart, the
 * per-measure table and its subtotals cannot disagree.
 */
export interface MonitoringReportInput {
  readonly plan: Plan;
  readonly fiscalYear: number;
  readonly round: MonitoringRound;
  /** The round's rows, in tab order. */
  readonly rows: readonly MonitoringRow[];
  /** The date printed under the signatures. */
  readonly date: CalendarDate;
}

export const REPORT_TITLE = 'รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต';
const GROUP_SHADE = '#eef3f8';

/** File name / document title: "รายงานการกำกับติดตาม ปีงบประมาณ 2567 รอบ 6 เดือน", in the document's digits like every other file name. */
export function monitoringReportTitle(fiscalYear: number, round: MonitoringRound): string {
  return `รายงานการกำกับติดตาม ปีงบประมาณ ${fiscalYear} รอบ ${ROUND_LABEL[round]}`;
}

export function monitoringReport(input: MonitoringReportInput): DocumentTree {
  const ctx = docContext(input.plan);
  const figures = monitoringFigures(input.rows, ctx.framework);
  return {
    title: ctx.d(monitoringReportTitle(input.fiscalYear, input.round)),
    page: OFFICIAL_PAGE_LANDSCAPE,
    digits: ctx.digits,
    blocks: [
      ...titleBlocks(ctx, input),
      para(ctx.d(introText(ctx, input, figures.total)), { firstLineIndent: true, align: 'justify' }),
      heading(2, ctx.d(`1. สรุปผลการดำเนินการจำแนกตามมิติ`), 'left'),
      summaryTable(ctx, figures),
      heading(2, ctx.d('2. แผนภูมิผลการดำเนินการจำแนกตามมิติ'), 'left'),
      doneChart(ctx, figures),
      ...chartLegend(ctx, figures),
      heading(2, ctx.d(`3. ผลการดำเนินการราย${MEASURES_WORD}`), 'left'),
      measureTable(ctx, input.rows, figures),
      heading(2, ctx.d('4. ปัญหาอุปสรรค'), 'left'),
      ...gathered(ctx, input.rows, 'problems', 'ไม่มีปัญหาอุปสรรคที่รายงานในรอบนี้'),
      heading(2, ctx.d('5. ข้อเสนอแนะ'), 'left'),
      ...gathered(ctx, input.rows, 'suggestions', 'ไม่มีข้อเสนอแนะที่รายงานในรอบนี้'),
      para(''),
      signature(ctx, 'ผู้รายงาน', input.plan.settings.preparer, input.date),
      signature(ctx, 'ผู้รับรอง', input.plan.settings.approver, input.date),
    ],
  };
}

function titleBlocks(ctx: DocContext, input: MonitoringReportInput): Block[] {
  const { settings } = input.plan;
  const period = formatPeriod(roundPeriod(input.fiscalYear, input.round), ctx.digits);
  const place = [settings.orgName, settings.district && `อำเภอ${settings.district}`, settings.province && `จังหวัด${settings.province}`].filter(Boolean).join(' ');
  return [
    heading(1, REPORT_TITLE),
    para([text(`${ctx.d(`ประจำปีงบประมาณ พ.ศ. ${input.fiscalYear}`)} ${roundTitle(input.round, ctx.digits)} (${period})`, { bold: true })], { align: 'center' }),
    para([text(place, { bold: true })], { align: 'center' }),
    para(''),
  ];
}

function introText(ctx: DocContext, input: MonitoringReportInput, t: RoundFigures): string {
  const org = input.plan.settings.orgName;
  const spent = percentSpent(t);
  return (
    `ตามที่${org}ได้จัดทำ${PLAN_TITLE} (${yearSpan(ctx)}) เพื่อใช้เป็นกรอบแนวทางในการป้องกันการทุจริต นั้น ` +
    `ในปีงบประมาณ พ.ศ. ${input.fiscalYear} มี${MEASURES_WORD}ตามแผน จำนวน ${t.planned} ${MEASURES_WORD} งบประมาณตามแผน ${formatBaht(t.budgetPlanned)} บาท ` +
    `${org}ได้กำกับติดตามผลการดำเนินการ รอบ ${ROUND_LABEL[input.round]} ` +
    `ผลปรากฏว่า ดำเนินการแล้ว ${t.byStatus.done} ${MEASURES_WORD} คิดเป็นร้อยละ ${percent(percentDone(t))} ` +
    `อยู่ระหว่างดำเนินการ ${t.byStatus.inProgress} ยังไม่ดำเนินการ ${t.byStatus.notStarted} ยกเลิก ${t.byStatus.cancelled} และ${PENDING_LABEL} ${t.pending} ${MEASURES_WORD} ` +
    `ใช้งบประมาณจริง ${formatBaht(t.spent)} บาท${spent === undefined ? '' : ` คิดเป็นร้อยละ ${percent(spent)} ของงบประมาณตามแผน`} รายละเอียดดังนี้`
  );
}

/** 66.6666 → "66.67". */
function percent(value: number): string {
  return value.toFixed(2);
}

const num = (ctx: DocContext, n: number, bold = false, opts: Omit<TableCell, 'blocks'> = {}) => at(ctx.d(String(n)), 'center', bold, opts);
const money = (ctx: DocContext, n: number, bold = false, opts: Omit<TableCell, 'blocks'> = {}) => at(formatBudgetCell(n, ctx.digits), 'right', bold, opts);
const pct = (ctx: DocContext, n: number | undefined, bold = false, opts: Omit<TableCell, 'blocks'> = {}) => at(n === undefined ? '-' : ctx.d(percent(n)), 'center', bold, opts);

const STATUS_COLUMNS = [...STATUS_KEYS.map((k) => STATUS[k]), PENDING_LABEL];

/** มิติ | จำนวนตามแผน | status counts | ร้อยละที่ดำเนินการแล้ว | งบประมาณตามแผน, ใช้จริง, ร้อยละ; a total row. */
function summaryTable(ctx: DocContext, figures: MonitoringFigures): Table {
  const line = (label: TableCell, f: RoundFigures, bold: boolean, opts: Omit<TableCell, 'blocks'> = {}): TableRow => ({
    cells: [
      label,
      num(ctx, f.planned, bold, opts),
      ...STATUS_KEYS.map((k) => num(ctx, f.byStatus[k], bold, opts)),
      num(ctx, f.pending, bold, opts),
      pct(ctx, percentDone(f), bold, opts),
      money(ctx, f.budgetPlanned, bold, opts),
      money(ctx, f.spent, bold, opts),
      pct(ctx, percentSpent(f), bold, opts),
    ],
  });
  const rows: TableRow[] = [
    {
      cells: [
        head('มิติ', { rowSpan: 2 }),
        head('จำนวนตามแผน', { rowSpan: 2 }),
        head('ผลการดำเนินการ (จำนวน)', { colSpan: STATUS_COLUMNS.length }),
        head('ร้อยละที่ดำเนินการแล้ว', { rowSpan: 2 }),
        head('งบประมาณ (บาท)', { colSpan: 3 }),
      ],
    },
    { cells: [...STATUS_COLUMNS.map((s) => head(s)), head('ตามแผน'), head('ใช้จริง'), head('ร้อยละที่ใช้')] },
    ...ctx.framework.dimensions.map((dim) => line(at(ctx.d(dimensionTitle(dim)), 'left'), figures.byDimension.get(dim.no)!, false)),
  ];
  keepLastWithNext(rows);
  rows.push(line(at('รวมทั้งสิ้น', 'center', true, { shade: TOTAL_SHADE }), figures.total, true, { shade: TOTAL_SHADE }));
  return { kind: 'table', widths: [9, 3, 3, 3, 3, 2.5, 2.5, 3, 4, 4, 3], headerRows: 2, rows, fontSize: 14 };
}

function doneChart(ctx: DocContext, figures: MonitoringFigures): BarChart {
  return {
    kind: 'barChart',
    title: `ร้อยละของ${MEASURES_WORD}ที่ดำเนินการแล้ว จำแนกตามมิติ`,
    unit: '%',
    max: 100,
    bars: ctx.framework.dimensions.map((dim) => ({
      label: ctx.d(`มิติที่ ${dim.no}`),
      value: Math.round(percentDone(figures.byDimension.get(dim.no)!) * 100) / 100,
    })),
  };
}

/** The chart's axis shows dimension numbers; the Thai names and figures print under it. */
function chartLegend(ctx: DocContext, figures: MonitoringFigures): Paragraph[] {
  return ctx.framework.dimensions.map((dim) => {
    const f = figures.byDimension.get(dim.no)!;
    return para(ctx.d(`${dimensionTitle(dim)}: ดำเนินการแล้ว ${f.byStatus.done} จาก ${f.planned} ${MEASURES_WORD} (ร้อยละ ${percent(percentDone(f))})`), { indent: 1 });
  });
}

const MEASURE_COLUMNS = ['ที่', 'รหัส', MEASURES_WORD, 'งบประมาณตามแผน (บาท)', 'ใช้จริง (บาท)', 'สถานะ', 'ผลการดำเนินงาน / เหตุผล'];

/** One table, a shaded group row and a subtotal per dimension, numbered within each dimension. */
function measureTable(ctx: DocContext, rows: readonly MonitoringRow[], figures: MonitoringFigures): Table {
  const out: TableRow[] = [{ cells: MEASURE_COLUMNS.map((h) => head(h)) }];
  const span = MEASURE_COLUMNS.length;
  for (const dim of ctx.framework.dimensions) {
    const mine = rows.filter((r) => r.entry.dimension === dim.no);
    // The group row stays with its first measure, the last measure with the subtotal.
    out.push({ cells: [at(ctx.d(dimensionTitle(dim)), 'left', true, { colSpan: span, shade: GROUP_SHADE })], keepWithNext: true });
    if (mine.length === 0) out.push({ cells: [at(`ไม่มี${MEASURES_WORD}ในรอบนี้`, 'center', false, { colSpan: span })] });
    mine.forEach((r, i) => out.push({ cells: measureCells(ctx, r, i + 1) }));
    const f = figures.byDimension.get(dim.no)!;
    keepLastWithNext(out);
    out.push({
      cells: [
        at(ctx.d(`รวม มิติที่ ${dim.no} (${f.planned} ${MEASURES_WORD})`), 'center', true, { colSpan: 3, shade: TOTAL_SHADE }),
        money(ctx, f.budgetPlanned, true, { shade: TOTAL_SHADE }),
        money(ctx, f.spent, true, { shade: TOTAL_SHADE }),
        at(ctx.d(`ดำเนินการแล้ว ${f.byStatus.done}`), 'center', true, { shade: TOTAL_SHADE }),
        at('', 'left', false, { shade: TOTAL_SHADE }),
      ],
    });
  }
  return { kind: 'table', widths: [1.5, 2.5, 11, 3.5, 3.5, 4, 12], headerRows: 1, rows: out, fontSize: 14 };
}

function measureCells(ctx: DocContext, row: MonitoringRow, ordinal: number): TableCell[] {
  const { entry } = row;
  const status = entry.status.kind === 'status' ? STATUS[entry.status.key] : PENDING_LABEL;
  const statusBlocks = [para(status, { align: 'center' })];
  return [
    num(ctx, ordinal),
    at(ctx.d(entry.code), 'center'),
    at(ctx.d(entry.name), 'left'),
    money(ctx, baht(entry.planned)),
    money(ctx, baht(entry.spent)),
    cell(statusBlocks),
    cell(resultBlocks(ctx, row)),
  ];
}

/**
 * The result, one paragraph per line, a cancelled measure's reason (the status column is too
 * narrow for it), then the date and a link to the evidence when given.
 */
function resultBlocks(ctx: DocContext, { entry }: MonitoringRow): Paragraph[] {
  const lines = splitLines(entry.result).map((l) => para(ctx.d(l)));
  if (entry.reason) lines.push(para(ctx.d(`เหตุผล: ${entry.reason}`)));
  const extra: Run[] = [];
  if (entry.date) extra.push(text(`วันที่ ${formatThaiDate(entry.date, ctx.digits)}`));
  if (/^https?:\/\//i.test(entry.evidence)) extra.push(text(extra.length ? ' ' : ''), text('หลักฐาน', { underline: true, link: entry.evidence }));
  if (extra.length) lines.push(para(extra));
  return lines.length ? lines : [para('-', { align: 'center' })];
}

/**
 * Problems or suggestions of every row, one item per line, the same text said for several
 * measures printed once with all their codes.
 */
function gathered(ctx: DocContext, rows: readonly MonitoringRow[], field: 'problems' | 'suggestions', none: string): Block[] {
  const items = new Map<string, { text: string; codes: string[] }>();
  for (const { entry } of rows) {
    for (const line of splitLines(entry[field])) {
      const key = comparisonKey(line);
      const item = items.get(key) ?? { text: line, codes: [] };
      if (!item.codes.includes(entry.code)) item.codes.push(entry.code);
      items.set(key, item);
    }
  }
  if (items.size === 0) return [para(none, { indent: 1 })];
  return [{ kind: 'list', ordered: true, indent: 1, items: [...items.values()].map((i) => ({ runs: [text(ctx.d(`${i.text} (${i.codes.join(', ')})`))] })) }];
}

function signature(ctx: DocContext, label: string, who: Signatory, date: CalendarDate): Block {
  return {
    kind: 'signature',
    label,
    name: who.name || '.'.repeat(40),
    position: who.position || '.'.repeat(40),
    date: `วันที่ ${formatThaiDate(date, ctx.digits)}`,
  };
}
