import type { Finding } from '../../core/validate/finding';
import { cellsToInspect, planMarks, type CellLook } from '../../core/validate/marks';
import { parseA1 } from '../../core/workbook/a1';
import { loadMarkRecord, saveMarkRecord } from './markStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEFAULT_BACKGROUND = '#ffffff';

/** Past this many cells, findings are listed in ผลการตรวจสอบ only (the record must fit DocumentProperties). */
const MAX_MARKED = 1000;

interface SheetGrid {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly top: number;
  readonly left: number;
  readonly backgrounds: string[][];
  readonly notes: string[][];
}

/**
 * Highlights the offending cells and puts the message in their notes, and restores cells whose
 * finding is gone. Per sheet: one rectangle around the cells involved, read with one
 * getBackgrounds and one getNotes, written back with one setBackgrounds and one setNotes.
 */
export function applyMarks(ss: Spreadsheet, findings: readonly Finding[]): void {
  const props = PropertiesService.getDocumentProperties();
  const stored = loadMarkRecord(props);
  const sheets = new Map<string, { sheet: Sheet; rows: number; cols: number }>();
  for (const sheet of ss.getSheets()) sheets.set(sheet.getName(), { sheet, rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() });
  const marked = findings.slice(0, MAX_MARKED);
  const canMark = (name: string, cell: string) => {
    const s = sheets.get(name);
    const p = parseA1(cell);
    return s !== undefined && p !== undefined && p.row <= s.rows && p.col <= s.cols;
  };
  const grids = new Map<string, SheetGrid>();
  const looks = new Map<string, Map<string, CellLook>>();
  for (const [name, cells] of cellsToInspect(marked, stored.record, canMark)) {
    const grid = readGrid(sheets.get(name)!.sheet, cells);
    grids.set(name, grid);
    looks.set(name, new Map(cells.map((cell) => {
      const { row, col } = parseA1(cell)!;
      return [cell, { background: grid.backgrounds[row - grid.top][col - grid.left], note: grid.notes[row - grid.top][col - grid.left] }];
    })));
  }
  const { writes, record } = planMarks(marked, stored.record, looks);
  for (const [name, cells] of writes) {
    const grid = grids.get(name)!;
    for (const [cell, look] of cells) {
      const { row, col } = parseA1(cell)!;
      grid.backgrounds[row - grid.top][col - grid.left] = look.background;
      grid.notes[row - grid.top][col - grid.left] = look.note;
    }
    // Sheets reports "no fill" as white: writing null back keeps such cells unfilled (gridlines stay).
    grid.range.setBackgrounds(grid.backgrounds.map((row) => row.map((c) => (c.toLowerCase() === DEFAULT_BACKGROUND ? null : c))) as string[][]);
    grid.range.setNotes(grid.notes);
  }
  saveMarkRecord(props, record, stored);
}

function readGrid(sheet: Sheet, cells: readonly string[]): SheetGrid {
  const points = cells.map((c) => parseA1(c)!);
  const top = Math.min(...points.map((p) => p.row));
  const left = Math.min(...points.map((p) => p.col));
  const bottom = Math.max(...points.map((p) => p.row));
  const right = Math.max(...points.map((p) => p.col));
  const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  return { range, top, left, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
}
