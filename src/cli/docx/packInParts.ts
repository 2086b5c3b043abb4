import { Packer } from 'docx';
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, type Unzipped } from 'fflate';
import { writeOutputInParts } from '../outputLedger';
import { fitColumns } from '../../core/doc/columnWidths';
import { tableGrid, type PlacedCell } from '../../core/doc/tableGrid';
import { pageBreak, para, type Block, type DocumentTree, type LongDocument, type PageSetup, type Table, type TableCell, type TableRow } from '../../core/doc/tree';
import { TALL_SPAN_ROWS, docxDocument, repeatsHeader, textWidthCm, writeDocx } from './renderDocx';

/**
 * Writes a long document (the whole plan: thousands of measures) to .docx in parts, so that its
 * memory stays that of one part however many measures it has: the blocks of a LongDocument are
 * made as the parts are cut (the skeleton reads them once before). The docx library builds a whole
 * document in memory (2.4 GB for the plan of 5,000 measures); here each part of the blocks is
 * rendered by the same `docxDocument` and only its body XML is kept, deflated into the file's
 * word/document.xml as it comes. The rest of the package (styles, page-number headers, the emblem's
 * image, …) is that of a skeleton of the same document (its section changes and emblems only), and
 * what a part's rendering numbers on its own (section properties with their header links, image
 * links, drawing and bookmark ids) is renumbered as the whole document numbers it, so the file is
 * the one `writeDocx` makes.
 *
 * A part is cut where nothing carries over from one block to the next: never after a page break
 * waiting for its paragraph, never inside a row span of a few rows. A section change ends the
 * part before it, rendered with that change so that the docx library places the section's
 * properties itself.
 * A long table is cut between rows: the parts after the first are rendered without the header
 * rows, and their rows are joined back into the one table. A cell spanning many rows (a
 * dimension's column down its whole per-year table) is cut too: the part after the cut is
 * rendered under a first row holding the cells that reach into it, which the docx library
 * continues into the part's rows as it does in the whole table, and that row is then left out.
 */

/** Rows (or paragraphs) rendered at once: some 30 measures' details, a few MB of XML. */
export const PART_WEIGHT = 400;

export interface Part {
  readonly page: PageSetup;
  readonly blocks: readonly Block[];
  /** What ends with the part: only a piece of the body, a section (its last block changes the page setup), or the document. */
  readonly end: 'piece' | 'section' | 'document';
  /** The part begins with the rows that go on a table of the part before. */
  readonly continuesTable: boolean;
  /** The part ends with a table that the next part goes on. */
  readonly leavesTableOpen: boolean;
  /** The cells of the table's earlier rows whose row spans reach into the part's rows, as a row to render above them. */
  readonly carried?: TableRow;
}

/** A piece of a table cut between rows, with the cells of earlier rows whose spans reach into it. */
export interface TableSlice extends Table {
  readonly carried?: TableRow;
}

const isPlainBreak = (b: Block | undefined) => b?.kind === 'pageBreak' && !b.page;

/** The tree cut into parts of about `weight` rows or paragraphs each, to be rendered one by one, as its blocks come. */
export function* planParts(tree: LongDocument, weight = PART_WEIGHT): Generator<Part> {
  let page = tree.page;
  let blocks: Block[] = [];
  let load = 0;
  let continuesTable = false;
  let carried: TableRow | undefined;
  const cut = (end: Part['end'], leavesTableOpen = false): Part => {
    const part = { page, blocks, end, continuesTable, leavesTableOpen, ...(carried ? { carried } : {}) };
    blocks = [];
    load = 0;
    continuesTable = false;
    carried = undefined;
    return part;
  };
  for (const block of tree.blocks) {
    if (block.kind === 'pageBreak' && block.page) {
      // A page break still waiting for its paragraph goes on into the next section, as in one piece.
      const waiting = isPlainBreak(blocks[blocks.length - 1]);
      blocks.push(block);
      yield cut('section');
      page = block.page;
      if (waiting) blocks.push(pageBreak());
      continue;
    }
    const w = weightOf(block);
    if (blocks.length > 0 && load + w > weight && !isPlainBreak(blocks[blocks.length - 1])) yield cut('piece');
    const slices: readonly Block[] = block.kind === 'table' ? tableSlices(block, weight, textWidthCm(page)) : [block];
    for (const [i, slice] of slices.entries()) {
      if (i > 0) {
        // Only a table is cut into more than one slice.
        continuesTable = true;
        carried = (slice as TableSlice).carried;
      }
      blocks.push(slice);
      load += weightOf(slice);
      if (i < slices.length - 1) yield cut('piece', true);
    }
  }
  yield cut('document');
}

function weightOf(block: Block): number {
  if (block.kind === 'table') return block.rows.length;
  if (block.kind === 'list') return block.items.length;
  return 1;
}

/**
 * A table cut between rows into tables of about `weight` rows; the header rows stay with the
 * first, and every piece keeps the column widths and the header repetition of the whole table.
 * A span of a few rows is never cut. A taller one is, but never within its last TALL_SPAN_ROWS
 * rows: the cell carried above the next piece then still spans more than TALL_SPAN_ROWS rows, so
 * the rows under it may split across pages as in the whole table.
 */
export function tableSlices(table: Table, weight: number, widthCm: number): TableSlice[] {
  if (table.rows.length <= weight) return [table];
  const fitted = table.fitted ?? fitColumns(table, widthCm);
  const repeatHeader = repeatsHeader(table);
  const placed = tableGrid(table).cells;
  const uncuttable: boolean[] = [];
  for (const { row, cell } of placed) {
    const span = Math.max(1, cell.rowSpan ?? 1);
    const cuttable = (r: number) => row >= table.headerRows && span > TALL_SPAN_ROWS && row + span - r >= TALL_SPAN_ROWS;
    for (let r = row + 1; r < row + span; r++) if (!cuttable(r)) uncuttable[r] = true;
  }
  const slices: TableSlice[] = [];
  let start = 0;
  const piece = (end: number) => {
    const carried = start > 0 ? carriedRow(placed, start) : undefined;
    slices.push({ ...table, fitted, repeatHeader, rows: table.rows.slice(start, end), headerRows: start === 0 ? table.headerRows : 0, ...(carried ? { carried } : {}) });
    start = end;
  };
  for (let r = table.headerRows + 1; r < table.rows.length; r++) if (r - start >= weight && !uncuttable[r]) piece(r);
  piece(table.rows.length);
  return slices;
}

/**
 * The cells of rows above `r` whose spans reach row `r`, each spanning the rest of its rows plus
 * this one, at their columns (an empty cell before one keeps the grid); undefined when none does.
 */
function carriedRow(placed: readonly PlacedCell[], r: number): TableRow | undefined {
  const reaching = placed.filter(({ row, cell }) => row < r && row + Math.max(1, cell.rowSpan ?? 1) > r).sort((a, b) => a.col - b.col);
  if (reaching.length === 0) return undefined;
  const cells: TableCell[] = [];
  let col = 0;
  for (const { row, col: at, cell } of reaching) {
    if (at > col) cells.push({ blocks: [], colSpan: at - col });
    cells.push({ ...cell, rowSpan: row + Math.max(1, cell.rowSpan ?? 1) - r + 1 });
    col = at + Math.max(1, cell.colSpan ?? 1);
  }
  return { cells };
}

const BODY_START = '<w:body>';
const ROW_END = '</w:tr>';
const BODY_END = '</w:body>';
const TABLE_END = '</w:tbl>';

/**
 * Writes `tree` as .docx to `path` (atomically, through the output ledger as `writeDocx` does),
 * rendering and packing one part at a time; returns the path written.
 */
export async function writeDocxInParts(tree: LongDocument, path: string, weight = PART_WEIGHT): Promise<string> {
  const skeleton = skeletonOf(tree);
  // A chart brings package parts of its own: such a document is rendered whole.
  if (!skeleton) return writeDocx({ ...tree, blocks: [...tree.blocks] }, path);
  const shell = await packed(skeleton);
  const shellXml = strFromU8(shell['word/document.xml']);
  const head = shellXml.slice(0, shellXml.indexOf(BODY_START) + BODY_START.length);
  const tail = shellXml.slice(shellXml.lastIndexOf(BODY_END));
  const emptyBody = bodyOf(strFromU8((await packed({ ...tree, blocks: [] }))['word/document.xml']));
  // What an empty section holds before its properties: the section a page change opens, rendered with the part before it.
  const emptySection = emptyBody.slice(0, emptyBody.lastIndexOf('<w:sectPr'));
  const renumber = wholeNumbering(shellXml);
  const links: string[] = [];

  return writeOutputInParts(path, async (write) => {
    const zip = new Zip((error, data) => {
      if (error) throw error;
      write(data);
    });
    const add = (name: string, bytes: Uint8Array) => {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(bytes, true);
    };
    for (const [name, bytes] of Object.entries(shell)) if (name !== 'word/document.xml' && name !== RELS) add(name, bytes);
    const document = new ZipDeflate('word/document.xml', { level: 6 });
    zip.add(document);
    document.push(strToU8(head));
    for (const part of planParts(tree, weight)) {
      const doc = await packed({ ...tree, page: part.page, blocks: renderedBlocks(part) });
      const body = renumber(partBody(part, bodyOf(strFromU8(doc['word/document.xml'])), emptySection));
      document.push(strToU8(body));
      links.push(...externalLinks(strFromU8(doc[RELS]), body));
    }
    document.push(strToU8(tail), true);
    add(RELS, strToU8(withLinks(strFromU8(shell[RELS]), links)));
    zip.end();
  });
}

/**
 * The document less its content: the same section changes (so the same page-number headers) and
 * the same emblems (so the same image parts), each emblem with a paragraph to sit in; undefined
 * for a document with a chart, which cannot be written in parts.
 */
export function skeletonOf(tree: LongDocument): DocumentTree | undefined {
  const blocks: Block[] = [];
  for (const b of tree.blocks) {
    if (b.kind === 'barChart') return undefined;
    if (b.kind === 'pageBreak' && b.page) blocks.push(b);
    else if (b.kind === 'emblem') blocks.push(b, para(''));
  }
  return { ...tree, blocks };
}

const SECTION = /<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g;
const EMBED = /r:embed="[^"]*"/g;
const DRAWING_ID = /<wp:docPr id="\d+"/g;
const BOOKMARK = /(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g;

/**
 * Renumbers what each part's rendering numbered on its own, in the order of the whole body: the
 * n-th section properties and image link become the skeleton's n-th (its headers and images are
 * the package's), drawings and bookmarks are counted from 1 across the document.
 */
export function wholeNumbering(skeletonXml: string): (partXml: string) => string {
  const sections = skeletonXml.match(SECTION) ?? [];
  const embeds = skeletonXml.match(EMBED) ?? [];
  let section = 0;
  let embed = 0;
  let drawing = 0;
  let bookmark = 0;
  const next = <T>(list: readonly T[], at: number, what: string): T => {
    if (at >= list.length) throw new Error(`docx part has more ${what} than the whole document`);
    return list[at];
  };
  return (xml) => {
    const bookmarks = new Map<string, number>();
    return xml
      .replace(SECTION, () => next(sections, section++, 'sections'))
      .replace(EMBED, () => next(embeds, embed++, 'images'))
      .replace(DRAWING_ID, () => `<wp:docPr id="${++drawing}"`)
      .replace(BOOKMARK, (_, start: string, id: string) => {
        if (!bookmarks.has(id)) bookmarks.set(id, ++bookmark);
        return `${start}${bookmarks.get(id)}"`;
      });
  };
}

const RELS = 'word/_rels/document.xml.rels';

async function packed(tree: DocumentTree): Promise<Unzipped> {
  return unzipSync(new Uint8Array(await Packer.toBuffer(docxDocument(tree))));
}

/** The part's blocks as rendered: a table going on from the part before under its carried row (which partBody leaves out). */
function renderedBlocks(part: Part): readonly Block[] {
  const [first, ...rest] = part.blocks;
  return part.carried && first?.kind === 'table' ? [{ ...first, rows: [part.carried, ...first.rows] }, ...rest] : part.blocks;
}

const bodyOf = (xml: string) => xml.slice(xml.indexOf(BODY_START) + BODY_START.length, xml.lastIndexOf(BODY_END));

/** The XML a part adds to the document's body: its rendered body less what belongs to the whole document. */
export function partBody(part: Part, rendered: string, emptySection: string): string {
  let body = rendered;
  if (part.end !== 'document') {
    // The body's own section properties belong to the document's last part only.
    const at = body.lastIndexOf('<w:sectPr');
    if (at < 0 || !body.endsWith('</w:sectPr>')) throw new Error('docx body without its section properties');
    body = body.slice(0, at);
    if (part.end === 'section') {
      if (!body.endsWith(emptySection)) throw new Error('docx section change not rendered as expected');
      body = body.slice(0, body.length - emptySection.length);
    }
  }
  if (part.continuesTable) {
    const row = body.search(/<w:tr[ >]/);
    const own = part.carried ? body.indexOf(ROW_END, row) + ROW_END.length : row;
    if (row < 0 || own < row) throw new Error('docx table part without rows');
    body = body.slice(own);
  }
  if (part.leavesTableOpen) {
    if (!body.endsWith(TABLE_END)) throw new Error('docx table part not at the end of its body');
    body = body.slice(0, body.length - TABLE_END.length);
  }
  return body;
}

/** Hyperlink relationships (ids are unique per link across renderings) of the links in `body` (not those of a carried row). */
function externalLinks(rels: string, body: string): string[] {
  return (rels.match(/<Relationship [^>]*TargetMode="External"[^>]*\/>/g) ?? []).filter((link) => body.includes(`r:id="${/\bId="([^"]*)"/.exec(link)?.[1]}"`));
}

function withLinks(rels: string, links: readonly string[]): string {
  const at = rels.lastIndexOf('</Relationships>');
  return rels.slice(0, at) + links.join('') + rels.slice(at);
}
