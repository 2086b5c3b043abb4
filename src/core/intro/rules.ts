import { orgMention } from '../integrity/orgMentions';
import { comparisonKey } from '../thai/text';
import { SHEET } from '../workbook/layout';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { INTRO_SECTIONS } from './layout';
import { readIntroSections } from './read';

/**
 * ส่วนที่ ๑: every section the preface promises is there and says something, and names this
 * organisation (the model text keeps the name it had when the tab was made; a copied text names another).
 */
const RULES = {
  INTRO_SECTION_EMPTY: {
    severity: 'warning', title: 'หัวข้อในส่วนที่ ๑ ว่าง',
    message: 'คำนำระบุว่าส่วนที่ ๑ มี “{title}” แต่ข้อความว่าง',
    fix: 'พิมพ์ข้อความของหัวข้อนี้ (ถ้าต้องการข้อความตัวอย่างทั้งหมดใหม่ ให้ลบแผ่นงาน “บทนำ” แล้วสั่ง สร้าง/ปรับโครงแผน)',
  },
  INTRO_SECTION_MISSING: {
    severity: 'warning', title: 'ส่วนที่ ๑ ขาดหัวข้อ',
    message: 'คำนำระบุว่าส่วนที่ ๑ มี “{title}” แต่ไม่มีแถวหัวข้อนี้',
    fix: 'เพิ่มแถว หัวข้อ “{title}” พร้อมข้อความ',
  },
  INTRO_ORG_NAME: {
    severity: 'warning', title: 'ชื่อหน่วยงานในส่วนที่ ๑ ไม่ตรง',
    message: 'หัวข้อ “{title}” กล่าวถึง “{found}” ซึ่งไม่ตรงกับชื่อหน่วยงาน “{org}”',
    fix: 'แก้เป็น “{org}” (ข้อความอาจคัดลอกมาจากแผนของหน่วยงานอื่น หรือสร้างไว้ก่อนเปลี่ยนชื่อหน่วยงาน)',
  },
} as const;

const flag = reporter(RULES);

function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(SHEET.intro);
  if (!snap) return [];
  const sections = readIntroSections(snap);
  const findings: Finding[] = [];
  for (const title of INTRO_SECTIONS) {
    const section = sections.find((s) => comparisonKey(s.title) === comparisonKey(title));
    if (!section) findings.push(flag('INTRO_SECTION_MISSING', SHEET.intro, 'A3', { title }));
    else if (section.paragraphs.length + section.items.length === 0) findings.push(flag('INTRO_SECTION_EMPTY', SHEET.intro, section.cell, { title }));
  }
  const { settings } = input.workbook.plan;
  for (const section of sections) {
    const mention = orgMention([...section.paragraphs, ...section.items].join('\n'), settings);
    if (mention) findings.push(flag('INTRO_ORG_NAME', SHEET.intro, section.cell, { title: section.title, found: mention.found, org: settings.orgName }));
  }
  return findings;
}

export const introRules: RuleSet = { name: 'ส่วนที่ ๑ บทนำ', rules: RULES, check };
