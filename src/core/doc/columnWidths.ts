import { tableGrid } from './tableGrid';
import { DOC_FONT, type List, type Paragraph, type Table } from './tree';

/**
 * Column widths from a table's content, shared by both renderers so Docs and Word lay a table
 * out alike. The tree's widths are the starting proportions; a column then gets at least the
 * room its longest unbreakable piece needs: an amount, a percentage, a date's figures, a code
 * ("๑๑๕,๐๐๐" must never wrap), and each word of a header (broken only at spaces and "/", so
 * "ผู้รับผิดชอบ" is never cut mid-word). The room is taken from the columns of running text,
 * which wrap between words anyway.
 */

const PT_PER_CM = 72 / 2.54;
/** Cell padding both renderers use (1 mm each side) plus a little slack for rounding in the layout. */
const CELL_PADDING_CM = 0.2 + 0.12;

/**
 * Advance widths in em of TH Sarabun New (measured on Laksaman, its metric twin, bold face:
 * the wider of the two): Thai digits are wider than Arabic ones; marks above and below take no room.
 */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e)) return 0;
  if (c >= 0x0e50 && c <= 0x0e59) return 0.69;
  if (c >= 0x0e01 && c <= 0x0e5b) return 0.62;
  if (c >= 0x30 && c <= 0x39) return 0.57;
  if (ch === ',' || ch === '.' || ch === ':' || ch === ';') return 0.26;
  if (ch === ' ') return 0.33;
  if (ch === '(' || ch === ')' || ch === '-' || ch === '/') return 0.33;
  if (ch === '%') return 0.88;
  return 0.6;
}

/** Estimated printed width of a text in cm at a font size in points. */
export function textWidthCm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return (em * sizePt) / PT_PER_CM;
}

const DIGIT = /[0-9๐-๙]/;
/** A figure: digits with separators, signs, a percent or brackets, and nothing else. */
const FIGURE = /^[-–−+(]?[0-9๐-๙][0-9๐-๙,.:/%]*\)?$/;

/** Pieces of a cell's text that must stay on one line. */
export function unbreakablePieces(text: string, header: boolean): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (header) return words.flatMap((w) => w.split(/(?<=\/)/));
  return words.filter((w) => DIGIT.test(w) && FIGURE.test(w));
}

function blockTexts(b: Paragraph | List): string[] {
  const runs = (rs: readonly { text: string }[]) => rs.map((r) => r.text).join('');
  return b.kind === 'paragraph' ? [runs(b.runs)] : b.items.map((i) => runs(i.runs));
}

/** Each column's width in cm for a table `widthCm` wide. */
export function fitColumns(table: Table, widthCm: number): number[] {
  const grid = tableGrid(table);
  const cols = Math.max(grid.cols, table.widths.length);
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const start = Array.from({ length: cols }, (_, c) => ((table.widths[c] ?? 0) / total) * widthCm);
  const size = table.fontSize ?? DOC_FONT.size;
  const need = new Array<number>(cols).fill(0);
  for (const { row, col, cell } of grid.cells) {
    if ((cell.colSpan ?? 1) > 1) continue;
    const pieces = cell.blocks.flatMap(blockTexts).flatMap((t) => unbreakablePieces(t, row < table.headerRows));
    for (const p of pieces) need[col] = Math.max(need[col], textWidthCm(p, size) + CELL_PADDING_CM);
  }
  return spread(start, need, widthCm);
}

/** Raises columns below their need, taking the room from the others in proportion to what they can spare. */
function spread(start: readonly number[], need: readonly number[], widthCm: number): number[] {
  const totalNeed = need.reduce((a, b) => a + b, 0);
  if (totalNeed >= widthCm) return need.map((n) => (n / totalNeed) * widthCm);
  const widths = start.map((w, c) => Math.max(w, need[c]));
  const excess = widths.reduce((a, b) => a + b, 0) - widthCm;
  if (excess <= 1e-9) return widths;
  const spare = widths.map((w, c) => (start[c] > need[c] ? w - need[c] : 0));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => w - (spare[c] / spareTotal) * excess);
}
