import { resolvePlanLink } from '../integrity/planLink';
import { orgMention } from '../integrity/orgMentions';
import { shorten, stripTypedNumber } from '../integrity/text';
import { toArabicDigits } from '../thai/digits';
import { readBudget } from '../thai/money';
import { readThaiDate } from '../thai/readDate';
import { SHEET } from '../workbook/layout';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { ITEM_KIND_LABEL, SINGLE_KINDS, type AnnouncementKey } from './layout';
import { buildAnnouncement, type AnnouncementArea } from './model';
import { readAnnouncementSheet, type AnnouncementRow } from './read';

/** Checks of the ประกาศนโยบาย tab: the outline's shape, what is typed where a number belongs, and its texts. */
const RULES = {
  ANNOUNCEMENT_KIND_UNKNOWN: {
    severity: 'error', title: 'ข้อในประกาศไม่มีประเภท',
    message: 'ประเภทข้อ “{value}” ไม่ใช่ประเภทที่ระบบรู้จัก ข้อนี้จะไม่ถูกพิมพ์ในประกาศ',
    fix: 'เลือกประเภทข้อจากรายการ: {kinds}',
  },
  ANNOUNCEMENT_BEFORE_AREA: {
    severity: 'error', title: 'ข้อในประกาศอยู่ก่อนด้านแรก',
    message: '“{kind}” อยู่ก่อนแถว “ด้าน” แถวแรก จึงไม่รู้ว่าเป็นของด้านใด และจะไม่ถูกพิมพ์',
    fix: 'ย้ายแถวนี้ไปไว้ใต้ด้านที่เป็นเจ้าของ หรือเพิ่มแถว “ด้าน” ไว้ข้างบน',
  },
  ANNOUNCEMENT_REPEATED: {
    severity: 'warning', title: 'ข้อที่มีได้ครั้งเดียวซ้ำ',
    message: '“{kind}” มีมากกว่าหนึ่งแถว ประกาศใช้แถวแรก (แถว {first}) เท่านั้น',
    fix: 'ลบหรือรวมแถวที่ซ้ำ',
  },
  ANNOUNCEMENT_DATE_INVALID: {
    severity: 'error', title: 'อ่านวันที่ประกาศไม่ได้',
    message: 'อ่าน “{value}” เป็นวันที่ไม่ได้ ประกาศจะลงวันที่สร้างเอกสารแทน',
    fix: 'พิมพ์วันที่ เช่น 31 มกราคม 2567 หรือ 31/1/2567',
  },
  ANNOUNCEMENT_TEXT_MISSING: {
    severity: 'error', title: 'ข้อในประกาศไม่มีข้อความ',
    message: 'แถว “{kind}” ไม่มีข้อความ',
    fix: 'พิมพ์ข้อความ (โครงการที่ระบุมาตรการในแผนไว้ใช้ชื่อจากแผนได้) หรือลบแถวนี้',
  },
  ANNOUNCEMENT_NO_AREA: {
    severity: 'error', title: 'ประกาศไม่มีด้าน',
    message: 'แผ่นงานประกาศนโยบายมีข้อมูลแต่ไม่มีแถว “ด้าน” เลย',
    fix: 'เพิ่มแถวประเภท “ด้าน” แล้วใส่นโยบาย มาตรการ และโครงการไว้ใต้ด้าน',
  },
  ANNOUNCEMENT_POLICY_INCOMPLETE: {
    severity: 'warning', title: 'นโยบายขาดส่วนประกอบ',
    message: 'ข้อ {label} ไม่มี{part}',
    fix: 'เพิ่มแถว “{part}” ใต้นโยบายนี้ (เลขข้อย่อยเรียงใหม่ให้เอง)',
  },
  ANNOUNCEMENT_POLICY_UNTITLED: {
    severity: 'warning', title: 'ส่วนของนโยบายอยู่นอกนโยบาย',
    message: 'ด้านที่ {area} มีนโยบายหลัก/มาตรการ/โครงการอยู่ก่อนแถว “นโยบาย” แถวแรก จึงพิมพ์เป็นข้อ {label} ที่ไม่มีชื่อ',
    fix: 'เพิ่มแถว “นโยบาย” ไว้ข้างบน หรือย้ายแถวเหล่านี้ไปไว้ใต้นโยบาย',
  },
  ANNOUNCEMENT_NUMBER_TYPED: {
    severity: 'warning', title: 'พิมพ์เลขข้อเองไม่ตรงกับเลขจริง',
    message: 'พิมพ์เลข {typed} ไว้หน้าข้อความ แต่ข้อนี้คือข้อ {computed}',
    fix: 'ลบเลขที่พิมพ์ไว้ ระบบใส่เลขข้อให้เอง (ประกาศพิมพ์ {computed})',
  },
  ANNOUNCEMENT_STATED_COUNT: {
    severity: 'warning', title: 'จำนวนด้านที่ระบุในข้อความไม่ตรงกับจำนวนด้าน',
    message: 'ข้อความระบุ “{stated} ด้าน” แต่ประกาศมี {count} ด้าน',
    fix: 'แก้จำนวนในข้อความให้ตรง (คำปรารภไม่ต้องพิมพ์จำนวน ระบบนับให้เอง)',
  },
  ANNOUNCEMENT_BUDGET_INVALID: {
    severity: 'error', title: 'อ่านงบประมาณโครงการในประกาศไม่ได้',
    message: 'อ่าน “{value}” เป็นจำนวนเงินไม่ได้',
    fix: 'พิมพ์จำนวนเงินบาท เช่น 20000 หรือ 20,000 (ว่างหรือ - = ไม่ใช้งบประมาณ)',
  },
  ANNOUNCEMENT_LINK_UNKNOWN: {
    severity: 'error', title: 'ประกาศอ้างถึงมาตรการที่ไม่มีในแผน',
    message: 'ไม่พบ “{link}” ในแผน (แผ่นงาน มิติที่ ๑–๔)',
    fix: 'พิมพ์รหัสภารกิจ (เช่น 2.2.2) หรือชื่อมาตรการให้ตรงกับในแผน หรือเว้นว่าง',
  },
  ANNOUNCEMENT_ORG_NAME: {
    severity: 'warning', title: 'ชื่อหน่วยงานในประกาศไม่ตรง',
    message: 'ข้อความกล่าวถึง “{found}” ซึ่งไม่ตรงกับชื่อหน่วยงาน “{org}”',
    fix: 'ตรวจว่าสะกดผิดหรือคัดลอกมาจากประกาศของหน่วยงานอื่น แล้วแก้เป็น “{org}”',
  },
} as const;

const flag = reporter(RULES);
const SHEET_NAME = SHEET.announcement;
const PART_NAME = { mainPolicy: 'นโยบายหลัก', measures: 'มาตรการ/แนวทาง', projects: 'แผนงาน/โครงการ/กิจกรรม' } as const;
/** "ทั้ง ๕ ด้าน", "รวม 6 ด้าน": a count of areas stated in a text. */
const STATED = /(?:ทั้ง|รวม|จำนวน|ทั้งหมด)\s*([0-9๐-๙]+)\s*ด้าน/g;
const TEXT_KEYS: readonly AnnouncementKey[] = ['text', 'indicator', 'unit'];

function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(SHEET_NAME);
  if (!snap) return [];
  const { rows } = readAnnouncementSheet(snap);
  if (rows.length === 0) return [];
  const { settings, measures } = input.workbook.plan;
  const at = (row: AnnouncementRow, key: AnnouncementKey) => row.cells[key] ?? row.cells.text ?? '';
  // The outline's shape and numbers do not depend on the year (only linked budgets do): any plan year will do.
  const announcement = buildAnnouncement(rows, { orgName: settings.orgName, fiscalYear: input.years[0], measures });
  const findings: Finding[] = [];
  const firstArea = rows.findIndex((r) => r.kind === 'area');
  if (firstArea < 0 && rows.some((r) => r.kind !== undefined && !SINGLE_KINDS.includes(r.kind))) findings.push(flag('ANNOUNCEMENT_NO_AREA', SHEET_NAME, at(rows[0], 'kind')));
  const firstOfKind = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.kind === undefined) {
      findings.push(flag('ANNOUNCEMENT_KIND_UNKNOWN', SHEET_NAME, at(row, 'kind'), { value: row.text.kind, kinds: Object.values(ITEM_KIND_LABEL).join(' / ') }));
      return;
    }
    const kind = ITEM_KIND_LABEL[row.kind];
    if (SINGLE_KINDS.includes(row.kind)) {
      if (firstOfKind.has(row.kind)) findings.push(flag('ANNOUNCEMENT_REPEATED', SHEET_NAME, at(row, 'kind'), { kind, first: firstOfKind.get(row.kind)! }));
      else firstOfKind.set(row.kind, row.row);
    } else if (firstArea >= 0 && i < firstArea) {
      findings.push(flag('ANNOUNCEMENT_BEFORE_AREA', SHEET_NAME, at(row, 'kind'), { kind }));
    }
    if (row.kind === 'date' && row.text.text !== '' && readThaiDate(row.raw.text) === undefined) findings.push(flag('ANNOUNCEMENT_DATE_INVALID', SHEET_NAME, at(row, 'text'), { value: row.text.text }));
    const named = row.kind === 'project' && row.text.planLink !== '';
    if (row.text.text === '' && row.kind !== 'date' && !named) findings.push(flag('ANNOUNCEMENT_TEXT_MISSING', SHEET_NAME, at(row, 'text'), { kind }));
    if (row.kind === 'project' && readBudget(row.raw.budget).kind === 'invalid') findings.push(flag('ANNOUNCEMENT_BUDGET_INVALID', SHEET_NAME, at(row, 'budget'), { value: row.text.budget }));
    if (resolvePlanLink(row.raw.planLink, measures).kind === 'unknown') findings.push(flag('ANNOUNCEMENT_LINK_UNKNOWN', SHEET_NAME, at(row, 'planLink'), { link: row.text.planLink }));
    for (const key of TEXT_KEYS) {
      const mention = row.text[key] ? orgMention(row.text[key], settings) : undefined;
      if (mention) findings.push(flag('ANNOUNCEMENT_ORG_NAME', SHEET_NAME, at(row, key), { found: mention.found, org: settings.orgName }));
      for (const m of row.text[key].matchAll(STATED)) {
        const stated = Number(toArabicDigits(m[1]));
        if (stated !== announcement.areas.length) findings.push(flag('ANNOUNCEMENT_STATED_COUNT', SHEET_NAME, at(row, key), { stated, count: announcement.areas.length }));
      }
    }
  });
  for (const area of announcement.areas) findings.push(...areaFindings(area, at));
  return findings;
}

/** Typed numbers that disagree with the computed ones, and policies missing a part. */
function areaFindings(area: AnnouncementArea, at: (row: AnnouncementRow, key: AnnouncementKey) => string): Finding[] {
  const findings: Finding[] = [];
  const typed = (row: AnnouncementRow | undefined, computed: string) => {
    const t = row ? stripTypedNumber(row.text.text).typed : undefined;
    if (row && t !== undefined && t !== computed) findings.push(flag('ANNOUNCEMENT_NUMBER_TYPED', SHEET_NAME, at(row, 'text'), { typed: t, computed }));
  };
  typed(area.source, area.label);
  const untitled = area.policies.find((p) => p.title === '');
  if (untitled?.label !== undefined) findings.push(flag('ANNOUNCEMENT_POLICY_UNTITLED', SHEET_NAME, at(area.source, 'text'), { area: area.label, label: untitled.label }));
  for (const policy of area.policies) {
    if (policy.label !== undefined) typed(policy.source, policy.label);
    const label = policy.label ?? area.label;
    const where = policy.source ?? area.source;
    for (const kind of ['mainPolicy', 'measures', 'projects'] as const) {
      if (!policy.parts.some((p) => p.kind === kind)) findings.push(flag('ANNOUNCEMENT_POLICY_INCOMPLETE', SHEET_NAME, at(where, 'text'), { label: `${label} ${shorten(policy.title)}`.trim(), part: PART_NAME[kind] }));
    }
  }
  return findings;
}

export const announcementRules: RuleSet = { name: 'ประกาศนโยบาย', rules: RULES, check };
