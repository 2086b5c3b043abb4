import { readIntegritySheet } from '../../src/core/integrity/read';
import { integrityYear } from '../../src/core/integrity/report';
import { integrityRules } from '../../src/core/integrity/rules';
import { stripTypedNumber } from '../../src/core/integrity/text';
import { integrityDocument } from '../../src/core/doc/templates/integrityReport';
import { plainText, type Table } from '../../src/core/doc/tree';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SHEET } from '../../src/core/workbook/layout';
import { planScaffold } from '../../src/core/workbook/scaffold';
import { appendIntegrityRows, seed001Book } from '../fixtures/aroundPlanBook';
import { SEED001_AREA_TITLES, SEED001_PRACTICE_COUNTS, SEED001_SETTINGS, SEED001_YEAR } from '../fixtures/seed001Integrity';
import { buildBook, sourceOf } from '../fixtures/workbook';

const book = seed001Book();
const read = sourceOf(book);
const rows = readIntegritySheet(book.get(SHEET.integrity)!).rows;
const year = integrityYear(rows, SEED001_YEAR);
const plan = readWorkbook(read).plan;

describe('the มาตรการส่งเสริมคุณธรรม tab', () => {
  it('is scaffolded with its headers and a ลำดับ formula on every data row, and a second run adds nothing', () => {
    const snap = buildBook(SEED001_SETTINGS, []).get(SHEET.integrity)!;
    expect(snap.values[1]).toEqual(['ปีงบประมาณ (พ.ศ.)', 'ด้านที่', 'ชื่อด้าน', 'ลำดับในด้าน (คำนวณ)', 'มาตรการ/แนวทางการปฏิบัติ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ', 'ผลลัพธ์/ความสำเร็จ', 'มาตรการในแผน (รหัส/ชื่อ)']);
    expect(snap.formulas[2][3]).toBe('=IF(OR(E3="",B3=""),"",COUNTIFS($A$3:$A3,$A3,$B$3:$B3,$B3,$E$3:$E3,"<>"))');
    expect(snap.formulas[1999][3]).toContain('$A$3:$A2000');
    const again = planScaffold(sourceOf(book)).find((p) => p.name === SHEET.integrity)!;
    expect(again.isNew).toBe(false);
    expect(again.writes).toEqual([]);
  });

  it('reads one row per practice; rows holding only the formula are not practices', () => {
    expect(rows).toHaveLength(SEED001_PRACTICE_COUNTS.reduce((a, b) => a + b, 0));
    expect(rows[0]).toMatchObject({ row: 3, year: 2566, areaNo: 1 });
  });

  it('groups practices under their areas, numbered by the program, blanks continuing the cell above', () => {
    expect(year.areas.map((a) => a.title)).toEqual(SEED001_AREA_TITLES);
    expect(year.areas.map((a) => a.practices.length)).toEqual(SEED001_PRACTICE_COUNTS);
    for (const area of year.areas) expect(area.practices.map((p) => p.no)).toEqual(area.practices.map((_, i) => i + 1));
    const area4 = year.areas[3];
    expect(area4.practices[0].cells.responsible).toEqual({ text: 'สำนักปลัดและหน่วยตรวจสอบภายใน', rowSpan: 4 });
    expect(area4.practices[2].cells.method?.rowSpan).toBe(2); // the fourth practice has no method of its own
    expect(area4.practices[3].covered.result).toBe(area4.practices[0].source.text.result);
    // "๑.. ควรมี…" is printed as practice 1, once.
    expect(year.areas[4].practices[0].text.startsWith('ควรมีการพัฒนา')).toBe(true);
  });

  it('strips typed numbers, plain or outline, and keeps text that merely starts with a number', () => {
    expect(stripTypedNumber('๑.. ควรมี')).toEqual({ text: 'ควรมี', typed: '1' });
    expect(stripTypedNumber('๒) กำหนด')).toEqual({ text: 'กำหนด', typed: '2' });
    expect(stripTypedNumber('๑.๑.๓ แผนงาน')).toEqual({ text: 'แผนงาน', typed: '1.1.3' });
    expect(stripTypedNumber('20 คน ได้รับการอบรม')).toEqual({ text: '20 คน ได้รับการอบรม' });
  });
});

describe('the results report of seed 001', () => {
  const tree = integrityDocument(plan, year, 'report', 'หน่วยตรวจสอบภายใน');
  const tables = tree.blocks.filter((b): b is Table => b.kind === 'table');
  const text = plainText(tree);

  it('has the title block, then one table per area with the six columns and a repeated header row', () => {
    // The cover starts with the emblem, which has no text.
    expect(text.trimStart()).toMatch(/^รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ\.ศ\. ๒๕๖๖\nเทศบาลตำบลนาม่วง อำเภอกุดบาก จังหวัดสกลนคร\n+จัดทำโดย\nหน่วยตรวจสอบภายใน/);
    expect(tree.page.orientation).toBe('landscape');
    expect(tables).toHaveLength(7);
    for (const t of tables) {
      expect(t.headerRows).toBe(1);
      expect(t.rows[0].cells.map((c) => plainText({ ...tree, blocks: c.blocks }))).toEqual(['มาตรการ/แนวทางการปฏิบัติ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ', 'ผลลัพธ์/ความสำเร็จ']);
    }
    expect(tables.map((t) => plainText({ ...tree, blocks: t.rows[1].cells[0].blocks }))).toEqual(SEED001_AREA_TITLES.map((title, i) => `${'๑๒๓๔๕๖๗'[i]}. ${title}`));
  });

  it('prints one row per practice with merged cells where the seed prints one cell for several', () => {
    const area1 = tables[0];
    expect(area1.rows).toHaveLength(2 + 3);
    expect(area1.rows[2].cells).toHaveLength(6);
    expect(area1.rows[2].cells[1].rowSpan).toBe(3);
    expect(area1.rows[3].cells).toHaveLength(1);
    expect(text).toContain('๑. จัดทำแผนผังขั้นตอนและระยะเวลาการปฏิบัติงานของแต่ละภารกิจ');
    expect(text).toContain('๑. ควรมีการพัฒนาวิธีการเผยแพร่');
    expect(text).not.toContain('๑.. ');
    expect(text).not.toMatch(/๑\. ๑\./);
  });

  it('prints the measures variant with four columns when there are no results yet', () => {
    const measures = integrityDocument(plan, year, 'measures', '');
    const t = measures.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.widths).toHaveLength(4);
    expect(plainText(measures).trimStart()).toMatch(/^มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ\.ศ\. ๒๕๖๖/);
  });
});

describe('integrity rules', () => {
  const findings = validateWorkbook(read, [integrityRules]);
  const codes = (code: string) => findings.filter((f) => f.code === code);

  it('catch the seed\'s own mistakes: the name spelt นาม่อง, a result copied from above, a result equal to its method', () => {
    expect(codes('INTEGRITY_ORG_NAME').length).toBeGreaterThan(0);
    expect(codes('INTEGRITY_ORG_NAME')[0].message).toContain('เทศบาลตำบลนาม่อง');
    const area7 = year.areas[6].practices;
    expect(codes('INTEGRITY_RESULT_REPEATED').map((f) => f.cell)).toEqual([area7[2].source.cells.result]);
    expect(codes('INTEGRITY_RESULT_SAME_AS_METHOD').map((f) => f.cell)).toEqual([area7[3].source.cells.result]);
    expect(codes('INTEGRITY_LINK_UNKNOWN')).toEqual([]);
    expect(findings.every((f) => f.sheet === SHEET.integrity && /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
  });

  it('flag empty results in a report year, numbering and areas that do not add up, and unknown links', () => {
    const b = buildBook(SEED001_SETTINGS, []);
    appendIntegrityRows(b, [
      { year: 2567, areaNo: 1, areaTitle: 'ด้านแรก', practice: 'ก', method: 'วิธี', responsible: 'สำนักปลัด', duration: 'ต.ค.–ก.ย.', result: 'ทำแล้ว', outcome: 'ดี' },
      { year: 2567, areaNo: 3, areaTitle: 'ด้านที่สาม', practice: '๒. ข', method: 'วิธี', responsible: 'กองคลัง', duration: 'ต.ค.–ก.ย.', planLink: '9.9.9' },
      { year: 2567, areaNo: 1, areaTitle: 'ชื่ออื่น', practice: 'ค' },
      { year: 'ปีหน้า', areaNo: 'หนึ่ง', areaTitle: 'x', practice: 'ง' },
    ]);
    const found = validateWorkbook(sourceOf(b), [integrityRules]);
    const at = (code: string) => found.filter((f) => f.code === code).map((f) => f.cell);
    expect(at('INTEGRITY_RESULT_EMPTY')).toEqual(['I4', 'J4']);
    expect(at('INTEGRITY_AREA_GAP')).toEqual(['B4']);
    expect(found.find((f) => f.code === 'INTEGRITY_AREA_GAP')!.message).toContain('ด้านที่ 3 เป็นข้อ 2');
    expect(at('INTEGRITY_AREA_TITLE_CONFLICT')).toEqual(['C5']);
    expect(at('INTEGRITY_AREA_SPLIT')).toEqual(['B5']);
    expect(at('INTEGRITY_NUMBER_TYPED')).toEqual(['E4']);
    expect(at('INTEGRITY_LINK_UNKNOWN')).toEqual(['K4']);
    expect(at('INTEGRITY_YEAR_MISSING')).toEqual(['A6']);
    expect(at('INTEGRITY_AREA_NO_MISSING')).toEqual(['B6']);
  });

  it('leave a continued (blank) cell alone', () => {
    const b = buildBook(SEED001_SETTINGS, []);
    appendIntegrityRows(b, [
      { year: 2567, areaNo: 1, areaTitle: 'ด้านแรก', practice: 'ก', method: 'วิธี', responsible: 'สำนักปลัด', duration: 'ต.ค.–ก.ย.', result: 'ทำแล้ว', outcome: 'ดี' },
      { year: 2567, areaNo: 1, practice: 'ข' },
    ]);
    expect(validateWorkbook(sourceOf(b), [integrityRules])).toEqual([]);
  });
});
