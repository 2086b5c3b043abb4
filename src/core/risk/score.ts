import { toArabicDigits } from '../thai/digits';
import { cleanText } from '../thai/text';
import { FIRST_DATA_ROW } from '../workbook/layout';
import { MANAGED_LEVELS, RISK_LEVELS, type RiskLevel } from './layout';

/** A likelihood or impact as typed: 1–5 (Thai digits too); undefined when blank; NaN when not 1–5. */
export function readGrade(value: unknown): number | undefined {
  const text = toArabicDigits(cleanText(value));
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : NaN;
}

export function levelOf(score: number): RiskLevel {
  let level: RiskLevel = 'low';
  for (const l of RISK_LEVELS) if (score >= l.from) level = l.level;
  return level;
}

export const levelLabel = (level: RiskLevel): string => RISK_LEVELS.find((l) => l.level === level)!.label;

export const isManaged = (level: RiskLevel): boolean => MANAGED_LEVELS.includes(level);

/** Score cell formula of a row: the product once both grades are there. */
export function scoreFormula(row: number, likelihood: string, impact: string): string {
  return `=IF(OR(${likelihood}${row}="",${impact}${row}=""),"",${likelihood}${row}*${impact}${row})`;
}

/** Level cell formula of a row, from its score, with the thresholds of RISK_LEVELS. */
export function levelFormula(row: number, score: string): string {
  const [low, ...rest] = RISK_LEVELS;
  const nested = rest.reduceRight((inner, l, i) => `IF(${score}${row}<${l.from},"${(i === 0 ? low : rest[i - 1]).label}",${inner})`, `"${rest[rest.length - 1].label}"`);
  return `=IF(${score}${row}="","",${nested})`;
}

/** ลำดับ of a row: its place among the rows of the same fiscal year that name a risk. */
export function riskOrdinalFormula(row: number, year: string, risk: string): string {
  const first = FIRST_DATA_ROW;
  return `=IF(OR(${risk}${row}="",${year}${row}=""),"",COUNTIFS($${year}$${first}:$${year}${row},$${year}${row},$${risk}$${first}:$${risk}${row},"<>"))`;
}
