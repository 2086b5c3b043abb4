import { totalBudget } from '../../plan/model';
import { budgetTextAgrees, budgetTextFor, readBudgetText } from '../../thai/budgetText';
import { formatBaht, readBudget, type BudgetReading } from '../../thai/money';
import { cleanText } from '../../thai/text';
import { a1, parseA1 } from '../../workbook/a1';
import { cellValue, type SheetSnapshot } from '../../workbook/grid';
import { budgetKey } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const NUMBER_FIX = 'พิมพ์เป็นจำนวนเงินบาท เช่น 40000 หรือ 40,000 (เว้นว่างหรือใส่ 0 ถ้าไม่ใช้งบประมาณ)';

const RULES = {
  BUDGET_NOT_NUMBER: {
    severity: 'error',
    title: 'งบประมาณไม่ใช่ตัวเลข',
    message: 'งบประมาณปี {year} “{raw}” อ่านเป็นจำนวนเงินไม่ได้',
    fix: NUMBER_FIX,
  },
  BUDGET_NEGATIVE: {
    severity: 'error',
    title: 'งบประมาณติดลบ',
    message: 'งบประมาณปี {year} ติดลบ ({raw})',
    fix: NUMBER_FIX,
  },
  BUDGET_FORMULA_ERROR: {
    severity: 'error',
    title: 'สูตรงบประมาณคำนวณไม่ได้',
    message: 'งบประมาณปี {year} เป็นสูตรที่คำนวณไม่ได้หรือไม่มีผลลัพธ์ ({raw}) จึงไม่รู้ว่าใช้งบประมาณเท่าใด',
    fix: 'แก้สูตรให้อ้างถึงเซลล์ที่มีอยู่ หรือพิมพ์จำนวนเงินแทนสูตร (ไม่ใช้งบประมาณ = เว้นว่างหรือ 0)',
  },
  BUDGET_SATANG: {
    severity: 'error',
    title: 'งบประมาณมีทศนิยมเกินสตางค์',
    message: 'งบประมาณปี {year} “{raw}” มีทศนิยมเกิน ๒ ตำแหน่ง',
    fix: 'ปัดเป็นบาทหรือสตางค์ (ทศนิยมไม่เกิน ๒ ตำแหน่ง)',
  },
  BUDGET_OUTSIDE_YEARS: {
    severity: 'error',
    title: 'งบประมาณอยู่นอกปีของแผน',
    message: 'มีงบประมาณ “{raw}” ในปี {year} ซึ่งอยู่นอกปีของแผน ({first}–{last}) จึงไม่ถูกนับในเอกสาร',
    fix: 'ย้ายจำนวนเงินไปไว้ในคอลัมน์ปีของแผน หรือแก้ปีแรก/ปีสุดท้ายในแผ่นงาน ข้อมูลหน่วยงาน',
  },
  BUDGET_TEXT_MISMATCH: {
    severity: 'error',
    title: 'งบประมาณในรายละเอียดไม่ตรงกับงบรายปี',
    message: 'งบประมาณในรายละเอียด “{text}” ไม่ตรงกับช่องงบประมาณรายปี ({columns})',
    fix: 'ช่องงบประมาณรายปีคือตัวเลขที่ใช้ในเอกสาร: แก้ข้อความเป็น “{columns}” หรือแก้ช่องรายปีให้ถูกต้อง',
  },
  BUDGET_TEXT_NO_AMOUNT: {
    severity: 'warning',
    title: 'งบประมาณในรายละเอียดไม่ระบุจำนวนเงิน',
    message: 'งบประมาณในรายละเอียด “{text}” ไม่ระบุจำนวนเงิน แต่ช่องรายปีมีงบประมาณรวม {total} บาท',
    fix: 'แก้ข้อความเป็น “{columns}”',
  },
} as const;

const flag = reporter(RULES);

const REASON_CODE = { 'not-a-number': 'BUDGET_NOT_NUMBER', negative: 'BUDGET_NEGATIVE', satang: 'BUDGET_SATANG', 'formula-error': 'BUDGET_FORMULA_ERROR' } as const;

/** Per-year cells readable as money and inside the plan years; the detail text agreeing with them. */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  const { years } = input;
  const first = years[0];
  const last = years[years.length - 1];
  for (const dim of input.workbook.dimensions) {
    const snap = input.snapshot(dim.sheet);
    for (const { sheet, row, raw, cells, measure } of dim.rows) {
      let readable = true;
      for (const year of years) {
        const key = budgetKey(year);
        const reading = budgetReading(raw[key], snap, cells[key]);
        if (reading.kind !== 'invalid' || cells[key] === undefined) continue;
        readable = false;
        findings.push(flag(REASON_CODE[reading.reason], sheet, cells[key]!, { year, raw: reading.raw }));
      }
      for (const extra of dim.extraBudgetYears) {
        const value = snap ? cellValue(snap, row, extra.col) : '';
        if (readBudget(value).kind !== 'none') {
          findings.push(flag('BUDGET_OUTSIDE_YEARS', sheet, a1(row, extra.col), { raw: cleanText(value), year: extra.year, first, last }));
        }
      }
      const textCell = cells.budgetText;
      if (!readable || textCell === undefined) continue;
      const reading = readBudgetText(raw.budgetText);
      const params = { text: cleanText(raw.budgetText), columns: budgetTextFor(measure.budgets, years) };
      if (!budgetTextAgrees(reading, measure.budgets, years)) findings.push(flag('BUDGET_TEXT_MISMATCH', sheet, textCell, params));
      else if (reading.kind === 'unreadable' && totalBudget(measure) > 0) {
        findings.push(flag('BUDGET_TEXT_NO_AMOUNT', sheet, textCell, { ...params, total: formatBaht(totalBudget(measure)) }));
      }
    }
  }
  return findings;
}

export const budgetRules: RuleSet = { name: 'งบประมาณ', rules: RULES, check };

/**
 * The cell read as money; a formula with no result (a file saved without calculating, or a
 * result the reader cannot see) is an error, not "no budget".
 */
function budgetReading(value: unknown, snap: SheetSnapshot | undefined, cell: string | undefined): BudgetReading {
  const at = cell ? parseA1(cell) : undefined;
  const formula = snap && at ? String(snap.formulas[at.row - 1]?.[at.col - 1] ?? '') : '';
  if (formula && (value === '' || value === null || value === undefined)) return { kind: 'invalid', raw: formula, reason: 'formula-error' };
  return readBudget(value);
}
