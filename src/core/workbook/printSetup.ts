import { HEADER_ROW, LAST_DATA_ROW } from './layout';

/**
 * How a tab prints: A4, fit to the page width, landscape when its columns are too wide for a
 * portrait page, rows tall enough for 14 pt Thai (its marks above and below the line), and a
 * print area that ends at the last row a person sees. Formulas filled down to LAST_DATA_ROW for
 * rows yet to come show nothing: counting them printed 44 blank pages.
 */

export interface PrintCell {
  readonly row: number; // 1-based
  readonly col: number; // 1-based
  /** 'value': something typed or written; 'formula': a formula (its result unknown here). */
  readonly kind: 'value' | 'formula';
}

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly lastRow: number;
  readonly lastCol: number;
  /** Rows repeated at the top of every printed page (the title and header rows). */
  readonly titleRows: readonly [number, number];
  readonly rowHeightPt: number;
}

/** A4 portrait's printable width in screen pixels (about 18 cm): wider tabs turn to landscape. */
const PORTRAIT_WIDTH_PX = 700;
/** Fit-to-width may shrink a tab this much on a portrait page before landscape reads better. */
const SHRINK = 1.25;
/** 14 pt Thai needs about 1.5 lines of height: 15 pt rows clip it and shift numbers against labels. */
export const THAI_ROW_HEIGHT_PT = 21;

export function printSetup(cells: Iterable<PrintCell>, columnWidthsPx: readonly number[]): PrintSetup {
  const list = [...cells];
  // A column whose formulas reach LAST_DATA_ROW was filled down for future rows: its formulas alone do not print.
  const filled = new Set(list.filter((c) => c.kind === 'formula' && c.row === LAST_DATA_ROW).map((c) => c.col));
  const seen = list.filter((c) => c.kind === 'value' || !filled.has(c.col));
  const lastRow = Math.max(HEADER_ROW, ...seen.map((c) => c.row));
  const lastCol = Math.max(1, ...seen.map((c) => c.col));
  const width = columnWidthsPx.slice(0, lastCol).reduce((a, b) => a + b, 0);
  return {
    orientation: width > PORTRAIT_WIDTH_PX * SHRINK ? 'landscape' : 'portrait',
    lastRow,
    lastCol,
    titleRows: [1, HEADER_ROW],
    rowHeightPt: THAI_ROW_HEIGHT_PT,
  };
}
