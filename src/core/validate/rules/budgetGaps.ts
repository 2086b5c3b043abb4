import { durationYears } from '../../import/budgets';
import { readBudgetText } from '../../thai/budgetText';
import { toArabicDigits } from '../../thai/digits';
import { formatBaht } from '../../thai/money';
import { cleanText } from '../../thai/text';
import { budgetKey } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

/**
 * A year left blank between years with amounts: a cell lost when the plan was copied (a PDF
 * table drops its empty cells and shifts the amounts) or simply forgotten. A measure that starts
 * late or ends early leaves its first or last years blank, which is ordinary; a year typed 0 or
 * "-" says "no budget" on purpose, and so does a detail text naming the years it runs or is
 * funded ("ปี 2566: 40,000 บาท, ปี 2568: …", "พ.ศ. ๒๕๖๖, ๒๕๖๘ และ ๒๕๗๐": a measure every other year).
 */
const RULES = {
  BUDGET_YEAR_BLANK: {
    severity: 'warning',
    title: 'งบประมาณบางปีว่างไว้',
    message: 'งบประมาณปี {year} ว่างไว้ ทั้งที่ปี {before} ({beforeAmount} บาท) และปี {after} ({afterAmount} บาท) มีงบประมาณ',
    fix: 'กรอกงบประมาณปี {year} หรือใส่ 0 ถ้าปีนั้นไม่ใช้งบประมาณ (ตรวจด้วยว่าจำนวนเงินปีอื่นไม่ได้เลื่อนช่อง)',
  },
} as const;

const flag = reporter(RULES);

const isBlank = (value: unknown) => cleanText(value) === '';

/** The years a measure's detail text ties amounts to, or names one by one (a range names them all). */
function namedYears(budgetText: string, duration: string): number[] {
  const reading = readBudgetText(budgetText);
  if (reading.kind === 'amounts' && reading.byYear.size > 0) return [...reading.byYear.keys()];
  const text = toArabicDigits(duration);
  const years = new Set(durationYears(text));
  for (const m of text.matchAll(/(?<![\d,])25\d\d(?!\d)/g)) years.add(Number(m[0]));
  return [...years];
}

function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  const { years } = input;
  for (const dim of input.workbook.dimensions) {
    for (const { sheet, raw, cells, measure } of dim.rows) {
      const funded = years.filter((y) => (measure.budgets[y] ?? 0) > 0);
      if (funded.length < 2) continue;
      const named = namedYears(measure.details.budgetText, measure.details.duration);
      for (const year of years) {
        const cell = cells[budgetKey(year)];
        if (cell === undefined || !isBlank(raw[budgetKey(year)])) continue;
        // The detail names the years it runs and leaves this one out: blank on purpose.
        if (named.length > 0 && !named.includes(year)) continue;
        const before = [...funded].reverse().find((y) => y < year);
        const after = funded.find((y) => y > year);
        if (before === undefined || after === undefined) continue;
        findings.push(flag('BUDGET_YEAR_BLANK', sheet, cell, { year, before, after, beforeAmount: formatBaht(measure.budgets[before]), afterAmount: formatBaht(measure.budgets[after]) }));
      }
    }
  }
  return findings;
}

export const budgetGapRules: RuleSet = { name: 'งบประมาณรายปีที่ว่าง', rules: RULES, check };
