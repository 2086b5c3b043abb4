import { frameworkFromSetting, getFramework } from '../framework/framework';
import type { Framework } from '../framework/types';
import { ORG_TYPES, type PlanSettings, type OrgType } from '../plan/model';
import { toArabicDigits } from '../thai/digits';
import { cleanText, comparisonKey } from '../thai/text';
import { BE_OFFSET } from '../thai/dates';
import { APPENDIX_OPTIONS, DIGIT_OPTIONS, SETTING_FIELDS, type SettingKey } from './layout';
import { cellValue, type SheetSnapshot } from './grid';

/** Where each setting was found (1-based row; the value sits in column B). */
export interface SettingsRead {
  readonly settings: PlanSettings;
  readonly rows: Partial<Record<SettingKey, number>>;
  readonly raw: Partial<Record<SettingKey, unknown>>;
}

export const SETTINGS_LABEL_COL = 1;
export const SETTINGS_VALUE_COL = 2;
export const SETTINGS_HELP_COL = 3;

/** Finds each setting's row by its label in column A, wherever it is. */
export function locateSettingRows(snap: SheetSnapshot): Partial<Record<SettingKey, number>> {
  const rows: Partial<Record<SettingKey, number>> = {};
  const byLabel = new Map(SETTING_FIELDS.map((f) => [comparisonKey(f.label), f.key] as const));
  snap.values.forEach((row, i) => {
    const key = byLabel.get(comparisonKey(row[SETTINGS_LABEL_COL - 1]));
    if (key && rows[key] === undefined) rows[key] = i + 1;
  });
  return rows;
}

/** "๒๕๖๖", 2566, "2566.0" → 2566; Christian-era years (2023) become Buddhist (2566). */
export function readYear(value: unknown): number | undefined {
  const text = toArabicDigits(cleanText(value)).replace(/^พ\.?ศ\.?\s*/, '');
  if (!/^\d{4}(\.0+)?$/.test(text)) return undefined;
  const n = Math.trunc(Number(text));
  if (n >= 1900 && n < 2200) return n + BE_OFFSET;
  return n >= 2400 && n < 2700 ? n : undefined;
}

export function readSettings(snap: SheetSnapshot): SettingsRead {
  const rows = locateSettingRows(snap);
  const raw: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, row] of Object.entries(rows) as [SettingKey, number][]) raw[key] = cellValue(snap, row, SETTINGS_VALUE_COL);
  const text = (key: SettingKey) => cleanText(raw[key]);
  const framework: Framework = frameworkFromSetting(raw.framework) ?? getFramework('nacc-2566');
  const first = readYear(raw.firstYear) ?? framework.defaultYears.first;
  const last = readYear(raw.lastYear) ?? first + (framework.defaultYears.last - framework.defaultYears.first);
  const orgType = ORG_TYPES.find((t) => t === text('orgType')) ?? inferOrgType(text('orgName'));
  const settings: PlanSettings = {
    orgName: text('orgName'),
    orgType,
    district: text('district'),
    province: text('province'),
    firstYear: first,
    lastYear: last >= first ? last : first,
    frameworkId: framework.id,
    executive: { name: text('executiveName'), position: text('executivePosition') },
    preparer: { name: text('preparerName'), position: text('preparerPosition') },
    approver: { name: text('approverName'), position: text('approverPosition') },
    outputFolder: text('outputFolder'),
    digits: text('digits') === DIGIT_OPTIONS.arabic || /อารบิก|arabic/i.test(text('digits')) ? 'arabic' : 'thai',
  };
  return { settings, rows, raw };
}

/** "เทศบาลตำบลบ้านสวนหลวง" → เทศบาลตำบล: the type is in the name more often than in its cell. */
export function inferOrgType(orgName: string): OrgType | '' {
  return [...ORG_TYPES].sort((a, b) => b.length - a.length).find((t) => orgName.startsWith(t)) ?? '';
}

/** The value a settings row shows for a field (used when writing a plan's settings to a sheet). */
export function settingCellValue(settings: PlanSettings, key: SettingKey): string | number {
  switch (key) {
    case 'orgName': return settings.orgName;
    case 'orgType': return settings.orgType;
    case 'district': return settings.district;
    case 'province': return settings.province;
    case 'firstYear': return settings.firstYear;
    case 'lastYear': return settings.lastYear;
    case 'framework': return getFramework(settings.frameworkId).label;
    case 'executiveName': return settings.executive.name;
    case 'executivePosition': return settings.executive.position;
    case 'preparerName': return settings.preparer.name;
    case 'preparerPosition': return settings.preparer.position;
    case 'approverName': return settings.approver.name;
    case 'approverPosition': return settings.approver.position;
    case 'outputFolder': return settings.outputFolder;
    case 'digits': return DIGIT_OPTIONS[settings.digits];
    // Memo-only settings are not part of the plan: they start blank and are read from SettingsRead.raw.
    case 'memoUnit': case 'memoRef': return '';
    // The reviewer is a person of the review, not of the plan: read from SettingsRead.raw too.
    case 'reviewerName': case 'reviewerPosition': return '';
    // The appendix's settings belong to the plan's adoption, not to its model: read through appendix/settings.
    case 'appendixInPlan': return APPENDIX_OPTIONS.attach;
    case 'adoptionDate': return '';
    // The emblem is a file the platform reads (see doc/emblemSetting): blank, the built-in Garuda.
    case 'emblem': return '';
  }
}

/** What a brand-new settings tab starts with. */
export const DEFAULT_SETTINGS: PlanSettings = {
  orgName: '',
  orgType: '',
  district: '',
  province: '',
  firstYear: 2566,
  lastYear: 2570,
  frameworkId: 'nacc-2566',
  executive: { name: '', position: '' },
  preparer: { name: '', position: '' },
  approver: { name: '', position: '' },
  outputFolder: 'Sujarit – เอกสารแผนป้องกันการทุจริต',
  digits: 'thai',
};
