import { FRAMEWORKS } from '../../framework/framework';
import { editDistance } from '../../thai/similarity';
import { cleanText, comparisonKey, splitLines } from '../../thai/text';
import { inferOrgType } from '../../workbook/settings';
import type { MeasureColumnKey } from '../../workbook/layout';
import type { MeasureRow } from '../../workbook/measures';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const RULES = {
  ORG_NAME_VARIANT: {
    severity: 'warning',
    title: 'ชื่อหน่วยงานสะกดต่างกัน',
    message: 'ชื่อหน่วยงานสะกดเป็น “{found}” ต่างจากชื่อในแผ่นงาน ข้อมูลหน่วยงาน “{org}”',
    fix: 'แก้เป็น “{org}” ให้ตรงกันทุกแห่ง',
  },
  ORG_GENERIC: {
    severity: 'warning',
    title: 'ใช้คำว่า องค์กรปกครองส่วนท้องถิ่น แทนชื่อหน่วยงาน',
    message: 'ข้อความ “…{context}…” ใช้คำกลางของตัวอย่าง ป.ป.ช. ในที่ที่ควรเป็นชื่อหน่วยงาน',
    fix: 'แทนคำว่า “องค์กรปกครองส่วนท้องถิ่น” ด้วย “{org}” (ถ้าเป็นชื่อกฎหมายหรือชื่อเรื่อง ไม่ต้องแก้)',
  },
  RESULT_SAME_AS_METHOD: {
    severity: 'warning',
    title: 'ผลที่คาดว่าจะได้รับเหมือนวิธีดำเนินการ',
    message: '{field}เหมือนกับวิธีดำเนินการทุกตัวอักษร',
    fix: 'เขียน{field}เป็นผลที่วัดได้หลังดำเนินการ เช่น จำนวน ร้อยละ หรือสิ่งที่เปลี่ยนไป',
  },
  RESULT_COPIED_FROM_ABOVE: {
    severity: 'warning',
    title: 'ผลที่คาดว่าจะได้รับคัดลอกจากแถวบน',
    message: '{field}เหมือนกับของแถวบน ({other}) ทุกตัวอักษร',
    fix: 'ตรวจว่าคัดลอกมาโดยไม่ได้ตั้งใจหรือไม่ แล้วเขียน{field}ของโครงการนี้เอง',
  },
} as const;

const flag = reporter(RULES);

const GENERIC = 'องค์กรปกครองส่วนท้องถิ่น';
/** Where the generic phrase is a title's or a law's wording, not a placeholder for the organisation. */
const TITLE_CONTEXT = /ว่าด้วย|พระราชบัญญัติ|พ\.ร\.บ|ระเบียบ|ประกาศ|มาตรฐาน|ประมวล|หลักเกณฑ์|แนวทาง|คู่มือ|แผนปฏิบัติการ|ยุทธศาสตร์|กรอบ|ประเมินคุณธรรม|ITA|ป\.ป\.ช/;
const GENERAL_AFTER = /^\s*(อื่น|ทุก|ทั่ว|ต่าง|แต่ละ|ใน(ประเทศ|พื้นที่|สังกัด))/;
/** A line opening with the phrase as the subject of what the measure achieves ("องค์กรปกครองส่วนท้องถิ่นมีการบริหารงาน…"). */
const SUBJECT_AFTER = /^(มี|ได้|จะ|สามารถ|จำเป็น|ดำเนิน|บริหาร)/;
const FRAMEWORK_TITLES = FRAMEWORKS.flatMap((f) => f.dimensions.flatMap((d) => [d.title, ...d.subs.flatMap((s) => [s.title, ...s.items.map((i) => i.title)])]))
  .map((t) => t.replace(/\s+/g, ''))
  .filter((t) => t.includes(GENERIC));

/** Fields describing this organisation's own measure; หลักการและเหตุผล is left out: it speaks of อปท. in general. */
const GENERIC_FIELDS: readonly MeasureColumnKey[] = ['name', 'responsible', 'objectives', 'targetGroup', 'area', 'method', 'outputs', 'outcomes'];
const SPELLING_FIELDS: readonly MeasureColumnKey[] = ['name', 'responsible', 'remark', 'rationale', 'objectives', 'targetGroup', 'area', 'method', 'outputs', 'outcomes'];
const RESULT_FIELDS = [
  { key: 'outputs', field: 'ผลผลิต' },
  { key: 'outcomes', field: 'ผลลัพธ์/ตัวชี้วัด' },
] as const;
const MIN_RESULT_LENGTH = 10;

function check(input: ValidationInput): Finding[] {
  const { orgName, orgType } = input.workbook.plan.settings;
  const findings: Finding[] = [];
  const type = orgType || inferOrgType(orgName);
  const place = type && orgName.startsWith(type) ? orgName.slice(type.length) : '';
  for (const dim of input.workbook.dimensions) {
    dim.rows.forEach((row, i) => {
      if (place.length >= 3) {
        for (const key of SPELLING_FIELDS) {
          const found = misspeltOrg(cleanText(row.raw[key]), type, place);
          if (found && row.cells[key]) findings.push(flag('ORG_NAME_VARIANT', row.sheet, row.cells[key]!, { found: type + found, org: orgName }));
        }
      }
      if (orgName) {
        for (const key of GENERIC_FIELDS) {
          const context = genericUse(row.raw[key], key === 'name');
          if (context && row.cells[key]) findings.push(flag('ORG_GENERIC', row.sheet, row.cells[key]!, { context, org: orgName }));
        }
      }
      findings.push(...resultFindings(row, dim.rows[i - 1]));
    });
  }
  return findings;
}

/**
 * The first spelling of the organisation's place name that is close to, but not, the right
 * one (นาม่อง for นาม่วง): a few edits apart, after the organisation type. Undefined otherwise.
 */
export function misspeltOrg(text: string, type: string, place: string): string | undefined {
  const len = [...place].length;
  const allowed = len >= 6 ? 2 : 1;
  for (let at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + type.length)) {
    const start = at + type.length;
    if (text.startsWith(place, start)) continue;
    // Only the next len + 1 letters matter (two UTF-16 units each at most): a long cell costs its length, not its length per mention.
    const chars = [...text.slice(start, start + 2 * (len + 1))];
    let best: { d: number; spelling: string } | undefined;
    for (const l of [len - 1, len, len + 1]) {
      if (l > chars.length) continue;
      const spelling = chars.slice(0, l).join('');
      const d = editDistance(place, spelling, allowed);
      if (!best || d < best.d) best = { d, spelling };
    }
    if (best && best.d > 0 && best.d <= allowed) return best.spelling;
  }
  return undefined;
}

/** The generic phrase where the organisation's name belongs, as a short quote, or undefined. */
function genericUse(value: unknown, isName: boolean): string | undefined {
  for (const line of splitLines(value)) {
    for (let at = line.indexOf(GENERIC); at >= 0; at = line.indexOf(GENERIC, at + GENERIC.length)) {
      const before = line.slice(0, at).trimEnd();
      const after = line.slice(at + GENERIC.length);
      if (GENERAL_AFTER.test(after) || inFrameworkTitle(line, at)) continue;
      const owned = before.endsWith('บุคลากร') || (before.endsWith('ของ') && !TITLE_CONTEXT.test(before.slice(-80)));
      const subject = !isName && before === '' && SUBJECT_AFTER.test(after);
      if (owned || subject) return line.slice(Math.max(0, at - 20), at + GENERIC.length + 10).trim();
    }
  }
  return undefined;
}

/** Whether the words leading up to the phrase are a framework title's ("…บริหารกิจการขององค์กรปกครองส่วนท้องถิ่น"). */
function inFrameworkTitle(line: string, at: number): boolean {
  const lead = line.slice(Math.max(0, at - 12), at).replace(/\s+/g, '');
  return lead.length >= 4 && FRAMEWORK_TITLES.some((t) => t.includes(lead + GENERIC));
}

/** Outputs and outcomes that repeat the method, or the row above, word for word. */
function resultFindings(row: MeasureRow, above: MeasureRow | undefined): Finding[] {
  const out: Finding[] = [];
  const method = comparisonKey(row.raw.method);
  for (const { key, field } of RESULT_FIELDS) {
    const cell = row.cells[key];
    const text = comparisonKey(row.raw[key]);
    if (!cell || text.length < MIN_RESULT_LENGTH) continue;
    if (text === method) out.push(flag('RESULT_SAME_AS_METHOD', row.sheet, cell, { field }));
    else if (above && comparisonKey(above.raw[key]) === text) out.push(flag('RESULT_COPIED_FROM_ABOVE', row.sheet, cell, { field, other: `${above.sheet}!${above.cells[key]}` }));
  }
  return out;
}

export const textRules: RuleSet = { name: 'ข้อความ', rules: RULES, check };
