import { inflateRawSync } from 'node:zlib';
import utils from 'exceljs/lib/utils/utils';
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import { parseA1 } from '../core/workbook/a1';
import type { SheetSnapshot } from '../core/workbook/grid';
import type { SnapshotSource } from '../core/workbook/scaffold';

/**
 * A values-only xlsx reader for the commands that only read (the overview of a province's plans
 * reads hundreds of workbooks): it unzips the workbook, its shared strings, styles and sheets and
 * scans their XML for cell values: about twice as fast as exceljs's values-only load and snapshot
 * on the generated plans, whose 2000 rows of risk-tab formulas dominate both.
 *
 * It gives exactly the snapshot `snapshotSourceOf(exceljs workbook)` gives, quirks included:
 * a formula's cached result that is falsy (0, FALSE, "") reads as "", as exceljs drops it; a
 * merged range's other cells read as "" and count towards the sheet's size; dates are converted
 * with exceljs's own helpers. Whatever it does not model (hyperlinked cells, CDATA, prefixed
 * element names, phonetic runs, names exceljs would change or refuse, anything malformed) makes it
 * return undefined, and the caller reads the file with exceljs instead.
 */
export function readValues(bytes: Uint8Array): SnapshotSource | undefined {
  try {
    return valuesSource(bytes);
  } catch {
    return undefined;
  }
}

/** Thrown for a part this reader leaves to exceljs. */
class Unmodelled extends Error {}

function unmodelled(what: string): never {
  throw new Unmodelled(what);
}

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WANTED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);

function valuesSource(bytes: Uint8Array): SnapshotSource {
  const parts = unzipParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (name) => WANTED.has(name) || SHEET_PART.test(name));
  const part = (name: string) => {
    const data = parts.get(name);
    return data ? bytesText(data) : undefined;
  };
  const workbook = part('xl/workbook.xml') ?? unmodelled('workbook');
  const rels = new Map<string, string>();
  for (const a of tags(part('xl/_rels/workbook.xml.rels') ?? unmodelled('rels'), 'Relationship')) rels.set(a.Id, a.Target);
  const book: Book = {
    strings: sharedStrings(part('xl/sharedStrings.xml')),
    dateStyles: dateStyles(part('xl/styles.xml') ?? unmodelled('styles')),
    date1904: tags(workbook, 'workbookPr')[0]?.date1904 === '1',
  };
  const sheets = new Map<string, SheetSnapshot>();
  const ids = new Set<number>();
  for (const a of tags(workbook, 'sheet')) {
    const target = rels.get(a['r:id'] ?? unmodelled('sheet without r:id'));
    if (target === undefined) continue; // exceljs leaves out a sheet whose part is not linked
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const xml = SHEET_PART.test(path) ? part(path) : undefined;
    if (xml === undefined) continue; // a chartsheet, or a part exceljs does not read as a worksheet
    // exceljs decodes the name a second time and files sheets by id (ids below 1 fall out of its list).
    const name = utils.xmlDecode(a.name ?? '');
    const id = parseInt(a.sheetId, 10);
    if (!(id >= 1) || ids.has(id) || !keptName(name, sheets)) unmodelled(`sheet ${name}`);
    ids.add(id);
    sheets.set(name, sheetSnapshot(xml, book));
  }
  return Object.assign((name: string) => sheets.get(name), { sheetNames: () => [...sheets.keys()] });
}

/**
 * The wanted parts of a zip, by its central directory (a later entry of the same name wins, as
 * with fflate's unzipSync), inflated by Node's zlib: a few times faster than a JavaScript inflate
 * on a sheet of formulas. Zip64 and compression methods other than deflate are left to exceljs.
 */
function unzipParts(zip: Buffer, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) if (--end < 0 || zip.length - end > 65558) unmodelled('zip directory');
  const count = zip.readUInt16LE(end + 8);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) unmodelled('zip64');
  const parts = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const nameEnd = at + 46 + zip.readUInt16LE(at + 28);
    const name = zip.toString(zip.readUInt16LE(at + 8) & 0x800 ? 'utf8' : 'latin1', at + 46, nameEnd);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const offset = zip.readUInt32LE(at + 42);
    at = nameEnd + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (!wanted(name)) continue;
    if (size === 0xffffffff || offset === 0xffffffff) unmodelled('zip64');
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(start, start + size);
    parts.set(name, method === 0 ? data : method === 8 ? inflateRawSync(data) : unmodelled(`compression ${method}`));
  }
  return parts;
}

/**
 * A part's bytes as text, one character per byte (latin1), without a byte-order mark. The markup is
 * ASCII and a UTF-8 sequence has no ASCII byte, so the scan finds the same elements; only the text
 * taken out of them is decoded (xmlText). Cheaper than decoding a whole sheet of formulas, and a
 * one-byte string, half the size of the two-byte one a sheet with any Thai in it decodes to.
 */
function bytesText(data: Uint8Array): string {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return text.startsWith('\xef\xbb\xbf') ? text.slice(3) : text;
}

/** Whether exceljs keeps this sheet name as it is (it truncates long names and refuses some). */
function keptName(name: string, earlier: Map<string, unknown>): boolean {
  return (
    name !== '' && name.length <= 31 && name !== 'History' && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name) &&
    ![...earlier.keys()].some((n) => n.toLowerCase() === name.toLowerCase())
  );
}

interface Book {
  /** Shared strings as exceljs reads them (rich text joined). */
  readonly strings: readonly string[] | undefined;
  /** Whether each cell style (cellXfs index) has a date number format; undefined when there are no cellXfs. */
  readonly dateStyles: readonly boolean[] | undefined;
  readonly date1904: boolean;
}

// ---------------------------------------------------------------------------- XML scanning

/** An element's attributes; values may contain ">" when quoted. */
const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*?)`;
// XML's whitespace only: a latin1 \s would also take 0xA0, a byte inside UTF-8 sequences.
const ATTR = /([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1]] = xmlText(m[2] ?? m[3]);
  return out;
}

const CELL_ATTR = /(?:^|[ \t\r\n])(r|s|t)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;

/** A cell's r, s and t, the only attributes its value depends on. */
function cellAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(CELL_ATTR)) out[m[1]] = xmlText(m[2] ?? m[3]);
  return out;
}

/** The attributes of every `<name …>` element (unprefixed, as exceljs matches names). */
function tags(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b${ATTRS}\\/?>`, 'g'))].map((m) => attributes(m[1]));
}

/** The content of every `<name>…</name>` (undefined for `<name/>`), in order. */
function contents(xml: string, name: string): (string | undefined)[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/${name}>)`, 'g'))].map((m) => m[2]);
}

const NON_ASCII = /[\x80-\xff]/;
const NAMED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

/**
 * Text as an XML parser gives it, from a part's bytes (bytesText): UTF-8 decoded, "\r\n" and "\r"
 * read as "\n", references resolved (one pass by indexOf: formulas are full of &quot;). A bare "&"
 * or an unknown entity, which the parser refuses, is left to exceljs.
 */
function xmlText(bytes: string): string {
  const raw = NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('&', from)) {
    const end = text.indexOf(';', at);
    const name = end < 0 ? '' : text.slice(at + 1, end);
    const char = NAMED.get(name) ?? (/^#x[0-9a-fA-F]+$/.test(name) ? String.fromCodePoint(parseInt(name.slice(2), 16)) : /^#[0-9]+$/.test(name) ? String.fromCodePoint(parseInt(name.slice(1), 10)) : unmodelled('reference'));
    out += text.slice(from, at) + char;
    from = end + 1;
  }
  return out + text.slice(from);
}

/** Rejects what would make a plain scan read differently from exceljs's parser. */
function plainXml(xml: string, what: string): void {
  if (xml.includes('<![CDATA[') || /<\/?[A-Za-z_][\w.-]*:/.test(xml) || /<rPh\b/.test(xml)) unmodelled(what);
}

/** `<t>` text as exceljs's TextXform gives it: escaped characters (`_x000D_`) restored. */
function runText(raw: string | undefined): string {
  return xmlText(raw ?? '').replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Rich text runs joined, as cellContent joins them. */
function richText(xml: string): string {
  return contents(xml, 'r').map((run) => (run === undefined || !/<t\b/.test(run) ? '' : runText(contents(run, 't').pop()))).join('');
}

// ---------------------------------------------------------------------------- workbook parts

function sharedStrings(xml: string | undefined): string[] | undefined {
  if (xml === undefined) return undefined;
  if (!rootIs(xml, 'sst')) unmodelled('shared strings root');
  plainXml(xml, 'shared strings');
  return contents(xml, 'si').map((si) => {
    const runs = si !== undefined && /<r\b/.test(si);
    const texts = si === undefined ? [] : contents(si.replace(/<r\b[\s\S]*?<\/r>/g, ''), 't');
    if (runs === texts.length > 0 || texts.length > 1) unmodelled('shared string');
    return runs ? richText(si!) : runText(texts[0]);
  });
}

function dateStyles(xml: string): boolean[] | undefined {
  const custom = new Map<number, string>();
  const numFmts = contents(xml, 'numFmts')[0];
  if (numFmts) for (const a of tags(numFmts, 'numFmt')) custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
  const cellXfs = contents(xml, 'cellXfs')[0];
  const xfs = cellXfs ? tags(cellXfs, 'xf') : [];
  if (xfs.length === 0) return undefined;
  return xfs.map((a) => {
    const id = parseInt(a.numFmtId, 10);
    return !!id && utils.isDateFmt(custom.get(id) || defaultNumFormats[id]?.f);
  });
}

// ---------------------------------------------------------------------------- a sheet

interface Content {
  readonly value: unknown;
  readonly formula: string;
}

/** A cell exceljs creates without a value (it has a style): '' that does not count as content. */
const STYLED_EMPTY: Content = { value: '', formula: '' };
/** A merged range's cell other than its first: '' that counts as content, as exceljs's merge cells do. */
const MERGED: Content = { value: '', formula: '' };

/** A row's r, the only attribute read from it: no object of every attribute for each of thousands of rows. */
const ROW_NUMBER = /(?:^|[ \t\r\n])r[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/;
const ROW = new RegExp(`<row\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/row>)`, 'g');
const CELL = new RegExp(`<c\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/c>)`, 'g');
const FORMULA = new RegExp(`<f\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/f>)`);
const VALUE = /<v\b[^>]*>([\s\S]*?)<\/v>/;
const INLINE = /<is\b[^>]*>([\s\S]*?)<\/is>/;

/**
 * Whether a part opens with its root element (after an XML declaration) and ends by closing it: a
 * damaged part ("<<<", or one cut short) would otherwise scan as an empty or partial tab. Anything
 * else (a self-closed root, say) is left to exceljs.
 */
function rootIs(xml: string, name: string): boolean {
  let end = xml.length;
  while (end > 0 && ' \t\r\n'.includes(xml[end - 1])) end--;
  return xml.endsWith(`</${name}>`, end) && new RegExp(`^[ \\t\\r\\n]*(?:<\\?xml\\b[^>]*\\?>[ \\t\\r\\n]*)?<${name}\\b`).test(xml);
}

function sheetSnapshot(xml: string, book: Book): SheetSnapshot {
  // Not a worksheet: exceljs reads it, and refuses it as damaged, rather than it reading as an empty tab.
  if (!rootIs(xml, 'worksheet')) unmodelled('worksheet root');
  const data = contents(xml, 'sheetData')[0] ?? '';
  plainXml(data, 'sheet data');
  if (/<hyperlink\b[^>]*:id=/.test(xml)) unmodelled('hyperlinks'); // exceljs turns those cells into links
  const rows = new Map<number, Content[]>();
  // Shared formulas by their index: the first cell's address and formula, slid to each other cell.
  const shared = new Map<string, { address: string; formula: string }>();
  for (const row of data.matchAll(ROW)) {
    const r = ROW_NUMBER.exec(row[1]);
    const number = parseInt(xmlText(r?.[1] ?? r?.[2] ?? ''), 10);
    if (!(number > 0)) unmodelled('row number');
    const cells = rows.get(number) ?? [];
    rows.set(number, cells);
    let previous = 0;
    for (const c of (row[2] ?? '').matchAll(CELL)) {
      const a = cellAttributes(c[1]);
      const at = a.r === undefined ? (previous ? { row: number, col: previous + 1 } : unmodelled('cell address')) : parseA1(a.r) ?? unmodelled('cell address');
      if (at.row !== number) unmodelled('cell outside its row');
      const content = cellContent(c[2] ?? '', a, at.col, number, book, shared);
      // A cell without an address follows the last cell exceljs created (not one it skipped).
      if (content) {
        cells[at.col - 1] = content;
        previous = at.col;
      }
    }
  }
  applyMerges(xml, rows);
  return snapshotOf(rows);
}

/**
 * One cell as exceljs's cell parser, its value classes and cellContent (xlsx.ts) make it; undefined
 * for a cell exceljs does not create (no value, no style).
 */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

function cellContent(inner: string, a: Record<string, string>, col: number, row: number, book: Book, shared: Map<string, { address: string; formula: string }>): Content | undefined {
  const styleId = a.s ? parseInt(a.s, 10) : undefined;
  const isDate = () => !!styleId && (book.dateStyles ?? unmodelled('styles'))[styleId] === true;
  const f = FORMULA.exec(inner);
  // Most formulas carry no attributes (the scaffold's per-row formulas): no object made for them.
  const fa: Readonly<Record<string, string>> = f && f[1].trim() !== '' ? attributes(f[1]) : NO_ATTRIBUTES;
  const formulaText = f?.[2] ? xmlText(f[2]) : undefined;
  const v = VALUE.exec(inner)?.[1];
  const text = v ? xmlText(v) : undefined;
  if (formulaText || fa.t) {
    let result: unknown = text === undefined ? undefined : a.t === 'str' ? utils.xmlDecode(text) : a.t === 'b' ? parseInt(text, 10) !== 0 : a.t === 'e' ? { error: text } : parseFloat(text);
    if (result !== undefined && isDate()) result = utils.excelToDate(result, book.date1904);
    let formula = formulaText;
    if (fa.t === 'shared') {
      const address = a.r ?? unmodelled('shared formula address');
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
  const inline = INLINE.exec(inner)?.[1];
  // exceljs appends <is> text to the <v> text whatever the type: only a plain inline string is read here.
  if (inline !== undefined && (a.t !== 'inlineStr' || v !== undefined)) unmodelled('inline string');
  const value = inline === undefined ? text : inlineText(inline);
  if (value === undefined) return styleId ? STYLED_EMPTY : undefined;
  switch (a.t) {
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
    const [from, to = from] = (ref ?? '').split(':').map((r) => parseA1(r) ?? unmodelled('merge range'));
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
