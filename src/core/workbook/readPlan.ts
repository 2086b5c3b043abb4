import { DIMENSION_NOS } from '../framework/types';
import type { Plan } from '../plan/model';
import { EMPTY_SNAPSHOT } from './grid';
import { SHEET, dimensionSheetName } from './layout';
import { readDimensionSheet, type DimensionSheetRead } from './measures';
import type { SnapshotSource } from './scaffold';
import { DEFAULT_SETTINGS, readSettings, type SettingsRead } from './settings';

/** The whole workbook read once: the plan, plus where everything came from. */
export interface WorkbookRead {
  readonly plan: Plan;
  readonly settings: SettingsRead | undefined; // undefined: no settings tab
  readonly dimensions: readonly DimensionSheetRead[];
  readonly missingSheets: readonly string[];
}

export function readWorkbook(read: SnapshotSource): WorkbookRead {
  const missingSheets: string[] = [];
  const settingsSnap = read(SHEET.settings);
  if (!settingsSnap) missingSheets.push(SHEET.settings);
  const settingsRead = settingsSnap ? readSettings(settingsSnap) : undefined;
  const settings = settingsRead?.settings ?? DEFAULT_SETTINGS;
  const dimensions = DIMENSION_NOS.map((no) => {
    const name = dimensionSheetName(no);
    const snap = read(name);
    if (!snap) missingSheets.push(name);
    return readDimensionSheet(snap ?? EMPTY_SNAPSHOT, no, settings);
  });
  const measures = dimensions.flatMap((d) => d.rows.map((r) => r.measure));
  return { plan: { settings, measures }, settings: settingsRead, dimensions, missingSheets };
}
