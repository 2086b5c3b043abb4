/**
 * The layouts of issue 12, one at a time: running-numbered entries with bare labels, a plan
 * table one cell per line, table and detail told apart, dimension titles of the other guideline,
 * and what the importer must say loudly (a table it could not read, a name that swallowed its
 * details). The corpus test covers their combinations; these pin each behaviour to a line.
 */
import { parsePlan } from '../../src/core/import/parsePlan';
import { describePreview } from '../../src/core/import/describe';
import { importSettings, planImport, afterScaffold } from '../../src/core/import/intoWorkbook';
import { planScaffold } from '../../src/core/workbook/scaffold';
import { SHEET } from '../../src/core/workbook/layout';
import { generatePlan } from './corpus/plans';
import { writePlan } from './corpus/writers';
import { LAYOUTS } from './corpus/cases';

const codes = (text: string) => parsePlan(text).problems.map((p) => p.code);

/** The document of the issue: 50 measures, older-guideline titles, a per-year table one cell per line, entries "N. ชื่อโครงการ". */
const ISSUE_LAYOUT = LAYOUTS.find((l) => l.name.startsWith('running number, bare labels, per-year table one cell per line'))!;
const issuePlan = generatePlan(1212, 50, 'nacc-2561');
const issueText = writePlan(issuePlan, ISSUE_LAYOUT, 12);

describe('the plan of the issue (running numbers, bare labels, per-year table one cell per line)', () => {
  const parsed = parsePlan(issueText);
  const found = parsed.measures.map((m) => m.measure);

  it('finds every measure whole: names alone, details in their fields, codes and budgets from the table', () => {
    expect(found).toHaveLength(50);
    expect(parsed.frameworkId).toBe('nacc-2561');
    for (const want of issuePlan.measures) {
      const got = found.find((m) => m.name === want.name)!;
      expect(got).toBeDefined();
      expect(got.code).toBe(want.code);
      expect(got.details.objectives.split('\n')).toEqual(want.objectives);
      expect(got.details.method.split('\n')).toEqual(want.method);
      expect(got.responsible).toBe(want.responsible);
      expect(got.budgets).toEqual(want.budgets);
    }
    expect(Math.max(...found.map((m) => m.name.length))).toBeLessThan(120);
  });

  it('takes the counts the table total rows state', () => {
    for (const dim of [1, 2, 3, 4]) {
      expect(parsed.stated.table[String(dim)]?.count).toBe(issuePlan.measures.filter((m) => m.dimension === dim).length);
    }
  });

  it('previews per dimension how many measures have each field, and their budgets', () => {
    const empty = () => undefined;
    const read = afterScaffold(empty, planScaffold(empty, importSettings(parsed)));
    const plan = planImport(read, parsed);
    const preview = describePreview(parsed, plan);
    const dim2 = preview.fill!.find((d) => d.dimension === 2)!;
    const want = issuePlan.measures.filter((m) => m.dimension === 2);
    expect(dim2.measures).toBe(want.length);
    expect(dim2.filled.find((f) => f.field === 'วัตถุประสงค์')!.count).toBe(want.length);
    expect(dim2.totalBudget).toBe(want.reduce((s, m) => s + Object.values(m.budgets).reduce((a, b) => a + b, 0), 0));
    expect(preview.message).toMatch(/มิติที่ 2 \(\d+ รายการ\) มีข้อมูล: รหัสภารกิจ \d+, หลักการและเหตุผล \d+/);
    // The table's stated counts go into the สรุป tab's stated column.
    expect(plan.writes.some((w) => w.sheet === SHEET.summary)).toBe(true);
    expect(plan.statedWritten).toBeGreaterThanOrEqual(8);
  });
});

describe('a plan table one cell per line, as PDF text gives it', () => {
  const text = [
    'ส่วนที่ 2',
    'มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ ปี ๒๕๖๖ (บาท)', 'งบประมาณ ปี ๒๕๖๗ (บาท)', 'งบประมาณ ปี ๒๕๖๘ (บาท)', 'หมายเหตุ',
    'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต',
    '๑.๑.๑ เสริมสร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ และการประพฤติตนตามประมวลจริยธรรม',
    '๑. โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน',
    'กิจกรรม “โตไปไม่โกง”',
    '๒๐,๐๐๐', '-', '๒๐,๐๐๐',
    '๒. มาตรการส่งเสริมคุณธรรม ๕,๐๐๐ ๕,๐๐๐ ๕,๐๐๐',
    'รวม ๒ โครงการ ๒๕,๐๐๐ ๕,๐๐๐ ๒๕,๐๐๐',
    'ส่วนที่ 3',
    'มิติที่ 1 การสร้างวัฒนธรรมสุจริต',
    '1. ชื่อโครงการ โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน กิจกรรม “โตไปไม่โกง”',
    'หลักการและเหตุผล', 'เหตุผล',
    '2. ชื่อโครงการ มาตรการส่งเสริมคุณธรรม',
    'หลักการและเหตุผล', 'เหตุผล',
  ].join('\n');
  const parsed = parsePlan(text);

  it('reads a name cut before "กิจกรรม…", amounts on their own lines or after the name, and a total row with its amounts', () => {
    expect(parsed.measures.map((m) => [m.measure.name, m.measure.code, m.measure.budgets])).toEqual([
      ['โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน กิจกรรม “โตไปไม่โกง”', '1.1.1', { 2566: 20000, 2568: 20000 }],
      ['มาตรการส่งเสริมคุณธรรม', '1.1.1', { 2566: 5000, 2567: 5000, 2568: 5000 }],
    ]);
    expect(parsed.stated.table['1']?.count).toBe(2);
    expect(parsed.problems.map((p) => p.code)).toEqual([]);
  });
});

describe('fields inside an entry', () => {
  const entry = (...lines: string[]) => parsePlan(['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '1.1.1 เสริมสร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ และการประพฤติตนตามประมวลจริยธรรม', ...lines].join('\n')).measures[0].measure;

  it('reads "2.2 กำหนดแนวทาง…" inside a field as text, and the lines after it as the same field', () => {
    const m = entry('7. ชื่อโครงการ โครงการทดสอบ', 'หลักการและเหตุผล', 'ประโยคแรก', '2.2 กำหนดแนวทางการปฏิบัติงานร่วมกัน', 'ประโยคถัดไป', 'วัตถุประสงค์', '1) เพื่อทดสอบ');
    expect(m.details.rationale).toBe('ประโยคแรก\n2.2 กำหนดแนวทางการปฏิบัติงานร่วมกัน\nประโยคถัดไป');
    expect(m.details.objectives).toBe('เพื่อทดสอบ');
  });

  it('reads labels numbered "๒." or "2)", with or without a colon, numbers restarting per entry', () => {
    const m = entry('๑. ชื่อโครงการ : โครงการทดสอบ', '๒. หลักการและเหตุผล', 'เหตุผล', '3) วัตถุประสงค์ : เพื่อทดสอบ', '4) เป้าหมาย บุคลากร 20 คน', '๕) วิธีดำเนินการ', '- ประชุม', '6. ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. 2566 – 2570', '7. งบประมาณดำเนินการ : ไม่ใช้งบประมาณ', '8. ผู้รับผิดชอบโครงการ สำนักปลัด', '9. ตัวชี้วัด/ผลลัพธ์', 'ผู้เข้าร่วมร้อยละ 80');
    expect([m.details.rationale, m.details.objectives, m.details.targetGroup, m.details.method, m.details.duration, m.details.budgetText, m.responsible, m.details.outcomes]).toEqual([
      'เหตุผล', 'เพื่อทดสอบ', 'บุคลากร 20 คน', 'ประชุม', 'ปีงบประมาณ พ.ศ. 2566 – 2570', 'ไม่ใช้งบประมาณ', 'สำนักปลัด', 'ผู้เข้าร่วมร้อยละ 80',
    ]);
  });
});

describe('saying loudly what it could not read', () => {
  it('names a per-year table whose rows it could not read, with its line', () => {
    const text = ['ส่วนที่ 2', 'ปี 2566', 'ปี 2567', 'ปี 2568', '(ตารางเป็นรูปภาพ)', 'ส่วนที่ 3', 'มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '1. ชื่อโครงการ : โครงการทดสอบ', '2. หลักการและเหตุผล', 'เหตุผล'].join('\n');
    const parsed = parsePlan(text);
    const unread = parsed.problems.find((p) => p.code === 'PLAN_TABLE_UNREAD');
    expect(unread?.line).toBe(2);
  });

  it('names a name that swallowed its detail text (over 250 characters, or holding a field label)', () => {
    const long = `โครงการทดสอบ ${'รายละเอียดที่ไม่ได้แยกเป็นหัวข้อ '.repeat(10)}`;
    expect(codes(['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', `1. ชื่อโครงการ : ${long}`].join('\n'))).toContain('NAME_SUSPECT');
    expect(codes(['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '1. ชื่อโครงการ : โครงการทดสอบ หลักการและเหตุผล ด้วยเหตุนี้'].join('\n'))).toContain('NAME_SUSPECT');
  });

  it('reports an entry printed twice, a table row without an entry and a name worded apart, each with both lines', () => {
    const layout = LAYOUTS.find((l) => l.duplicateDetail && l.missingDetail)!;
    const plan = generatePlan(99, 12, 'nacc-2566');
    const parsed = parsePlan(writePlan(plan, layout, 3));
    expect(parsed.measures).toHaveLength(12);
    const twice = parsed.problems.find((p) => p.code === 'DUPLICATE_ENTRY')!;
    expect(twice.message).toMatch(/ซ้ำกับที่บรรทัด \d+/);
    expect(parsed.problems.filter((p) => p.code === 'NO_DETAIL')).toHaveLength(1);
    const apart = parsed.problems.filter((p) => p.code === 'PLAN_TABLE_MISMATCH');
    expect(apart.length).toBeGreaterThan(0);
    for (const p of apart) expect(p.message).toMatch(/บรรทัด \d+\) ต่างจากชื่อในรายละเอียด \(บรรทัด \d+/);
  });
});

describe('which guideline', () => {
  const layout = LAYOUTS.find((l) => l.otherDimensionTitles)!;

  it.each(['nacc-2566', 'nacc-2561'] as const)('decides %s by the item titles when the dimension titles are the other guideline\'s, and says so', (id) => {
    const text = writePlan(generatePlan(5, 20, id), layout, 5);
    const parsed = parsePlan(text);
    expect(parsed.frameworkId).toBe(id);
    expect(parsed.frameworkReason).toMatch(/หัวข้อมิติ \d+ หัวข้อเป็นของ.*แต่หัวข้อภารกิจ \d+ หัวข้อเป็นของ/);
    // Whitespace and indentation are not evidence.
    const respaced = text.split('\n').map((l, i) => (i % 2 ? `    ${l.replace(/ /g, '  ')}` : l)).join('\n');
    expect(parsePlan(respaced).frameworkId).toBe(id);
  });
});
