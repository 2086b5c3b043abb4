import { inflateSync } from 'node:zlib';
import { barChartPng, CHART_SIZE } from '../../src/core/chart/barChartPng';
import { adler32, crc32 } from '../../src/core/chart/png';
import { monitoringReport } from '../../src/core/doc/templates/monitoringReport';
import { plainText, type BarChart, type Block, type Table } from '../../src/core/doc/tree';
import { getFramework } from '../../src/core/framework/framework';
import { monitoringFigures } from '../../src/core/monitoring/figures';
import { readMonitoringSheet, rowsOfRound } from '../../src/core/monitoring/read';
import { planFigures } from '../../src/core/plan/figures';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SHEET } from '../../src/core/workbook/layout';
import { planOf, sampleBookWithProgress } from './sampleBook';

const book = sampleBookWithProgress();
const snap = book.get(SHEET.monitoring)!;
const rows = rowsOfRound(readMonitoringSheet(snap), 2567, 6);
const plan = planOf(book);
const tree = monitoringReport({ plan, fiscalYear: 2567, round: 6, rows, date: { year: 2024, month: 4, day: 5 } });
const tables = tree.blocks.filter((b): b is Table => b.kind === 'table');
const plainCell = (c: Table['rows'][number]['cells'][number]) => plainText({ ...tree, blocks: c.blocks as Block[] });
const cellText = (t: Table, r: number) => t.rows[r].cells.map((c) => toArabicDigits(plainText({ ...tree, blocks: c.blocks as Block[] })));

/** The expected figures, tallied straight from the sheet's cells (not through the monitoring reader). */
function tally(dimension?: number) {
  const header = snap.values[1];
  const col = (h: string) => header.indexOf(h);
  const mine = snap.values.slice(2).filter((r) => r[col('ปีงบประมาณ (พ.ศ.)')] === 2567 && r[col('รอบการติดตาม')] === '6 เดือน' && (dimension === undefined || r[col('มิติ')] === dimension));
  const status = (s: string) => mine.filter((r) => r[col('สถานะ')] === s).length;
  const sum = (h: string) => mine.reduce((n, r) => n + (Number(r[col(h)]) || 0), 0);
  return {
    planned: mine.length,
    done: status('ดำเนินการแล้ว'), inProgress: status('อยู่ระหว่างดำเนินการ'), notStarted: status('ยังไม่ดำเนินการ'), cancelled: status('ยกเลิก'), pending: status(''),
    budget: sum('งบประมาณตามแผน (บาท)'), spent: sum('งบประมาณที่ใช้จริง (บาท)'),
  };
}

const baht = (n: number) => (n === 0 ? '-' : n.toLocaleString('en-US'));
const pct = (a: number, b: number) => (b === 0 ? '-' : ((a / b) * 100).toFixed(2));
const expectedLine = (t: ReturnType<typeof tally>) => [
  String(t.planned), String(t.done), String(t.inProgress), String(t.notStarted), String(t.cancelled), String(t.pending),
  pct(t.done, t.planned), baht(t.budget), baht(t.spent), pct(t.spent, t.budget),
];

describe('the report’s figures equal the rows', () => {
  it('per dimension and in total, counts and money', () => {
    const summary = tables[0];
    [1, 2, 3, 4].forEach((d, i) => {
      const line = cellText(summary, 2 + i);
      expect(line[0]).toContain(`มิติที่ ${d}`);
      expect(line.slice(1)).toEqual(expectedLine(tally(d)));
    });
    expect(cellText(summary, 6).slice(1)).toEqual(expectedLine(tally()));
  });

  it('the planned budget of the rows is the plan’s budget for that year', () => {
    expect(tally().budget).toBe(planFigures(SAMPLE_PLAN).total.budgets[2567]);
    expect(tally().planned).toBe(SAMPLE_PLAN.measures.length);
  });

  it('adds up: dimensions sum to the total, statuses to the planned count', () => {
    const f = monitoringFigures(rows, getFramework('nacc-2566'));
    const dims = [...f.byDimension.values()];
    expect(dims.reduce((n, d) => n + d.planned, 0)).toBe(f.total.planned);
    expect(dims.reduce((n, d) => n + d.spent, 0)).toBe(f.total.spent);
    expect(Object.values(f.total.byStatus).reduce((a, b) => a + b, 0) + f.total.pending).toBe(f.total.planned);
    expect(f.total).toEqual({ planned: 33, byStatus: { done: 19, inProgress: 7, notStarted: 4, cancelled: 1 }, pending: 2, budgetPlanned: 195000, spent: 97700 });
  });

  it('prints per-dimension subtotals in the per-measure table equal to the summary', () => {
    const text = toArabicDigits(plainText(tree));
    for (const d of [1, 2, 3, 4]) {
      const t = tally(d);
      expect(text).toContain(`รวม มิติที่ ${d} (${t.planned} โครงการ/กิจกรรม/มาตรการ)\t${baht(t.budget)}\t${baht(t.spent)}\tดำเนินการแล้ว ${t.done}`);
    }
  });

  it('charts % done per dimension with the same figures', () => {
    const chart = tree.blocks.find((b): b is BarChart => b.kind === 'barChart')!;
    expect(chart.bars.map((b) => b.value)).toEqual([1, 2, 3, 4].map((d) => Number(pct(tally(d).done, tally(d).planned))));
  });
});

describe('the report’s contents', () => {
  const text = plainText(tree);

  it('has the title, the period in Thai and the organisation', () => {
    expect(text).toContain('รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)');
    expect(text).toContain('เทศบาลตำบลบ้านสวนหลวง อำเภอท่าน้ำใส จังหวัดลำพูน');
    expect(tree.title).toBe('รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน');
  });

  it('groups the per-measure table by dimension, one row per measure, with the cancelled reason', () => {
    const table = tables[1];
    expect(table.rows.length).toBe(1 + 4 * 2 + rows.length);
    // The reason prints under ผลการดำเนินงาน / เหตุผล, not squeezed into the status column.
    const cancelled = table.rows.find((r) => r.cells.some((c) => plainCell(c) === 'ยกเลิก'))!;
    expect(plainCell(cancelled.cells[6])).toContain('เหตุผล: ไม่ได้บรรจุในเทศบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๗');
    expect(text.match(/รอรายงานผล/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('gathers problems and suggestions with the codes they came from', () => {
    expect(text).toContain('ประชาชนผู้สูงอายุยังไม่คุ้นเคยกับการยื่นคำร้องผ่านระบบออนไลน์ (๒.๒.๒)');
    expect(text).toContain('เสนอบรรจุในเทศบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๘ (๑.๓.๒)');
  });

  it('ends with the preparer and approver from the settings and a Buddhist-Era date', () => {
    const signatures = tree.blocks.filter((b) => b.kind === 'signature');
    expect(signatures).toEqual([
      { kind: 'signature', label: 'ผู้รายงาน', name: 'นางสาวมาลัย ซื่อตรง', position: 'นิติกรชำนาญการ', date: 'วันที่ ๕ เมษายน ๒๕๖๗' },
      { kind: 'signature', label: 'ผู้รับรอง', name: 'นายประสิทธิ์ โปร่งใส', position: 'ปลัดเทศบาลตำบลบ้านสวนหลวง', date: 'วันที่ ๕ เมษายน ๒๕๖๗' },
    ]);
  });

  it('follows the digits setting', () => {
    const arabic = monitoringReport({ plan: { ...plan, settings: { ...plan.settings, digits: 'arabic' } }, fiscalYear: 2567, round: 12, rows: [], date: { year: 2024, month: 10, day: 1 } });
    const t = plainText(arabic);
    expect(t).toContain('ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน (1 ตุลาคม 2566 – 30 กันยายน 2567)');
    expect(t).not.toMatch(/[๐-๙]/);
  });
});

describe('the chart image', () => {
  const chart = tree.blocks.find((b): b is BarChart => b.kind === 'barChart')!;
  const png = barChartPng(chart);

  it('is a valid PNG whose chunks check and whose pixels inflate to the right size', () => {
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    let at = 8;
    const types: string[] = [];
    let idat: Uint8Array = new Uint8Array(0);
    while (at < png.length) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      if (type === 'IHDR') expect([view.getUint32(at + 8), view.getUint32(at + 12)]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
      if (type === 'IDAT') idat = png.subarray(at + 8, at + 8 + length);
      types.push(type);
      at += 12 + length;
    }
    expect(types).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const raw = inflateSync(idat);
    expect(raw.length).toBe((CHART_SIZE.width + 1) * CHART_SIZE.height);
    expect(adler32(raw)).toBe(new DataView(idat.buffer, idat.byteOffset).getUint32(idat.length - 4));
  });

  it('stays small (runs compress) and differs when the data do', () => {
    expect(png.length).toBeLessThan(30000);
    const other = barChartPng({ ...chart, bars: chart.bars.map((b) => ({ ...b, value: 100 - b.value })) });
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);
  });
});
