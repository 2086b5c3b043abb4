import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { formatBaht } from '../thai/money';
import { cleanText } from '../thai/text';
import { formatThaiDate } from '../thai/dates';
import { SHEET } from '../workbook/layout';
import { ROUND_LABEL, formatPeriod, inPeriod, roundPeriod } from './period';
import { indexPlan, matchToPlan } from './planned';
import { baht, measureKey, readMonitoringSheet, type MonitoringRow } from './read';
import { STATUS } from './status';

const RULES = {
  MON_YEAR_INVALID: {
    severity: 'error',
    title: 'ปีงบประมาณของแถวติดตามผลอ่านไม่ได้',
    message: 'ปีงบประมาณ “{value}” อ่านไม่ได้ แถวนี้จึงไม่ถูกนับในรายงาน',
    fix: 'พิมพ์ปี พ.ศ. ๔ หลัก เช่น 2567',
  },
  MON_ROUND_INVALID: {
    severity: 'error',
    title: 'รอบการติดตามอ่านไม่ได้',
    message: 'รอบการติดตาม “{value}” อ่านไม่ได้ แถวนี้จึงไม่ถูกนับในรายงาน',
    fix: 'เลือก “6 เดือน” หรือ “12 เดือน” จากรายการ',
  },
  MON_YEAR_NOT_PLANNED: {
    severity: 'error',
    title: 'ติดตามผลปีที่ไม่อยู่ในแผน',
    message: 'ปีงบประมาณ {year} อยู่นอกช่วงปีของแผน ({first}–{last}) จึงไม่มีโครงการที่วางแผนไว้ในปีนั้น',
    fix: 'แก้ปีงบประมาณให้อยู่ในช่วงปีของแผน หรือแก้ช่วงปีของแผนในแผ่นงานข้อมูลหน่วยงาน',
  },
  MON_DIMENSION_INVALID: {
    severity: 'error',
    title: 'ไม่ทราบมิติของแถวติดตามผล',
    message: 'ไม่ทราบว่า “{name}” อยู่ในมิติใด (มิติและรหัสภารกิจอ่านไม่ได้) แถวนี้จึงไม่ถูกนับในตารางสรุป',
    fix: 'ใส่เลขมิติ 1–4 หรือรหัสภารกิจ เช่น 1.1.1',
  },
  MON_NOT_IN_PLAN: {
    severity: 'warning',
    title: 'แถวติดตามผลอ้างถึงโครงการที่ไม่มีในแผน',
    message: '“{code} {name}” ไม่มีในแผนแล้ว (อาจถูกลบออกจากแผน) แต่ยังถูกนับในรายงาน{round}',
    fix: 'ถ้าตัดโครงการนี้ออกจากแผนแล้ว ให้ลบแถวนี้ ถ้ายังดำเนินการอยู่ ให้เพิ่มกลับในแผ่นงานมิติ หรือแก้รหัสและชื่อให้ตรงกับแผน',
  },
  MON_RENAMED: {
    severity: 'warning',
    title: 'ชื่อโครงการในแถวติดตามผลไม่ตรงกับแผน',
    message: 'รหัส {code} ในแผนชื่อ “{planName}” แต่แถวนี้ชื่อ “{name}” (อาจแก้ชื่อในแผนภายหลัง)',
    fix: 'ถ้าเป็นโครงการเดียวกัน ให้แก้ชื่อให้ตรงกับแผนและลบแถวที่ซ้ำ (ถ้ามี) แล้วสร้างรายงานใหม่',
  },
  MON_DUPLICATE: {
    severity: 'error',
    title: 'โครงการซ้ำในรอบเดียวกัน',
    message: '“{code} {name}” มีมากกว่าหนึ่งแถวในปีงบประมาณ {year} รอบ {round} (ซ้ำกับแถว {other}) รายงานจะนับซ้ำ',
    fix: 'รวมข้อมูลไว้แถวเดียวแล้วลบแถวที่ซ้ำ',
  },
  MON_STATUS_INVALID: {
    severity: 'error',
    title: 'สถานะไม่อยู่ในรายการ',
    message: 'สถานะ “{value}” ไม่อยู่ในรายการ รายงานจะนับเป็น “รอรายงานผล”',
    fix: `เลือก ${Object.values(STATUS).join(' / ')} จากรายการ`,
  },
  MON_AMOUNT_INVALID: {
    severity: 'error',
    title: 'จำนวนเงินอ่านไม่ได้',
    message: '{column} “{value}” อ่านไม่ได้หรือติดลบ รายงานจะนับเป็น 0',
    fix: 'พิมพ์จำนวนเงินเป็นตัวเลข เช่น 15000 หรือ 15,000.50',
  },
  MON_SPENT_OVER_PLAN: {
    severity: 'error',
    title: 'ใช้งบประมาณเกินแผน',
    message: 'ใช้งบประมาณจริง {spent} บาท เกินงบประมาณตามแผน {planned}',
    fix: 'ตรวจสอบจำนวนเงินที่ใช้จริง ถ้าใช้เกินจริง (เช่น โอนงบประมาณเพิ่ม) ให้แก้งบประมาณตามแผนและระบุเหตุผลในหมายเหตุหรือปัญหาอุปสรรค',
  },
  MON_SPENT_NO_STATUS: {
    severity: 'error',
    title: 'มีการใช้งบประมาณแต่ไม่ระบุสถานะ',
    message: 'ใช้งบประมาณ {spent} บาท แต่ยังไม่ได้เลือกสถานะ รายงานจะนับเป็น “รอรายงานผล”',
    fix: 'เลือกสถานะ เช่น ดำเนินการแล้ว หรือ อยู่ระหว่างดำเนินการ',
  },
  MON_DONE_NO_RESULT: {
    severity: 'error',
    title: 'ดำเนินการแล้วแต่ไม่มีผลการดำเนินงาน',
    message: 'สถานะ “ดำเนินการแล้ว” แต่ช่องผลการดำเนินงานว่าง',
    fix: 'สรุปผลการดำเนินงาน เช่น จำนวนผู้เข้าร่วม สิ่งที่ได้ดำเนินการ และผลที่ได้รับ',
  },
  MON_CANCELLED_NO_REASON: {
    severity: 'warning',
    title: 'ยกเลิกโดยไม่ระบุเหตุผล',
    message: 'สถานะ “ยกเลิก” แต่ไม่ได้ระบุเหตุผลที่ไม่สามารถดำเนินการได้',
    fix: 'ระบุเหตุผล เช่น ไม่ได้รับการจัดสรรงบประมาณ หรือสถานการณ์ไม่เอื้ออำนวย',
  },
  MON_DATE_INVALID: {
    severity: 'error',
    title: 'วันที่อ่านไม่ได้',
    message: 'วันที่ “{value}” อ่านไม่ได้',
    fix: 'พิมพ์วันที่ เช่น 15/1/2567 หรือ 15 ม.ค. 2567',
  },
  MON_DATE_OUTSIDE_YEAR: {
    severity: 'error',
    title: 'วันที่อยู่นอกปีงบประมาณ',
    message: 'วันที่ {date} อยู่นอกปีงบประมาณ {year} ({period})',
    fix: 'ตรวจสอบวันที่หรือปีงบประมาณของแถวนี้ (ปี พ.ศ. ของวันที่ในเดือน ต.ค.–ธ.ค. คือปีก่อนปีงบประมาณ)',
  },
  MON_DATE_OUTSIDE_ROUND: {
    severity: 'warning',
    title: 'วันที่อยู่นอกช่วงของรอบ',
    message: 'วันที่ {date} อยู่หลังสิ้นสุดรอบ {round} ({period})',
    fix: 'ถ้าดำเนินการหลังสิ้นรอบ ให้รายงานในรอบ 12 เดือน และในรอบนี้ใช้สถานะ อยู่ระหว่างดำเนินการ หรือ ยังไม่ดำเนินการ',
  },
} as const;

const flag = reporter(RULES);
const sheet = SHEET.monitoring;

/** Monitoring rows checked against themselves, their round and the plan. Every finding names its cell. */
function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(sheet);
  if (!snap) return [];
  const { plan } = input.workbook;
  const index = indexPlan(plan.measures);
  const firstSeen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const row of readMonitoringSheet(snap).rows) {
    findings.push(...checkIdentity(row, input, index, firstSeen), ...checkProgress(row));
  }
  return findings;
}

function checkIdentity(row: MonitoringRow, input: ValidationInput, index: ReturnType<typeof indexPlan>, firstSeen: Map<string, number>): Finding[] {
  const { entry, cells, raw } = row;
  const out: Finding[] = [];
  const cell = (k: keyof typeof cells) => cells[k] ?? cells.name ?? `A${row.row}`;
  if (entry.fiscalYear === undefined) out.push(flag('MON_YEAR_INVALID', sheet, cell('fiscalYear'), { value: cleanText(raw.fiscalYear) }));
  else if (!input.years.includes(entry.fiscalYear)) {
    out.push(flag('MON_YEAR_NOT_PLANNED', sheet, cell('fiscalYear'), { year: entry.fiscalYear, first: input.years[0], last: input.years[input.years.length - 1] }));
  }
  if (entry.round === undefined) out.push(flag('MON_ROUND_INVALID', sheet, cell('round'), { value: cleanText(raw.round) }));
  if (entry.dimension === undefined) out.push(flag('MON_DIMENSION_INVALID', sheet, cell('dimension'), { name: entry.name }));
  const match = matchToPlan(entry, index);
  const round = entry.round ? ` รอบ ${ROUND_LABEL[entry.round]}` : '';
  if (match.kind === 'notInPlan') out.push(flag('MON_NOT_IN_PLAN', sheet, cell('name'), { code: entry.code, name: entry.name, round }));
  if (match.kind === 'renamed') out.push(flag('MON_RENAMED', sheet, cell('name'), { code: entry.code, name: entry.name, planName: match.candidates.map((m) => m.name).join('” หรือ “') }));
  if (entry.fiscalYear !== undefined && entry.round !== undefined) {
    const key = `${entry.fiscalYear}|${entry.round}|${measureKey(entry.code, entry.name)}`;
    const other = firstSeen.get(key);
    if (other === undefined) firstSeen.set(key, row.row);
    else out.push(flag('MON_DUPLICATE', sheet, cell('name'), { code: entry.code, name: entry.name, year: entry.fiscalYear, round: ROUND_LABEL[entry.round], other }));
  }
  return out;
}

const MONEY_COLUMNS = [
  ['planned', 'งบประมาณตามแผน'],
  ['ordinance', 'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ'],
  ['spent', 'งบประมาณที่ใช้จริง'],
] as const;

function checkProgress(row: MonitoringRow): Finding[] {
  const { entry, cells, raw } = row;
  const out: Finding[] = [];
  const cell = (k: keyof typeof cells) => cells[k] ?? `A${row.row}`;
  for (const [key, column] of MONEY_COLUMNS) {
    if (entry[key].kind === 'invalid') out.push(flag('MON_AMOUNT_INVALID', sheet, cell(key), { column, value: cleanText(raw[key]) }));
  }
  if (entry.status.kind === 'invalid') out.push(flag('MON_STATUS_INVALID', sheet, cell('status'), { value: entry.status.raw }));
  const spent = baht(entry.spent);
  const planned = baht(entry.planned);
  if (spent > planned) {
    out.push(flag('MON_SPENT_OVER_PLAN', sheet, cell('spent'), { spent: formatBaht(spent), planned: planned ? `${formatBaht(planned)} บาท` : '(แผนไม่ได้ตั้งงบประมาณไว้)' }));
  }
  if (spent > 0 && entry.status.kind === 'blank') out.push(flag('MON_SPENT_NO_STATUS', sheet, cell('status'), { spent: formatBaht(spent) }));
  if (entry.status.kind === 'status' && entry.status.key === 'done' && entry.result === '') out.push(flag('MON_DONE_NO_RESULT', sheet, cell('result'), {}));
  if (entry.status.kind === 'status' && entry.status.key === 'cancelled' && entry.reason === '') out.push(flag('MON_CANCELLED_NO_REASON', sheet, cell('reason'), {}));
  out.push(...checkDate(row));
  return out;
}

function checkDate(row: MonitoringRow): Finding[] {
  const { entry, cells, raw } = row;
  const cell = cells.date ?? `A${row.row}`;
  if (cleanText(raw.date) === '') return [];
  if (!entry.date) return [flag('MON_DATE_INVALID', sheet, cell, { value: cleanText(raw.date) })];
  if (entry.fiscalYear === undefined) return [];
  const date = formatThaiDate(entry.date, 'arabic');
  const year = roundPeriod(entry.fiscalYear, 12);
  if (!inPeriod(entry.date, year)) return [flag('MON_DATE_OUTSIDE_YEAR', sheet, cell, { date, year: entry.fiscalYear, period: formatPeriod(year, 'arabic') })];
  if (entry.round === undefined) return [];
  const round = roundPeriod(entry.fiscalYear, entry.round);
  return inPeriod(entry.date, round) ? [] : [flag('MON_DATE_OUTSIDE_ROUND', sheet, cell, { date, round: ROUND_LABEL[entry.round], period: formatPeriod(round, 'arabic') })];
}

export const monitoringRules: RuleSet = { name: 'การติดตามผล', rules: RULES, check };
