import { comparisonKey } from '../thai/text';
import { SHEET } from '../workbook/layout';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { INTEGRITY_COLUMNS, type ContinuedKey, type IntegrityKey } from './layout';
import { orgMention } from './orgMentions';
import { resolvePlanLink } from './planLink';
import { readIntegritySheet, type IntegrityRow } from './read';
import { areaKey, integrityYear, integrityYears, type IntegrityArea, type IntegrityYear } from './report';
import { shorten, stripTypedNumber } from './text';

/**
 * Checks of the มาตรการส่งเสริมคุณธรรม tab. A year is a report year once any of its practices
 * has a result or an outcome: from then on every practice of that year should have both.
 */
const RULES = {
  INTEGRITY_YEAR_MISSING: {
    severity: 'error', title: 'มาตรการคุณธรรมไม่มีปีงบประมาณ',
    message: 'แถว {row} ไม่ได้ระบุปีงบประมาณ หรืออ่านเป็นปี พ.ศ. ไม่ได้ (“{value}”)',
    fix: 'พิมพ์ปีงบประมาณ พ.ศ. ๔ หลัก เช่น 2567',
  },
  INTEGRITY_YEAR_OUTSIDE_PLAN: {
    severity: 'warning', title: 'มาตรการคุณธรรมอยู่นอกช่วงปีของแผน',
    message: 'ปีงบประมาณ {year} อยู่นอกช่วงปีของแผน ({first}–{last})',
    fix: 'ตรวจปีงบประมาณ หรือแก้ปีของแผนในแผ่นงาน ข้อมูลหน่วยงาน',
  },
  INTEGRITY_AREA_NO_MISSING: {
    severity: 'error', title: 'มาตรการคุณธรรมไม่มีเลขด้าน',
    message: 'แถว {row} ไม่ได้ระบุด้านที่ หรืออ่านเป็นเลขไม่ได้ (“{value}”)',
    fix: 'พิมพ์เลขด้าน 1, 2, 3 … (แถวของด้านเดียวกันใช้เลขเดียวกัน)',
  },
  INTEGRITY_AREA_TITLE_MISSING: {
    severity: 'error', title: 'ด้านไม่มีชื่อ',
    message: 'ด้านที่ {area} ของปีงบประมาณ {year} ไม่มีชื่อด้านในแถวใดเลย',
    fix: 'พิมพ์ชื่อด้านอย่างน้อยในแถวแรกของด้าน',
  },
  INTEGRITY_AREA_TITLE_CONFLICT: {
    severity: 'error', title: 'ด้านเดียวกันมีชื่อต่างกัน',
    message: 'ชื่อด้าน “{title}” ต่างจากชื่อของด้านที่ {area} ในแถวก่อนหน้า (“{first}”)',
    fix: 'ใช้ชื่อด้านเดียวกันทุกแถว (หรือเว้นว่างไว้) หรือแก้เลขด้านถ้าเป็นด้านใหม่',
  },
  INTEGRITY_AREA_GAP: {
    severity: 'warning', title: 'เลขด้านข้าม',
    message: 'ปีงบประมาณ {year} ไม่มีด้านที่ {missing} เอกสารจึงพิมพ์ด้านที่ {typed} เป็นข้อ {printed}',
    fix: 'แก้เลขด้านให้เรียง 1, 2, 3 … (เอกสารเรียงเลขให้ต่อเนื่องเสมอ)',
  },
  INTEGRITY_AREA_SPLIT: {
    severity: 'warning', title: 'แถวของด้านเดียวกันไม่อยู่ติดกัน',
    message: 'แถวของด้านที่ {area} (ปีงบประมาณ {year}) มีแถวของด้านอื่นคั่นอยู่',
    fix: 'ย้ายแถวให้อยู่ติดกัน เอกสารจะรวมไว้ในตารางเดียวตามลำดับแถว',
  },
  INTEGRITY_PRACTICE_MISSING: {
    severity: 'error', title: 'แถวไม่มีมาตรการ/แนวทางการปฏิบัติ',
    message: 'แถว {row} มีข้อมูลแต่ไม่มีมาตรการ/แนวทางการปฏิบัติ',
    fix: 'พิมพ์มาตรการ/แนวทางการปฏิบัติ หรือลบแถวนี้',
  },
  INTEGRITY_NUMBER_TYPED: {
    severity: 'warning', title: 'พิมพ์เลขลำดับเองไม่ตรงกับลำดับจริง',
    message: 'พิมพ์เลข {typed} ไว้หน้าข้อความ แต่ลำดับจริงในด้านคือ {computed}',
    fix: 'ลบเลขที่พิมพ์ไว้ ระบบใส่ลำดับให้เอง (เอกสารพิมพ์ {computed})',
  },
  INTEGRITY_FIELD_EMPTY: {
    severity: 'warning', title: 'มาตรการคุณธรรมขาดข้อมูล',
    message: '{field} ของด้านที่ {area} ว่าง (ไม่มีแถวบนให้ใช้ข้อความต่อ)',
    fix: 'กรอก{field}ในแถวแรกของด้าน แถวต่อไปเว้นว่างได้ถ้าใช้ข้อความเดียวกัน',
  },
  INTEGRITY_RESULT_EMPTY: {
    severity: 'warning', title: 'ยังไม่มีผลการดำเนินการในปีที่รายงานผล',
    message: 'ปีงบประมาณ {year} มีการรายงานผลแล้ว แต่มาตรการ “{practice}” ยังไม่มี{field}',
    fix: 'กรอก{field} (เว้นว่างได้เฉพาะเมื่อใช้ข้อความเดียวกับแถวบนในด้านเดียวกัน)',
  },
  INTEGRITY_RESULT_REPEATED: {
    severity: 'warning', title: 'ผลการดำเนินการซ้ำกับแถวบน',
    message: '{field}เหมือนกับของแถวบนทุกตัวอักษร',
    fix: 'ถ้าเป็นผลเดียวกัน ให้เว้นว่างไว้ (เอกสารรวมช่องให้) ถ้าไม่ใช่ ให้เขียนผลของมาตรการนี้',
  },
  INTEGRITY_RESULT_SAME_AS_METHOD: {
    severity: 'warning', title: 'ผลการดำเนินการเหมือนขั้นตอนการดำเนินการ',
    message: '{field}เหมือนกับขั้นตอน/วิธีการดำเนินการทุกตัวอักษร',
    fix: 'เขียนสิ่งที่ทำไปแล้วจริงและผลที่เกิดขึ้น เช่น วันที่ จำนวน หรือเอกสารที่ได้',
  },
  INTEGRITY_LINK_UNKNOWN: {
    severity: 'error', title: 'มาตรการคุณธรรมอ้างถึงมาตรการที่ไม่มีในแผน',
    message: 'ไม่พบ “{link}” ในแผน (แผ่นงาน มิติที่ ๑–๔)',
    fix: 'พิมพ์รหัสภารกิจ (เช่น 2.2.2) หรือชื่อมาตรการให้ตรงกับในแผน หรือเว้นว่าง',
  },
  INTEGRITY_ORG_NAME: {
    severity: 'warning', title: 'ชื่อหน่วยงานในมาตรการคุณธรรมไม่ตรง',
    message: 'ข้อความกล่าวถึง “{found}” ซึ่งไม่ตรงกับชื่อหน่วยงาน “{org}”',
    fix: 'ตรวจว่าสะกดผิดหรือคัดลอกมาจากหน่วยงานอื่น แล้วแก้เป็น “{org}”',
  },
} as const;

const flag = reporter(RULES);
const SHEET_NAME = SHEET.integrity;
const HEADER: Readonly<Record<IntegrityKey, string>> = Object.fromEntries(INTEGRITY_COLUMNS.map((c) => [c.key, c.header])) as Record<IntegrityKey, string>;
const REQUIRED_FIRST: readonly ContinuedKey[] = ['method', 'responsible', 'duration'];
const RESULT_KEYS: readonly ContinuedKey[] = ['result', 'outcome'];
const TEXT_KEYS: readonly IntegrityKey[] = ['areaTitle', 'practice', 'method', 'responsible', 'result', 'outcome'];

function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(SHEET_NAME);
  if (!snap) return [];
  const { rows } = readIntegritySheet(snap);
  const { settings, measures } = input.workbook.plan;
  const at = (row: IntegrityRow, key: IntegrityKey) => row.cells[key] ?? row.cells.practice ?? '';
  const findings: Finding[] = [];
  for (const row of rows) {
    const rowNo = String(row.row);
    if (row.year === undefined) findings.push(flag('INTEGRITY_YEAR_MISSING', SHEET_NAME, at(row, 'year'), { row: rowNo, value: row.text.year }));
    else if (!input.years.includes(row.year)) findings.push(flag('INTEGRITY_YEAR_OUTSIDE_PLAN', SHEET_NAME, at(row, 'year'), { year: row.year, first: settings.firstYear, last: settings.lastYear }));
    if (row.areaNo === undefined) findings.push(flag('INTEGRITY_AREA_NO_MISSING', SHEET_NAME, at(row, 'areaNo'), { row: rowNo, value: row.text.areaNo }));
    if (row.text.practice === '') findings.push(flag('INTEGRITY_PRACTICE_MISSING', SHEET_NAME, at(row, 'practice'), { row: rowNo }));
    if (resolvePlanLink(row.raw.planLink, measures).kind === 'unknown') findings.push(flag('INTEGRITY_LINK_UNKNOWN', SHEET_NAME, at(row, 'planLink'), { link: row.text.planLink }));
    for (const key of TEXT_KEYS) {
      const mention = row.text[key] ? orgMention(row.text[key], settings) : undefined;
      if (mention) findings.push(flag('INTEGRITY_ORG_NAME', SHEET_NAME, at(row, key), { found: mention.found, org: settings.orgName }));
    }
  }
  for (const year of integrityYears(rows)) findings.push(...yearFindings(integrityYear(rows, year), rows.filter((r) => r.year === year), at));
  return findings;
}

function yearFindings(year: IntegrityYear, rows: readonly IntegrityRow[], at: (row: IntegrityRow, key: IntegrityKey) => string): Finding[] {
  const findings: Finding[] = [];
  const typedNos = year.areas.map((a) => a.typedNo).filter((n): n is number => n !== undefined);
  for (const area of year.areas) {
    const first = area.practices[0].source;
    const areaName = String(area.typedNo ?? area.no);
    if (area.title === '') findings.push(flag('INTEGRITY_AREA_TITLE_MISSING', SHEET_NAME, at(first, 'areaTitle'), { area: areaName, year: year.year }));
    if (area.typedNo !== undefined && area.typedNo !== area.no) {
      const missing = Array.from({ length: area.typedNo - 1 }, (_, i) => i + 1).find((n) => !typedNos.includes(n));
      if (missing !== undefined) findings.push(flag('INTEGRITY_AREA_GAP', SHEET_NAME, at(first, 'areaNo'), { year: year.year, missing, typed: area.typedNo, printed: area.no }));
    }
    findings.push(...areaFindings(year, area, areaName, at));
  }
  // An area's rows should sit together: a row of another area between two of its rows splits it.
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = areaKey(row);
    if (i > 0 && areaKey(rows[i - 1]) !== key && seen.has(key)) findings.push(flag('INTEGRITY_AREA_SPLIT', SHEET_NAME, at(row, 'areaNo'), { area: row.text.areaNo || row.text.areaTitle, year: year.year }));
    seen.add(key);
  });
  return findings;
}

function areaFindings(year: IntegrityYear, area: IntegrityArea, areaName: string, at: (row: IntegrityRow, key: IntegrityKey) => string): Finding[] {
  const findings: Finding[] = [];
  const firstTitle = area.title;
  area.practices.forEach((p, i) => {
    const row = p.source;
    const title = stripTypedNumber(row.text.areaTitle).text;
    if (title !== '' && firstTitle !== '' && comparisonKey(title) !== comparisonKey(firstTitle)) {
      findings.push(flag('INTEGRITY_AREA_TITLE_CONFLICT', SHEET_NAME, at(row, 'areaTitle'), { title, area: areaName, first: firstTitle }));
    }
    if (p.typedNo !== undefined && p.typedNo !== String(p.no)) findings.push(flag('INTEGRITY_NUMBER_TYPED', SHEET_NAME, at(row, 'practice'), { typed: p.typedNo, computed: p.no }));
    if (i === 0) {
      for (const key of REQUIRED_FIRST) if (p.covered[key] === '') findings.push(flag('INTEGRITY_FIELD_EMPTY', SHEET_NAME, at(row, key), { field: HEADER[key], area: areaName }));
    }
    if (year.hasResults) {
      for (const key of RESULT_KEYS) {
        if (p.covered[key] === '' && p.cells[key]) findings.push(flag('INTEGRITY_RESULT_EMPTY', SHEET_NAME, at(row, key), { year: year.year, practice: shorten(p.text), field: HEADER[key] }));
      }
    }
    const above = area.practices[i - 1];
    for (const key of RESULT_KEYS) {
      const own = comparisonKey(row.text[key]);
      if (own === '') continue;
      if (above && own === comparisonKey(above.covered[key])) findings.push(flag('INTEGRITY_RESULT_REPEATED', SHEET_NAME, at(row, key), { field: HEADER[key] }));
      else if (key === 'result' && own === comparisonKey(p.covered.method)) findings.push(flag('INTEGRITY_RESULT_SAME_AS_METHOD', SHEET_NAME, at(row, key), { field: HEADER[key] }));
    }
  });
  return findings;
}

export const integrityRules: RuleSet = { name: 'มาตรการส่งเสริมคุณธรรม', rules: RULES, check };
