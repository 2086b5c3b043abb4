import { toArabicDigits } from '../../thai/digits';
import { cleanText } from '../../thai/text';
import { a1 } from '../../workbook/a1';
import { cellValue } from '../../workbook/grid';
import { SHEET, dimensionSheetName } from '../../workbook/layout';
import { summaryRowKey, summaryRows, type SummaryKey, type SummaryRowKind } from '../../workbook/summary';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';
import { readSummarySheet } from '../summarySheet';

const RULES = {
  STATED_COUNT_MISMATCH: {
    severity: 'error',
    title: 'จำนวนที่เอกสารระบุไม่ตรงกับแผน',
    message: '{source}ระบุว่า{what} มี {stated} โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี {actual} รายการ',
    fix: 'แก้ตัวเลขใน{source}เป็น {actual} หรือเพิ่ม/ลบแถวใน{where}ให้ตรงกับที่ตั้งใจ แล้วแก้ช่องนี้ให้ตรงกับเอกสาร',
  },
  STATED_NOT_NUMBER: {
    severity: 'error',
    title: 'จำนวนที่ระบุไม่ใช่ตัวเลข',
    message: 'จำนวนที่ระบุ “{raw}” ไม่ใช่จำนวนเต็ม',
    fix: 'พิมพ์เฉพาะตัวเลขตามที่เอกสารระบุ เช่น 27 (ใส่ 0 หรือ - ถ้าเอกสารระบุว่าไม่มี)',
  },
} as const;

const flag = reporter(RULES);

const SOURCES: readonly { key: SummaryKey; source: string }[] = [
  { key: 'statedPreface', source: 'คำนำของเอกสาร' },
  { key: 'statedTable', source: 'ตารางสรุปของเอกสาร' },
];

/** "27", 27, "๒๗", "27 โครงการ", "-" (none) → the count; anything else → undefined. */
export function readStatedCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const text = toArabicDigits(cleanText(value));
  if (/^[-–—]$/.test(text)) return 0;
  const m = /^(\d+)(\s*[\u0E00-\u0E7F/]+)?$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The figures a user copied from an existing document (its preface and its summary table)
 * against the counts of the rows: the seeds' classic error (a preface saying 27 above a table
 * saying 23, over a list of 46).
 */
function check(input: ValidationInput): Finding[] {
  const summary = readSummarySheet(input);
  if (!summary) return [];
  const findings: Finding[] = [];
  for (const row of summaryRows(input.framework)) {
    const r = summary.foundRows.get(summaryRowKey(row));
    if (r === undefined) continue;
    for (const { key, source } of SOURCES) {
      if (summary.missingColumns.has(key)) continue;
      const col = summary.layout.columns.get(key)!;
      const raw = cellValue(summary.snap, r, col);
      if (cleanText(raw) === '') continue;
      const cell = a1(r, col);
      const stated = readStatedCount(raw);
      if (stated === undefined) {
        findings.push(flag('STATED_NOT_NUMBER', SHEET.summary, cell, { raw: cleanText(raw) }));
        continue;
      }
      const actual = actualCount(input, row);
      if (stated !== actual) findings.push(flag('STATED_COUNT_MISMATCH', SHEET.summary, cell, { source, what: describe(row), stated, actual, where: whereOf(row) }));
    }
  }
  return findings;
}

function actualCount(input: ValidationInput, row: SummaryRowKind): number {
  if (row.level === 'total') return input.figures.total.count;
  if (row.level === 'dimension') return input.figures.byDimension.get(row.dimension)?.count ?? 0;
  return input.figures.bySub.get(row.code)?.count ?? 0;
}

function describe(row: SummaryRowKind): string {
  if (row.level === 'total') return 'ทั้งแผน';
  return row.level === 'dimension' ? dimensionSheetName(row.dimension) : `มิติย่อย ${row.code}`;
}

function whereOf(row: SummaryRowKind): string {
  return row.level === 'total' ? 'แผ่นงานมิติที่ 1–4 ' : `แผ่นงาน “${dimensionSheetName(row.dimension)}” `;
}

export const statedRules: RuleSet = { name: 'จำนวนที่ระบุในเอกสารเดิม', rules: RULES, check };
