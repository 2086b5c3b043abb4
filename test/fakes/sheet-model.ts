/**
 * The state behind the SpreadsheetApp fakes. Facades (spreadsheet.ts, range.ts) validate arguments the
 * way Apps Script does and delegate here; test inspectors read this state without counting calls.
 */
import { type GridRect } from './a1';
import { type Cell, type CellValue, hasContent, newCell } from './cells';
import { type Runtime } from './calls';

export interface ProtectionModel {
  readonly type: 'RANGE' | 'SHEET';
  readonly sheet: SheetModel;
  /** null for a sheet protection, which always covers the whole sheet. */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  editors: Set<string>;
  domainEdit: boolean;
  unprotected: GridRect[];
}

export interface BooleanConditionModel {
  readonly type: string;
  readonly values: readonly unknown[];
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
}

export interface ConditionalRuleModel {
  readonly condition: BooleanConditionModel | null;
  readonly format: Readonly<RuleFormat>;
  ranges: { readonly sheet: SheetModel; readonly rect: GridRect }[];
}

export interface BorderRecord {
  readonly range: string;
  readonly top: boolean | null;
  readonly left: boolean | null;
  readonly bottom: boolean | null;
  readonly right: boolean | null;
  readonly vertical: boolean | null;
  readonly horizontal: boolean | null;
  readonly color: string | null;
  readonly style: string | null;
}

export interface NamedRangeModel {
  sheet: SheetModel;
  rect: GridRect;
}

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenColumns = 0;
  readonly merges: GridRect[] = [];
  readonly protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  readonly borders: BorderRecord[] = [];
  readonly columnWidths: (number | undefined)[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  readonly hiddenColumns: (boolean | undefined)[] = [];
  readonly hiddenRows: (boolean | undefined)[] = [];
  /** rows[r - 1][c - 1]; rows and cells are created on first write. */
  private readonly rows: ((Cell | undefined)[] | undefined)[] = [];

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensureCell(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= newCell());
  }

  value(row: number, column: number): CellValue {
    return this.cell(row, column)?.value ?? '';
  }

  /** Last row holding a value or formula (formatting alone does not count), 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) if (hasContent(cells[c - 1])) last = c;
    }
    return last;
  }

  index(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  /** Inserts `count` empty rows so that the first new row is `at`. */
  insertRows(at: number, count: number): void {
    this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
    this.rowHeights.splice(at - 1, 0, ...new Array<undefined>(count));
    this.hiddenRows.splice(at - 1, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    this.moveAnchors('row', at, count);
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.rowHeights.splice(at - 1, count);
    this.hiddenRows.splice(at - 1, count);
    this.maxRows -= count;
    this.moveAnchors('row', at, -count);
  }

  insertColumns(at: number, count: number): void {
    for (const cells of this.rows) cells?.splice(at - 1, 0, ...new Array<undefined>(count));
    this.columnWidths.splice(at - 1, 0, ...new Array<undefined>(count));
    this.hiddenColumns.splice(at - 1, 0, ...new Array<undefined>(count));
    this.maxColumns += count;
    this.moveAnchors('column', at, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) cells?.splice(at - 1, count);
    this.columnWidths.splice(at - 1, count);
    this.hiddenColumns.splice(at - 1, count);
    this.maxColumns -= count;
    this.moveAnchors('column', at, -count);
  }

  clearAll(): void {
    this.rows.length = 0;
  }

  /**
   * Merges, range protections, named ranges and conditional-format ranges move and stretch with
   * inserted or deleted rows/columns, as they do in Sheets; ones whose cells are all deleted vanish.
   */
  private moveAnchors(axis: 'row' | 'column', at: number, delta: number): void {
    const survives = (rect: GridRect): boolean => shiftRect(rect, axis, at, delta);
    this.merges.splice(0, this.merges.length, ...this.merges.filter(survives));
    const keptProtections = this.protections.filter((p) => !p.rect || survives(p.rect));
    this.protections.splice(0, this.protections.length, ...keptProtections);
    this.conditionalRules = this.conditionalRules.filter((rule) => {
      rule.ranges = rule.ranges.filter((r) => r.sheet !== this || survives(r.rect));
      return rule.ranges.length > 0;
    });
    for (const [name, named] of this.spreadsheet.namedRanges) {
      if (named.sheet === this && !survives(named.rect)) this.spreadsheet.namedRanges.delete(name);
    }
  }
}

/** Moves/stretches one rectangle for an insert (delta > 0) or delete (delta < 0) at `at`; false if it vanished. */
function shiftRect(rect: GridRect, axis: 'row' | 'column', at: number, delta: number): boolean {
  const startKey = axis === 'row' ? 'row' : 'column';
  const sizeKey = axis === 'row' ? 'numRows' : 'numColumns';
  const start = rect[startKey];
  const end = start + rect[sizeKey] - 1;
  if (delta > 0) {
    if (start >= at) rect[startKey] += delta;
    else if (end >= at) rect[sizeKey] += delta;
    return true;
  }
  const delStart = at;
  const delEnd = at - delta - 1;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart) + 1);
  rect[sizeKey] -= overlap;
  if (start > delEnd) rect[startKey] += delta;
  else if (start >= delStart) rect[startKey] = delStart;
  return rect[sizeKey] > 0;
}

export interface SpreadsheetSettings {
  readonly runtime: Runtime;
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly userEmail: string;
  /** Reject writes that break a "reject input" validation rule, as Sheets does. */
  readonly enforceValidation: boolean;
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, NamedRangeModel>();
  readonly toasts: Toast[] = [];
  name: string;
  timeZone: string;
  locale: string;
  activeSheet!: SheetModel;
  activeRange: GridRect = { row: 1, column: 1, numRows: 1, numColumns: 1 };
  private nextSheetId = 0;

  constructor(readonly settings: SpreadsheetSettings, firstSheetName: string) {
    this.name = settings.name;
    this.timeZone = settings.timeZone;
    this.locale = settings.locale;
    this.activeSheet = this.addSheet(firstSheetName);
  }

  get id(): string {
    return this.settings.id;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** `index` is 0-based like Spreadsheet.insertSheet's. */
  addSheet(name: string, index = this.sheets.length, maxRows?: number, maxColumns?: number): SheetModel {
    // The first sheet of a new spreadsheet has gid 0; later ones get distinct non-zero ids.
    const id = this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new SheetModel(this, name, id, maxRows, maxColumns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [name, named] of this.namedRanges) if (named.sheet === sheet) this.namedRanges.delete(name);
    if (this.activeSheet === sheet) this.setActive(this.sheets[0]);
  }

  setActive(sheet: SheetModel, range?: GridRect): void {
    this.activeSheet = sheet;
    this.activeRange = range ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
  }

  nextDefaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }
}
