import { readMonitoringSheet, rowsOfRound } from '../../src/core/monitoring/read';
import { describeRound, planMonitoringRound } from '../../src/core/monitoring/round';
import { SAMPLE_PROGRESS } from '../../src/core/monitoring/sampleProgress';
import { MONITORING_COLUMNS } from '../../src/core/monitoring/layout';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { applyWrites } from '../../src/core/workbook/grid';
import { SHEET } from '../../src/core/workbook/layout';
import { planOf, runRound, sampleBook, sampleBookWithProgress } from './sampleBook';

const monitoringRows = (book: ReturnType<typeof sampleBook>, year: number, round: 6 | 12) => rowsOfRound(readMonitoringSheet(book.get(SHEET.monitoring)!), year, round);

describe('เริ่มรอบติดตาม on the sample plan', () => {
  const book = sampleBook();
  const first = runRound(book, 2567, 6);

  it('creates the tab with its title and headers and one row per measure, in plan order', () => {
    expect(first.sheetPlan.isNew).toBe(true);
    const snap = book.get(SHEET.monitoring)!;
    expect(snap.values[0][0]).toBe('ติดตามผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต');
    expect(snap.values[1]).toEqual(MONITORING_COLUMNS.map((c) => c.header));
    const rows = monitoringRows(book, 2567, 6);
    expect(first.added).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(rows.map((r) => [r.entry.code, r.entry.name])).toEqual(SAMPLE_PLAN.measures.map((m) => [m.code, m.name]));
  });

  it('fills code, name, dimension and that year’s planned budget (0 for measures without budget)', () => {
    const rows = monitoringRows(book, 2567, 6);
    rows.forEach((r, i) => {
      const m = SAMPLE_PLAN.measures[i];
      expect(r.raw.planned).toBe(m.budgets[2567] ?? 0);
      expect(r.entry.dimension).toBe(m.dimension);
      expect(r.raw.round).toBe('6 เดือน');
      expect(r.raw.status).toBe('');
    });
    expect(rows.filter((r) => r.raw.planned === 0).length).toBeGreaterThan(10);
  });

  it('writes all the rows with one rectangle, plus the title and header', () => {
    const rowWrites = first.sheetPlan.writes.filter((w) => w.row > 2);
    expect(rowWrites).toHaveLength(1);
    expect(rowWrites[0].values).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(first.sheetPlan.writes.length).toBeLessThanOrEqual(3);
  });

  it('offers dropdowns for status, round and ordinance, and money columns that refuse negatives', () => {
    const rules = first.sheetPlan.columns.filter((c) => c.validation).map((c) => c.validation!);
    expect(rules).toContainEqual(expect.objectContaining({ kind: 'list', values: ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ยกเลิก'] }));
    expect(rules).toContainEqual(expect.objectContaining({ kind: 'list', values: ['6 เดือน', '12 เดือน'] }));
    expect(rules.filter((r) => r.kind === 'number')).toHaveLength(3);
  });

  it('adds nothing when run again', () => {
    const again = planMonitoringRound(planOf(book), book.get(SHEET.monitoring), 2567, 6);
    expect(again.sheetPlan.writes).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.kept).toBe(SAMPLE_PLAN.measures.length);
    expect(describeRound(again).message).toContain('ครบทุกโครงการแล้ว');
  });

  it('keeps rounds of other years and the other round apart', () => {
    const other = sampleBook();
    runRound(other, 2567, 6);
    const next = runRound(other, 2568, 6);
    expect(next.added).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(monitoringRows(other, 2568, 6)[0].row).toBe(3 + SAMPLE_PLAN.measures.length);
  });
});

describe('running a round again after the officer has typed and the plan has changed', () => {
  const book = sampleBookWithProgress();
  const before = book.get(SHEET.monitoring)!;
  // The plan changes: one measure renamed, one removed, one added.
  const measures = [...SAMPLE_PLAN.measures];
  const renamed = { ...measures[1], name: `${measures[1].name} (ปรับปรุง)` };
  measures[1] = renamed;
  const removed = measures.splice(5, 1)[0];
  const added = { ...measures[0], code: '1.1.1', name: 'โครงการใหม่ที่เพิ่มกลางปี' };
  measures.push(added);
  const plan = { ...SAMPLE_PLAN, measures };
  const again = planMonitoringRound(plan, before, 2567, 6);
  const after = applyWrites(before, again.sheetPlan.writes);

  it('adds only the measures the round lacks (the renamed one under its new name, the new one)', () => {
    expect(again.added.map((m) => m.name)).toEqual([renamed.name, added.name]);
  });

  it('never changes a cell that was there', () => {
    before.values.forEach((row, r) => row.forEach((v, c) => expect(after.values[r][c]).toEqual(v)));
  });

  it('flags the renamed and removed measures’ rows instead of deleting them', () => {
    expect(again.flagged.map((f) => [f.row.entry.code, f.match.kind])).toEqual([['1.1.2', 'renamed'], [removed.code, 'notInPlan']]);
    const details = describeRound(again).details.join('\n');
    expect(details).toContain('ชื่อในแผนเปลี่ยนเป็น');
    expect(details).toContain('ไม่พบโครงการนี้ในแผนแล้ว');
    expect(readMonitoringSheet(after).rows).toHaveLength(SAMPLE_PLAN.measures.length + 2);
  });
});

describe('starting the 12-month round', () => {
  const book = sampleBookWithProgress();
  const half = monitoringRows(book, 2567, 6);
  const year = runRound(book, 2567, 12);
  const rows = monitoringRows(book, 2567, 12);

  it('carries each measure’s 6-month entries forward as starting values', () => {
    expect(rows).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(year.carried).toBe(SAMPLE_PROGRESS.length);
    rows.forEach((r, i) => {
      for (const key of ['status', 'spent', 'result', 'problems', 'suggestions', 'date', 'evidence', 'inOrdinance', 'ordinance', 'reason'] as const) {
        expect(r.raw[key]).toEqual(half[i].raw[key]);
      }
      expect(r.raw.round).toBe('12 เดือน');
    });
    expect(describeRound(year).details.join('\n')).toContain(`นำข้อมูลรอบ 6 เดือนมาเป็นค่าเริ่มต้น ${SAMPLE_PROGRESS.length} รายการ`);
  });

  it('still writes them as one rectangle, whatever each row carries', () => {
    expect(year.sheetPlan.writes).toHaveLength(1);
  });

  it('leaves the 6-month rows as they were', () => {
    expect(monitoringRows(book, 2567, 6)).toEqual(half);
  });
});
