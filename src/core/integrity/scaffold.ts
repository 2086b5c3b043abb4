import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot, WantedCell } from '../workbook/grid';
import { FIRST_DATA_ROW, LAST_DATA_ROW, SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import {
  INTEGRITY_COLUMNS, INTEGRITY_FORMATS, INTEGRITY_FROZEN_COLUMNS, INTEGRITY_RULES, INTEGRITY_TAB_COLOR, INTEGRITY_TAB_TITLE,
  type IntegrityKey,
} from './layout';

/**
 * The tab's scaffold: headers, formats, and on every data row whose ลำดับ cell is empty the
 * formula that numbers the practice within its year and area (rows above with the same year
 * and area and a practice, counted). Re-running refills only empty ลำดับ cells.
 */
export function integrityPlan(existing: SheetSnapshot | undefined): SheetPlan {
  return tableTabPlan(existing, {
    name: SHEET.integrity,
    title: INTEGRITY_TAB_TITLE,
    columns: INTEGRITY_COLUMNS,
    formats: INTEGRITY_FORMATS,
    rules: INTEGRITY_RULES,
    frozenColumns: INTEGRITY_FROZEN_COLUMNS,
    tabColor: INTEGRITY_TAB_COLOR,
  }, ordinalFormulas);
}

function ordinalFormulas(columns: ReadonlyMap<IntegrityKey, number>): WantedCell[] {
  const [year, area, practice] = (['year', 'areaNo', 'practice'] as const).map((k) => columnLetter(columns.get(k)!));
  const col = columns.get('no')!;
  const wanted: WantedCell[] = [];
  for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) wanted.push({ row: r, col, value: ordinalFormula(r, year, area, practice) });
  return wanted;
}

export function ordinalFormula(row: number, year: string, area: string, practice: string): string {
  const first = FIRST_DATA_ROW;
  return `=IF(OR(${practice}${row}="",${area}${row}=""),"",COUNTIFS($${year}$${first}:$${year}${row},$${year}${row},$${area}$${first}:$${area}${row},$${area}${row},$${practice}$${first}:$${practice}${row},"<>"))`;
}
