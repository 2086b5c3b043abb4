import type { GridWrite } from './grid';

/** A data validation rule, described neutrally for Apps Script and exceljs alike. */
export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly allowInvalid: boolean; readonly help: string }
  | { readonly kind: 'number'; readonly min: number; readonly allowInvalid: boolean; readonly help: string };

/** Formatting of one column's data cells (from firstDataRow down). */
export interface ColumnFormat {
  readonly col: number;
  /** True for a column this run added: only new columns get widths and wrap, so a user's layout stays. */
  readonly isNew: boolean;
  readonly width: number;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly validation?: ValidationRule;
}

/** Everything one scaffold run does to one tab. Applied by src/gas and src/cli in the same order. */
export interface SheetPlan {
  readonly name: string;
  readonly isNew: boolean;
  readonly title: string;
  readonly headerRow: number; // rows 1..headerRow are the frozen, protected header
  readonly firstDataRow: number;
  readonly frozenColumns: number;
  readonly lastColumn: number; // the header's width after the run
  readonly columns: readonly ColumnFormat[];
  /** Dropdowns on single cells (the settings form). */
  readonly cellRules: readonly { readonly row: number; readonly col: number; readonly rule: ValidationRule }[];
  /** Cell values to write; only ever into cells that were empty. */
  readonly writes: readonly GridWrite[];
  readonly tabColor: string;
}

/** Number of cells a plan writes: what the scaffold reports to the user. */
export function cellsWritten(plan: SheetPlan): number {
  return plan.writes.reduce((n, w) => n + w.values.reduce((m, r) => m + r.filter((v) => v !== '').length, 0), 0);
}
