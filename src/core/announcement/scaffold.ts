import type { SheetSnapshot, WantedCell } from '../workbook/grid';
import { FIRST_DATA_ROW, SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import {
  ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_FORMATS, ANNOUNCEMENT_FROZEN_COLUMNS, ANNOUNCEMENT_RULES, ANNOUNCEMENT_TAB_COLOR, ANNOUNCEMENT_TITLE,
  DEFAULT_SUBJECT, ITEM_KIND_LABEL, type AnnouncementKey,
} from './layout';

/** The tab's scaffold; a new tab starts with the เรื่อง and วันที่ประกาศ rows so the outline's shape shows. */
export function announcementPlan(existing: SheetSnapshot | undefined): SheetPlan {
  return tableTabPlan(existing, {
    name: SHEET.announcement,
    title: ANNOUNCEMENT_TITLE,
    columns: ANNOUNCEMENT_COLUMNS,
    formats: ANNOUNCEMENT_FORMATS,
    rules: ANNOUNCEMENT_RULES,
    frozenColumns: ANNOUNCEMENT_FROZEN_COLUMNS,
    tabColor: ANNOUNCEMENT_TAB_COLOR,
  }, starterRows).plan;
}

function starterRows(columns: ReadonlyMap<AnnouncementKey, number>, isNew: boolean): WantedCell[] {
  if (!isNew) return [];
  const kind = columns.get('kind')!;
  const text = columns.get('text')!;
  return [
    { row: FIRST_DATA_ROW, col: kind, value: ITEM_KIND_LABEL.subject },
    { row: FIRST_DATA_ROW, col: text, value: DEFAULT_SUBJECT },
    { row: FIRST_DATA_ROW + 1, col: kind, value: ITEM_KIND_LABEL.date },
  ];
}
