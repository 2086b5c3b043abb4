/** SpreadsheetApp, Spreadsheet and Sheet facades over sheet-model.ts. */
import { outsideContainer } from './properties';
import { parseA1 } from './a1';
import { Fake, instrument, RUNTIME, STATE } from './calls';
import { BooleanCriteria, BorderStyle, DataValidationCriteria, Dimension, ProtectionType, SheetType, WrapStrategy } from './enums';
import { fail, isInteger, signatureMismatch } from './errors';
import { checkedRect, Range } from './range';
import { importValue } from './realm';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type ProtectionModel, type SheetModel, type SpreadsheetModel } from './sheet-model';
import {
  ConditionalFormatRule, ConditionalFormatRuleBuilder, conditionalRuleOf, DataValidationBuilder, Protection,
  RichTextValueBuilder,
} from './spreadsheet-objects';
import { type Ui } from './ui';

/** Sheets' limit on cells per spreadsheet. */
const MAX_CELLS = 10_000_000;

const sheetFacades = new WeakMap<SheetModel, Sheet>();
const spreadsheetFacades = new WeakMap<SpreadsheetModel, Spreadsheet>();

export function sheetFacade(model: SheetModel): Sheet {
  let facade = sheetFacades.get(model);
  if (!facade) sheetFacades.set(model, (facade = new Sheet(model)));
  return facade;
}

function spreadsheetFacade(model: SpreadsheetModel): Spreadsheet {
  let facade = spreadsheetFacades.get(model);
  if (!facade) spreadsheetFacades.set(model, (facade = new Spreadsheet(model)));
  return facade;
}

export class SpreadsheetApp extends Fake {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly [STATE]: { readonly model: SpreadsheetModel; readonly ui: () => Ui };

  constructor(model: SpreadsheetModel, ui: () => Ui) {
    super(model.settings.runtime);
    this[STATE] = { model, ui };
  }

  getActive(): Spreadsheet { return outsideContainer(this) ? (null as unknown as Spreadsheet) : spreadsheetFacade(this[STATE].model); }
  getActiveSpreadsheet(): Spreadsheet { return this.getActive(); }
  getActiveSheet(): Sheet { return sheetFacade(this[STATE].model.activeSheet); }
  getActiveRange(): Range { return activeRange(this[STATE].model); }
  setActiveSheet(sheet: Sheet): Sheet { return activateSheet(this, this[STATE].model, sheet); }

  setActiveRange(range: Range): Range {
    const { sheet, rect } = range[STATE];
    this[STATE].model.setActive(sheet, { ...rect });
    return range;
  }

  getUi(): Ui { return this[STATE].ui(); }
  /** Nothing is buffered in the fake; counted so tests can see flush() called in a loop. */
  flush(): void {}
  newDataValidation(): DataValidationBuilder { return new DataValidationBuilder(this[RUNTIME]); }
  newRichTextValue(): RichTextValueBuilder { return new RichTextValueBuilder(this[RUNTIME]); }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this[RUNTIME]); }

  openById(id: string): Spreadsheet {
    if (id !== this[STATE].model.id) throw fail(this, 'Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.getActive();
  }

  openByUrl(url: string): Spreadsheet {
    if (!String(url).includes(this[STATE].model.id)) throw fail(this, 'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return this.getActive();
  }
}

export class Spreadsheet extends Fake {
  readonly [STATE]: SpreadsheetModel;

  constructor(model: SpreadsheetModel) {
    super(model.settings.runtime);
    this[STATE] = model;
  }

  getId(): string { return this[STATE].id; }
  getName(): string { return this[STATE].name; }
  rename(name: string): void { this[STATE].name = String(name); }
  getUrl(): string { return this[STATE].url; }
  getSpreadsheetTimeZone(): string { return this[STATE].timeZone; }
  setSpreadsheetTimeZone(timeZone: string): void { this[STATE].timeZone = String(timeZone); }
  getSpreadsheetLocale(): string { return this[STATE].locale; }
  setSpreadsheetLocale(locale: string): void { this[STATE].locale = String(locale); }
  getSheets(): Sheet[] { return this[STATE].sheets.map(sheetFacade); }
  getNumSheets(): number { return this[STATE].sheets.length; }

  getSheetByName(name: string): Sheet | null {
    const sheet = this[STATE].sheetByName(String(name));
    return sheet ? sheetFacade(sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this[STATE].sheets.find((s) => s.id === id);
    return sheet ? sheetFacade(sheet) : null;
  }

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes active, as in Apps Script. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    const model = this[STATE];
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : model.nextDefaultSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index ?? model.sheets.length;
    if (!isInteger(at) || (nameOrIndex !== undefined && typeof nameOrIndex !== 'string' && typeof nameOrIndex !== 'number')) {
      throw signatureMismatch(this, 'SpreadsheetApp.Spreadsheet.insertSheet', [nameOrIndex, index].filter((a) => a !== undefined));
    }
    assertFreeName(this, model, name);
    if (at < 0 || at > model.sheets.length) throw fail(this, `Index ${at} is out of bounds.`);
    assertCellBudget(this, model, 1000 * 26);
    const sheet = model.addSheet(name, at);
    model.setActive(sheet);
    return sheetFacade(sheet);
  }

  deleteSheet(sheet: Sheet): void {
    const model = this[STATE];
    const target = sheetModelOf(this, sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (!model.sheets.includes(target)) throw fail(this, 'The sheet does not belong to this spreadsheet.');
    if (model.sheets.length === 1) throw fail(this, "You can't remove all the sheets in a document.");
    model.removeSheet(target);
  }

  getActiveSheet(): Sheet { return sheetFacade(this[STATE].activeSheet); }
  setActiveSheet(sheet: Sheet): Sheet { return activateSheet(this, this[STATE], sheet); }
  getActiveRange(): Range { return activeRange(this[STATE]); }

  getActiveCell(): Range {
    const { activeSheet, activeRange: rect } = this[STATE];
    return new Range(activeSheet, { row: rect.row, column: rect.column, numRows: 1, numColumns: 1 });
  }

  setActiveRange(range: Range): Range {
    const { sheet, rect } = range[STATE];
    this[STATE].setActive(sheet, { ...rect });
    return range;
  }

  /** Moves the active sheet to 1-based `position`. */
  moveActiveSheet(position: number): void {
    const model = this[STATE];
    if (!isInteger(position) || position < 1 || position > model.sheets.length) throw fail(this, `Index ${position} is out of bounds.`);
    model.sheets.splice(model.sheets.indexOf(model.activeSheet), 1);
    model.sheets.splice(position - 1, 0, model.activeSheet);
  }

  /** 'Sheet!A1:B2', or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    return rangeFromA1(this, this[STATE], this[STATE].activeSheet, a1Notation, 'SpreadsheetApp.Spreadsheet.getRange');
  }

  getRangeByName(name: string): Range | null {
    const named = this[STATE].namedRanges.get(String(name));
    return named ? new Range(named.sheet, named.rect) : null;
  }

  setNamedRange(name: string, range: Range): void {
    if (!/^[A-Za-z_\u0E00-\u0E7F][\w.\u0E00-\u0E7F]*$/.test(name)) throw fail(this, `Named range name "${name}" is invalid.`);
    const { sheet, rect } = range[STATE];
    this[STATE].namedRanges.set(name, { sheet, rect: { ...rect } });
  }

  removeNamedRange(name: string): void { this[STATE].namedRanges.delete(String(name)); }

  getProtections(type: string): Protection[] {
    return this[STATE].sheets.flatMap((s) => protectionsOf(s, type));
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this[STATE].toasts.push({ message: String(message), title: title == null ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  // Shortcuts Apps Script offers on Spreadsheet for its active sheet.
  getLastRow(): number { return this[STATE].activeSheet.lastRow(); }
  getLastColumn(): number { return this[STATE].activeSheet.lastColumn(); }
  getDataRange(): Range { return dataRange(this[STATE].activeSheet); }
  appendRow(rowContents: unknown[]): Sheet { return sheetFacade(this[STATE].activeSheet).appendRow(rowContents); }
}

export class Sheet extends Fake {
  readonly [STATE]: SheetModel;

  constructor(model: SheetModel) {
    super(model.spreadsheet.settings.runtime);
    this[STATE] = model;
  }

  getName(): string { return this[STATE].name; }
  getSheetName(): string { return this[STATE].name; }

  setName(name: string): Sheet {
    const model = this[STATE];
    if (name !== model.name) assertFreeName(this, model.spreadsheet, name);
    model.name = String(name);
    return this;
  }

  getSheetId(): number { return this[STATE].id; }
  getIndex(): number { return this[STATE].index(); }
  getParent(): Spreadsheet { return spreadsheetFacade(this[STATE].spreadsheet); }
  getType(): string { return SheetType.GRID; }
  getMaxRows(): number { return this[STATE].maxRows; }
  getMaxColumns(): number { return this[STATE].maxColumns; }
  getLastRow(): number { return this[STATE].lastRow(); }
  getLastColumn(): number { return this[STATE].lastColumn(); }
  getDataRange(): Range { return dataRange(this[STATE]); }

  /** getRange(a1) or getRange(row, column, numRows?, numColumns?). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const model = this[STATE];
    if (typeof rowOrA1 === 'string' && column === undefined) {
      return rangeFromA1(this, model.spreadsheet, model, rowOrA1, 'SpreadsheetApp.Sheet.getRange');
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    const rect = { row: rowOrA1 as number, column: column as number, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    return new Range(model, checkedRect(this, model, rect, 'SpreadsheetApp.Sheet.getRange', args));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const model = this[STATE];
    const rows = numRows === -1 ? model.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? model.lastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }

  /** Writes after the last row with content; unlike getRange writes, appendRow grows the sheet. */
  appendRow(rowContents: unknown[]): Sheet {
    const model = this[STATE];
    if (!Array.isArray(rowContents)) throw signatureMismatch(this, 'SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = model.lastRow() + 1;
    const width = Math.max(rowContents.length, 1);
    if (row > model.maxRows) grow(this, model, 'row', model.maxRows + 1, row - model.maxRows);
    if (width > model.maxColumns) grow(this, model, 'column', model.maxColumns + 1, width - model.maxColumns);
    if (rowContents.length > 0) new Range(model, { row, column: 1, numRows: 1, numColumns: width }).setValues([importValue(rowContents)]);
    return this;
  }

  activate(): Sheet {
    this[STATE].spreadsheet.setActive(this[STATE]);
    return this;
  }

  getActiveRange(): Range | null {
    const spreadsheet = this[STATE].spreadsheet;
    return spreadsheet.activeSheet === this[STATE] ? new Range(this[STATE], spreadsheet.activeRange) : null;
  }

  setActiveRange(range: Range): Range {
    this[STATE].spreadsheet.setActive(this[STATE], { ...range[STATE].rect });
    return range;
  }

  // --- rows and columns ---
  insertRowsAfter(afterPosition: number, howMany: number): Sheet { return insert(this, 'row', afterPosition, 1, howMany); }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet { return insert(this, 'row', beforePosition, 0, howMany); }
  insertRowAfter(afterPosition: number): Sheet { return insert(this, 'row', afterPosition, 1, 1); }
  insertRowBefore(beforePosition: number): Sheet { return insert(this, 'row', beforePosition, 0, 1); }
  insertRows(rowIndex: number, numRows = 1): void { insert(this, 'row', rowIndex, 0, numRows); }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet { return insert(this, 'column', afterPosition, 1, howMany); }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet { return insert(this, 'column', beforePosition, 0, howMany); }
  insertColumnAfter(afterPosition: number): Sheet { return insert(this, 'column', afterPosition, 1, 1); }
  insertColumnBefore(beforePosition: number): Sheet { return insert(this, 'column', beforePosition, 0, 1); }
  insertColumns(columnIndex: number, numColumns = 1): void { insert(this, 'column', columnIndex, 0, numColumns); }
  deleteRows(rowPosition: number, howMany: number): void { remove(this, 'row', rowPosition, howMany); }
  deleteRow(rowPosition: number): Sheet { remove(this, 'row', rowPosition, 1); return this; }
  deleteColumns(columnPosition: number, howMany: number): void { remove(this, 'column', columnPosition, howMany); }
  deleteColumn(columnPosition: number): Sheet { remove(this, 'column', columnPosition, 1); return this; }

  getFrozenRows(): number { return this[STATE].frozenRows; }
  getFrozenColumns(): number { return this[STATE].frozenColumns; }

  setFrozenRows(rows: number): void {
    if (!isInteger(rows) || rows < 0 || rows >= this[STATE].maxRows) throw fail(this, 'Sorry, it is not possible to freeze that many rows.');
    this[STATE].frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    if (!isInteger(columns) || columns < 0 || columns >= this[STATE].maxColumns) throw fail(this, 'Sorry, it is not possible to freeze that many columns.');
    this[STATE].frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number { return this[STATE].columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH; }
  setColumnWidth(columnPosition: number, width: number): Sheet { return this.setColumnWidths(columnPosition, 1, width); }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    checkSpan(this, 'column', startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this[STATE].columnWidths[c - 1] = width;
    return this;
  }

  getRowHeight(rowPosition: number): number { return this[STATE].rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT; }
  setRowHeight(rowPosition: number, height: number): Sheet { return this.setRowHeights(rowPosition, 1, height); }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    checkSpan(this, 'row', startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this[STATE].rowHeights[r - 1] = height;
    return this;
  }

  /** The fake cannot measure text; counted so tests can see it is not called per row. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet { checkSpan(this, 'column', startColumn, numColumns); return this; }
  autoResizeColumn(columnPosition: number): Sheet { checkSpan(this, 'column', columnPosition, 1); return this; }
  autoResizeRows(startRow: number, numRows: number): Sheet { checkSpan(this, 'row', startRow, numRows); return this; }

  hideColumns(columnIndex: number, numColumns = 1): void { setHidden(this, 'column', columnIndex, numColumns, true); }
  showColumns(columnIndex: number, numColumns = 1): void { setHidden(this, 'column', columnIndex, numColumns, false); }
  hideColumn(column: Range): void { const r = column[STATE].rect; setHidden(this, 'column', r.column, r.numColumns, true); }
  hideRows(rowIndex: number, numRows = 1): void { setHidden(this, 'row', rowIndex, numRows, true); }
  showRows(rowIndex: number, numRows = 1): void { setHidden(this, 'row', rowIndex, numRows, false); }
  hideRow(row: Range): void { const r = row[STATE].rect; setHidden(this, 'row', r.row, r.numRows, true); }
  isColumnHiddenByUser(columnPosition: number): boolean { return !!this[STATE].hiddenColumns[columnPosition - 1]; }
  isRowHiddenByUser(rowPosition: number): boolean { return !!this[STATE].hiddenRows[rowPosition - 1]; }

  hideSheet(): Sheet {
    const model = this[STATE];
    if (model.spreadsheet.sheets.filter((s) => !s.hidden).length === 1 && !model.hidden) {
      throw fail(this, "You can't hide all the sheets in a document.");
    }
    model.hidden = true;
    return this;
  }

  showSheet(): Sheet { this[STATE].hidden = false; return this; }
  isSheetHidden(): boolean { return this[STATE].hidden; }
  getTabColor(): string | null { return this[STATE].tabColor; }
  setTabColor(color: string | null): Sheet { this[STATE].tabColor = color == null ? null : String(color).toLowerCase(); return this; }

  // --- clearing ---
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const model = this[STATE];
    if (!options?.contentsOnly && !options?.formatOnly) model.clearAll();
    else wholeSheet(model).clear(options);
    return this;
  }

  clearContents(): Sheet { wholeSheet(this[STATE]).clearContent(); return this; }
  clearFormats(): Sheet { wholeSheet(this[STATE]).clearFormat(); return this; }
  clearNotes(): Sheet { wholeSheet(this[STATE]).clearNote(); return this; }

  // --- protection and conditional formats ---
  /** A sheet has at most one sheet protection; asking again returns it. */
  protect(): Protection {
    const model = this[STATE];
    let protection = model.protections.find((p) => p.type === 'SHEET');
    if (!protection) {
      protection = {
        type: 'SHEET', sheet: model, rect: null, description: '', warningOnly: false,
        editors: new Set([model.spreadsheet.settings.userEmail]), domainEdit: true, unprotected: [],
      } satisfies ProtectionModel;
      model.protections.push(protection);
    }
    return new Protection(protection);
  }

  getProtections(type: string): Protection[] { return protectionsOf(this[STATE], type); }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this[STATE].conditionalRules.map((rule) => new ConditionalFormatRule(this[RUNTIME], rule));
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw signatureMismatch(this, 'SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this[STATE].conditionalRules = rules.map((rule) => conditionalRuleOf(this, rule));
  }

  clearConditionalFormatRules(): void { this[STATE].conditionalRules = []; }
}

instrument(SpreadsheetApp, 'SpreadsheetApp');
instrument(Spreadsheet, 'Spreadsheet');
instrument(Sheet, 'Sheet');

// ---------------------------------------------------------------------------------------------

function sheetModelOf(fake: Fake, sheet: unknown, method: string): SheetModel {
  if (!(sheet instanceof Sheet)) throw signatureMismatch(fake, method, [sheet]);
  return sheet[STATE];
}

function activateSheet(fake: Fake, model: SpreadsheetModel, sheet: Sheet): Sheet {
  model.setActive(sheetModelOf(fake, sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet'));
  return sheet;
}

function activeRange(model: SpreadsheetModel): Range {
  return new Range(model.activeSheet, model.activeRange);
}

function dataRange(sheet: SheetModel): Range {
  return new Range(sheet, { row: 1, column: 1, numRows: Math.max(sheet.lastRow(), 1), numColumns: Math.max(sheet.lastColumn(), 1) });
}

function wholeSheet(sheet: SheetModel): Range {
  return new Range(sheet, { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns });
}

function rangeFromA1(fake: Fake, spreadsheet: SpreadsheetModel, sheet: SheetModel, a1: unknown, method: string): Range {
  if (typeof a1 !== 'string') throw signatureMismatch(fake, method, [a1]);
  const sheetName = parseA1(a1, 1, 1)?.sheetName;
  const target = sheetName ? spreadsheet.sheetByName(sheetName) : sheet;
  const parsed = target && parseA1(a1, target.maxRows, target.maxColumns);
  if (!target || !parsed) throw fail(fake, 'Range not found');
  return new Range(target, checkedRect(fake, target, parsed.rect, method, [a1]));
}

function protectionsOf(sheet: SheetModel, type: string): Protection[] {
  if (type !== ProtectionType.RANGE && type !== ProtectionType.SHEET) {
    throw new Error(`getProtections needs SpreadsheetApp.ProtectionType.RANGE or SHEET, got ${String(type)}`);
  }
  return sheet.protections.filter((p) => p.type === type).map((p) => new Protection(p));
}

function assertFreeName(fake: Fake, spreadsheet: SpreadsheetModel, name: string): void {
  if (spreadsheet.sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase())) {
    throw fail(fake, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

function assertCellBudget(fake: Fake, spreadsheet: SpreadsheetModel, added: number): void {
  const cells = spreadsheet.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  if (cells + added > MAX_CELLS) {
    throw fail(fake, `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
  }
}

function checkSpan(fake: Sheet, axis: 'row' | 'column', start: number, count: number): void {
  const max = axis === 'row' ? fake[STATE].maxRows : fake[STATE].maxColumns;
  if (!isInteger(start) || !isInteger(count) || count < 1 || start < 1 || start + count - 1 > max) {
    throw fail(fake, `Those ${axis}s are out of bounds.`);
  }
}

/** insert…After(position) / insert…Before(position); `offset` is 1 for "after". */
function insert(sheet: Sheet, axis: 'row' | 'column', position: number, offset: 0 | 1, count: number): Sheet {
  checkSpan(sheet, axis, position, 1);
  if (!isInteger(count) || count < 1) throw fail(sheet, `The number of ${axis}s to insert must be at least 1.`);
  grow(sheet, sheet[STATE], axis, position + offset, count);
  return sheet;
}

function grow(fake: Fake, model: SheetModel, axis: 'row' | 'column', at: number, count: number): void {
  assertCellBudget(fake, model.spreadsheet, axis === 'row' ? count * model.maxColumns : count * model.maxRows);
  if (axis === 'row') model.insertRows(at, count);
  else model.insertColumns(at, count);
}

function remove(sheet: Sheet, axis: 'row' | 'column', position: number, count: number): void {
  const model = sheet[STATE];
  checkSpan(sheet, axis, position, count);
  const [max, frozen] = axis === 'row' ? [model.maxRows, model.frozenRows] : [model.maxColumns, model.frozenColumns];
  const deletedFrozen = Math.max(0, Math.min(frozen, position + count - 1) - position + 1);
  if (max - frozen - (count - deletedFrozen) <= 0) {
    throw fail(sheet, `Sorry, it is not possible to delete all non-frozen ${axis}s.`);
  }
  if (axis === 'row') model.deleteRows(position, count);
  else model.deleteColumns(position, count);
}

function setHidden(sheet: Sheet, axis: 'row' | 'column', start: number, count: number, hidden: boolean): void {
  checkSpan(sheet, axis, start, count);
  const flags = axis === 'row' ? sheet[STATE].hiddenRows : sheet[STATE].hiddenColumns;
  for (let i = start; i < start + count; i++) flags[i - 1] = hidden || undefined;
}
