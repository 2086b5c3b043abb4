/** SpreadsheetApp Range: a fixed rectangle of a sheet, like Apps Script's (it does not follow inserts). */
import { cellA1, type GridRect, rectA1, rectContains, rectsIntersect } from './a1';
import { Fake, instrument, STATE } from './calls';
import {
  type Cell, type CellFormat, type CellInput, type CellValue, DEFAULT_FORMAT, displayValue, hasContent, interpretInput,
  newCell, passesValidation,
} from './cells';
import { WrapStrategy } from './enums';
import { fail, isInteger, signatureMismatch } from './errors';
import { isDate } from './realm';
import { type ProtectionModel, type SheetModel } from './sheet-model';
import { type Sheet, sheetFacade } from './spreadsheet';
import {
  DataValidation, Protection, RichTextValue, ruleOf, textAndLinksOf,
} from './spreadsheet-objects';

export interface RangeState {
  readonly sheet: SheetModel;
  readonly rect: GridRect;
}

type Grid<T> = T[][];

export class Range extends Fake {
  readonly [STATE]: RangeState;

  constructor(sheet: SheetModel, rect: GridRect) {
    super(sheet.spreadsheet.settings.runtime);
    this[STATE] = { sheet, rect: { ...rect } };
  }

  // --- geometry ---
  getRow(): number { return this[STATE].rect.row; }
  getRowIndex(): number { return this[STATE].rect.row; }
  getColumn(): number { return this[STATE].rect.column; }
  getNumRows(): number { return this[STATE].rect.numRows; }
  getNumColumns(): number { return this[STATE].rect.numColumns; }
  getHeight(): number { return this[STATE].rect.numRows; }
  getWidth(): number { return this[STATE].rect.numColumns; }
  getLastRow(): number { const r = this[STATE].rect; return r.row + r.numRows - 1; }
  getLastColumn(): number { const r = this[STATE].rect; return r.column + r.numColumns - 1; }
  getA1Notation(): string { return rectA1(this[STATE].rect); }
  getSheet(): Sheet { return sheetFacade(this[STATE].sheet); }
  getGridId(): number { return this[STATE].sheet.id; }

  getCell(row: number, column: number): Range {
    const { sheet, rect } = this[STATE];
    if (!isInteger(row) || !isInteger(column)) throw signatureMismatch(this, 'SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > rect.numRows || column > rect.numColumns) throw fail(this, 'Cell reference out of range');
    return new Range(sheet, { row: rect.row + row - 1, column: rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const { sheet, rect } = this[STATE];
    const target = {
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
      numRows: numRows ?? rect.numRows,
      numColumns: numColumns ?? rect.numColumns,
    };
    return new Range(sheet, checkedRect(this, sheet, target, 'SpreadsheetApp.Range.offset', [rowOffset, columnOffset, numRows, numColumns]));
  }

  activate(): Range {
    const { sheet, rect } = this[STATE];
    sheet.spreadsheet.setActive(sheet, { ...rect });
    return this;
  }

  isBlank(): boolean {
    return cellsOf(this).every(({ cell }) => !hasContent(cell));
  }

  // --- values and formulas ---
  getValue(): CellValue { return copyValue(topLeft(this)?.value ?? ''); }
  getValues(): Grid<CellValue> { return read(this, (cell) => copyValue(cell?.value ?? '')); }
  getDisplayValue(): string { return displayValue(topLeft(this), timeZone(this)); }
  getDisplayValues(): Grid<string> { return read(this, (cell) => displayValue(cell, timeZone(this))); }
  getFormula(): string { return topLeft(this)?.formula ?? ''; }
  getFormulas(): Grid<string> { return read(this, (cell) => cell?.formula ?? ''); }

  setValue(value: unknown): Range {
    if (Array.isArray(value)) throw signatureMismatch(this, 'SpreadsheetApp.Range.setValue', [value]);
    return writeInputs(this, fill(this, value));
  }

  setValues(values: unknown): Range {
    return writeInputs(this, shaped(this, values, 'setValues'));
  }

  setFormula(formula: string): Range {
    return writeInputs(this, fill(this, formula));
  }

  setFormulas(formulas: unknown): Range {
    return writeInputs(this, shaped(this, formulas, 'setFormulas'));
  }

  getRichTextValue(): RichTextValue | null {
    return richTextOf(this, topLeft(this));
  }

  getRichTextValues(): Grid<RichTextValue | null> {
    return read(this, (cell) => richTextOf(this, cell));
  }

  setRichTextValue(value: RichTextValue): Range {
    return writeRichText(this, fill(this, value));
  }

  setRichTextValues(values: unknown): Range {
    return writeRichText(this, shaped(this, values, 'setRichTextValues'));
  }

  clearContent(): Range {
    return update(this, clearContentOf);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): Range {
    return update(this, (cell) => clearCell(cell, options));
  }

  // --- notes ---
  getNote(): string { return topLeft(this)?.note ?? ''; }
  getNotes(): Grid<string> { return read(this, (cell) => cell?.note ?? ''); }
  setNote(note: string | null): Range { return update(this, (cell) => { cell.note = note == null ? '' : String(note); }); }
  setNotes(notes: unknown): Range {
    const data = shaped(this, notes, 'setNotes');
    return update(this, (cell, r, c) => { cell.note = data[r][c] == null ? '' : String(data[r][c]); });
  }
  clearNote(): Range { return update(this, (cell) => { cell.note = ''; }); }

  // --- formats ---
  getBackground(): string { return formatOf(this, 'background'); }
  getBackgrounds(): Grid<string> { return formatsOf(this, 'background'); }
  setBackground(color: string | null): Range { return setFormat(this, 'background', color, normalizeColor); }
  setBackgrounds(colors: unknown): Range { return setFormats(this, 'background', colors, 'setBackgrounds', normalizeColor); }
  getFontColor(): string { return formatOf(this, 'fontColor'); }
  getFontColors(): Grid<string> { return formatsOf(this, 'fontColor'); }
  setFontColor(color: string | null): Range { return setFormat(this, 'fontColor', color, normalizeColor); }
  setFontColors(colors: unknown): Range { return setFormats(this, 'fontColor', colors, 'setFontColors', normalizeColor); }
  getFontFamily(): string { return formatOf(this, 'fontFamily'); }
  getFontFamilies(): Grid<string> { return formatsOf(this, 'fontFamily'); }
  setFontFamily(family: string | null): Range { return setFormat(this, 'fontFamily', family, String); }
  setFontFamilies(families: unknown): Range { return setFormats(this, 'fontFamily', families, 'setFontFamilies', String); }
  getFontSize(): number { return formatOf(this, 'fontSize'); }
  getFontSizes(): Grid<number> { return formatsOf(this, 'fontSize'); }
  setFontSize(size: number): Range { return setFormat(this, 'fontSize', size, Number); }
  setFontSizes(sizes: unknown): Range { return setFormats(this, 'fontSize', sizes, 'setFontSizes', Number); }
  getFontWeight(): string { return formatOf(this, 'fontWeight'); }
  getFontWeights(): Grid<string> { return formatsOf(this, 'fontWeight'); }
  setFontWeight(weight: string | null): Range { return setFormat(this, 'fontWeight', weight, lower); }
  setFontWeights(weights: unknown): Range { return setFormats(this, 'fontWeight', weights, 'setFontWeights', lower); }
  getFontStyle(): string { return formatOf(this, 'fontStyle'); }
  getFontStyles(): Grid<string> { return formatsOf(this, 'fontStyle'); }
  setFontStyle(style: string | null): Range { return setFormat(this, 'fontStyle', style, lower); }
  setFontStyles(styles: unknown): Range { return setFormats(this, 'fontStyle', styles, 'setFontStyles', lower); }
  getFontLine(): string { return formatOf(this, 'fontLine'); }
  setFontLine(line: string | null): Range { return setFormat(this, 'fontLine', line, lower); }
  getNumberFormat(): string { return formatOf(this, 'numberFormat'); }
  getNumberFormats(): Grid<string> { return formatsOf(this, 'numberFormat'); }
  setNumberFormat(format: string): Range { return setFormat(this, 'numberFormat', format, String); }
  setNumberFormats(formats: unknown): Range { return setFormats(this, 'numberFormat', formats, 'setNumberFormats', String); }
  getHorizontalAlignment(): string { return formatOf(this, 'horizontalAlignment'); }
  getHorizontalAlignments(): Grid<string> { return formatsOf(this, 'horizontalAlignment'); }
  setHorizontalAlignment(alignment: string | null): Range { return setFormat(this, 'horizontalAlignment', alignment, horizontal); }
  setHorizontalAlignments(alignments: unknown): Range {
    return setFormats(this, 'horizontalAlignment', alignments, 'setHorizontalAlignments', horizontal);
  }
  getVerticalAlignment(): string { return formatOf(this, 'verticalAlignment'); }
  getVerticalAlignments(): Grid<string> { return formatsOf(this, 'verticalAlignment'); }
  setVerticalAlignment(alignment: string | null): Range { return setFormat(this, 'verticalAlignment', alignment, lower); }
  setVerticalAlignments(alignments: unknown): Range {
    return setFormats(this, 'verticalAlignment', alignments, 'setVerticalAlignments', lower);
  }
  getWrap(): boolean { return formatOf(this, 'wrapStrategy') === WrapStrategy.WRAP; }
  getWraps(): Grid<boolean> { return formatsOf(this, 'wrapStrategy').map((row) => row.map((s) => s === WrapStrategy.WRAP)); }
  setWrap(wrap: boolean): Range { return setFormat(this, 'wrapStrategy', wrap ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW, String); }
  setWraps(wraps: unknown): Range {
    return setFormats(this, 'wrapStrategy', wraps, 'setWraps', (w) => (w ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW));
  }
  getWrapStrategy(): string { return formatOf(this, 'wrapStrategy'); }
  getWrapStrategies(): Grid<string> { return formatsOf(this, 'wrapStrategy'); }
  setWrapStrategy(strategy: string): Range { return setFormat(this, 'wrapStrategy', strategy, String); }
  setWrapStrategies(strategies: unknown): Range { return setFormats(this, 'wrapStrategy', strategies, 'setWrapStrategies', String); }
  clearFormat(): Range { return update(this, (cell) => { cell.format = { ...DEFAULT_FORMAT }; }); }

  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color?: string | null, style?: string | null,
  ): Range {
    this[STATE].sheet.borders.push({
      range: this.getA1Notation(), top, left, bottom, right, vertical, horizontal,
      color: color ?? null, style: style ?? null,
    });
    return this;
  }

  // --- data validation and checkboxes ---
  getDataValidation(): DataValidation | null {
    const rule = topLeft(this)?.validation;
    return rule ? new DataValidation(this[STATE].sheet.spreadsheet.settings.runtime, rule) : null;
  }

  getDataValidations(): Grid<DataValidation | null> {
    const runtime = this[STATE].sheet.spreadsheet.settings.runtime;
    return read(this, (cell) => (cell?.validation ? new DataValidation(runtime, cell.validation) : null));
  }

  setDataValidation(rule: DataValidation | null): Range {
    const model = rule === null ? null : ruleOf(this, rule, 'SpreadsheetApp.Range.setDataValidation');
    return update(this, (cell) => { cell.validation = model; });
  }

  setDataValidations(rules: unknown): Range {
    const data = shaped(this, rules, 'setDataValidations');
    const models = data.map((row) => row.map((r) => (r == null ? null : ruleOf(this, r, 'SpreadsheetApp.Range.setDataValidations'))));
    return update(this, (cell, r, c) => { cell.validation = models[r][c]; });
  }

  clearDataValidations(): Range {
    return update(this, (cell) => { cell.validation = null; });
  }

  insertCheckboxes(): Range {
    const rule = { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: null };
    return update(this, (cell) => {
      cell.validation = rule;
      if (cell.value === '' && cell.formula === '') cell.value = false;
    });
  }

  removeCheckboxes(): Range {
    return update(this, (cell) => {
      if (cell.validation?.criteria !== 'CHECKBOX') return;
      cell.validation = null;
      if (typeof cell.value === 'boolean') cell.value = '';
    });
  }

  isChecked(): boolean | null {
    const states = cellsOf(this).map(({ cell }) => (cell?.validation?.criteria === 'CHECKBOX' ? cell.value === true : null));
    if (states.some((s) => s === null)) return null;
    if (states.every((s) => s)) return true;
    return states.every((s) => !s) ? false : null;
  }

  // --- merges ---
  merge(): Range { return mergeRects(this, [this[STATE].rect]); }
  mergeAcross(): Range { return mergeRects(this, splitRect(this[STATE].rect, 'rows')); }
  mergeVertically(): Range { return mergeRects(this, splitRect(this[STATE].rect, 'columns')); }

  breakApart(): Range {
    const { sheet, rect } = this[STATE];
    const touched = sheet.merges.filter((m) => rectsIntersect(m, rect));
    if (touched.some((m) => !rectContains(rect, m))) throw fail(this, 'You must select all cells in a merged range to merge or unmerge them.');
    sheet.merges.splice(0, sheet.merges.length, ...sheet.merges.filter((m) => !touched.includes(m)));
    return this;
  }

  getMergedRanges(): Range[] {
    const { sheet, rect } = this[STATE];
    return sheet.merges.filter((m) => rectsIntersect(m, rect)).map((m) => new Range(sheet, m));
  }

  isPartOfMerge(): boolean {
    const { sheet, rect } = this[STATE];
    return sheet.merges.some((m) => rectsIntersect(m, rect));
  }

  // --- protection ---
  protect(): Protection {
    const { sheet, rect } = this[STATE];
    const model: ProtectionModel = {
      type: 'RANGE', sheet, rect: { ...rect }, description: '', warningOnly: false,
      editors: new Set([sheet.spreadsheet.settings.userEmail]), domainEdit: true, unprotected: [],
    };
    sheet.protections.push(model);
    return new Protection(model);
  }

  canEdit(): boolean {
    return true;
  }
}
instrument(Range, 'Range');

// ---------------------------------------------------------------------------------------------
// Helpers. Module functions rather than methods, so they are neither counted nor part of the API.

/** Validates a target rectangle like Sheet.getRange does, with Apps Script's messages. */
export function checkedRect(fake: Fake, sheet: SheetModel, rect: GridRect, method: string, args: unknown[]): GridRect {
  if (![rect.row, rect.column, rect.numRows, rect.numColumns].every(isInteger)) throw signatureMismatch(fake, method, args);
  if (rect.row < 1) throw fail(fake, 'The starting row of the range is too small.');
  if (rect.column < 1) throw fail(fake, 'The starting column of the range is too small.');
  if (rect.numRows < 1) throw fail(fake, 'The number of rows in the range must be at least 1.');
  if (rect.numColumns < 1) throw fail(fake, 'The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
    throw fail(fake, 'The coordinates of the range are outside the dimensions of the sheet.');
  }
  return rect;
}

function timeZone(range: Range): string {
  return range[STATE].sheet.spreadsheet.timeZone;
}

function topLeft(range: Range): Cell | undefined {
  const { sheet, rect } = range[STATE];
  return sheet.cell(rect.row, rect.column);
}

function cellsOf(range: Range): { cell: Cell | undefined; row: number; column: number }[] {
  const { sheet, rect } = range[STATE];
  const out = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) out.push({ cell: sheet.cell(r, c), row: r, column: c });
  }
  return out;
}

function read<T>(range: Range, get: (cell: Cell | undefined) => T): Grid<T> {
  const { sheet, rect } = range[STATE];
  const out: Grid<T> = [];
  for (let r = 0; r < rect.numRows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.numColumns; c++) row.push(get(sheet.cell(rect.row + r, rect.column + c)));
    out.push(row);
  }
  return out;
}

/** Applies `change` to every cell (r, c relative, 0-based), creating cells as needed. */
function update(range: Range, change: (cell: Cell, r: number, c: number) => void): Range {
  const { sheet, rect } = range[STATE];
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numColumns; c++) change(sheet.ensureCell(rect.row + r, rect.column + c), r, c);
  }
  return range;
}

function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

/** The same value for every cell (setValue on a multi-cell range writes it everywhere, as Apps Script does). */
function fill<T>(range: Range, value: T): Grid<T> {
  const { rect } = range[STATE];
  return Array.from({ length: rect.numRows }, () => new Array<T>(rect.numColumns).fill(value));
}

/** Checks a 2D array against the range's size with Apps Script's messages. */
function shaped(range: Range, data: unknown, method: string): Grid<unknown> {
  const { rect } = range[STATE];
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw signatureMismatch(range, `SpreadsheetApp.Range.${method}`, [data]);
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.numRows) {
    throw fail(range, `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.numRows}.`);
  }
  const bad = rows.find((row) => row.length !== rect.numColumns);
  if (bad) {
    throw fail(range, `The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${rect.numColumns}.`);
  }
  return rows;
}

/** Interprets every input first and checks validation, so a rejected write changes nothing. */
function writeInputs(range: Range, data: Grid<unknown>): Range {
  const { sheet, rect } = range[STATE];
  const { timeZone: tz, settings } = sheet.spreadsheet;
  const inputs: Grid<CellInput> = data.map((row, r) =>
    row.map((raw, c) => {
      const existing = sheet.cell(rect.row + r, rect.column + c);
      const input = interpretInput(raw, existing?.format.numberFormat ?? DEFAULT_FORMAT.numberFormat, tz);
      const rule = existing?.validation;
      if (settings.enforceValidation && rule && !rule.allowInvalid && 'value' in input && !passesValidation(rule, input.value)) {
        throw fail(range, `The data you entered in cell ${cellA1(rect.row + r, rect.column + c)} violates the data validation rules set on this cell.`);
      }
      return input;
    }),
  );
  return update(range, (cell, r, c) => {
    const input = inputs[r][c];
    cell.links = [];
    if ('formula' in input) {
      cell.formula = input.formula;
      cell.value = '';
    } else {
      cell.formula = '';
      cell.value = input.value;
    }
  });
}

function writeRichText(range: Range, data: Grid<unknown>): Range {
  const contents = data.map((row) => row.map((value) => textAndLinksOf(range, value)));
  return update(range, (cell, r, c) => {
    const { text, links } = contents[r][c];
    cell.formula = '';
    cell.value = text;
    cell.links = links;
  });
}

function richTextOf(range: Range, cell: Cell | undefined): RichTextValue | null {
  const value = cell?.value ?? '';
  if (typeof value !== 'string') return null;
  return new RichTextValue(range[STATE].sheet.spreadsheet.settings.runtime, value, cell?.links ?? []);
}

function clearContentOf(cell: Cell): void {
  cell.value = '';
  cell.formula = '';
  cell.links = [];
}

function clearCell(
  cell: Cell,
  options: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean } = {},
): void {
  const selective = options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly;
  if (!selective || options.contentsOnly) clearContentOf(cell);
  if (!selective || options.formatOnly) cell.format = { ...DEFAULT_FORMAT };
  if (options.validationsOnly) cell.validation = null;
  if (options.commentsOnly) cell.note = '';
}

function formatOf<K extends keyof CellFormat>(range: Range, key: K): CellFormat[K] {
  return (topLeft(range)?.format ?? DEFAULT_FORMAT)[key];
}

function formatsOf<K extends keyof CellFormat>(range: Range, key: K): Grid<CellFormat[K]> {
  return read(range, (cell) => (cell?.format ?? DEFAULT_FORMAT)[key]);
}

/** null resets a format to the default, as it does in Apps Script. */
function setFormat<K extends keyof CellFormat>(
  range: Range, key: K, value: unknown, normalize: (v: unknown) => CellFormat[K],
): Range {
  const stored = value == null ? DEFAULT_FORMAT[key] : normalize(value);
  return update(range, (cell) => { cell.format[key] = stored; });
}

function setFormats<K extends keyof CellFormat>(
  range: Range, key: K, values: unknown, method: string, normalize: (v: unknown) => CellFormat[K],
): Range {
  const data = shaped(range, values, method);
  return update(range, (cell, r, c) => {
    const value = data[r][c];
    cell.format[key] = value == null ? DEFAULT_FORMAT[key] : normalize(value);
  });
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080',
};

function normalizeColor(color: unknown): string {
  const text = String(color).trim().toLowerCase();
  return NAMED_COLORS[text] ?? text;
}

function lower(value: unknown): string {
  return String(value).toLowerCase();
}

function horizontal(value: unknown): string {
  const text = lower(value);
  return text === 'normal' ? DEFAULT_FORMAT.horizontalAlignment : text;
}

function splitRect(rect: GridRect, by: 'rows' | 'columns'): GridRect[] {
  if (by === 'rows') {
    return Array.from({ length: rect.numRows }, (_, i) => ({ ...rect, row: rect.row + i, numRows: 1 }));
  }
  return Array.from({ length: rect.numColumns }, (_, i) => ({ ...rect, column: rect.column + i, numColumns: 1 }));
}

/** Merging keeps only the top-left value of each merged block, as Sheets does. */
function mergeRects(range: Range, rects: GridRect[]): Range {
  const { sheet } = range[STATE];
  for (const target of rects) {
    const touched = sheet.merges.filter((m) => rectsIntersect(m, target));
    if (touched.some((m) => !rectContains(target, m))) {
      throw fail(range, 'You must select all cells in a merged range to merge or unmerge them.');
    }
    sheet.merges.splice(0, sheet.merges.length, ...sheet.merges.filter((m) => !touched.includes(m)));
    if (target.numRows === 1 && target.numColumns === 1) continue;
    sheet.merges.push({ ...target });
    for (let r = target.row; r < target.row + target.numRows; r++) {
      for (let c = target.column; c < target.column + target.numColumns; c++) {
        const cell = sheet.cell(r, c);
        if (cell && (r !== target.row || c !== target.column)) clearContentOf(cell);
      }
    }
  }
  return range;
}

/** For inspectors: a detached copy of a cell, or a default one. */
export function snapshotCell(cell: Cell | undefined): Cell {
  const source = cell ?? newCell();
  return {
    ...source,
    value: copyValue(source.value),
    format: { ...source.format },
    links: source.links.map((l) => ({ ...l })),
  };
}
