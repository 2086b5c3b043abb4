import type ExcelJS from 'exceljs';
import type { Finding } from '../core/validate/finding';
import { FINDINGS_COLUMNS, FINDINGS_TAB_COLOR, findingsRows, findingsTitle, xlsxLinkFormula } from '../core/validate/findingsSheet';
import { MARK_BACKGROUND, cellsToInspect, decodeMarkRecord, encodeMarkRecord, planMarks, type CellLook } from '../core/validate/marks';
import { countLine } from '../core/validate/report';
import { HEADER_BACKGROUND, SHEET, XLSX_FONT_FAMILY } from '../core/workbook/layout';

/**
 * The marked-up copy of a workbook, as ตรวจสอบแผน leaves a Google Sheet: the ผลการตรวจสอบ tab
 * rewritten, offending cells filled and noted. What Sujarit marked is kept in a very hidden
 * sheet, so validating the marked copy again clears marks whose finding is gone.
 */
const RECORD_SHEET = 'Sujarit-marks';
const RECORD_CHUNK = 30000; // an Excel cell holds at most 32,767 characters

export function markWorkbookXlsx(wb: ExcelJS.Workbook, findings: readonly Finding[], checkedAt: string): void {
  writeFindingsSheet(wb, findings, checkedAt);
  const previous = decodeMarkRecord(readRecord(wb));
  const canMark = (sheet: string) => sheet !== SHEET.findings && wb.getWorksheet(sheet) !== undefined;
  const looks = new Map<string, Map<string, CellLook>>();
  for (const [sheet, cells] of cellsToInspect(findings, previous, canMark)) {
    const ws = wb.getWorksheet(sheet)!;
    looks.set(sheet, new Map(cells.map((a1) => [a1, lookOf(ws.getCell(a1))])));
  }
  const { writes, record } = planMarks(findings, previous, looks);
  for (const [sheet, cells] of writes) {
    const ws = wb.getWorksheet(sheet)!;
    for (const [a1, look] of cells) setLook(ws.getCell(a1), look);
  }
  writeRecord(wb, encodeMarkRecord(record));
}

function writeFindingsSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], checkedAt: string): void {
  const old = wb.getWorksheet(SHEET.findings);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SHEET.findings, { properties: { tabColor: { argb: 'FF' + FINDINGS_TAB_COLOR.slice(1) } }, views: [{ state: 'frozen', ySplit: 2 }] });
  const rows = [[findingsTitle(countLine(findings), checkedAt)], ...findingsRows(findings, (f) => xlsxLinkFormula(f, wb.getWorksheet(f.sheet) !== undefined))];
  rows.forEach((values, r) => values.forEach((v, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1), result: /"([^"]*)"\)$/.exec(v)?.[1] ?? '' } : (v as ExcelJS.CellValue);
    cell.font = { name: XLSX_FONT_FAMILY, size: 14, bold: r < 2 };
    cell.alignment = { wrapText: c !== 3, vertical: 'top' };
  }));
  FINDINGS_COLUMNS.forEach((col, i) => {
    ws.getColumn(i + 1).width = Math.round(col.width / 7);
    ws.getCell(2, i + 1).fill = solid(HEADER_BACKGROUND);
  });
  findings.forEach((f, i) => { ws.getCell(i + 3, 1).fill = solid(MARK_BACKGROUND[f.severity]); });
}

const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + hex.slice(1).toUpperCase() } });

/**
 * A cell's fill as one string: '' for none, "#rrggbb" for a plain solid colour (Sujarit's marks
 * are those), otherwise the fill itself as JSON, so any fill a user set can be put back as it was.
 */
function lookOf(cell: ExcelJS.Cell): CellLook {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  const pattern = fill?.type === 'pattern' ? fill : undefined;
  const argb = pattern?.pattern === 'solid' && Object.keys(pattern.fgColor ?? {}).length === 1 ? pattern.fgColor?.argb : undefined;
  const background = !fill || pattern?.pattern === 'none' ? '' : argb ? `#${argb.slice(-6).toLowerCase()}` : JSON.stringify(fill);
  return { background, note: noteText(cell) };
}

function setLook(cell: ExcelJS.Cell, look: CellLook): void {
  const { background, note } = look;
  // exceljs shares style objects between cells: give this one its own before changing its fill.
  cell.style = { ...cell.style };
  if (background === '') delete (cell.style as { fill?: ExcelJS.Fill }).fill;
  else cell.fill = background.startsWith('#') ? solid(background) : (JSON.parse(background) as ExcelJS.Fill);
  if (note) cell.note = note;
  else removeNote(cell);
}

/**
 * exceljs has no way to remove a note: drop the cell's own comment, and re-set its value so
 * the value model read from the file (which carries the comment too) is rebuilt without it.
 */
function removeNote(cell: ExcelJS.Cell): void {
  if (cell.note === undefined) return;
  Object.assign(cell, { _comment: undefined });
  const value = cell.value;
  cell.value = value;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : '';
}

function readRecord(wb: ExcelJS.Workbook): string {
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return '';
  let text = '';
  for (let r = 1; ; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string' || v === '') return text;
    text += v;
  }
}

function writeRecord(wb: ExcelJS.Workbook, text: string): void {
  const old = wb.getWorksheet(RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (text === '[]') return;
  const ws = wb.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  for (let at = 0, r = 1; at < text.length; at += RECORD_CHUNK, r++) ws.getCell(r, 1).value = text.slice(at, at + RECORD_CHUNK);
}
