import { DIMENSION_NOS } from '../framework/types';
import { toArabicDigits } from '../thai/digits';
import { cleanText } from '../thai/text';
import { SHEET, dimensionSheetName } from './layout';

/** Every tab Sujarit reads or writes by name. */
export const PLAN_TAB_NAMES: readonly string[] = [...Object.values(SHEET), ...DIMENSION_NOS.map(dimensionSheetName)];

/**
 * A tab name as people see it: a non-breaking or double space, an invisible mark or Thai digits
 * ("มิติที่ ๑") look the same on the tab, so they compare equal here.
 */
export function sheetNameKey(name: string): string {
  return toArabicDigits(cleanText(name.normalize('NFC')));
}

export interface TabRename {
  readonly from: string;
  readonly to: string;
}

/**
 * Tabs whose names differ from a plan tab's only in what the eye cannot see: scaffold renames
 * them to the plan name rather than adding a second, look-alike tab beside the person's rows.
 * Only when the plan name is free and exactly one tab looks like it.
 */
export function lookAlikeRenames(names: readonly string[]): TabRename[] {
  const present = new Set(names);
  const renames: TabRename[] = [];
  for (const to of PLAN_TAB_NAMES) {
    if (present.has(to)) continue;
    const alike = names.filter((n) => sheetNameKey(n) === sheetNameKey(to));
    if (alike.length === 1) renames.push({ from: alike[0], to });
  }
  return renames;
}

/** The Thai line a job reports for each rename. */
export function describeRename({ from, to }: TabRename): string {
  return `แก้ชื่อแผ่นงาน “${from}” เป็น “${to}” (ต่างกันเพียงช่องว่าง อักขระที่มองไม่เห็น หรือรูปแบบตัวเลข) ข้อมูลในแผ่นงานไม่ถูกแก้ไข`;
}
