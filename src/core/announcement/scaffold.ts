import type { SheetSnapshot } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import {
  ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_FORMATS, ANNOUNCEMENT_FROZEN_COLUMNS, ANNOUNCEMENT_RULES, ANNOUNCEMENT_TAB_COLOR, ANNOUNCEMENT_TAB_TITLE,
} from './layout';

/** The tab's scaffold: title, headers, the ประเภทข้อ dropdown and formats; the outline is the officer's. */
export function announcementPlan(existing: SheetSnapshot | undefined): SheetPlan {
  return tableTabPlan(existing, {
    name: SHEET.announcement,
    title: ANNOUNCEMENT_TAB_TITLE,
    columns: ANNOUNCEMENT_COLUMNS,
    formats: ANNOUNCEMENT_FORMATS,
    rules: ANNOUNCEMENT_RULES,
    frozenColumns: ANNOUNCEMENT_FROZEN_COLUMNS,
    tabColor: ANNOUNCEMENT_TAB_COLOR,
  });
}
