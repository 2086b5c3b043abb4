import { writeOutput } from '../outputLedger';
import {
  AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, PageBreak, PageOrientation, Paragraph, ShadingType, Tab, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ISectionOptions, type ParagraphChild,
} from 'docx';
import { listLabel } from '../../core/doc/listLabel';
import { signatureLines } from '../../core/doc/signatureLines';
import { tableGrid } from '../../core/doc/tableGrid';
import { DOC_FONT, type Align, type Block, type DocumentTree, type List, type PageSetup, type Run, type Table as TreeTable, type TableCell as TreeCell } from '../../core/doc/tree';
import type { DigitStyle } from '../../core/thai/digits';
import { barChartParagraph } from './chart';

/**
 * Renders a document tree to .docx with the docx library: TH Sarabun New 16 pt, A4 with the
 * official margins, a new section wherever a page break changes the page setup (landscape
 * tables inside a portrait plan), merged cells and repeated header rows in tables.
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
}

export function docxDocument(tree: DocumentTree): Document {
  const sections: ISectionOptions[] = [];
  const ctx: Ctx = { digits: tree.digits ?? 'thai', page: tree.page, breakPending: false };
  let children: (Paragraph | Table)[] = [];
  let page = tree.page;
  const close = () => {
    sections.push({ properties: { page: pageProperties(page) }, children: children.length ? children : [new Paragraph({})] });
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

function pageProperties(page: PageSetup): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    size: { width: twip(A4.width), height: twip(A4.height), orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: twip(page.margins.top), bottom: twip(page.margins.bottom), left: twip(page.margins.left), right: twip(page.margins.right) },
  };
}

/** Text width of a page in cm. */
function textWidthCm(page: PageSetup): number {
  const width = page.orientation === 'landscape' ? A4.height : A4.width;
  return width - page.margins.left - page.margins.right;
}

function blockToDocx(block: Block, ctx: Ctx): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'pageBreak':
      ctx.breakPending = true;
      return [];
    case 'paragraph':
      return [paragraph(block.runs, ctx, { align: block.align, indent: block.indent, firstLineIndent: block.firstLineIndent, keepNext: block.keepWithNext })];
    case 'heading':
      return [paragraph(block.runs.map((r) => ({ ...r, bold: true })), ctx, { align: block.align, heading: block.level, keepNext: true })];
    case 'list':
      return listParagraphs(block, ctx);
    case 'signature':
      return signatureLines(block).map((p) => paragraph(p.runs, ctx, { align: p.align, indent: p.indent }));
    case 'table':
      return [...takeBreak(ctx), table(block, ctx)];
    case 'barChart':
      return [...takeBreak(ctx), barChartParagraph(block, textWidthCm(ctx.page))];
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
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraph(runs: readonly Run[], ctx: Ctx, o: ParagraphOptions): Paragraph {
  const left = (o.indent ?? 0) * INDENT_STEP;
  const pageBreakBefore = ctx.breakPending;
  ctx.breakPending = false;
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    heading: o.heading ? HEADINGS[o.heading] : undefined,
    keepNext: o.keepNext,
    pageBreakBefore,
    indent: {
      left: twip(left),
      ...(o.hanging ? { hanging: twip(o.hanging) } : {}),
      ...(o.firstLineIndent ? { firstLine: twip(FIRST_LINE) } : {}),
    },
    children: [...(o.leading ?? []), ...runs.map((r) => textRun(r, o.size))],
  });
}

function textRun(run: Run, size?: number): ParagraphChild {
  const r = new TextRun({ text: run.text, bold: run.bold, italics: run.italic, underline: run.underline ? {} : undefined, size: size ? HALF_POINTS(size) : undefined, style: run.link ? 'Hyperlink' : undefined });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [r] }) : r;
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

function table(t: TreeTable, ctx: Ctx): Table {
  const widthCm = textWidthCm(ctx.page);
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const columns = t.widths.map((w) => twip((w / total) * widthCm));
  // Widths come from each cell's grid column: cells under a rowSpan are left out of their row.
  const placed = tableGrid(t).cells;
  const rows = t.rows.map((_, r) => {
    const header = r < t.headerRows;
    const cells = placed
      .filter((p) => p.row === r)
      .map(({ col, cell }) => tableCell(cell, header, columns.slice(col, col + Math.max(1, cell.colSpan ?? 1)).reduce((a, b) => a + b, 0), t.fontSize, ctx));
    return new TableRow({ tableHeader: header, children: cells });
  });
  return new Table({ layout: TableLayoutType.FIXED, width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: columns, rows });
}

function tableCell(c: TreeCell, header: boolean, width: number, size: number | undefined, ctx: Ctx): TableCell {
  const children = c.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [paragraph(header ? b.runs.map((r) => ({ ...r, bold: true })) : b.runs, ctx, { align: header ? 'center' : b.align, indent: b.indent, size })]
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
