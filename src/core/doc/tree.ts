/**
 * Documents as a neutral tree, built by templates from the plan and rendered by src/gas
 * (DocumentApp) and src/cli (docx). Text arrives final: digits already Thai or Arabic by the
 * setting, dates already Buddhist Era; renderers only lay it out.
 */
import type { DigitStyle } from '../thai/digits';
import type { PngImage } from '../image/pngImage';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly link?: string;
  /** Points, when the run is not body size (the memo's 29 pt "บันทึกข้อความ", its 20 pt labels, a cover title). */
  readonly size?: number;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** Thai official style indents a body paragraph's first line (2.5 cm). */
  readonly firstLineIndent?: boolean;
  /** Left indent in steps of 1.25 cm (nested fields, signatures). */
  readonly indent?: number;
  readonly keepWithNext?: boolean;
  /**
   * A tab stop (cm from the left margin) for the '\t' in the runs: "ที่ …<tab>วันที่ …" on one line
   * as the memo form prints them.
   */
  readonly tabAt?: number;
  /** The rest of the line dotted to the right margin: a line to be filled in by hand. */
  readonly dotted?: boolean;
}

export interface Heading {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** A name the contents block points at to print this heading's page number. */
  readonly anchor?: string;
}

export interface ListItem {
  readonly runs: readonly Run[];
  readonly level?: number; // 0-based nesting
}

export interface List {
  readonly kind: 'list';
  /** Numbered lists print "1)" style items in the document's digits; bullets print "-". */
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
  readonly indent?: number;
}

/** Spans work as in HTML: a cell covered by another cell's colSpan or rowSpan is left out of its row. */
export interface TableCell {
  readonly blocks: readonly (Paragraph | List)[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly shade?: string; // background colour "#rrggbb"
  readonly verticalAlign?: 'top' | 'middle';
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Keep this row on the page of the next one (the last body row with the total row under it). */
  readonly keepWithNext?: boolean;
}

export interface Table {
  readonly kind: 'table';
  /** Relative column widths (any unit; renderers scale them to the page). */
  readonly widths: readonly number[];
  /** The first N rows are the header: bold, shaded, repeated on every page. */
  readonly headerRows: number;
  readonly rows: readonly TableRow[];
  /** Points; wide tables (the per-year plan) print smaller than the body's 16 pt, as the seeds do. */
  readonly fontSize?: number;
  /** Column widths in cm already fitted to the page: a table cut into pieces keeps the widths of the whole. */
  readonly fitted?: readonly number[];
  /** Whether the header rows repeat on each page, when the renderer's choice for the table's own rows is not wanted: a table cut into pieces keeps the whole's. */
  readonly repeatHeader?: boolean;
}

export interface PageBreak {
  readonly kind: 'pageBreak';
  /**
   * The pages after the break use this setup (a landscape table inside a portrait plan). A
   * renderer that cannot change it mid-document (Google Docs) keeps the document's setup.
   */
  readonly page?: PageSetup;
}

/** "(ลงชื่อ)........ / (name) / position" block, centred in the right half as official letters do. */
export interface Signature {
  readonly kind: 'signature';
  readonly label?: string; // e.g. "ผู้รายงาน"
  readonly name: string;
  readonly position: string;
  readonly date?: string;
}

/** A bar chart described by its data; each renderer draws it its own way (image in both). */
export interface BarChart {
  readonly kind: 'barChart';
  readonly title: string;
  readonly unit: string; // "%"
  readonly max: number;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

/**
 * สารบัญ: one line per entry, its page number at the right. Each entry points at a heading's
 * anchor; a renderer that can count pages prints the number (a page reference in .docx), one that
 * cannot (Google Docs) prints the entry without it.
 */
export interface Contents {
  readonly kind: 'contents';
  /** Column titles over the entries: "หัวข้อ" and "หน้า" as seed 000 prints them. */
  readonly columns: readonly [string, string];
  readonly entries: readonly { readonly text: string; readonly level: number; readonly anchor: string }[];
}

/** The organisation's emblem (ตราครุฑ by default): PNG bytes, their pixel size (for the proportions) and the printed height. */
export interface Emblem extends PngImage {
  readonly kind: 'emblem';
  readonly heightCm: number;
  /**
   * 'center': on its own line (ประกาศ, covers). 'left': at the left margin beside the next
   * paragraph, which keeps its own alignment (the memo's "บันทึกข้อความ" line).
   */
  readonly align: 'center' | 'left';
}

export type Block = Paragraph | Heading | List | Table | PageBreak | Signature | BarChart | Contents | Emblem;

export interface PageSetup {
  readonly size: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Margins in centimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

export interface DocumentTree {
  /** File name / document title, e.g. "1.1.1 โครงการเผยแพร่…". */
  readonly title: string;
  readonly page: PageSetup;
  readonly blocks: readonly Block[];
  /** Digits renderers use to number ordered lists ("๑)" or "1)") and pages; Thai when absent. */
  readonly digits?: DigitStyle;
  /**
   * Page numbers at the top centre from the second page on, as official documents print them;
   * `false` leaves them out.
   */
  readonly pageNumbers?: boolean;
}

/**
 * A document whose blocks are made anew each time they are iterated (the whole plan: thousands
 * of measures' details), for a renderer that writes it a part at a time and keeps only that part.
 */
export interface LongDocument extends Omit<DocumentTree, 'blocks'> {
  readonly blocks: Iterable<Block>;
}

/** ระเบียบงานสารบรรณ margins: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom; A4 portrait. */
export const OFFICIAL_PAGE: PageSetup = {
  size: 'A4',
  orientation: 'portrait',
  margins: { top: 2.5, bottom: 2, left: 3, right: 2 },
};

export const OFFICIAL_PAGE_LANDSCAPE: PageSetup = { ...OFFICIAL_PAGE, orientation: 'landscape' };

/** Official Thai font and size: Sarabun in Google Docs, TH Sarabun New in Word. */
export const DOC_FONT = { docs: 'Sarabun', docx: 'TH Sarabun New', size: 16 } as const;

// Small constructors keep templates readable.
export const text = (t: string, style: Omit<Run, 'text'> = {}): Run => ({ text: t, ...style });
export const para = (t: string | readonly Run[], opts: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph => ({
  kind: 'paragraph',
  runs: typeof t === 'string' ? [text(t)] : t,
  ...opts,
});
export const heading = (level: 1 | 2 | 3, t: string, align: Align = 'center', anchor?: string): Heading => ({ kind: 'heading', level, runs: [text(t, { bold: true })], align, ...(anchor ? { anchor } : {}) });
export const pageBreak = (page?: PageSetup): PageBreak => (page ? { kind: 'pageBreak', page } : { kind: 'pageBreak' });
export const cell = (t: string | readonly (Paragraph | List)[], opts: Omit<TableCell, 'blocks'> = {}): TableCell => ({
  blocks: typeof t === 'string' ? [para(t)] : t,
  ...opts,
});

/** How many dots a dotted line stands for in plain text. */
const DOTTED_PLAIN = 90;

/** All text of a tree in reading order: used by tests and by the import round trip. */
export function plainText(tree: DocumentTree): string {
  const runs = (rs: readonly Run[]) => rs.map((r) => r.text).join('');
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [runs(b.runs) + (b.dotted ? '.'.repeat(DOTTED_PLAIN) : '')];
      case 'heading':
        return [runs(b.runs)];
      case 'list':
        return b.items.map((i) => runs(i.runs));
      case 'table':
        return b.rows.map((r) => r.cells.map((c) => c.blocks.flatMap(block).join(' ')).join('\t'));
      case 'signature':
        return [b.label ?? '', `(${b.name})`, b.position, b.date ?? ''].filter((s) => s !== '');
      case 'barChart':
        return [b.title, ...b.bars.map((bar) => `${bar.label}\t${bar.value}${b.unit}`)];
      case 'contents':
        return [b.columns.join('\t'), ...b.entries.map((e) => e.text)];
      case 'pageBreak':
      case 'emblem':
        return [];
    }
  };
  return tree.blocks.flatMap(block).join('\n');
}
