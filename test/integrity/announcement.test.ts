import { buildAnnouncement } from '../../src/core/announcement/model';
import { readAnnouncementSheet } from '../../src/core/announcement/read';
import { announcementRules } from '../../src/core/announcement/rules';
import { ITEM_KIND_LABEL } from '../../src/core/announcement/layout';
import { announcementDocument } from '../../src/core/doc/templates/announcement';
import { plainText, type Table } from '../../src/core/doc/tree';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { appendAnnouncementRows, seed004Book } from '../fixtures/aroundPlanBook';
import { SEED004_AREAS } from '../fixtures/seed004Announcement';
import { buildBook, sourceOf } from '../fixtures/workbook';

const book = seed004Book();
const plan = readWorkbook(sourceOf(book)).plan;
const rows = readAnnouncementSheet(book.get(SHEET.announcement)!).rows;
const announcement = buildAnnouncement(rows, { orgName: plan.settings.orgName, fiscalYear: 2560, measures: plan.measures });
const tree = announcementDocument(plan, announcement, 2560, { year: 2024, month: 1, day: 1 });
const text = plainText(tree);
const lines = text.split('\n');

describe('the policy announcement of seed 004, from the ประกาศนโยบาย tab', () => {
  it('has the ประกาศ header, เรื่อง, and the preamble with the number of areas counted', () => {
    expect(lines.slice(0, 2)).toEqual(['ประกาศเทศบาลเมืองสุโขทัย-ลก', 'เรื่อง นโยบายเพื่อพัฒนาหน่วยงาน ให้มีคุณธรรมและความโปร่งใส ในการบริหารงาน']);
    expect(text).toContain('อย่างทั่วถึง รวม ๖ ด้าน ดังนี้');
    expect(announcement.areas).toHaveLength(6);
  });

  it('numbers every heading consecutively: areas n., policies n.m, parts n.m.k (the seed repeats ๑.๑.๓)', () => {
    const headings = lines.map(toArabicDigits).filter((l) => /^\d+(\.\d+)*\.? /.test(l)).map((l) => l.split(' ')[0].replace(/\.$/, ''));
    const expected: string[] = [];
    SEED004_AREAS.forEach((area, a) => {
      const n = a + 1;
      expected.push(String(n));
      area.policies.forEach((p, m) => {
        const prefix = p.title ? `${n}.${m + 1}` : String(n);
        if (p.title) expected.push(prefix);
        expected.push(`${prefix}.1`, `${prefix}.2`, `${prefix}.3`);
      });
    });
    expect(headings).toEqual(expected);
    expect(headings).toContain('1.2.3');
    expect(headings).toContain('1.3.3');
    expect(headings.filter((h) => h === '1.1.3')).toHaveLength(1);
    expect(text).toContain('๖.๑ นโยบายหลัก');
    expect(text).toContain('๖.๓ แผนงาน หรือโครงการ/กิจกรรม');
  });

  it('lists แนวปฏิบัติ and มาตรการ/แนวทาง as ๑) ๒) … restarting under each heading', () => {
    const area1 = lines.indexOf('แนวปฏิบัติ');
    expect(lines.slice(area1 + 1, area1 + 7).map((l) => l.split(' ')[0])).toEqual(['๑)', '๒)', '๓)', '๔)', '๕)', '๖)']);
    const measures = lines.indexOf('๑.๑.๒ มาตรการ/แนวทาง');
    expect(lines.slice(measures + 1, measures + 5).map((l) => l.split(' ')[0])).toEqual(['๑)', '๒)', '๓)', '๔)']);
  });

  it('prints each policy\'s project table with ตัวชี้วัด / งบประมาณ / ระยะเวลา / หน่วยงานรับผิดชอบ', () => {
    const tables = tree.blocks.filter((b): b is Table => b.kind === 'table');
    const policies = SEED004_AREAS.flatMap((a) => a.policies);
    expect(tables).toHaveLength(policies.length);
    expect(tables.map((t) => t.rows.length - 1)).toEqual(policies.map((p) => p.projects.length));
    const header = (t: Table) => t.rows[0].cells.map((c) => plainText({ ...tree, blocks: c.blocks }));
    for (const t of tables) {
      expect(t.headerRows).toBe(1);
      expect(header(t)).toEqual(['แผนงาน/โครงการ/กิจกรรม', 'ตัวชี้วัด', 'งบประมาณ', 'ระยะเวลาดำเนินการ', 'หน่วยงานรับผิดชอบ']);
    }
    expect(text).toContain('พัฒนาคู่มือด้านประชาสัมพันธ์\tร้อยละบุคคลากรที่ได้รับการฝึกอบรม\t๒๐,๐๐๐\tปีงบประมาณ\tกองวิชาการ');
    expect(text).toContain('เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\t๑. ช่องทางการเผยแพร่ ๒. ความพึงพอใจของประชาชน\t-\tปีงบประมาณ\tกองคลัง');
  });

  it('ends with the closing, "ประกาศ ณ วันที่" in the Buddhist Era and the executive\'s signature', () => {
    expect(lines.slice(-4)).toEqual(['จึงประกาศให้ทราบโดยทั่วกัน', 'ประกาศ ณ วันที่ ๓๑ มกราคม พ.ศ. ๒๕๖๐', '(นางสุชาดา พันธน์รา)', 'นายกเทศมนตรีเมืองสุโขทัย-ลก']);
    expect(tree.blocks[tree.blocks.length - 1]).toMatchObject({ kind: 'signature', name: 'นางสุชาดา พันธน์รา' });
  });

  it('warns about what the seed got wrong in its texts', () => {
    const findings = validateWorkbook(sourceOf(book), [announcementRules]);
    expect(findings.map((f) => f.code).sort()).toEqual(['ANNOUNCEMENT_ORG_NAME', 'ANNOUNCEMENT_STATED_COUNT']);
    expect(findings.find((f) => f.code === 'ANNOUNCEMENT_ORG_NAME')!.message).toContain('เทศบาลตำบลเวียงพางคำ');
    expect(findings.find((f) => f.code === 'ANNOUNCEMENT_STATED_COUNT')!.message).toContain('“5 ด้าน” แต่ประกาศมี 6 ด้าน');
  });
});

describe('digits by the setting', () => {
  it('prints Arabic numbers and dates when ข้อมูลหน่วยงาน asks for them', () => {
    const arabic = announcementDocument({ ...plan, settings: { ...plan.settings, digits: 'arabic' } }, announcement, 2560, { year: 2024, month: 1, day: 1 });
    const t = plainText(arabic);
    expect(t).toContain('1.2.3 แผนงาน หรือโครงการ/กิจกรรม');
    expect(t).toContain('1) ดำเนินการเปิดเผยข้อมูลข่าวสาร');
    expect(t).toContain('ประกาศ ณ วันที่ 31 มกราคม พ.ศ. 2560');
    expect(t).toContain('20,000');
    expect(t).not.toMatch(/[๐-๙]/);
  });
});

describe('announcement outline rules and plan links', () => {
  const K = ITEM_KIND_LABEL;
  const b = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  appendAnnouncementRows(b, [
    { kind: K.policy, text: 'นโยบายก่อนด้าน' },
    { kind: K.area, text: '๒. ด้านความโปร่งใส' },
    { kind: K.mainPolicy, text: 'ส่วนก่อนนโยบาย' },
    { kind: K.policy, text: '๑.๑.๓ นโยบายหนึ่ง' },
    { kind: K.project, planLink: '2.2.2 มาตรการ NO Gift Policy' },
    { kind: K.project, text: 'โครงการพัฒนา E-Service', planLink: 'โครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-Service)', budget: '' },
    { kind: K.project, text: 'ไม่มีในแผน', planLink: '9.9.9', budget: 'สี่หมื่น' },
    { kind: 'หัวข้อแปลก', text: 'อะไร' },
    { kind: K.date, text: '31 กุมภา 2567' },
  ]);
  const found = validateWorkbook(sourceOf(b), [announcementRules]);
  const codes = found.map((f) => f.code);

  it('flag rows out of place, unknown kinds, typed numbers, incomplete policies, bad budgets, dates and links', () => {
    for (const code of ['ANNOUNCEMENT_BEFORE_AREA', 'ANNOUNCEMENT_KIND_UNKNOWN', 'ANNOUNCEMENT_NUMBER_TYPED', 'ANNOUNCEMENT_POLICY_INCOMPLETE', 'ANNOUNCEMENT_POLICY_UNTITLED', 'ANNOUNCEMENT_BUDGET_INVALID', 'ANNOUNCEMENT_DATE_INVALID', 'ANNOUNCEMENT_LINK_UNKNOWN']) {
      expect(codes).toContain(code);
    }
    const typed = found.filter((f) => f.code === 'ANNOUNCEMENT_NUMBER_TYPED').map((f) => f.message);
    expect(typed).toEqual(['พิมพ์เลข 2 ไว้หน้าข้อความ แต่ข้อนี้คือข้อ 1', 'พิมพ์เลข 1.1.3 ไว้หน้าข้อความ แต่ข้อนี้คือข้อ 1.2']);
    expect(codes).not.toContain('ANNOUNCEMENT_TEXT_MISSING'); // the linked project takes its name from the plan
  });

  it('fills a linked project\'s blanks from the plan measure for the fiscal year', () => {
    const { plan: samplePlan } = readWorkbook(sourceOf(b));
    const built = buildAnnouncement(readAnnouncementSheet(b.get(SHEET.announcement)!).rows, { orgName: samplePlan.settings.orgName, fiscalYear: 2567, measures: samplePlan.measures });
    const part = built.areas[0].policies[1].parts.find((p) => p.kind === 'projects');
    expect(part?.kind === 'projects' && part.projects.map((p) => [p.name, p.budget, p.unit, p.duration])).toEqual([
      ['มาตรการ NO Gift Policy', { kind: 'none' }, 'งานนิติการ สำนักปลัดเทศบาล', 'ปีงบประมาณ 2567'],
      ['โครงการพัฒนา E-Service', { kind: 'amount', baht: 20000 }, 'งานประชาสัมพันธ์ สำนักปลัดเทศบาล', 'ปีงบประมาณ 2567'],
      ['ไม่มีในแผน', { kind: 'invalid', raw: 'สี่หมื่น', reason: 'not-a-number' }, '', ''],
    ]);
  });
});
