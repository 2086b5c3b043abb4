import { listLabel } from '../../core/doc/listLabel';
import { signatureLines } from '../../core/doc/signatureLines';
import { fitColumns, textWidthCm } from '../../core/doc/columnWidths';
import { tableGrid } from '../../core/doc/tableGrid';
import {
  DOC_FONT, type Block, type Contents, type DocumentTree, type Emblem, type Heading, type List, type PageSetup, type Paragraph, type Run, type Table,
  type TableCell,
} from '../../core/doc/tree';
import type { DigitStyle } from '../../core/thai/digits';
import { appendBarChart } from './barChart';
import { FIRST_LINE, INDENT_STEP, LIST_HANG, SPACING, alignment, cm, fontAttributes, headingEnum, textWidth, type Attributes } from './styles';

/**
 * Appends tree blocks to a Google Docs body with few service calls: a paragraph is one append
 * and one setAttributes (plus one per differently styled run), a table is one appendTable with
 * all its text, then one call per column width and per cell that needs its own style.
 *
 * What DocumentApp cannot do, and the .docx renderer does: keep a heading or a table row with
 * what follows (no keep-with-next / can't-split attribute), Thai distributed justification
 * (Docs has plain JUSTIFY only), page numbers (no PAGE field; Docs users insert them from
 * Insert → Page numbers), page numbers in the contents (no way to learn a heading's page), a
 * tab stop, and merged cells. The words, tables, emblem and widths are the same as in .docx.
 */

type Body = GoogleAppsScript.Document.Body;

interface BlockContext {
  /** Google Docs keeps one page setup per document: tables are scaled to it. */
  readonly page: PageSetup;
  readonly digits: DigitStyle;
  /** The setup the tree asks for here (a landscape section), which Docs cannot give. */
  intended: PageSetup;
}

const HEADER_SHADE = '#dbe7f3';
/** Google's Sarabun is larger than TH Sarabun at the same size: 9 pt still reads well. */
const MIN_TABLE_FONT = 9;
const BORDER = { BORDER_WIDTH: 0.5, BORDER_COLOR: '#000000' };

/** Appends blocks [from, to) of the tree (all of them by default): a long document is written in several executions. */
export function appendBlocks(body: Body, tree: DocumentTree, from = 0, to = tree.blocks.length): void {
  const ctx: BlockContext = { page: tree.page, digits: tree.digits ?? 'thai', intended: tree.page };
  for (let i = 0; i < from; i++) noteSetup(tree.blocks[i], ctx);
  for (let i = from; i < to; i++) appendBlock(body, tree.blocks[i], ctx);
}

function noteSetup(block: Block, ctx: BlockContext): void {
  if (block.kind === 'pageBreak' && block.page) ctx.intended = block.page;
}

function appendBlock(body: Body, block: Block, ctx: BlockContext): void {
  switch (block.kind) {
    case 'paragraph':
      return appendParagraph(body, block, ctx.page);
    case 'heading':
      return appendHeading(body, block);
    case 'list':
      return appendList(body, block, ctx);
    case 'table':
      return appendTable(body, block, ctx);
    case 'pageBreak':
      // Docs cannot switch orientation mid-document: the break is kept, and tables meant for
      // the wider page shrink their font to keep their proportions on this one.
      noteSetup(block, ctx);
      body.appendPageBreak();
      return;
    case 'signature':
      return signatureLines(block).forEach((p) => appendParagraph(body, p));
    case 'barChart':
      return appendBarChart(body, block, ctx.page);
    case 'contents':
      return appendContents(body, block);
    case 'emblem':
      return appendEmblem(body, block);
  }
}

/** สารบัญ without page numbers: Docs cannot tell which page a heading falls on. */
function appendContents(body: Body, c: Contents): void {
  appendRuns(body, [{ text: c.columns[0], bold: true }], { HORIZONTAL_ALIGNMENT: alignment('left') });
  for (const e of c.entries) appendRuns(body, [{ text: e.text }], paragraphLayout({ indent: e.level }));
}

const PX_PER_PT = 96 / 72;

/** The emblem centred on a line of its own (Docs has no picture beside a centred title without a positioned image). */
function appendEmblem(body: Body, e: Emblem): void {
  const bytes = Array.from(e.png, (b) => (b > 127 ? b - 256 : b));
  const image = body.appendImage(Utilities.newBlob(bytes, 'image/png', 'emblem.png'));
  const height = Math.round(cm(e.heightCm) * PX_PER_PT);
  image.setHeight(height).setWidth(Math.round((height * e.pixels.width) / e.pixels.height));
  image.getParent().setAttributes({ HORIZONTAL_ALIGNMENT: alignment(e.align === 'left' ? 'left' : 'center') });
}

function runStyle(run: Omit<Run, 'text'>): Attributes {
  return { BOLD: !!run.bold, ITALIC: !!run.italic, UNDERLINE: !!run.underline, ...(run.link ? { LINK_URL: run.link } : {}), ...(run.size ? { FONT_SIZE: run.size } : {}) };
}

const sameStyle = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.link === b.link && a.size === b.size;

/** Writes the runs' text in one paragraph; styles that all runs share go in the paragraph's own setAttributes. */
function appendRuns(body: Body, runs: readonly Run[], attributes: Attributes): void {
  const paragraph = body.appendParagraph(runs.map((r) => r.text).join(''));
  const uniform = runs.every((r) => sameStyle(r, runs[0]));
  paragraph.setAttributes({ ...fontAttributes(), ...SPACING, HEADING: DocumentApp.ParagraphHeading.NORMAL, ...runStyle(uniform && runs[0] ? runs[0] : {}), ...attributes });
  if (uniform) return;
  const text = paragraph.editAsText();
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (run.text.length > 0 && (run.bold || run.italic || run.underline || run.link || run.size)) text.setAttributes(offset, end - 1, runStyle(run));
    offset = end;
  }
}

function paragraphLayout(p: Pick<Paragraph, 'align' | 'indent' | 'firstLineIndent'>): Attributes {
  const start = (p.indent ?? 0) * INDENT_STEP;
  return { HORIZONTAL_ALIGNMENT: alignment(p.align), INDENT_START: start, INDENT_FIRST_LINE: start + (p.firstLineIndent ? FIRST_LINE : 0) };
}

function appendParagraph(body: Body, p: Paragraph, page?: PageSetup): void {
  appendRuns(body, p.dotted && page ? [...p.runs, { text: dotsToMargin(p, page) }] : p.runs, paragraphLayout(p));
}

/** Docs has no dot leader: as many dots as fill the rest of the line at the body size. */
function dotsToMargin(p: Paragraph, page: PageSetup): string {
  const used = textWidthCm(p.runs.map((r) => r.text).join(''), DOC_FONT.size) + (p.indent ?? 0) * 1.25;
  const room = textWidth(page) / cm(1) - used;
  return '.'.repeat(Math.max(0, Math.floor(room / textWidthCm('.', DOC_FONT.size)) - 1));
}

function appendHeading(body: Body, h: Heading): void {
  appendRuns(body, h.runs.map((r) => ({ ...r, bold: true })), { ...paragraphLayout({ align: h.align }), HEADING: headingEnum(h.level), SPACING_BEFORE: 6 });
}

/** Numbered items print "๑)" in the document's digits (Docs' own list glyphs have no Thai numerals), with a hanging indent. */
function appendList(body: Body, list: List, ctx: BlockContext): void {
  const counters: number[] = [];
  for (const item of list.items) {
    const level = item.level ?? 0;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    const first = (list.indent ?? 0) * INDENT_STEP + level * LIST_HANG;
    const label = listLabel(list.ordered, counters[level] - 1, ctx.digits);
    appendRuns(body, [{ text: `${label}\t` }, ...item.runs], { HORIZONTAL_ALIGNMENT: alignment('left'), INDENT_FIRST_LINE: first, INDENT_START: first + LIST_HANG });
  }
}

/** The text of a cell: paragraphs and list items on their own lines. */
function cellText(cell: TableCell, digits: DigitStyle): string {
  return cell.blocks
    .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.items.map((item, i) => `${listLabel(b.ordered, i, digits)} ${item.runs.map((r) => r.text).join('')}`)))
    .join('\n');
}

function appendTable(body: Body, table: Table, ctx: BlockContext): void {
  const grid = tableGrid(table);
  const texts = Array.from({ length: grid.rows }, () => new Array<string>(grid.cols).fill(''));
  for (const { row, col, cell } of grid.cells) texts[row][col] = cellText(cell, ctx.digits);
  const docTable = body.appendTable(texts);
  const width = textWidth(ctx.page);
  const scale = Math.min(1, width / textWidth(ctx.intended));
  const fontSize = Math.max(MIN_TABLE_FONT, Math.round((table.fontSize ?? DOC_FONT.size) * scale));
  docTable.setAttributes({ ...fontAttributes(fontSize), ...BORDER });
  // The same widths as the .docx (amounts and header words never wrap), in this page's points.
  const widthCm = width / cm(1);
  fitColumns({ ...table, fontSize }, widthCm).forEach((w, c) => c < grid.cols && docTable.setColumnWidth(c, Math.round(cm(w))));
  // Merged cells are not possible through DocumentApp: a span's text stays in its first cell.
  for (const { row, col, cell } of grid.cells) {
    const header = row < table.headerRows;
    const first = cell.blocks[0];
    const runs = first?.kind === 'paragraph' ? first.runs : [];
    const own: Attributes = {};
    const shade = cell.shade ?? (header ? HEADER_SHADE : undefined);
    if (shade) own.BACKGROUND_COLOR = shade;
    if (header || cell.verticalAlign === 'middle') own.VERTICAL_ALIGNMENT = DocumentApp.VerticalAlignment.CENTER;
    const text: Attributes = {};
    const align = first?.kind === 'paragraph' ? first.align : undefined;
    if (header || (align && align !== 'left')) text.HORIZONTAL_ALIGNMENT = alignment(header ? 'center' : align);
    if (header || (runs.length > 0 && runs.every((r) => r.bold))) text.BOLD = true;
    if (Object.keys(own).length === 0 && Object.keys(text).length === 0) continue;
    const docCell = docTable.getCell(row, col);
    if (Object.keys(own).length > 0) docCell.setAttributes(own);
    if (Object.keys(text).length > 0) docCell.getChild(0).setAttributes(text);
  }
}
