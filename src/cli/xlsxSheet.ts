import utils from 'exceljs/lib/utils/utils';
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import { parseA1 } from '../core/workbook/a1';
import type { SheetSnapshot } from '../core/workbook/grid';
import { attributes, contents, richText, rootIs, tags, unmodelled, wellFormed, xmlText } from './xlsxXml';

/**
 * One worksheet part of the values-only reader (xlsxValues.ts), read from its bytes: the overview
 * reads hundreds of workbooks, each with thousands of formula rows (the scaffold's risk and
 * integrity tabs), so the cells are found by a byte scan that jumps from tag to tag (Buffer's
 * indexOf) and decodes only the text it keeps: no text of the whole part, no match or attribute
 * object per cell.
 *
 * The scan checks what an XML parser checks (tags nest and close, attributes are quoted and given
 * once, references are whole, no forbidden character) and is stricter than the markup allows:
 * inside the sheet data it knows rows and cells, and inside a cell its formula, value and inline
 * string (their runs passed over). A comment, CDATA, a processing instruction, a prefixed or
 * unknown element where a row or cell belongs, a name with "-" or ".", text between tags,
 * phonetic runs or a hyperlink make it leave the workbook to exceljs, which is never wrong, only
 * slower; a workbook exceljs refuses is never read (test/cli/xlsxValues.test.ts damages parts at
 * random to hold it to that).
 */

/** What the cells' values depend on besides the sheet. */
export interface Book {
  /** Shared strings as exceljs reads them (rich text joined). */
  readonly strings: readonly string[] | undefined;
  /** Whether each cell style (cellXfs index) has a date number format; undefined when there are no cellXfs. */
  readonly dateStyles: readonly boolean[] | undefined;
  readonly date1904: boolean;
}

interface Content {
  readonly value: unknown;
  readonly formula: string;
}

/** A cell exceljs creates without a value (it has a style): '' that does not count as content. */
const STYLED_EMPTY: Content = { value: '', formula: '' };
/** A merged range's cell other than its first: '' that counts as content, as exceljs's merge cells do. */
const MERGED: Content = { value: '', formula: '' };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const SEMI = 0x3b;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === LF || b === CR;
/** An ASCII XML name byte (":" included, so that a prefixed name is seen whole), or a non-ASCII one. */
const isNameByte = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x3a) || b === 0x5f || b === 0x2d || b === 0x2e || b >= 0x80;
const isNameStart = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === 0x3a || b >= 0x80;

/** A tag as scanned: its name's bytes, its attributes' bytes, and where it ends. */
interface Tag {
  close: boolean;
  nameStart: number;
  nameEnd: number;
  attrStart: number;
  attrEnd: number;
  selfClosing: boolean;
  /** Just after its ">". */
  end: number;
}

/** The scanner's one tag, reused: thousands of tags a sheet make no object each. */
const tag: Tag = { close: false, nameStart: 0, nameEnd: 0, attrStart: 0, attrEnd: 0, selfClosing: false, end: 0 };

/** Reads the tag at `lt` (a "<") into `tag`. */
function readTag(buf: Buffer, lt: number, limit: number): void {
  let i = lt + 1;
  tag.close = buf[i] === SLASH;
  if (tag.close) i++;
  tag.nameStart = i;
  while (i < limit && isNameByte(buf[i])) i++;
  tag.nameEnd = i;
  // "<!" (comment, CDATA), "<?" or "< ": not a tag this scan reads; nor a name that starts with a digit.
  if (i === tag.nameStart || !isNameStart(buf[tag.nameStart])) unmodelled('markup');
  for (let k = tag.nameStart; k < i; k++) if (buf[k] === 0x3a || buf[k] === 0x2d || buf[k] === 0x2e) unmodelled('element name');
  tag.attrStart = i;
  let slash = false;
  for (; i < limit; i++) {
    const b = buf[i];
    if (b === GT) break;
    if (b === LT) unmodelled('tag');
    if (b === QUOT || b === APOS) {
      const q = buf.indexOf(b, i + 1);
      if (q < 0 || q >= limit) unmodelled('attribute');
      i = q;
      slash = false;
      continue;
    }
    slash = b === SLASH;
  }
  if (i >= limit) unmodelled('tag');
  if (tag.close && (slash || i !== tag.nameEnd)) unmodelled('closing tag'); // only "</name>", which is how every program writes it
  tag.selfClosing = slash;
  tag.attrEnd = slash ? i - 1 : i;
  tag.end = i + 1;
}

/** Whether the current tag's name is `name` (ASCII). */
function named(buf: Buffer, name: string): boolean {
  if (tag.nameEnd - tag.nameStart !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (buf[tag.nameStart + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** What a cell's markup holds, by byte ranges; reused from cell to cell. */
interface CellMarkup {
  /** Attribute value ranges (start −1 when absent). */
  rStart: number;
  rEnd: number;
  sStart: number;
  sEnd: number;
  tStart: number;
  tEnd: number;
  /** The first `<f>`: its attributes, and its text (start −1 when self-closed or absent). */
  hasF: boolean;
  fAttrStart: number;
  fAttrEnd: number;
  fStart: number;
  fEnd: number;
  /** The first `<v>` and `<is>` texts (start −1 when absent). */
  vStart: number;
  vEnd: number;
  isStart: number;
  isEnd: number;
}

const cell: CellMarkup = { rStart: -1, rEnd: -1, sStart: -1, sEnd: -1, tStart: -1, tEnd: -1, hasF: false, fAttrStart: 0, fAttrEnd: 0, fStart: -1, fEnd: -1, vStart: -1, vEnd: -1, isStart: -1, isEnd: -1 };

/** A stack of byte ranges (element or attribute names), kept in a typed array: no array resized per tag. */
class Ranges {
  private data = new Int32Array(64);
  private size = 0;
  get count(): number {
    return this.size >> 1;
  }
  clear(): void {
    this.size = 0;
  }
  push(start: number, end: number): void {
    if (this.size + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = start;
    this.data[this.size++] = end;
  }
  pop(): void {
    this.size -= 2;
  }
  /** Whether the bytes of [start, end) equal the top range's. */
  topIs(buf: Buffer, start: number, end: number): boolean {
    return this.size > 0 && sameBytes(buf, this.data[this.size - 2], this.data[this.size - 1], start, end);
  }
  /** Whether the bytes of [start, end) equal any range's. */
  has(buf: Buffer, start: number, end: number): boolean {
    for (let k = 0; k < this.size; k += 2) if (sameBytes(buf, this.data[k], this.data[k + 1], start, end)) return true;
    return false;
  }
  /** Whether the top range's bytes are `name` (ASCII). */
  topNamed(buf: Buffer, name: string): boolean {
    if (this.size === 0 || this.data[this.size - 1] - this.data[this.size - 2] !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (buf[this.data[this.size - 2] + k] !== name.charCodeAt(k)) return false;
    return true;
  }
}

/** The current tag's r, s and t values (start −1 when absent), as `readAttributes` found them. */
const attr = { rStart: -1, rEnd: -1, sStart: -1, sEnd: -1, tStart: -1, tEnd: -1 };
/** The current tag's attribute names so far: a name given twice is not XML. */
const names = new Ranges();

/**
 * Checks every attribute of the current tag as an XML parser would (a name, "=", a quoted value
 * without "<" and with whole references; whitespace before each; no name twice) and notes r, s
 * and t in `attr`. Whatever a parser would refuse is left to exceljs, which refuses it.
 */
function readAttributes(buf: Buffer): void {
  attr.rStart = attr.sStart = attr.tStart = -1;
  names.clear();
  let i = tag.attrStart;
  const end = tag.attrEnd;
  for (;;) {
    const before = i;
    while (i < end && isSpace(buf[i])) i++;
    if (i >= end) return;
    if (i === before || !isNameStart(buf[i])) unmodelled('attribute');
    const nameStart = i;
    while (i < end && isNameByte(buf[i])) i++;
    const nameEnd = i;
    if (names.has(buf, nameStart, nameEnd)) unmodelled('attribute given twice');
    names.push(nameStart, nameEnd);
    while (i < end && isSpace(buf[i])) i++;
    if (i >= end || buf[i] !== EQ) unmodelled('attribute');
    i++;
    while (i < end && isSpace(buf[i])) i++;
    const q = buf[i];
    if (i >= end || (q !== QUOT && q !== APOS)) unmodelled('attribute');
    const valueStart = i + 1;
    const valueEnd = buf.indexOf(q, valueStart);
    if (valueEnd < 0 || valueEnd >= end) unmodelled('attribute');
    checkText(buf, valueStart, valueEnd, true);
    if (nameEnd - nameStart === 1) {
      const n = buf[nameStart];
      if (n === 0x72) [attr.rStart, attr.rEnd] = [valueStart, valueEnd];
      else if (n === 0x73) [attr.sStart, attr.sEnd] = [valueStart, valueEnd];
      else if (n === 0x74) [attr.tStart, attr.tEnd] = [valueStart, valueEnd];
    }
    i = valueEnd + 1;
  }
}

function sameBytes(buf: Buffer, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (buf[aStart + k] !== buf[bStart + k]) return false;
  return true;
}

/** A control character XML does not allow (all below space but tab, line feed and carriage return). */
const isForbidden = (b: number) => b < 0x20 && b !== 0x09 && b !== LF && b !== CR;

/**
 * Checks character data (or an attribute value) the scan does not decode as a parser would: whole
 * references, no forbidden control character, no "<" in a value. With `text` false, only
 * whitespace may stand there (between rows, cells and their elements).
 */
function checkText(buf: Buffer, start: number, end: number, text: boolean): void {
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (!text && !isSpace(b)) unmodelled('text between tags');
    if (b === LT || isForbidden(b)) unmodelled('character');
    if (b === AMP) {
      const semi = referenceEnd(buf, i, end);
      referencePoint(buf, i + 1, semi);
      i = semi;
    }
  }
}

/** The buffer text decoders of references write into; grown as needed. */
let scratch = Buffer.allocUnsafe(1024);

/**
 * Text as an XML parser gives it (xmlText), straight from the bytes: plain ASCII is taken as it
 * is; text with references or carriage returns is resolved into a scratch buffer and decoded once.
 */
function textAt(buf: Buffer, start: number, end: number): string {
  let ascii = true;
  let plain = true;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === AMP || b === CR) {
      plain = false;
      break;
    }
    if (b >= 0x80) ascii = false;
    else if (isForbidden(b)) unmodelled('character');
  }
  if (plain) return buf.toString(ascii ? 'latin1' : 'utf8', start, end);
  // A reference is never shorter than what it stands for, in UTF-8: the text fits in its own length.
  if (scratch.length < end - start) scratch = Buffer.allocUnsafe(2 * (end - start));
  let n = 0;
  ascii = true;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === CR) {
      scratch[n++] = LF;
      if (i + 1 < end && buf[i + 1] === LF) i++;
    } else if (b !== AMP) {
      if (b >= 0x80) ascii = false;
      else if (isForbidden(b)) unmodelled('character');
      scratch[n++] = b;
    } else {
      const semi = referenceEnd(buf, i, end);
      const point = referencePoint(buf, i + 1, semi);
      if (point >= 0x80) ascii = false;
      n = writeUtf8(point, n);
      i = semi;
    }
  }
  return scratch.toString(ascii ? 'latin1' : 'utf8', 0, n);
}

/** Where the reference starting with the "&" at `amp` ends (its ";"), within `end`; else it is not one. */
function referenceEnd(buf: Buffer, amp: number, end: number): number {
  let semi = amp + 1;
  while (semi < end && buf[semi] !== SEMI) semi++;
  return semi < end ? semi : unmodelled('reference');
}

/** The predefined entities' names, as bytes, and the code point each stands for. */
const NAMED_POINTS: readonly (readonly [readonly number[], number])[] = (
  [['quot', 0x22], ['amp', 0x26], ['lt', 0x3c], ['gt', 0x3e], ['apos', 0x27]] as const
).map(([name, point]) => [[...name].map((c) => c.charCodeAt(0)), point] as const);

/** The code point of the reference whose name lies in [start, end) ("quot", "#x0E04", "#13"). */
function referencePoint(buf: Buffer, start: number, end: number): number {
  // &quot; first: a formula's strings are full of it.
  if (end - start === 4 && buf[start] === 0x71 && buf[start + 1] === 0x75 && buf[start + 2] === 0x6f && buf[start + 3] === 0x74) return 0x22;
  for (const [name, point] of NAMED_POINTS) {
    if (end - start !== name.length) continue;
    let k = 0;
    while (k < name.length && buf[start + k] === name[k]) k++;
    if (k === name.length) return point;
  }
  const hex = buf[start + 1] === 0x78;
  let i = start + (hex ? 2 : 1);
  if (buf[start] !== 0x23 || i >= end) unmodelled('reference');
  let point = 0;
  for (; i < end; i++) {
    const d = hexDigit(buf[i]);
    if (d < 0 || (!hex && d > 9)) unmodelled('reference');
    point = point * (hex ? 16 : 10) + d;
    // Past Unicode, or a lone surrogate: left to exceljs.
    if (point > 0x10ffff) unmodelled('reference');
  }
  if (point >= 0xd800 && point <= 0xdfff) unmodelled('reference');
  return point;
}

function hexDigit(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

/** Writes a code point as UTF-8 at `n` in the scratch buffer; returns the new end. */
function writeUtf8(point: number, n: number): number {
  if (point < 0x80) scratch[n++] = point;
  else if (point < 0x800) {
    scratch[n++] = 0xc0 | (point >> 6);
    scratch[n++] = 0x80 | (point & 0x3f);
  } else if (point < 0x10000) {
    scratch[n++] = 0xe0 | (point >> 12);
    scratch[n++] = 0x80 | ((point >> 6) & 0x3f);
    scratch[n++] = 0x80 | (point & 0x3f);
  } else {
    scratch[n++] = 0xf0 | (point >> 18);
    scratch[n++] = 0x80 | ((point >> 12) & 0x3f);
    scratch[n++] = 0x80 | ((point >> 6) & 0x3f);
    scratch[n++] = 0x80 | (point & 0x3f);
  }
  return n;
}

/** A cell's address from its r: capital letters and digits, as every program writes it; anything else is left to exceljs. */
function addressAt(buf: Buffer, start: number, end: number): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let i = start;
  for (; i < end && buf[i] >= 0x41 && buf[i] <= 0x5a && i - start < 3; i++) col = col * 26 + buf[i] - 0x40;
  const letters = i - start;
  for (; i < end && buf[i] >= 0x30 && buf[i] <= 0x39; i++) row = row * 10 + buf[i] - 0x30;
  return letters > 0 && i === end && i > start + letters ? { row, col } : unmodelled('cell address');
}

/** The sheet data's bytes: from after `<sheetData …>` to its `</sheetData>` (an empty range for none). */
function sheetDataRange(buf: Buffer, from: number): { open: number; start: number; end: number; close: number } | undefined {
  for (let at = buf.indexOf('<sheetData', from, 'latin1'); at >= 0; at = buf.indexOf('<sheetData', at + 1, 'latin1')) {
    readTag(buf, at, buf.length);
    if (!named(buf, 'sheetData')) continue; // a longer name ("<sheetDataX")
    readAttributes(buf);
    if (tag.selfClosing) return { open: at, start: tag.end, end: tag.end, close: tag.end };
    // From the end: the close is near it, past the cells. A second sheet data inside this one is no row: the scan leaves it to exceljs.
    const close = buf.lastIndexOf('</sheetData>', buf.length, 'latin1');
    if (close < tag.end) unmodelled('sheet data');
    return { open: at, start: tag.end, end: close, close: close + '</sheetData>'.length };
  }
  return undefined;
}

export function sheetSnapshot(part: Buffer, book: Book): SheetSnapshot {
  const bom = part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf ? 3 : 0;
  const data = sheetDataRange(part, bom);
  // The markup around the cells (root, merges, hyperlinks) is small: it is scanned as text.
  const outside = data ? part.toString('latin1', bom, data.open) + part.toString('latin1', data.close) : part.toString('latin1', bom);
  // Not a worksheet: exceljs reads it, and refuses it as damaged, rather than it reading as an empty tab.
  if (!rootIs(outside, 'worksheet') || !wellFormed(outside)) unmodelled('worksheet root');
  if (/<hyperlink\b[^>]*:id=/.test(outside)) unmodelled('hyperlinks'); // exceljs turns those cells into links
  const rows = data ? scanRows(part, data.start, data.end, book) : new Map<number, Content[]>();
  applyMerges(outside, rows);
  return snapshotOf(rows);
}

/** The rows and cells of the sheet data in [start, end). */
function scanRows(buf: Buffer, start: number, end: number, book: Book): Map<number, Content[]> {
  const rows = new Map<number, Content[]>();
  // Shared formulas by their index: the first cell's address and formula, slid to each other cell.
  const shared = new Map<string, { address: string; formula: string }>();
  let cells: Content[] | undefined;
  let number = 0;
  let previous = 0;
  let from = start;
  for (let lt = buf.indexOf(LT, from); lt >= 0 && lt < end; lt = buf.indexOf(LT, from)) {
    checkText(buf, from, lt, false);
    readTag(buf, lt, end);
    from = tag.end;
    if (cells === undefined) {
      if (tag.close || !named(buf, 'row')) unmodelled('sheet data');
      readAttributes(buf);
      number = attr.rStart < 0 ? NaN : parseInt(textAt(buf, attr.rStart, attr.rEnd), 10);
      if (!(number > 0)) unmodelled('row number');
      // A row given again replaces the first, as in exceljs's worksheet model.
      const row: Content[] = [];
      rows.set(number, row);
      previous = 0;
      if (!tag.selfClosing) cells = row;
    } else if (tag.close) {
      if (!named(buf, 'row')) unmodelled('row');
      cells = undefined;
    } else {
      if (!named(buf, 'c')) unmodelled('row');
      readAttributes(buf);
      [cell.rStart, cell.rEnd, cell.sStart, cell.sEnd, cell.tStart, cell.tEnd] = [attr.rStart, attr.rEnd, attr.sStart, attr.sEnd, attr.tStart, attr.tEnd];
      cell.hasF = false;
      cell.fStart = cell.vStart = cell.isStart = -1;
      if (!tag.selfClosing) from = scanCell(buf, end);
      const at = cell.rStart < 0 ? (previous ? { row: number, col: previous + 1 } : unmodelled('cell address')) : addressAt(buf, cell.rStart, cell.rEnd);
      if (at.row !== number) unmodelled('cell outside its row');
      const content = cellContent(buf, at.col, number, book, shared);
      // A cell without an address follows the last cell exceljs created (not one it skipped).
      if (content) {
        cells[at.col - 1] = content;
        previous = at.col;
      }
    }
  }
  checkText(buf, from, end, false);
  if (cells !== undefined) unmodelled('row not closed');
  return rows;
}

/** The names of the elements open inside the cell being scanned. */
const open = new Ranges();

/**
 * Scans a cell's content up to its `</c>`, noting its formula, value and inline string (each at
 * most once, directly inside the cell, and nothing else there); returns where the scan goes on.
 * Elements must nest as XML requires; the runs and their properties inside an inline string are
 * passed over.
 */
function scanCell(buf: Buffer, end: number): number {
  open.clear();
  /** The cell's own f, v or is whose content is being passed ('' when none). */
  let reading = '';
  let readingFrom = 0;
  let from = tag.end;
  for (let lt = buf.indexOf(LT, from); ; lt = buf.indexOf(LT, from)) {
    if (lt < 0 || lt >= end) unmodelled('cell not closed');
    // A formula's or value's text is checked as it is decoded; a run's text here; between elements only whitespace.
    if (reading !== 'f' && reading !== 'v') checkText(buf, from, lt, open.topNamed(buf, 't'));
    readTag(buf, lt, end);
    from = tag.end;
    const one = tag.nameEnd - tag.nameStart === 1 ? buf[tag.nameStart] : 0;
    // The elements the cell is read from (and the cell itself); '' for any other.
    const name = one === 0x66 ? 'f' : one === 0x76 ? 'v' : one === 0x63 ? 'c' : named(buf, 'is') ? 'is' : '';
    if (tag.close) {
      if (open.count === 0) {
        if (name === 'c') return from;
        unmodelled('cell content'); // a closing tag of nothing opened in the cell
      }
      if (!open.topIs(buf, tag.nameStart, tag.nameEnd)) unmodelled('cell content');
      open.pop();
      if (open.count === 0 && reading !== '') {
        if (reading === 'f') [cell.fStart, cell.fEnd] = [readingFrom, lt];
        else if (reading === 'v') [cell.vStart, cell.vEnd] = [readingFrom, lt];
        else [cell.isStart, cell.isEnd] = [readingFrom, lt];
        reading = '';
      }
      continue;
    }
    readAttributes(buf);
    if (reading === 'f' || reading === 'v' || name === 'c' || named(buf, 'row') || named(buf, 'rPh') || named(buf, 'hyperlink')) unmodelled('cell content');
    // Directly inside the cell, only its formula, value and inline string (exceljs reads others its own way).
    if (name === '' && open.count === 0) unmodelled('cell content');
    if (name !== '') {
      // Only directly inside the cell, and once each.
      if (open.count > 0 || (name === 'f' ? cell.hasF : name === 'v' ? cell.vStart >= 0 : cell.isStart >= 0)) unmodelled('cell content');
      if (name === 'f') {
        cell.hasF = true;
        [cell.fAttrStart, cell.fAttrEnd] = [tag.attrStart, tag.attrEnd];
      } else if (tag.selfClosing) unmodelled('cell content');
      if (!tag.selfClosing) [reading, readingFrom] = [name, tag.end];
    }
    if (!tag.selfClosing) open.push(tag.nameStart, tag.nameEnd);
  }
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * One cell as exceljs's cell parser, its value classes and cellContent (xlsx.ts) make it; undefined
 * for a cell exceljs does not create (no value, no style).
 */
function cellContent(buf: Buffer, col: number, row: number, book: Book, shared: Map<string, { address: string; formula: string }>): Content | undefined {
  const styleId = cell.sStart < 0 || cell.sEnd === cell.sStart ? undefined : digitsAt(buf, cell.sStart, cell.sEnd) ?? parseInt(textAt(buf, cell.sStart, cell.sEnd), 10);
  const t = cell.tStart < 0 ? undefined : cell.tEnd === cell.tStart + 1 && buf[cell.tStart] === 0x73 ? 's' : textAt(buf, cell.tStart, cell.tEnd);
  const isDate = () => !!styleId && (book.dateStyles ?? unmodelled('styles'))[styleId] === true;
  // Most formulas carry no attributes (the scaffold's per-row formulas): no object made for them.
  const fa: Readonly<Record<string, string>> = cell.hasF && !blank(buf, cell.fAttrStart, cell.fAttrEnd) ? attributes(buf.toString('latin1', cell.fAttrStart, cell.fAttrEnd)) : NO_ATTRIBUTES;
  const formulaText = cell.fStart >= 0 && cell.fEnd > cell.fStart ? textAt(buf, cell.fStart, cell.fEnd) : undefined;
  const text = cell.vStart >= 0 && cell.vEnd > cell.vStart ? textAt(buf, cell.vStart, cell.vEnd) : undefined;
  if (formulaText || fa.t) {
    let result: unknown = text === undefined ? undefined : t === 'str' ? utils.xmlDecode(text) : t === 'b' ? parseInt(text, 10) !== 0 : t === 'e' ? { error: text } : parseFloat(text);
    if (result !== undefined && isDate()) result = utils.excelToDate(result, book.date1904);
    let formula = formulaText;
    if (fa.t === 'shared') {
      const address = cell.rStart < 0 ? unmodelled('shared formula address') : textAt(buf, cell.rStart, cell.rEnd);
      if (fa.ref) {
        if (formula) shared.set(fa.si, { address, formula });
      } else if (!formula) {
        const master = shared.get(fa.si) ?? unmodelled('shared formula without its first cell');
        formula = slideFormula(master.formula, master.address, address);
      }
    }
    if (!formula) unmodelled('formula without text');
    // exceljs keeps a formula's result only when truthy.
    const value = !result ? '' : typeof result === 'object' && !(result instanceof Date) ? (result as { error: string }).error : result;
    return { value, formula: `=${formula}` };
  }
  const inline = cell.isStart < 0 ? undefined : buf.toString('latin1', cell.isStart, cell.isEnd);
  // exceljs appends <is> text to the <v> text whatever the type: only a plain inline string is read here.
  if (inline !== undefined && (t !== 'inlineStr' || text !== undefined)) unmodelled('inline string');
  const value = inline === undefined ? text : inlineText(inline);
  if (value === undefined) return styleId ? STYLED_EMPTY : undefined;
  switch (t) {
    case 's': {
      const s = (book.strings ?? unmodelled('shared strings'))[parseInt(value, 10)];
      return { value: s ?? unmodelled(`shared string ${value} at ${row}:${col}`), formula: '' };
    }
    case 'str':
      return { value: utils.xmlDecode(value), formula: '' };
    case 'inlineStr':
    case 'e':
      return { value, formula: '' };
    case 'b':
      return { value: parseInt(value, 10) !== 0, formula: '' };
    default: {
      const n = parseFloat(value);
      return { value: isDate() ? utils.excelToDate(n, book.date1904) : n, formula: '' };
    }
  }
}

/** A whole number written in plain digits (a style index), read without making its text; undefined for anything else. */
function digitsAt(buf: Buffer, start: number, end: number): number | undefined {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

function blank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(buf[i])) return false;
  return true;
}

/** An inline string's text: its `<t>` texts as they are, or its rich text runs joined; undefined when empty. */
function inlineText(is: string): string | undefined {
  if (/<r\b/.test(is)) {
    if (/<t\b/.test(is.replace(/<r\b[\s\S]*?<\/r>/g, ''))) unmodelled('inline string');
    return richText(is);
  }
  const text = contents(is, 't').map((t) => (t ? xmlText(t) : '')).join('');
  return text === '' ? undefined : text;
}

/** Merged ranges as exceljs applies them: every cell of the range created, all but the first read as "". */
function applyMerges(xml: string, rows: Map<number, Content[]>): void {
  const taken = new Set<string>();
  for (const { ref } of tags(contents(xml, 'mergeCells')[0] ?? '', 'mergeCell')) {
    const [from, to = from] = (ref ?? '').split(':').map((r) => (/^[A-Z]{1,3}[0-9]+$/.test(r) ? parseA1(r) : undefined) ?? unmodelled('merge range'));
    const top = Math.min(from.row, to.row);
    const left = Math.min(from.col, to.col);
    for (let r = top; r <= Math.max(from.row, to.row); r++) {
      const cells = rows.get(r) ?? [];
      rows.set(r, cells);
      for (let c = left; c <= Math.max(from.col, to.col); c++) {
        if (taken.has(`${r}:${c}`)) unmodelled('overlapping merges'); // exceljs refuses the file
        taken.add(`${r}:${c}`);
        if (r > top || c > left) cells[c - 1] = MERGED;
        else cells[c - 1] ??= STYLED_EMPTY;
      }
    }
  }
}

/** The rectangle snapshotOf (xlsx.ts) reads: up to the last row exceljs created, across the widest row with content. */
function snapshotOf(rows: Map<number, Content[]>): SheetSnapshot {
  let rowCount = 0;
  let colCount = 0;
  let withContent = 0;
  for (const [number, cells] of rows) {
    rowCount = Math.max(rowCount, number);
    if (cells.some((c) => c !== undefined && c !== STYLED_EMPTY)) {
      withContent++;
      colCount = Math.max(colCount, cells.length);
    }
  }
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  for (let r = 1; r <= (withContent ? rowCount : 0); r++) {
    const cells = rows.get(r) ?? [];
    const vr: unknown[] = [];
    const fr: string[] = [];
    for (let c = 0; c < colCount; c++) {
      vr.push(cells[c]?.value ?? '');
      fr.push(cells[c]?.formula ?? '');
    }
    values.push(vr);
    formulas.push(fr);
  }
  return { values, formulas };
}
