/** Seed 000's ส่วนที่ ๑ risk table read back by import into the ประเมินความเสี่ยง tab, once. */
import { parsePlan } from '../../src/core/import/parsePlan';
import { importSettings, planImport } from '../../src/core/import/intoWorkbook';
import { readRiskSheet } from '../../src/core/risk/read';
import { applyWrites } from '../../src/core/workbook/grid';
import { SHEET } from '../../src/core/workbook/layout';
import { buildBook, sourceOf } from '../fixtures/workbook';
import { describeWithSeeds, seedText } from '../seeds';

describeWithSeeds('import: the risk table of seed 000', () => {
  const parsed = parsePlan(seedText('000_7a6659e46c76b2d7.txt'));

  it('reads both risks with their process, wording, printed level and controls', () => {
    expect(parsed.risks!.map((r) => [r.line, r.process, r.printedScore])).toEqual([
      [50, 'กระบวนการจัดซื้อจัดจ้างและการ จัดหาพัสดุ', 'ต่ำ'],
      [51, 'การใช้ทรัพย์สินของทางราชการ เพื่อประโยชน์ส่วนตัว', 'ต่ำ'],
    ]);
    expect(parsed.risks![0].risk).toMatch(/^เป็น ความเสี่ยงในการเกิดผล ประโยชน์ทับซ้อน/);
  });

  it('writes them into the tab for the plan\'s first year, controls one per line, and says the grades wait; again adds nothing', () => {
    const book = buildBook(importSettings(parsed), []);
    const first = planImport(sourceOf(book), parsed);
    for (const { sheet, writes } of first.writes) book.set(sheet, applyWrites(book.get(sheet)!, writes));
    const rows = readRiskSheet(book.get(SHEET.risk)!).rows;
    expect(rows.map((r) => [r.year, r.text.process])).toEqual([[2566, 'กระบวนการจัดซื้อจัดจ้างและการ จัดหาพัสดุ'], [2566, 'การใช้ทรัพย์สินของทางราชการ เพื่อประโยชน์ส่วนตัว']]);
    expect(rows[1].text.control.split('\n')).toHaveLength(4);
    expect(first.problems.filter((p) => p.code === 'RISK_TABLE').map((p) => p.line)).toEqual([50, 51]);
    const again = planImport(sourceOf(book), parsed);
    expect(again.writes.filter((w) => w.sheet === SHEET.risk)).toEqual([]);
  });
});
