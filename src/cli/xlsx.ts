import type ExcelJS from 'exceljs';
import { writeOutput } from './outputLedger';
import { existsSync, readFileSync } from 'node:fs';
import { fileKind, wrongKindMessage, xlsxDamage } from './fileKind';
import { HEADER_BACKGROUND, XLSX_FONT_FAMILY } from '../core/workbook/layout';
import type { GridWrite, SheetSnapshot } from '../core/workbook/grid';
import type { SnapshotSource } from '../core/workbook/scaffold';
import type { SheetPlan, ValidationRule } from '../core/workbook/sheetPlan';
import { columnLetter, parseA1 } from '../core/workbook/a1';
import { CliError } from './args';
import { applyPrintSetup } from './xlsxPrint';
import { readValues } from './xlsxValues';

/** The xlsx side of the workbook: what src/gas does with SpreadsheetApp, done with exceljs. */

/**
 * exceljs, loaded when a workbook is first made or parsed with it: loading it takes about a third
 * of a second, which the overview's worker threads, reading with xlsxValues.ts alone, never need.
 */
let excel: typeof ExcelJS | undefined;
function exceljs(): typeof ExcelJS {
  return (excel ??= require('exceljs') as typeof ExcelJS);
}

const REPAIR = 'ให้เปิดใน Excel หรือ Google ชีตเพื่อกู้คืน แล้วบันทึกเป็น .xlsx ใหม่';

/**
 * Parts of a worksheet a reader that only looks at cell values never uses: skipping them when
 * parsing makes a load about 2.5× faster (the overview of a province's plans reads hundreds).
 */
export const VALUES_ONLY_IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'sheetProtection', 'pageSetup', 'headerFooter', 'extLst'];

export async function loadWorkbook(path: string, options: { readonly valuesOnly?: boolean } = {}): Promise<ExcelJS.Workbook> {
  return parseWorkbook(path, await workbookBytes(path), options);
}

/**
 * Every tab of a workbook, for commands that only read it: the values-only reader (xlsxValues.ts),
 * or exceljs for a workbook that reader leaves to it. The same snapshots either way.
 */
export async function readSnapshotSource(path: string, read?: Buffer): Promise<SnapshotSource> {
  const bytes = await workbookBytes(path, read);
  return readValues(bytes) ?? snapshotSourceOf(await parseWorkbook(path, bytes, { valuesOnly: true }));
}

/** The bytes of a workbook (read here unless the caller has them), once they are known to be a whole one (else the Thai reason). */
async function workbookBytes(path: string, read?: Buffer): Promise<Buffer> {
  if (!read && !existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
  const bytes = read ?? readFileSync(path);
  const kind = await fileKind(bytes);
  if (kind !== 'xlsx') throw new CliError(wrongKindMessage(path, kind, 'xlsx'));
  const damage = await xlsxDamage(bytes);
  if (damage) throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: สมุดงานเสียหาย ${damage} ${REPAIR}`);
  return bytes;
}

async function parseWorkbook(path: string, bytes: Buffer, options: { readonly valuesOnly?: boolean }): Promise<ExcelJS.Workbook> {
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, options.valuesOnly ? ({ ignoreNodes: VALUES_ONLY_IGNORED_NODES } as object) : undefined);
  } catch (e) {
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: สมุดงานเสียหายบางส่วน ${REPAIR} (รายละเอียด: ${(e as Error).message})`);
  }
  return wb;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new (exceljs().Workbook)();
  wb.creator = 'Sujarit';
  return wb;
}

/** One cell's content as Range.getValues()/getFormulas() would give it. */
function cellContent(cell: ExcelJS.Cell): { value: unknown; formula: string } {
  if (cell.isMerged && cell.master !== cell) return { value: '', formula: '' };
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: '', formula: '' };
  if (typeof v !== 'object' || v instanceof Date) return { value: v, formula: '' };
  const o = v as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
  if (o.formula !== undefined || o.sharedFormula !== undefined) {
    const result = o.result as { error?: string } | undefined;
    // A formula whose result is an error reads as that error ("#REF!"), as getValues() gives it in Sheets.
    const value = result === undefined || result === null ? '' : typeof result === 'object' && !(result instanceof Date) ? result.error ?? '' : result;
    return { value, formula: `=${o.formula ?? cell.formula}` };
  }
  if (o.richText) return { value: o.richText.map((r) => r.text).join(''), formula: '' };
  if (o.text !== undefined) return { value: typeof o.text === 'object' ? cellContent({ value: o.text } as ExcelJS.Cell).value : o.text, formula: '' };
  if (o.error !== undefined) return { value: o.error, formula: '' };
  return { value: String(v), formula: '' };
}

export function snapshotOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.columnCount;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const vr: unknown[] = [];
    const fr: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const { value, formula } = cellContent(row.getCell(c));
      vr.push(value);
      fr.push(formula);
    }
    values.push(vr);
    formulas.push(fr);
  }
  return { values, formulas };
}

export function snapshotSourceOf(wb: ExcelJS.Workbook): SnapshotSource {
  const read = (name: string) => {
    const ws = wb.getWorksheet(name);
    return ws ? snapshotOf(ws) : undefined;
  };
  return Object.assign(read, { sheetNames: () => wb.worksheets.map((ws) => ws.name) });
}

export function applyWritesXlsx(ws: ExcelJS.Worksheet, writes: readonly GridWrite[]): void {
  for (const w of writes) {
    w.values.forEach((rowValues, i) => {
      rowValues.forEach((v, j) => {
        if (v === '') return;
        const cell = ws.getCell(w.row + i, w.col + j);
        cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : (v as ExcelJS.CellValue);
      });
    });
  }
}

const ROWS_WITH_RULES = 2000;

/**
 * Sets the rule of a range, replacing whatever rule its cells had: a workbook scaffolded again
 * keeps one rule per cell, not a second copy of each (exceljs reads rules back per cell).
 */
function addValidation(ws: ExcelJS.Worksheet, range: string, rule: ValidationRule): void {
  const common = { allowBlank: true, showErrorMessage: !rule.allowInvalid, showInputMessage: true, prompt: rule.help, errorStyle: rule.allowInvalid ? 'warning' : 'stop' };
  // exceljs types `dataValidations` loosely; the rule shape is the OOXML one.
  const dv = (ws as unknown as { dataValidations: { add(range: string, rule: unknown): void; model: Record<string, unknown> } }).dataValidations;
  const target = rectangle(range);
  for (const key of Object.keys(dv.model)) {
    const other = rectangle(key.replace(/^range:/, ''));
    if (target && other && other.left <= target.right && other.right >= target.left && other.top <= target.bottom && other.bottom >= target.top) delete dv.model[key];
  }
  if (rule.kind === 'list') dv.add(range, { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] });
  else dv.add(range, { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [rule.min] });
}

/** "B3" or "B3:C2000" as its bounds; undefined for anything else. */
function rectangle(ref: string): { left: number; right: number; top: number; bottom: number } | undefined {
  const [a, b = a] = ref.split(':').map((r) => parseA1(r));
  if (!a || !b) return undefined;
  return { left: Math.min(a.col, b.col), right: Math.max(a.col, b.col), top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row) };
}

/** Applies a scaffold plan to a worksheet, as src/gas/applySheetPlan does in Sheets. */
export function applySheetPlanXlsx(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(plan.name) ?? wb.addWorksheet(plan.name, { properties: { tabColor: { argb: 'FF' + plan.tabColor.slice(1) } } });
  for (const col of plan.columns) {
    const column = ws.getColumn(col.col);
    if (col.isNew) column.width = Math.round(col.width / 7);
    if (col.numberFormat) column.numFmt = col.numberFormat;
    if (col.isNew && col.wrap) column.alignment = { wrapText: true, vertical: 'top' };
    if (col.validation) addValidation(ws, `${columnLetter(col.col)}${plan.firstDataRow}:${columnLetter(col.col)}${ROWS_WITH_RULES}`, col.validation);
  }
  for (const cell of plan.cellRules) addValidation(ws, `${columnLetter(cell.col)}${cell.row}`, cell.rule);
  applyWritesXlsx(ws, plan.writes);
  if (plan.isNew) {
    ws.views = [{ state: 'frozen', xSplit: plan.frozenColumns, ySplit: plan.headerRow }];
    for (let c = 1; c <= plan.lastColumn; c++) {
      const head = ws.getCell(plan.headerRow, c);
      head.font = { name: XLSX_FONT_FAMILY, size: 14, bold: true };
      head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + HEADER_BACKGROUND.slice(1) } };
      head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
    ws.getCell(1, 1).font = { name: XLSX_FONT_FAMILY, size: 18, bold: true };
  }
  return ws;
}

/** Gives every cell with content the Thai font (xlsx has no sheet-wide default font). */
export function applyThaiFont(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (!cell.font?.name) cell.font = { ...(cell.font ?? {}), name: XLSX_FONT_FAMILY, size: cell.font?.size ?? 14 };
  })));
}

/** Writes the workbook (with its print setup) as `path`, or beside it when a person edited that file; returns the path written. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<string> {
  applyPrintSetup(wb);
  return writeOutput(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}
