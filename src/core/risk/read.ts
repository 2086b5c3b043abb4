import { readTableTab, type TableRecord } from '../integrity/table';
import { toArabicDigits } from '../thai/digits';
import type { SheetSnapshot } from '../workbook/grid';
import { RISK_COLUMNS, RISK_INPUT_KEYS, type RiskKey, type RiskLevel } from './layout';
import { levelOf, readGrade } from './score';

/** One risk as read: grades undefined when blank, NaN when not 1–5; score and level from the grades, never from the cells. */
export interface RiskRow extends TableRecord<RiskKey> {
  readonly year: number | undefined;
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  /** likelihood × impact when both are 1–5. */
  readonly score: number | undefined;
  readonly level: RiskLevel | undefined;
}

export interface RiskSheetRead {
  readonly columns: ReadonlyMap<RiskKey, number>;
  readonly rows: readonly RiskRow[];
}

export function readRiskSheet(snap: SheetSnapshot): RiskSheetRead {
  const { columns, records } = readTableTab(snap, RISK_COLUMNS, RISK_INPUT_KEYS);
  return {
    columns,
    rows: records.map((r) => {
      const likelihood = readGrade(r.raw.likelihood);
      const impact = readGrade(r.raw.impact);
      const score = likelihood !== undefined && impact !== undefined && !Number.isNaN(likelihood * impact) ? likelihood * impact : undefined;
      const yearText = toArabicDigits(r.text.year);
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
      return { ...r, year, likelihood, impact, score, level: score === undefined ? undefined : levelOf(score) };
    }),
  };
}

/** The risks of one fiscal year, in the tab's order. */
export const risksOfYear = (rows: readonly RiskRow[], fiscalYear: number): RiskRow[] => rows.filter((r) => r.year === fiscalYear && r.text.risk !== '');
