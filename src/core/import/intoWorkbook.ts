import { getFramework } from '../framework/framework';
import { DIMENSION_NOS, type DimensionNo } from '../framework/types';
import { planYears, type Measure, type PlanSettings } from '../plan/model';
import { formatBaht } from '../thai/money';
import { cleanText, comparisonKey } from '../thai/text';
import { planAppendMeasures } from '../workbook/appendMeasures';
import { EMPTY_SNAPSHOT, applyWrites, cellValue, isEmptyCell, planWrites, type GridWrite, type SheetSnapshot, type WantedCell } from '../workbook/grid';
import { locateColumns } from '../workbook/headers';
import { HEADER_ROW, SHEET, dimensionSheetName } from '../workbook/layout';
import { readWorkbook } from '../workbook/readPlan';
import type { SnapshotSource } from '../workbook/scaffold';
import { DEFAULT_SETTINGS, SETTINGS_VALUE_COL, inferOrgType, locateSettingRows, settingCellValue } from '../workbook/settings';
import type { SheetPlan } from '../workbook/sheetPlan';
import { locateSummaryRows, summaryColumns, type SummaryKey } from '../workbook/summary';
import { translateCode } from './codes';
import type { ParsedPlan } from './parsePlan';
import { problem, type ImportProblem } from './problems';
import type { StatedCounts } from './stated';
import { riskImportWrites } from './riskImport';

/**
 * What importing a parsed plan does to a workbook, planned without touching it (the preview
 * shows it, the add-on and the command line apply it): new rows only, measures whose name is
 * already in their tab skipped, stated figures written into the สรุป tab's empty input cells,
 * the organisation's name into an empty settings cell. Tabs must exist (scaffold first).
 */
export interface SheetWrites {
  readonly sheet: string;
  readonly writes: readonly GridWrite[];
}

export interface DimensionOutcome {
  readonly dimension: DimensionNo;
  readonly found: number;
  readonly added: number;
  /** Names already in the tab: not added again. */
  readonly skipped: readonly string[];
}

export interface ImportPlan {
  /** The workbook's settings: its years and guideline decide the columns and codes. */
  readonly settings: PlanSettings;
  readonly dimensions: readonly DimensionOutcome[];
  readonly added: readonly Measure[];
  readonly writes: readonly SheetWrites[];
  /** Stated figures written into the สรุป tab. */
  readonly statedWritten: number;
  /** Parse problems, then what the workbook adds (codes not translated, figures kept). */
  readonly problems: readonly ImportProblem[];
}

/** Settings for a workbook the import creates: the document's organisation, years, guideline and digits. */
export function importSettings(parsed: ParsedPlan): PlanSettings {
  return {
    ...DEFAULT_SETTINGS,
    orgName: parsed.orgName,
    orgType: inferOrgType(parsed.orgName),
    firstYear: parsed.firstYear,
    lastYear: parsed.lastYear,
    frameworkId: parsed.frameworkId,
    digits: parsed.digits,
  };
}

/** The workbook as it will read once a scaffold's writes are in: no second read of any tab. */
export function afterScaffold(read: SnapshotSource, plans: readonly SheetPlan[]): SnapshotSource {
  const byName = new Map(plans.map((p) => [p.name, p]));
  return (name) => {
    const plan = byName.get(name);
    return plan ? applyWrites(read(name) ?? EMPTY_SNAPSHOT, plan.writes) : read(name);
  };
}

/** Tabs an import needs; when one is missing the workbook is scaffolded first. */
export function missingForImport(read: SnapshotSource): string[] {
  return [SHEET.settings, ...DIMENSION_NOS.map(dimensionSheetName), SHEET.summary].filter((name) => !read(name));
}

export function planImport(read: SnapshotSource, parsed: ParsedPlan): ImportPlan {
  const workbook = readWorkbook(read);
  const settings = workbook.plan.settings;
  const problems: ImportProblem[] = [...parsed.problems];
  const years = planYears(settings);
  const measures = parsed.measures.map((m) => fitToWorkbook(m.measure, m.line, parsed, settings, problems));

  const existing = new Map(workbook.dimensions.map((d, i) => [DIMENSION_NOS[i], new Set(d.rows.map((r) => comparisonKey(r.measure.name)))]));
  const added: Measure[] = [];
  const dimensions = DIMENSION_NOS.map((dimension): DimensionOutcome => {
    const mine = measures.filter((m) => m.dimension === dimension);
    const names = existing.get(dimension)!;
    const fresh = mine.filter((m) => !names.has(comparisonKey(m.name)));
    added.push(...fresh);
    return { dimension, found: mine.length, added: fresh.length, skipped: mine.filter((m) => !fresh.includes(m)).map((m) => m.name) };
  });

  const writes: SheetWrites[] = planAppendMeasures(read, settings, added).map(({ sheet, writes: w }) => ({ sheet, writes: oneBlock(read(sheet)!, w) }));
  const summary = statedWrites(read, parsed, settings, problems);
  if (summary.writes.length > 0) writes.push({ sheet: SHEET.summary, writes: oneBlock(read(SHEET.summary)!, summary.writes) });
  const settingsWrites = orgNameWrites(read, parsed);
  if (settingsWrites.length > 0) writes.push({ sheet: SHEET.settings, writes: oneBlock(read(SHEET.settings)!, settingsWrites) });
  const riskWrites = riskImportWrites(read, parsed.risks ?? [], settings, problems);
  if (riskWrites.length > 0) writes.push({ sheet: SHEET.risk, writes: riskWrites });
  for (const m of added) {
    const outside = Object.keys(m.budgets).map(Number).filter((y) => !years.includes(y));
    if (outside.length > 0) {
      problems.push(problem('BUDGET_OUTSIDE_YEARS', 0, `งบประมาณปี ${outside.map((y) => `${y} (${formatBaht(m.budgets[y])} บาท)`).join(', ')} อยู่นอกปีของแผนในสมุดงาน (${settings.firstYear}–${settings.lastYear}): ไม่ได้ใส่ในคอลัมน์งบรายปี`, m.name));
    }
  }
  return { settings, dimensions, added, writes, statedWritten: summary.count, problems };
}

/**
 * Rectangles as one when every cell of their bounding box is empty (new rows, blank stated
 * columns): one setValues per tab, however the rows' filled cells vary. Otherwise as planned.
 */
function oneBlock(snap: SheetSnapshot, writes: readonly GridWrite[]): readonly GridWrite[] {
  if (writes.length <= 1) return writes;
  const top = Math.min(...writes.map((w) => w.row));
  const left = Math.min(...writes.map((w) => w.col));
  const bottom = Math.max(...writes.map((w) => w.row + w.values.length - 1));
  const right = Math.max(...writes.map((w) => w.col + w.values[0].length - 1));
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (!isEmptyCell(snap, r, c)) return writes;
  const values = Array.from({ length: bottom - top + 1 }, () => Array<unknown>(right - left + 1).fill(''));
  for (const w of writes) w.values.forEach((row, i) => row.forEach((v, j) => (values[w.row - top + i][w.col - left + j] = v)));
  return [{ row: top, col: left, values }];
}

/**
 * A measure in the workbook's guideline: when the document follows the other one, its code
 * is translated by title; an untranslatable code is left blank (validation asks for it) and
 * the printed one kept in หมายเหตุ, never guessed.
 */
function fitToWorkbook(measure: Measure, line: number, parsed: ParsedPlan, settings: PlanSettings, problems: ImportProblem[]): Measure {
  if (parsed.frameworkId === settings.frameworkId || measure.code === '') return measure;
  const from = getFramework(parsed.frameworkId);
  const to = getFramework(settings.frameworkId);
  const code = translateCode(from, to, measure.code);
  if (code !== undefined) return { ...measure, code };
  problems.push(problem('CODE_NOT_TRANSLATED', line, `รหัส ${measure.code} ของ${from.label} ไม่มีภารกิจชื่อเดียวกันใน${to.label} (ที่สมุดงานใช้): เว้นรหัสว่างไว้ให้เลือกเอง`, measure.name));
  return { ...measure, code: '', remark: `รหัสในเอกสารเดิม: ${measure.code} (${from.label})` };
}

const STATED_COLUMNS: readonly { readonly key: SummaryKey; readonly source: keyof ParsedPlan['stated'] }[] = [
  { key: 'statedPreface', source: 'preface' },
  { key: 'statedTable', source: 'table' },
];

/**
 * Stated figures into the สรุป tab's input columns, beside the formulas validation compares them
 * with. Sub-dimension codes mean different things under the two guidelines: when the document's
 * differs from the workbook's, only dimension and total figures are written.
 */
function statedWrites(read: SnapshotSource, parsed: ParsedPlan, settings: PlanSettings, problems: ImportProblem[]): { writes: GridWrite[]; count: number } {
  const snap = read(SHEET.summary);
  if (!snap) return { writes: [], count: 0 };
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], summaryColumns(planYears(settings)));
  const codeCol = columns.get('code');
  const levelCol = columns.get('level');
  if (codeCol === undefined || levelCol === undefined) return { writes: [], count: 0 };
  const rows = locateSummaryRows(snap, codeCol, levelCol);
  const sameGuideline = parsed.frameworkId === settings.frameworkId;
  const wanted: WantedCell[] = [];
  for (const { key, source } of STATED_COLUMNS) {
    const col = columns.get(key);
    const figures: StatedCounts = parsed.stated[source];
    for (const [code, figure] of Object.entries(figures)) {
      const row = rows.get(code);
      if (col === undefined || row === undefined || (!sameGuideline && code.includes('.'))) continue;
      if (isEmptyCell(snap, row, col)) wanted.push({ row, col, value: figure.count });
      else if (Number(cellValue(snap, row, col)) !== figure.count) {
        problems.push(problem('STATED_KEPT', figure.line, `ตัวเลขที่เอกสารระบุ (${figure.count}) ต่างจากที่กรอกไว้แล้วในแผ่นงานสรุป (${cleanText(cellValue(snap, row, col))}): คงค่าเดิมไว้`, code === 'total' ? 'รวมทั้งสิ้น' : `รหัส ${code}`));
      }
    }
  }
  return { writes: planWrites(snap, wanted), count: wanted.length };
}

/** The organisation's name and type, only into settings cells still empty. */
function orgNameWrites(read: SnapshotSource, parsed: ParsedPlan): GridWrite[] {
  const snap = read(SHEET.settings);
  if (!snap || parsed.orgName === '') return [];
  const rows = locateSettingRows(snap);
  const fill = importSettings(parsed);
  const wanted: WantedCell[] = (['orgName', 'orgType'] as const)
    .filter((key) => rows[key] !== undefined)
    .map((key) => ({ row: rows[key]!, col: SETTINGS_VALUE_COL, value: settingCellValue(fill, key) }));
  return planWrites(snap, wanted);
}
