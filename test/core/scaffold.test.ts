import { applyWrites, planWrites, type SheetSnapshot } from '../../src/core/workbook/grid';
import { planScaffold } from '../../src/core/workbook/scaffold';
import { SETTING_FIELDS, SHEET, dimensionSheetName, measureColumns, budgetHeader } from '../../src/core/workbook/layout';
import { readDimensionSheet } from '../../src/core/workbook/measures';
import { readSettings } from '../../src/core/workbook/settings';
import type { SheetPlan } from '../../src/core/workbook/sheetPlan';

/** Applies scaffold plans to in-memory snapshots, as the add-on and the CLI do. */
function scaffoldInMemory(book: Map<string, SheetSnapshot>): SheetPlan[] {
  const plans = planScaffold((name) => book.get(name));
  for (const p of plans) book.set(p.name, applyWrites(book.get(p.name) ?? { values: [], formulas: [] }, p.writes));
  return plans;
}

const grid = (values: unknown[][]): SheetSnapshot => ({ values, formulas: values.map((r) => r.map(() => '')) });

describe('planWrites', () => {
  it('writes a new block as one rectangle', () => {
    const writes = planWrites(grid([]), [
      { row: 3, col: 1, value: 'a' }, { row: 3, col: 2, value: 'b' },
      { row: 4, col: 1, value: 'c' }, { row: 4, col: 2, value: 'd' },
    ]);
    expect(writes).toEqual([{ row: 3, col: 1, values: [['a', 'b'], ['c', 'd']] }]);
  });
  it('never writes over a filled cell, and bridges only empty gaps', () => {
    const snap = grid([['x', '', 'keep', '']]);
    const writes = planWrites(snap, [
      { row: 1, col: 1, value: 'no' }, { row: 1, col: 2, value: 'b' }, { row: 1, col: 3, value: 'no' }, { row: 1, col: 4, value: 'd' },
    ]);
    expect(writes).toEqual([{ row: 1, col: 2, values: [['b']] }, { row: 1, col: 4, values: [['d']] }]);
  });
  it('treats a formula cell as filled even when it shows ""', () => {
    const snap: SheetSnapshot = { values: [['']], formulas: [['=IF(1,"","")']] };
    expect(planWrites(snap, [{ row: 1, col: 1, value: 'x' }])).toEqual([]);
  });
});

describe('planScaffold on an empty workbook', () => {
  const book = new Map<string, SheetSnapshot>();
  const plans = scaffoldInMemory(book);

  it('creates settings, the four dimension tabs and the summary', () => {
    expect(plans.map((p) => p.name)).toEqual([SHEET.settings, 'มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4', SHEET.summary, SHEET.integrity, SHEET.announcement, SHEET.risk, SHEET.committee, SHEET.intro]);
    expect(plans.every((p) => p.isNew)).toBe(true);
  });

  it('gives each dimension tab its title and the column headers, one budget column per plan year', () => {
    const snap = book.get(dimensionSheetName(2))!;
    expect(snap.values[0][0]).toBe('มิติที่ 2 การบริหารราชการด้วยความโปร่งใส');
    expect(snap.values[1]).toEqual(measureColumns([2566, 2567, 2568, 2569, 2570]).map((c) => c.header));
  });

  it('fills settings with labelled rows and defaults that read back', () => {
    const read = readSettings(book.get(SHEET.settings)!);
    expect(read.settings.firstYear).toBe(2566);
    expect(read.settings.lastYear).toBe(2570);
    expect(read.settings.frameworkId).toBe('nacc-2566');
    expect(Object.keys(read.rows).sort()).toEqual(SETTING_FIELDS.map((f) => f.key).sort());
  });

  it('writes the summary as formulas over the dimension tabs', () => {
    const summary = book.get(SHEET.summary)!;
    const row = summary.values.findIndex((r) => r[1] === '2.2');
    // Whole columns: no row is ever out of reach; the title and header rows are taken away again.
    expect(summary.formulas[row][3]).toBe(`=COUNTIF('มิติที่ 2'!$B:$B,"2.2*")`);
    expect(summary.formulas[row][4]).toBe(`=SUMIF('มิติที่ 2'!$B:$B,"2.2*",'มิติที่ 2'!$E:$E)`);
    const dimRow = summary.values.findIndex((r) => r[1] === '1');
    expect(summary.formulas[dimRow][3]).toBe(`=COUNTIF('มิติที่ 1'!$C:$C,"?*")-COUNTIF('มิติที่ 1'!$C$1:$C$2,"?*")`);
    expect(summary.formulas[dimRow][4]).toBe(`=SUM('มิติที่ 1'!$E:$E)-SUM('มิติที่ 1'!$E$1:$E$2)`);
    const total = summary.values.findIndex((r) => r[0] === 'รวมทั้งสิ้น');
    expect(summary.formulas[total][3]).toMatch(/^=D\d+\+D\d+\+D\d+\+D\d+$/);
  });

  it('a second run changes nothing', () => {
    const again = scaffoldInMemory(book);
    expect(again.every((p) => !p.isNew && p.writes.length === 0)).toBe(true);
  });
});

describe('repairing a workbook someone has used', () => {
  it('keeps moved columns and typed cells, adds missing headers at the end', () => {
    const book = new Map<string, SheetSnapshot>();
    scaffoldInMemory(book);
    // A user swapped two columns, renamed nothing, typed a row, and deleted the remark header.
    const tab = book.get('มิติที่ 1')!;
    const values = tab.values.map((r) => [...r]);
    const header = values[1];
    [header[0], header[1]] = [header[1], header[0]];
    const remark = header.indexOf('หมายเหตุ');
    header[remark] = '';
    values.push(['1.1.1', '1', 'โครงการเผยแพร่ความรู้ด้านกฎหมาย', 'โครงการ', '40,000-บาท']);
    book.set('มิติที่ 1', grid(values));
    const plans = scaffoldInMemory(book);
    const after = book.get('มิติที่ 1')!;
    expect(after.values[2].slice(0, 5)).toEqual(['1.1.1', '1', 'โครงการเผยแพร่ความรู้ด้านกฎหมาย', 'โครงการ', '40,000-บาท']);
    expect(after.values[1][0]).toBe('รหัสภารกิจ');
    expect(after.values[1].filter((h) => h === 'หมายเหตุ')).toHaveLength(1);
    expect(after.values[1].lastIndexOf('หมายเหตุ')).toBeGreaterThan(remark);
    expect(plans.find((p) => p.name === 'มิติที่ 1')!.writes).toHaveLength(1);
    const read = readDimensionSheet(after, 1, { firstYear: 2566, lastYear: 2570 });
    expect(read.rows[0].measure).toMatchObject({ code: '1.1.1', no: '1', budgets: { 2566: 40000 } });
    expect(read.rows[0].cells.code).toBe('A3');
  });

  it('follows the plan years in the settings (a 4-year plan of the earlier guideline)', () => {
    const book = new Map<string, SheetSnapshot>();
    book.set(SHEET.settings, grid([
      ['ข้อมูลหน่วยงาน'], ['รายการ', 'ข้อมูล'],
      ['ชื่อหน่วยงาน', 'เทศบาลตำบลกกตูม'],
      ['ปีแรกของแผน (พ.ศ.)', '๒๕๖๑'], ['ปีสุดท้ายของแผน (พ.ศ.)', 2564],
      ['กรอบการจัดทำแผน', 'กรอบแผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2561–2565 (แนวทางเดิม)'],
    ]));
    scaffoldInMemory(book);
    const header = book.get('มิติที่ 1')!.values[1];
    expect(header.filter((h) => /^งบประมาณ \d/.test(String(h)))).toEqual([2561, 2562, 2563, 2564].map(budgetHeader));
    expect(book.get('มิติที่ 1')!.values[0][0]).toBe('มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต');
    // The user's settings stay as typed; only missing rows were added.
    const settings = book.get(SHEET.settings)!;
    expect(settings.values[3][1]).toBe('๒๕๖๑');
    expect(settings.values.filter((r) => r[0] === 'ชื่อหน่วยงาน')).toHaveLength(1);
  });
});
