import type { SheetSnapshot } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import { COMMITTEE_COLUMNS, COMMITTEE_RULES, COMMITTEE_TAB_COLOR, COMMITTEE_TAB_TITLE } from './layout';

/** The tab's scaffold: title, headers and the role dropdown; the members are the officer's. */
export function committeePlan(existing: SheetSnapshot | undefined): SheetPlan {
  return tableTabPlan(existing, {
    name: SHEET.committee,
    title: COMMITTEE_TAB_TITLE,
    columns: COMMITTEE_COLUMNS,
    formats: {},
    rules: COMMITTEE_RULES,
    frozenColumns: 1,
    tabColor: COMMITTEE_TAB_COLOR,
  });
}
