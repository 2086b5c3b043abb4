/**
 * Documents as a neutral tree, built by templates from the plan and rendered by src/gas
 * (DocumentApp) and src/cli (docx). Text arrives final: digits already Thai or Arabic by the
 * setting, dates already Buddhist Era; renderers only lay it out.
 */
import type { DigitStyle } from '../thai/digits';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly link?: string;
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
}

export interface Heading {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  readonly runs: readonly Run[];
  readonly align?: Align;
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

export type Block = Paragraph | Heading | List | Table | PageBreak | Signature | BarChart;

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
  /** Digits renderers use to number ordered lists ("๑)" or "1)"); Thai when absent. */
  readonly digits?: DigitStyle;
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
export const heading = (level: 1 | 2 | 3, t: string, align: Align = 'center'): Heading => ({ kind: 'heading', level, runs: [text(t, { bold: true })], align });
export const pageBreak = (page?: PageSetup): PageBreak => (page ? { kind: 'pageBreak', page } : { kind: 'pageBreak' });
export const cell = (t: string | readonly (Paragraph | List)[], opts: Omit<TableCell, 'blocks'> = {}): TableCell => ({
  blocks: typeof t === 'string' ? [para(t)] : t,
  ...opts,
});

/** All text of a tree in reading order: used by tests and by the import round trip. */
export function plainText(tree: DocumentTree): string {
  const runs = (rs: readonly Run[]) => rs.map((r) => r.text).join('');
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
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
      case 'pageBreak':
        return [];
    }
  };
  return tree.blocks.flatMap(block).join('\n');
}
