import { writeOutput } from '../outputLedger';
import {
  AlignmentType, Bookmark, Document, ExternalHyperlink, Header, HeadingLevel, HorizontalPositionAlign, HorizontalPositionRelativeFrom, ImageRun,
  LeaderType, NumberFormat, Packer, PageBreak, PageNumber, PageOrientation, PageReference, Paragraph, ShadingType, Tab, Table, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, TextWrappingType, VerticalAlign, VerticalPositionRelativeFrom, WidthType,
  type ISectionOptions, type ParagraphChild,
} from 'docx';
import { fitColumns } from '../../core/doc/columnWidths';
import { listLabel } from '../../core/doc/listLabel';
import { signatureLines } from '../../core/doc/signatureLines';
import { tableGrid, type PlacedCell } from '../../core/doc/tableGrid';
import {
  DOC_FONT, type Align, type Block, type Contents, type DocumentTree, type Emblem, type List, type PageSetup, type Run, type Table as TreeTable,
  type TableCell as TreeCell,
} from '../../core/doc/tree';
import type { DigitStyle } from '../../core/thai/digits';
import { barChartParagraph } from './chart';

/**
 * Renders a document tree to .docx with the docx library: TH Sarabun New 16 pt, A4 with the
 * official margins, a new section wherever a page break changes the page setup (landscape
 * tables inside a portrait plan), merged cells and repeated header rows in tables. Page numbers
 * sit at the top centre from the second page, in Thai digits when the document uses them; table
 * rows never split across pages, headings and signature lines keep with what follows, and Thai
 * justified text is distributed (thaiDistribute) rather than stretched at the spaces.
 */

const TWIP_PER_CM = 1440 / 2.54;
const twip = (cm: number) => Math.round(cm * TWIP_PER_CM);
const A4 = { width: 21, height: 29.7 }; // cm
const INDENT_STEP = 1.25;
const FIRST_LINE = 2.5;
const LIST_HANG = 0.75;
const HEADER_SHADE = 'DBE7F3';
/** 1 mm each side: narrow budget columns keep their figures on one line. */
const CELL_MARGIN = twip(0.1);
const HALF_POINTS = (pt: number) => pt * 2;

export async function renderDocx(tree: DocumentTree): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(tree));
}

/** Writes the document as `path`, or beside it when a person edited that file; returns the path written. */
export async function writeDocx(tree: DocumentTree, path: string): Promise<string> {
  return writeOutput(path, await renderDocx(tree));
}

interface Ctx {
  readonly digits: DigitStyle;
  page: PageSetup;
  /** A page break waits for the next paragraph (pageBreakBefore) so no empty line is left at the top of the page. */
  breakPending: boolean;
  /** An emblem placed at the left margin beside the next paragraph (the memo's heading line). */
  emblemPending?: Emblem;
}

export function docxDocument(tree: DocumentTree): Document {
  const sections: ISectionOptions[] = [];
  const ctx: Ctx = { digits: tree.digits ?? 'thai', page: tree.page, breakPending: false };
  let children: (Paragraph | Table)[] = [];
  let page = tree.page;
  const numbered = tree.pageNumbers !== false;
  const close = () => {
    const first = sections.length === 0;
    sections.push({
      // The first page (a cover, the first page of a letter) carries no number: an empty first-page header.
      properties: { page: pageProperties(page, ctx.digits), ...(first && numbered ? { titlePage: true } : {}) },
      ...(numbered ? { headers: { default: pageNumberHeader(), ...(first ? { first: new Header({ children: [new Paragraph({})] }) } : {}) } } : {}),
      children: children.length ? children : [new Paragraph({})],
    });
    children = [];
  };
  for (const block of tree.blocks) {
    if (block.kind === 'pageBreak' && block.page) {
      close();
      page = block.page;
      ctx.page = page;
      continue;
    }
    children.push(...blockToDocx(block, ctx));
  }
  close();
  const run = { font: DOC_FONT.docx, size: HALF_POINTS(DOC_FONT.size) };
  const heading = { run: { ...run, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 0 } } };
  return new Document({
    creator: 'Sujarit',
    title: tree.title,
    styles: { default: { document: { run, paragraph: { spacing: { before: 0, after: 0 } } }, heading1: heading, heading2: heading, heading3: heading } },
    sections,
  });
}

/** Where the page number sits: 1.2 cm from the top edge, inside the 2.5 cm top margin. */
const HEADER_DISTANCE = 1.2;

function pageProperties(page: PageSetup, digits: DigitStyle): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    size: { width: twip(A4.width), height: twip(A4.height), orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: twip(page.margins.top), bottom: twip(page.margins.bottom), left: twip(page.margins.left), right: twip(page.margins.right), header: twip(HEADER_DISTANCE) },
    // Word prints the PAGE field in the section's number format: Thai digits for a Thai-digit document.
    pageNumbers: { formatType: digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
  };
}

/** "- ๒ -" at the top centre, as official documents number their pages. */
function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] });
}

/** Text width of a page in cm. */
export function textWidthCm(page: PageSetup): number {
  const width = page.orientation === 'landscape' ? A4.height : A4.width;
  return width - page.margins.left - page.margins.right;
}

function blockToDocx(block: Block, ctx: Ctx): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'pageBreak':
      ctx.breakPending = true;
      return [];
    case 'paragraph':
      return [paragraph(block.runs, ctx, { align: block.align, indent: block.indent, firstLineIndent: block.firstLineIndent, keepNext: block.keepWithNext, tabAt: block.tabAt, dotted: block.dotted })];
    case 'heading':
      return [paragraph(block.runs.map((r) => ({ ...r, bold: true })), ctx, { align: block.align, heading: block.level, keepNext: true, anchor: block.anchor })];
    case 'list':
      return listParagraphs(block, ctx);
    case 'signature':
      return signatureLines(block).map((p) => paragraph(p.runs, ctx, { align: p.align, indent: p.indent, keepNext: p.keepWithNext }));
    case 'contents':
      return contentsParagraphs(block, ctx);
    case 'emblem':
      if (block.align === 'left') {
        ctx.emblemPending = block;
        return [];
      }
      return [paragraph([], ctx, { align: 'center', keepNext: true, leading: [emblemRun(block)] })];
    case 'table':
      return [...takeBreak(ctx), table(block, ctx)];
    case 'barChart':
      return [...takeBreak(ctx), barChartParagraph(block, textWidthCm(ctx.page), ctx.digits)];
  }
}

/** A table or chart cannot carry pageBreakBefore: a pending break becomes its own paragraph first. */
function takeBreak(ctx: Ctx): Paragraph[] {
  if (!ctx.breakPending) return [];
  ctx.breakPending = false;
  return [new Paragraph({ children: [new PageBreak()] })];
}

interface ParagraphOptions {
  readonly align?: Align;
  readonly indent?: number;
  readonly firstLineIndent?: boolean;
  readonly keepNext?: boolean;
  readonly heading?: 1 | 2 | 3;
  /** Hanging indent (cm) for list items. */
  readonly hanging?: number;
  readonly size?: number;
  readonly leading?: readonly ParagraphChild[];
  readonly tabAt?: number;
  /** A dot leader from the text to the right margin. */
  readonly dotted?: boolean;
  /** Bookmark name a contents entry points at. */
  readonly anchor?: string;
}

/** Thai has no spaces between words: "distributed" spreads a justified line over its characters, not its few spaces. */
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.THAI_DISTRIBUTE } as const;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraph(runs: readonly Run[], ctx: Ctx, o: ParagraphOptions): Paragraph {
  const left = (o.indent ?? 0) * INDENT_STEP;
  const pageBreakBefore = ctx.breakPending;
  ctx.breakPending = false;
  const emblem = ctx.emblemPending ? [emblemRun(ctx.emblemPending)] : [];
  ctx.emblemPending = undefined;
  const texts = runs.map((r) => textRun(r, o.size));
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    heading: o.heading ? HEADINGS[o.heading] : undefined,
    keepNext: o.keepNext,
    // Widow and orphan control: a paragraph (in a table cell too) never leaves one line alone on a page.
    widowControl: true,
    pageBreakBefore,
    indent: {
      left: twip(left),
      ...(o.hanging ? { hanging: twip(o.hanging) } : {}),
      ...(o.firstLineIndent ? { firstLine: twip(FIRST_LINE) } : {}),
    },
    ...(o.tabAt !== undefined ? { tabStops: [{ type: TabStopType.LEFT, position: twip(o.tabAt) }] } : {}),
    // A right tab at the margin with a dot leader: the dots reach the margin whatever the font.
    ...(o.dotted ? { tabStops: [{ type: TabStopType.RIGHT, position: twip(textWidthCm(ctx.page) - left), leader: LeaderType.DOT }] } : {}),
    children: [...emblem, ...(o.leading ?? []), ...(o.anchor ? [new Bookmark({ id: o.anchor, children: texts })] : texts), ...(o.dotted ? [new TextRun({ children: [new Tab()] })] : [])],
  });
}

/** A run's text; a '\t' in it becomes a tab to the paragraph's tab stop. */
function textRun(run: Run, size?: number): ParagraphChild {
  const pt = run.size ?? size;
  const children = run.text.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
  const r = new TextRun({ children, bold: run.bold, italics: run.italic, underline: run.underline ? {} : undefined, size: pt ? HALF_POINTS(pt) : undefined, style: run.link ? 'Hyperlink' : undefined });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [r] }) : r;
}

const EMU_PER_CM = 360000;
const PX_PER_CM = 96 / 2.54;

/** The emblem as a picture: in the line when centred, else floating at the left margin beside its paragraph. */
function emblemRun(e: Emblem): ImageRun {
  const heightPx = Math.round(e.heightCm * PX_PER_CM);
  const widthPx = Math.round((heightPx * e.pixels.width) / e.pixels.height);
  return new ImageRun({
    type: 'png',
    data: Buffer.from(e.png),
    transformation: { width: widthPx, height: heightPx },
    altText: { name: 'ตราหน่วยงาน', description: 'ตราหน่วยงาน', title: 'ตราหน่วยงาน' },
    ...(e.align === 'left'
      ? {
          floating: {
            horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.LEFT },
            // Its foot level with the title's baseline, as the printed form has it.
            verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round(-0.35 * EMU_PER_CM) },
            wrap: { type: TextWrappingType.NONE },
            allowOverlap: true,
          },
        }
      : {}),
  });
}

/**
 * สารบัญ as seed 000 prints it: "หัวข้อ … หน้า", then each entry with a dotted leader to its page
 * number. The number is a page reference to the heading's bookmark, which Word fills in when it
 * updates fields (it asks on opening) and LibreOffice computes as it lays the pages out.
 */
function contentsParagraphs(c: Contents, ctx: Ctx): Paragraph[] {
  const right = twip(textWidthCm(ctx.page));
  const pageBreakBefore = ctx.breakPending;
  ctx.breakPending = false;
  return [
    new Paragraph({ pageBreakBefore, tabStops: [{ type: TabStopType.RIGHT, position: right }], keepNext: true, children: [new TextRun({ children: [c.columns[0], new Tab(), c.columns[1]], bold: true })] }),
    ...c.entries.map(
      (e, i) =>
        new Paragraph({
          keepLines: true,
          // The last three entries go over together: a page never holds one or two stray entries.
          keepNext: i >= c.entries.length - 3 && i < c.entries.length - 1,
          tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
          indent: { left: twip(e.level * INDENT_STEP), hanging: 0 },
          children: [new TextRun(e.text), new TextRun({ children: [new Tab()] }), new PageReference(e.anchor)],
        }),
    ),
  ];
}

/** "๑)" markers in the document's digits with a hanging indent, numbered per nesting level. */
function listParagraphs(list: List, ctx: Ctx, size?: number): Paragraph[] {
  const counters: number[] = [];
  return list.items.map((item) => {
    const level = item.level ?? 0;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    const label = listLabel(list.ordered, counters[level] - 1, ctx.digits);
    const indent = (list.indent ?? 0) + (level * LIST_HANG + LIST_HANG) / INDENT_STEP;
    return paragraph(item.runs, ctx, { indent, hanging: LIST_HANG, size, leading: [new TextRun({ children: [label, new Tab()], size: size ? HALF_POINTS(size) : undefined })] });
  });
}

const SHORT_TABLE_ROWS = 6;
/** Rows under a vertically merged cell spanning more than this many rows may split across pages (see `table`). */
export const TALL_SPAN_ROWS = 3;

/**
 * LibreOffice will not start a table with repeated header rows low on a page (the report's
 * summary went to page 2, leaving page 1 two-thirds empty): a short table, which rarely
 * crosses a page, does not repeat them.
 */
export const repeatsHeader = (t: TreeTable): boolean => t.repeatHeader ?? t.rows.length - t.headerRows > SHORT_TABLE_ROWS;

function table(t: TreeTable, ctx: Ctx): Table {
  const columns = (t.fitted ?? fitColumns(t, textWidthCm(ctx.page))).map(twip);
  // Widths come from each cell's grid column: cells under a rowSpan are left out of their row.
  const placed = tableGrid(t).cells;
  // LibreOffice lays out can't-split rows under a vertically merged cell badly: the group is kept
  // on one page (a dimension's cell down the whole table pushed the table off its heading's page)
  // or each row goes to a page of its own. Rows under a merged cell are left splittable.
  const inTallSpan = new Set<number>();
  for (const p of placed) if ((p.cell.rowSpan ?? 1) > TALL_SPAN_ROWS) for (let r = p.row; r < p.row + (p.cell.rowSpan ?? 1); r++) inTallSpan.add(r);
  const repeatHeader = repeatsHeader(t);
  // Placed cells by row, indexed once: a table of thousands of rows is not scanned per row.
  const byRow = t.rows.map((): PlacedCell[] => []);
  for (const p of placed) byRow[p.row].push(p);
  const rows = t.rows.map((row, r) => {
    const header = r < t.headerRows;
    const cells = byRow[r]
      // Header rows keep with the first body row: a header is never alone at the foot of a page.
      .map(({ col, cell }) => tableCell(cell, header, columns.slice(col, col + Math.max(1, cell.colSpan ?? 1)).reduce((a, b) => a + b, 0), t.fontSize, ctx, header || !!row.keepWithNext));
    // A row never splits across pages: no page holds one line of a row.
    return new TableRow({ tableHeader: header && repeatHeader, cantSplit: !header && !inTallSpan.has(r), children: cells });
  });
  return new Table({ layout: TableLayoutType.FIXED, width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: columns, rows });
}

function tableCell(c: TreeCell, header: boolean, width: number, size: number | undefined, ctx: Ctx, keepNext: boolean): TableCell {
  // Word keeps a row with the next one when its paragraphs keep with the next.
  const children = c.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [paragraph(header ? b.runs.map((r) => ({ ...r, bold: true })) : b.runs, ctx, { align: header ? 'center' : b.align, indent: b.indent, size, keepNext: keepNext || undefined })]
      : listParagraphs(b, ctx, size),
  );
  const shade = c.shade?.replace('#', '') ?? (header ? HEADER_SHADE : undefined);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    verticalAlign: header || c.verticalAlign === 'middle' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: shade } : undefined,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    children: children.length ? children : [new Paragraph({})],
  });
}
