import { EMBLEM_FIX, emblemChoice, emblemValueProblem } from '../../doc/emblemSetting';
import { toArabicDigits } from '../../thai/digits';
import { BE_OFFSET } from '../../thai/dates';
import { readThaiDate } from '../../thai/readDate';
import { cleanText } from '../../thai/text';
import { a1 } from '../../workbook/a1';
import { lastContentRow } from '../../workbook/grid';
import { HEADER_ROW, SETTING_FIELDS, SHEET, type SettingKey } from '../../workbook/layout';
import { SETTINGS_LABEL_COL, SETTINGS_VALUE_COL, readYear, type SettingsRead } from '../../workbook/settings';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const RULES = {
  ORG_NAME_MISSING: {
    severity: 'error',
    title: 'ไม่ได้กรอกชื่อหน่วยงาน',
    message: 'ยังไม่ได้กรอกชื่อหน่วยงาน',
    fix: 'กรอกชื่อเต็มของหน่วยงานในช่องนี้ เช่น เทศบาลตำบลบ้านสวนหลวง (ใช้ในเอกสารทุกฉบับ)',
  },
  YEAR_MISSING: {
    severity: 'error',
    title: 'ไม่ได้กรอกปีของแผน',
    message: 'ยังไม่ได้กรอก{label}',
    fix: 'พิมพ์ปี พ.ศ. ๔ หลัก เช่น 2566 (ปีแรก) และ 2570 (ปีสุดท้าย)',
  },
  YEAR_UNREADABLE: {
    severity: 'error',
    title: 'อ่านปีของแผนไม่ได้',
    message: '{label} “{raw}” ไม่ใช่ปี พ.ศ.',
    fix: 'พิมพ์ปี พ.ศ. ๔ หลัก เช่น 2566',
  },
  YEAR_CHRISTIAN_ERA: {
    severity: 'error',
    title: 'ปีของแผนพิมพ์เป็น ค.ศ.',
    message: '{label} พิมพ์เป็นปี ค.ศ. {raw} (ระบบอ่านเป็น พ.ศ. {be} ไว้ก่อน)',
    fix: 'แก้เป็นปี พ.ศ. {be} (ค.ศ. + 543) เอกสารราชการใช้ปีพุทธศักราช',
  },
  YEARS_ORDER: {
    severity: 'error',
    title: 'ปีของแผนไม่เรียงกัน',
    message: 'ปีสุดท้ายของแผน ({last}) มาก่อนปีแรก ({first})',
    fix: 'แก้ปีแรกและปีสุดท้ายให้เรียงกัน เช่น 2566 ถึง 2570',
  },
  YEARS_SPAN: {
    severity: 'warning',
    title: 'ระยะเวลาของแผนไม่ใช่ ๔ หรือ ๕ ปี',
    message: 'แผนนี้ครอบคลุม {count} ปี ({first}–{last}) แต่แผนตามแนวทาง ป.ป.ช. มีระยะ ๕ ปี (หรือ ๔ ปีตามแนวทางเดิม)',
    fix: 'ตรวจปีแรกและปีสุดท้ายของแผน เช่น 2566 ถึง 2570',
  },
  ADOPTION_DATE_UNREADABLE: {
    severity: 'warning',
    title: 'อ่านวันที่ประกาศใช้แผนไม่ได้',
    message: '{label} “{raw}” อ่านเป็นวันที่ไม่ได้ คำสั่งแต่งตั้งคณะกรรมการและประกาศใช้แผนจะลงวันที่สร้างเอกสารแทน',
    fix: 'พิมพ์วันที่ เช่น 15 ก.ย. 2565 หรือ 15/9/2565 หรือลบออกให้ว่างเพื่อใช้วันที่สร้างเอกสาร',
  },
  EMBLEM_UNUSABLE: {
    severity: 'warning',
    title: 'ตราหน่วยงานไม่ใช่ไฟล์ภาพ PNG',
    message: '{label} “{raw}” {reason} โปรแกรมบรรทัดคำสั่งจะไม่สร้างเอกสารที่มีตราจนกว่าจะแก้',
    fix: EMBLEM_FIX,
  },
  EMBLEM_STORED_UNUSABLE: {
    severity: 'warning',
    title: 'ตราหน่วยงานที่อัปโหลดไว้ใช้ไม่ได้',
    message: '{label} “{raw}” {reason} เอกสารใน Google เอกสารจะใช้ตราครุฑในตัวแทน และโปรแกรมบรรทัดคำสั่งจะไม่สร้างเอกสารจนกว่าจะแก้',
    fix: 'อัปโหลดไฟล์ PNG ของตราใหม่ที่แผงควบคุม Sujarit → ตราหน่วยงาน หรือลบค่าในช่องนี้ให้ว่างเพื่อใช้ตราครุฑในตัว',
  },
} as const;

const flag = reporter(RULES);

const labelOf = (key: SettingKey) => SETTING_FIELDS.find((f) => f.key === key)!.label;

function check(input: ValidationInput): Finding[] {
  const read = input.workbook.settings;
  const snap = input.snapshot(SHEET.settings);
  if (!read || !snap) return []; // reported as a missing tab
  const cellOf = valueCells(read, lastContentRow(snap));
  const findings: Finding[] = [];
  const sheet = SHEET.settings;
  if (read.settings.orgName === '') findings.push(flag('ORG_NAME_MISSING', sheet, cellOf('orgName')));
  const years: Partial<Record<'firstYear' | 'lastYear', number>> = {};
  for (const key of ['firstYear', 'lastYear'] as const) {
    const raw = cleanText(read.raw[key]);
    const label = labelOf(key);
    const year = readYear(raw);
    if (raw === '') findings.push(flag('YEAR_MISSING', sheet, cellOf(key), { label }));
    else if (year === undefined) findings.push(flag('YEAR_UNREADABLE', sheet, cellOf(key), { label, raw }));
    else {
      years[key] = year;
      const typed = Number(toArabicDigits(raw).replace(/\D/g, '').slice(0, 4));
      if (typed < 2400) findings.push(flag('YEAR_CHRISTIAN_ERA', sheet, cellOf(key), { label, raw: typed, be: typed + BE_OFFSET }));
    }
  }
  const { firstYear: first, lastYear: last } = years;
  if (first !== undefined && last !== undefined) {
    if (last < first) findings.push(flag('YEARS_ORDER', sheet, cellOf('lastYear'), { first, last }));
    else if (last - first + 1 < 4 || last - first + 1 > 5) findings.push(flag('YEARS_SPAN', sheet, cellOf('lastYear'), { first, last, count: last - first + 1 }));
  }
  const adoption = read.raw.adoptionDate;
  if (cleanText(adoption) !== '' && readThaiDate(adoption) === undefined) {
    findings.push(flag('ADOPTION_DATE_UNREADABLE', sheet, cellOf('adoptionDate'), { label: labelOf('adoptionDate'), raw: cleanText(adoption) }));
  }
  const emblem = cleanText(read.raw.emblem);
  const emblemProblem = emblem === '' ? undefined : emblemValueProblem(emblem);
  if (emblemProblem) findings.push(flag('EMBLEM_UNUSABLE', sheet, cellOf('emblem'), { label: labelOf('emblem'), raw: emblem, reason: emblemProblem }));
  // The marker of an uploaded emblem whose hidden tab was deleted, cut or edited: said before a document job meets it.
  const choice = emblem === '' ? undefined : emblemChoice(input.snapshot);
  if (choice?.kind === 'unusable' && !emblemProblem) findings.push(flag('EMBLEM_STORED_UNUSABLE', sheet, cellOf('emblem'), { label: labelOf('emblem'), raw: emblem, reason: choice.reason }));
  return findings;
}

/**
 * The value cell of each setting; a setting whose row is missing points at the row scaffold
 * would add for it (rows are appended in SETTING_FIELDS order).
 */
function valueCells(read: SettingsRead, lastRow: number): (key: SettingKey) => string {
  const rows = { ...read.rows };
  let next = Math.max(lastRow, HEADER_ROW) + 1;
  for (const field of SETTING_FIELDS) if (rows[field.key] === undefined) rows[field.key] = next++;
  return (key) => a1(rows[key]!, read.rows[key] === undefined ? SETTINGS_LABEL_COL : SETTINGS_VALUE_COL);
}

export const settingsRules: RuleSet = { name: 'ข้อมูลหน่วยงาน', rules: RULES, check };
