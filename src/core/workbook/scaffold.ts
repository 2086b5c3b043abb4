import { FRAMEWORKS, assignableCodes, getDimension, getFramework } from '../framework/framework';
import { DIMENSION_NOS, type DimensionNo, type Framework } from '../framework/types';
import { MEASURE_TYPES, ORG_TYPES, planYears, type PlanSettings } from '../plan/model';
import {
  APPENDIX_OPTIONS, DIGIT_OPTIONS, FIRST_DATA_ROW, HEADER_ROW, SETTINGS_HEADERS, SETTINGS_WIDTHS, SETTING_FIELDS, SHEET, TITLE_ROW,
  dimensionSheetName, measureColumns, type ColumnKind, type MeasureColumnKey, type SettingField,
} from './layout';
import { EMPTY_SNAPSHOT, applyWrites, lastContentRow, planWrites, type SheetSnapshot, type WantedCell } from './grid';
import { completeHeader } from './headers';
import { DEFAULT_SETTINGS, SETTINGS_HELP_COL, SETTINGS_LABEL_COL, SETTINGS_VALUE_COL, locateSettingRows, readSettings, settingCellValue } from './settings';
import type { SheetPlan, ValidationRule } from './sheetPlan';
import { keyed, tableTabPlan, type TableTabSpec } from './tablePlan';
import { summaryPlan } from './summary';
import { aroundPlanTabs } from '../integrity/tabs';
import { introPlan } from '../intro/scaffold';

/**
 * Reads a tab by name; undefined when the workbook has no such tab. `sheetNames` lists every tab,
 * where the source can (validation uses it to find plan rows on tabs it does not read).
 */
export type SnapshotSource = ((sheetName: string) => SheetSnapshot | undefined) & { readonly sheetNames?: () => readonly string[] };

/** The same source, each tab read at most once however often it is asked for (a tab's snapshot is one getValues or one scan). */
export function readOnce(read: SnapshotSource): SnapshotSource {
  const cache = new Map<string, SheetSnapshot | undefined>();
  const once = (name: string) => {
    if (!cache.has(name)) cache.set(name, read(name));
    return cache.get(name);
  };
  return Object.assign(once, { sheetNames: read.sheetNames });
}

const TAB_COLORS: Record<DimensionNo, string> = { 1: '#2e7d32', 2: '#1565c0', 3: '#ef6c00', 4: '#6a1b9a' };

/**
 * Plans the scaffold (or repair) of the whole workbook: settings, the four dimension tabs and
 * the summary. Existing tabs keep every cell; missing labels, headers, rows and formulas are
 * added where the cells are empty. The settings decide the plan years and framework.
 */
export function planScaffold(read: SnapshotSource, initial: PlanSettings = DEFAULT_SETTINGS): SheetPlan[] {
  const settingsSnap = read(SHEET.settings);
  const settings = settingsSnap ? readSettings(settingsSnap).settings : initial;
  const framework = getFramework(settings.frameworkId);
  const years = planYears(settings);
  const plans: SheetPlan[] = [settingsPlan(settingsSnap, initial)];
  const dimensionColumns = new Map<DimensionNo, Map<string, number>>();
  for (const no of DIMENSION_NOS) {
    const { plan, columns } = dimensionPlan(read(dimensionSheetName(no)), framework, no, years);
    plans.push(plan);
    dimensionColumns.set(no, columns);
  }
  plans.push(summaryPlan(read(SHEET.summary), framework, years, dimensionColumns));
  plans.push(...aroundPlanTabs(read), introPlan(read(SHEET.intro), settings));
  return plans;
}

/** `initial` fills the value of each settings row this run adds (defaults, or a sample plan's). */
function settingsPlan(existing: SheetSnapshot | undefined, initial: PlanSettings): SheetPlan {
  const snap = existing ?? EMPTY_SNAPSHOT;
  const rows = locateSettingRows(snap);
  const wanted: WantedCell[] = [
    { row: TITLE_ROW, col: 1, value: 'ข้อมูลหน่วยงานและการตั้งค่าแผน' },
    ...SETTINGS_HEADERS.map((h, i) => ({ row: HEADER_ROW, col: i + 1, value: h })),
  ];
  let next = Math.max(lastContentRow(snap), HEADER_ROW) + 1;
  for (const field of SETTING_FIELDS) {
    const row = rows[field.key];
    if (row !== undefined) continue;
    // A new row gets the label, the default value and the help text.
    wanted.push(
      { row: next, col: SETTINGS_LABEL_COL, value: field.label },
      { row: next, col: SETTINGS_VALUE_COL, value: settingCellValue(initial, field.key) },
      { row: next, col: SETTINGS_HELP_COL, value: field.help },
    );
    next++;
  }
  const writes = planWrites(snap, wanted);
  return {
    name: SHEET.settings,
    isNew: existing === undefined,
    title: 'ข้อมูลหน่วยงานและการตั้งค่าแผน',
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    frozenColumns: 1,
    lastColumn: SETTINGS_HEADERS.length,
    columns: SETTINGS_WIDTHS.map((width, i) => ({ col: i + 1, isNew: existing === undefined, width, wrap: i > 0, numberFormat: i === 1 ? '@' : undefined })),
    cellRules: settingsCellRules(applyWrites(snap, writes)),
    writes,
    tabColor: '#455a64',
  };
}

function settingValidation(field: SettingField): ValidationRule | undefined {
  switch (field.key) {
    case 'orgType': return { kind: 'list', values: ORG_TYPES, allowInvalid: true, help: 'เลือกประเภทหน่วยงาน' };
    case 'framework': return { kind: 'list', values: FRAMEWORKS.map((f) => f.label), allowInvalid: false, help: 'เลือกกรอบแนวทางของแผน' };
    case 'digits': return { kind: 'list', values: Object.values(DIGIT_OPTIONS), allowInvalid: false, help: 'เลือกรูปแบบตัวเลข' };
    case 'appendixInPlan': return { kind: 'list', values: Object.values(APPENDIX_OPTIONS), allowInvalid: false, help: 'เลือกว่าจะแนบภาคผนวกท้ายแผนหรือไม่' };
    default: return undefined;
  }
}

/** Dropdowns for the settings cells that take a choice, wherever their rows are. */
function settingsCellRules(snapAfter: SheetSnapshot): { row: number; col: number; rule: ValidationRule }[] {
  const rows = locateSettingRows(snapAfter);
  const out: { row: number; col: number; rule: ValidationRule }[] = [];
  for (const field of SETTING_FIELDS) {
    const rule = settingValidation(field);
    const row = rows[field.key];
    if (rule && row !== undefined) out.push({ row, col: SETTINGS_VALUE_COL, rule });
  }
  return out;
}

function dimensionPlan(
  existing: SheetSnapshot | undefined,
  framework: Framework,
  no: DimensionNo,
  years: readonly number[],
): { plan: SheetPlan; columns: Map<string, number> } {
  const specs = measureColumns(years);
  const codes = assignableCodes(framework, no);
  const spec: TableTabSpec<MeasureColumnKey> = {
    name: dimensionSheetName(no),
    title: `${dimensionSheetName(no)} ${getDimension(framework, no).title}`,
    columns: specs,
    formats: keyed(specs, (c) => NUMBER_FORMATS[c.kind]),
    rules: keyed(specs, (c) => columnValidation(c.kind, codes)),
    frozenColumns: 3,
    tabColor: TAB_COLORS[no],
  };
  // The summary's formulas point at these columns, wherever the user moved them.
  const { columns } = completeHeader(existing ?? EMPTY_SNAPSHOT, HEADER_ROW, specs);
  return { plan: tableTabPlan(existing, spec), columns: columns as Map<string, number> };
}

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = { code: '@', seq: '@', budget: '#,##0.##' };

export function columnValidation(kind: ColumnKind, codes: readonly string[]): ValidationRule | undefined {
  switch (kind) {
    case 'code': return { kind: 'list', values: codes, allowInvalid: true, help: 'เลือกรหัสภารกิจตามกรอบ (เช่น 1.1.1)' };
    case 'type': return { kind: 'list', values: MEASURE_TYPES, allowInvalid: false, help: 'โครงการ / กิจกรรม / มาตรการ' };
    case 'budget': return { kind: 'number', min: 0, allowInvalid: true, help: 'จำนวนเงินบาท ไม่ติดลบ (ว่างหรือ 0 = ไม่ใช้งบประมาณ)' };
    default: return undefined;
  }
}

