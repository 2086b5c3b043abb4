/**
 * Importing into a workbook, planned in core over in-memory tabs: new rows only, the stated
 * figures where validation reads them, duplicates skipped on a second run, and the guideline
 * of the workbook respected (codes translated by title, never guessed).
 */
import { describeImport, describePreview } from '../../src/core/import/describe';
import { afterScaffold, importSettings, missingForImport, planImport, type ImportPlan } from '../../src/core/import/intoWorkbook';
import { parsePlan } from '../../src/core/import/parsePlan';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { statedRules } from '../../src/core/validate/rules/stated';
import { EMPTY_SNAPSHOT, applyWrites, cellValue } from '../../src/core/workbook/grid';
import { locateColumns } from '../../src/core/workbook/headers';
import { HEADER_ROW, SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { planScaffold } from '../../src/core/workbook/scaffold';
import { DEFAULT_SETTINGS } from '../../src/core/workbook/settings';
import { locateSummaryRows, summaryColumns } from '../../src/core/workbook/summary';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';
import { describeWithSeeds, seedText } from '../seeds';

const seed = seedText;
const seed000 = parsePlan(seed('000_7a6659e46c76b2d7.txt'));
const seed003 = parsePlan(seed('003_e4ac5d120ad28f13.txt'));

/** Applies an import plan to a book, as the add-on and the command line do. */
function applyImport(book: Book, plan: ImportPlan): void {
  for (const { sheet, writes } of plan.writes) book.set(sheet, applyWrites(book.get(sheet) ?? EMPTY_SNAPSHOT, writes));
}

/** A new workbook scaffolded from the document's settings, then the import: what a first import does. */
function importIntoNew(parsed = seed000): { book: Book; plan: ImportPlan } {
  const book: Book = new Map();
  expect(missingForImport(sourceOf(book))).toHaveLength(6);
  for (const p of planScaffold(sourceOf(book), importSettings(parsed))) book.set(p.name, applyWrites(EMPTY_SNAPSHOT, p.writes));
  const plan = planImport(sourceOf(book), parsed);
  applyImport(book, plan);
  return { book, plan };
}

function statedCell(book: Book, column: 'statedPreface' | 'statedTable', key: string): unknown {
  const snap = book.get(SHEET.summary)!;
  const columns = locateColumns(snap.values[HEADER_ROW - 1], summaryColumns([2566, 2567, 2568, 2569, 2570]));
  const rows = locateSummaryRows(snap, columns.get('code')!, columns.get('level')!);
  return cellValue(snap, rows.get(key)!, columns.get(column)!);
}

describeWithSeeds('seed 000 into a new workbook', () => {
  const { book, plan } = importIntoNew();
  const read = readWorkbook(sourceOf(book));

  it('takes the organisation, years and guideline from the document', () => {
    expect(read.plan.settings).toMatchObject({ orgName: 'เทศบาลเมืองสะเตงนอก', orgType: 'เทศบาลเมือง', firstYear: 2566, lastYear: 2570, frameworkId: 'nacc-2566', digits: 'arabic' });
  });

  it('writes every measure as it was parsed, one rectangle per tab', () => {
    expect(read.plan.measures).toEqual(seed000.measures.map((m) => m.measure));
    const perTab = plan.writes.filter((w) => w.sheet.startsWith('มิติที่'));
    expect(perTab.map((w) => [w.sheet, w.writes.length])).toEqual([['มิติที่ 1', 1], ['มิติที่ 2', 1], ['มิติที่ 3', 1], ['มิติที่ 4', 1]]);
  });

  it('puts the stated figures where validation reads them, so its rules flag 27 ≠ 23 and 42 ≠ 46', () => {
    expect(statedCell(book, 'statedPreface', '2')).toBe(27);
    expect(statedCell(book, 'statedTable', '2')).toBe(23);
    expect(statedCell(book, 'statedPreface', 'total')).toBe(42);
    expect(statedCell(book, 'statedTable', 'total')).toBe(42);
    expect(statedCell(book, 'statedTable', '2.2')).toBe(13);
    expect(plan.statedWritten).toBe(22);
    const findings = validateWorkbook(sourceOf(book), [statedRules]);
    const messages = findings.map((f) => f.message);
    expect(messages).toContain('ตารางสรุปของเอกสารระบุว่ามิติที่ 2 มี 23 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 27 รายการ');
    expect(messages).toContain('คำนำของเอกสารระบุว่าทั้งแผน มี 42 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 46 รายการ');
    expect(messages.some((m) => m.startsWith('คำนำของเอกสารระบุว่ามิติที่ 2'))).toBe(false); // the preface's 27 is right
  });

  it('previews counts per dimension and problems in Thai before anything is written', () => {
    const preview = describePreview(seed000, plan);
    expect(preview.ok).toBe(true);
    expect(preview.counts).toEqual([{ dimension: 1, count: 7 }, { dimension: 2, count: 27 }, { dimension: 3, count: 5 }, { dimension: 4, count: 7 }]);
    expect(preview.message).toContain('จะเพิ่มแถวใหม่ 46 รายการ');
    expect(preview.message).toContain('จำนวนที่ระบุในตารางสรุป: มิติที่ 1 = 7, มิติที่ 2 = 23, มิติที่ 3 = 5, มิติที่ 4 = 7, รวม 42');
    // Eight about the measures, then the two risks of ส่วนที่ ๑ whose printed level has no grades behind it.
    expect(preview.problems).toHaveLength(10);
    expect(preview.problems[0]).toMatch(/^บรรทัด 174: ระบุงบประมาณรายปีไม่ได้/);
    expect(preview.problems.slice(8).map((p) => p.slice(0, 50))).toEqual([expect.stringMatching(/^บรรทัด 50: ความเสี่ยงระดับ “ต่ำ”/), expect.stringMatching(/^บรรทัด 51: /)]);
  });

  it('a second import of the same document adds nothing and says why', () => {
    const again = planImport(sourceOf(book), seed000);
    expect(again.added).toEqual([]);
    expect(again.writes).toEqual([]);
    expect(again.dimensions.map((d) => d.skipped.length)).toEqual([7, 27, 5, 7]);
    const result = describeImport(seed000, again, false);
    expect(result.message).toBe('ไม่มีรายการใหม่: ทั้ง 46 รายการมีชื่ออยู่ในแผ่นงานแล้ว จึงไม่เพิ่มซ้ำ');
    expect(result.details).toContain('มิติที่ 3: พบ 5, เพิ่ม 0, ข้าม 5 รายการที่มีชื่ออยู่แล้ว (โครงการจัดเวทีประชาคม (โครงการจัดทำแผนพัฒนาเทศบาลเมืองสะเตงนอก), ส่งเสริมการมีส่วนร่วมของประชาชนในการบริหารกิจการของเทศบาลเมืองสะเตงนอก, กิจกรรมการประเมินผลการปฏิบัติราชการของเทศบาลเมืองสะเตงนอก, มาตรการจัดการเรื่องราวร้องทุกข์/ร้องเรียนของเทศบาลเมืองสะเตงนอก, กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต)');
  });
});

describeWithSeeds('into a workbook that already has rows and figures', () => {
  it('appends below them, never over a typed cell, and keeps a stated figure already typed', () => {
    const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures, { preface: { '2': 30 } });
    const before = new Map(book);
    const plan = planImport(sourceOf(book), seed000);
    applyImport(book, plan);
    for (const [name, snap] of before) {
      snap.values.forEach((row, r) => row.forEach((v, c) => {
        if (v !== '' || snap.formulas[r]?.[c]) expect([name, r, c, book.get(name)!.values[r][c]]).toEqual([name, r, c, v]);
      }));
    }
    const read = readWorkbook(sourceOf(book));
    // The sample plan borrowed some of the seed's names: those are already there, so skipped.
    const sampleNames = new Set(SAMPLE_PLAN.measures.map((m) => `${m.dimension} ${m.name}`));
    const already = seed000.measures.filter((m) => sampleNames.has(`${m.measure.dimension} ${m.measure.name}`)).length;
    expect(already).toBeGreaterThan(0);
    expect(plan.dimensions.reduce((n, d) => n + d.skipped.length, 0)).toBe(already);
    expect(read.plan.measures).toHaveLength(SAMPLE_PLAN.measures.length + 46 - already);
    expect(read.plan.settings.orgName).toBe(SAMPLE_PLAN.settings.orgName); // not overwritten
    expect(statedCell(book, 'statedPreface', '2')).toBe(30);
    expect(plan.problems.find((p) => p.code === 'STATED_KEPT')?.message).toContain('(27)');
  });

  it('never replaces an organisation name already typed', () => {
    const book = buildBook(DEFAULT_SETTINGS, []);
    setCell(book, SHEET.settings, 3, 2, 'เทศบาลตำบลทดสอบ');
    applyImport(book, planImport(sourceOf(book), seed003));
    expect(readWorkbook(sourceOf(book)).plan.settings.orgName).toBe('เทศบาลตำบลทดสอบ');
  });

  it('fills an empty organisation name, and nothing else of the settings', () => {
    const book = buildBook(DEFAULT_SETTINGS, []);
    applyImport(book, planImport(sourceOf(book), seed003));
    expect(readWorkbook(sourceOf(book)).plan.settings).toEqual({ ...DEFAULT_SETTINGS, orgName: 'เทศบาลตำบลกกตูม', orgType: 'เทศบาลตำบล' });
  });
});

describeWithSeeds('seed 003 (earlier guideline)', () => {
  it('into a new workbook: the earlier guideline and its codes, 3-year plan from the document', () => {
    const { book } = importIntoNew(seed003);
    const read = readWorkbook(sourceOf(book));
    expect(read.plan.settings).toMatchObject({ frameworkId: 'nacc-2561', firstYear: 2562, lastYear: 2564, digits: 'thai' });
    expect(read.plan.measures.map((m) => m.code)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2']);
  });

  it('into a 2566–2570 workbook: codes translated by title, the rest left blank with the old code in หมายเหตุ', () => {
    const book = buildBook(DEFAULT_SETTINGS, []);
    const plan = planImport(sourceOf(book), seed003);
    applyImport(book, plan);
    const measures = readWorkbook(sourceOf(book)).plan.measures;
    // 003 files under 3.3 what 2566–2570 files under 3.1 (same titles); 3.2.x keep their titles.
    expect(measures.map((m) => m.code)).toEqual(['', '', '', '3.2.1', '3.2.2', '3.2.3', '3.1.1', '3.1.2']);
    expect(measures[0].remark).toBe('รหัสในเอกสารเดิม: 3.1.1 (กรอบแผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2561–2565 (แนวทางเดิม))');
    expect(plan.problems.filter((p) => p.code === 'CODE_NOT_TRANSLATED').map((p) => p.line)).toEqual([9, 83, 141]);
    expect(describePreview(seed003, plan).message).toContain('สมุดงานนี้ตั้งค่าแนวทางต่างจากเอกสาร');
  });
});

describeWithSeeds('afterScaffold', () => {
  it('sees the tabs a scaffold will create without reading them again', () => {
    const empty = () => undefined;
    const read = afterScaffold(empty, planScaffold(empty, importSettings(seed000)));
    expect(missingForImport(read)).toEqual([]);
    expect(readWorkbook(read).plan.settings.orgName).toBe('เทศบาลเมืองสะเตงนอก');
  });
});
