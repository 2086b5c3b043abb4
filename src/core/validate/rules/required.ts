import { MEASURE_TYPES, typeFromName } from '../../plan/model';
import { cleanText } from '../../thai/text';
import type { MeasureColumnKey } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const RULES = {
  REQUIRED_EMPTY: {
    severity: 'error',
    title: 'ช่องที่ต้องกรอกว่าง',
    message: 'ยังไม่ได้กรอก{field}{of}',
    fix: '{hint}',
  },
  TYPE_UNKNOWN: {
    severity: 'error',
    title: 'ประเภทไม่ถูกต้อง',
    message: 'ประเภท “{typed}” ไม่ใช่ โครงการ / กิจกรรม / มาตรการ',
    fix: 'เลือกประเภทจากรายการ: โครงการ, กิจกรรม หรือ มาตรการ',
  },
} as const;

const flag = reporter(RULES);

const FIELDS: readonly { key: MeasureColumnKey; field: string; hint: string }[] = [
  { key: 'name', field: 'ชื่อโครงการ/กิจกรรม/มาตรการ', hint: 'พิมพ์ชื่อเต็มของโครงการ/กิจกรรม/มาตรการ หรือลบแถวนี้ถ้าไม่ใช้' },
  { key: 'type', field: 'ประเภท', hint: 'เลือก โครงการ / กิจกรรม / มาตรการ' },
  { key: 'responsible', field: 'ผู้รับผิดชอบ', hint: 'ระบุกอง/สำนัก/งานที่รับผิดชอบ เช่น งานนิติการ สำนักปลัดเทศบาล' },
];

/** Name, type and responsible unit on every measure row (the code is checked with the codes). */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  for (const dim of input.workbook.dimensions) {
    for (const { sheet, raw, cells, measure } of dim.rows) {
      for (const { key, field, hint } of FIELDS) {
        const cell = cells[key];
        if (cell === undefined) continue;
        const typed = cleanText(raw[key]);
        const of = key === 'name' || measure.name === '' ? '' : `ของ “${measure.name}”`;
        if (typed === '') {
          const guess = key === 'type' ? typeFromName(measure.name) : '';
          findings.push(flag('REQUIRED_EMPTY', sheet, cell, { field, of, hint: guess ? `${hint} (จากชื่อน่าจะเป็น “${guess}”)` : hint }));
        } else if (key === 'type' && !MEASURE_TYPES.some((t) => t === typed)) {
          findings.push(flag('TYPE_UNKNOWN', sheet, cell, { typed }));
        }
      }
    }
  }
  return findings;
}

export const requiredRules: RuleSet = { name: 'ช่องที่ต้องกรอก', rules: RULES, check };
