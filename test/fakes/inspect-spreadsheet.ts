/** Test-side access to the fake spreadsheet: seeding and inspection, never counted as service calls. */
import { type GridRect, lettersToColumn, parseA1, rectA1 } from './a1';
import { type Cell, type CellFormat, type CellValue, displayValue, interpretInput } from './cells';
import { STATE } from './calls';
import { snapshotCell, type Range } from './range';
import {
  type BorderRecord, type SheetModel, type SpreadsheetModel, type Toast,
} from './sheet-model';

export interface ValidationSnapshot {
  readonly criteria: string;
  /** As getCriteriaValues returns them, except a VALUE_IN_RANGE range appears as "'Sheet'!A1:A9". */
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export interface CellSnapshot extends CellFormat {
  readonly a1: string;
  readonly value: CellValue;
  readonly formula: string;
  readonly display: string;
  readonly note: string;
  /** URL of the first link set with setRichTextValue, or null. */
  readonly link: string | null;
  readonly links: readonly { start: number; end: number; url: string }[];
  readonly validation: ValidationSnapshot | null;
}

export interface ProtectionSnapshot {
  readonly type: 'RANGE' | 'SHEET';
  readonly range: string;
  readonly description: string;
  readonly warningOnly: boolean;
  readonly editors: string[];
  readonly domainEdit: boolean;
  readonly unprotected: string[];
}

export interface ConditionalRuleSnapshot {
  readonly condition: { readonly type: string; readonly values: readonly unknown[] } | null;
  readonly format: Readonly<Record<string, unknown>>;
  readonly ranges: string[];
}

export interface SeedOptions {
  /** Grid size; defaults to 1000 × 26, grown to fit the values. */
  readonly maxRows?: number;
  readonly maxColumns?: number;
  readonly frozenRows?: number;
}

export class SpreadsheetInspector {
  constructor(private readonly model: SpreadsheetModel) {}

  get id(): string { return this.model.id; }
  get name(): string { return this.model.name; }
  get url(): string { return this.model.url; }
  get toasts(): readonly Toast[] { return this.model.toasts; }

  sheetNames(): string[] { return this.model.sheets.map((s) => s.name); }
  activeSheetName(): string { return this.model.activeSheet.name; }
  activeRange(): string { return rectA1(this.model.activeRange); }

  /**
   * Creates (or replaces the content of) a sheet. Values are stored exactly as given — no parsing of
   * numeric text — except strings starting with "=", which become formulas.
   */
  seedSheet(name: string, values: readonly (readonly unknown[])[] = [], options: SeedOptions = {}): SheetInspector {
    const width = Math.max(0, ...values.map((row) => row.length));
    const maxRows = Math.max(options.maxRows ?? 1000, values.length);
    const maxColumns = Math.max(options.maxColumns ?? 26, width);
    let sheet = this.model.sheetByName(name);
    if (sheet) {
      sheet.clearAll();
      sheet.maxRows = maxRows;
      sheet.maxColumns = maxColumns;
    } else {
      sheet = this.model.addSheet(name, this.model.sheets.length, maxRows, maxColumns);
    }
    sheet.frozenRows = options.frozenRows ?? sheet.frozenRows;
    values.forEach((row, r) =>
      row.forEach((raw, c) => {
        if (raw === '' || raw === null || raw === undefined) return;
        const cell = sheet.ensureCell(r + 1, c + 1);
        if (typeof raw === 'string' && raw.length > 1 && raw.startsWith('=')) cell.formula = raw;
        else cell.value = seedValue(raw);
      }),
    );
    return new SheetInspector(sheet);
  }

  sheet(name: string): SheetInspector {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return new SheetInspector(sheet);
  }

  /** Makes a sheet (and optionally a range on it) active, as if the user had selected it. */
  setActive(sheetName: string, a1?: string): void {
    const sheet = this.sheet(sheetName).model;
    this.model.setActive(sheet, a1 ? rectOf(sheet, a1) : undefined);
  }

  namedRanges(): Record<string, string> {
    return Object.fromEntries([...this.model.namedRanges].map(([name, r]) => [name, `${quote(r.sheet.name)}!${rectA1(r.rect)}`]));
  }
}

export class SheetInspector {
  constructor(readonly model: SheetModel) {}

  get name(): string { return this.model.name; }
  get index(): number { return this.model.index(); }
  get maxRows(): number { return this.model.maxRows; }
  get maxColumns(): number { return this.model.maxColumns; }
  get lastRow(): number { return this.model.lastRow(); }
  get lastColumn(): number { return this.model.lastColumn(); }
  get frozenRows(): number { return this.model.frozenRows; }
  get frozenColumns(): number { return this.model.frozenColumns; }
  get tabColor(): string | null { return this.model.tabColor; }
  get hidden(): boolean { return this.model.hidden; }
  get borders(): readonly BorderRecord[] { return this.model.borders; }

  /** Values of `a1`, or of the data range (A1 to last row/column with content; [] when empty). */
  values(a1?: string): CellValue[][] { return this.grid(a1, (cell) => snapshotCell(cell).value); }
  displayValues(a1?: string): string[][] { return this.grid(a1, (cell) => displayValue(cell, this.model.spreadsheet.timeZone)); }
  formulas(a1?: string): string[][] { return this.grid(a1, (cell) => cell?.formula ?? ''); }
  cells(a1: string): CellSnapshot[][] { return this.grid(a1, (cell, row, column) => this.snapshot(cell, row, column)); }

  cell(a1: string): CellSnapshot {
    const rect = rectOf(this.model, a1);
    return this.snapshot(this.model.cell(rect.row, rect.column), rect.row, rect.column);
  }

  /** `column` as a number (1 = A) or letters. */
  columnWidth(column: number | string): number {
    const index = typeof column === 'number' ? column : lettersToColumn(column);
    return this.model.columnWidths[index - 1] ?? 100;
  }

  rowHeight(row: number): number { return this.model.rowHeights[row - 1] ?? 21; }
  hiddenColumns(): number[] { return indicesOf(this.model.hiddenColumns); }
  hiddenRows(): number[] { return indicesOf(this.model.hiddenRows); }
  merges(): string[] { return this.model.merges.map(rectA1); }

  protections(): ProtectionSnapshot[] {
    return this.model.protections.map((p) => ({
      type: p.type,
      range: rectA1(p.rect ?? { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns }),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
      domainEdit: p.domainEdit,
      unprotected: p.unprotected.map(rectA1),
    }));
  }

  conditionalRules(): ConditionalRuleSnapshot[] {
    return this.model.conditionalRules.map((rule) => ({
      condition: rule.condition,
      format: { ...rule.format },
      ranges: rule.ranges.map((r) => rectA1(r.rect)),
    }));
  }

  private grid<T>(a1: string | undefined, read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const rect = a1 ? rectOf(this.model, a1) : { row: 1, column: 1, numRows: this.model.lastRow(), numColumns: this.model.lastColumn() };
    const out: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const row: T[] = [];
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) row.push(read(this.model.cell(r, c), r, c));
      out.push(row);
    }
    return out;
  }

  private snapshot(cell: Cell | undefined, row: number, column: number): CellSnapshot {
    const copy = snapshotCell(cell);
    const rule = copy.validation;
    return {
      ...copy.format,
      a1: rectA1({ row, column, numRows: 1, numColumns: 1 }),
      value: copy.value,
      formula: copy.formula,
      display: displayValue(cell, this.model.spreadsheet.timeZone),
      note: copy.note,
      link: copy.links[0]?.url ?? null,
      links: copy.links,
      validation: rule && {
        criteria: rule.criteria,
        values: rule.values.map(describeCriteriaValue),
        allowInvalid: rule.allowInvalid,
        helpText: rule.helpText,
      },
    };
  }
}

function rectOf(sheet: SheetModel, a1: string): GridRect {
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!parsed) throw new Error(`Not A1 notation: ${a1}`);
  return parsed.rect;
}

function indicesOf(flags: readonly (boolean | undefined)[]): number[] {
  return flags.flatMap((flag, i) => (flag ? [i + 1] : []));
}

function quote(sheetName: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

function describeCriteriaValue(value: unknown): unknown {
  if (value && typeof value === 'object' && STATE in value) {
    const { sheet, rect } = (value as Range)[STATE];
    return `${quote(sheet.name)}!${rectA1(rect)}`;
  }
  return Array.isArray(value) ? [...value] : value;
}

/** Seeds keep their JavaScript type; only Dates are copied. */
function seedValue(raw: unknown): CellValue {
  const input = interpretInput(raw, '@', 'UTC');
  return 'value' in input ? input.value : '';
}
