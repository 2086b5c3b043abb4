import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot, WantedCell } from '../workbook/grid';
import { FIRST_DATA_ROW, LAST_DATA_ROW, SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import { RISK_COLUMNS, RISK_FORMATS, RISK_FROZEN_COLUMNS, RISK_RULES, RISK_TAB_COLOR, RISK_TAB_TITLE, type RiskKey } from './layout';
import { levelFormula, riskOrdinalFormula, scoreFormula } from './score';

/**
 * The tab's scaffold: headers, dropdowns, and on every data row whose cells are empty the
 * formulas of ลำดับ, score and level. Re-running refills only empty cells, so a score someone
 * typed over stays (validation says when it disagrees with likelihood × impact).
 */
export function riskPlan(existing: SheetSnapshot | undefined): SheetPlan {
  return tableTabPlan(existing, {
    name: SHEET.risk,
    title: RISK_TAB_TITLE,
    columns: RISK_COLUMNS,
    formats: RISK_FORMATS,
    rules: RISK_RULES,
    frozenColumns: RISK_FROZEN_COLUMNS,
    tabColor: RISK_TAB_COLOR,
  }, riskFormulas);
}

function riskFormulas(columns: ReadonlyMap<RiskKey, number>): WantedCell[] {
  const letter = (k: RiskKey) => columnLetter(columns.get(k)!);
  const wanted: WantedCell[] = [];
  for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) {
    wanted.push(
      { row: r, col: columns.get('no')!, value: riskOrdinalFormula(r, letter('year'), letter('risk')) },
      { row: r, col: columns.get('score')!, value: scoreFormula(r, letter('likelihood'), letter('impact')) },
      { row: r, col: columns.get('level')!, value: levelFormula(r, letter('score')) },
    );
  }
  return wanted;
}
