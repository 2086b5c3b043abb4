/** A neutral, JSON-friendly view of a document for test assertions. */
import {
  type Attrs, type BlockNode, commonTextAttributes, type ContainerNode, type DocContent, type ParagraphNode, plainText,
  textRuns,
} from './document-model';

export interface RunJson {
  readonly text: string;
  /** Only the attributes that are set. */
  readonly attributes: Attrs;
}

export interface ParagraphJson {
  readonly type: 'paragraph' | 'listItem';
  /** Line breaks inside a paragraph appear as "\r", as Apps Script reports them. */
  readonly text: string;
  readonly heading: string;
  readonly alignment: string | null;
  /** Paragraph-level attributes that are set (spacing, indents, list settings…). */
  readonly attributes: Attrs;
  /** Text attributes shared by all of the paragraph's text (e.g. `{ BOLD: true, FONT_SIZE: 16 }`). */
  readonly textAttributes: Attrs;
  readonly bold: boolean;
  readonly runs: RunJson[];
  /** Page breaks / horizontal rules appended inside a paragraph that also has text. */
  readonly inlines?: ('pageBreak' | 'horizontalRule' | 'inlineImage')[];
  /** List items only. */
  readonly glyphType?: string;
  readonly nestingLevel?: number;
  readonly listId?: string;
}

export interface CellJson {
  readonly text: string;
  readonly attributes: Attrs;
  readonly children: BlockJson[];
}

export interface TableJson {
  readonly type: 'table';
  /** Cell texts. */
  readonly rows: string[][];
  readonly attributes: Attrs;
  readonly columnWidths: (number | null)[];
  readonly cells: CellJson[][];
}

/** A paragraph holding just an image (what Body.appendImage makes). */
export interface ImageJson {
  readonly type: 'inlineImage';
  /** Always '': the holding paragraph has no text (kept so readers of `text` need no special case). */
  readonly text: '';
  readonly contentType: string;
  readonly bytes: number;
  readonly width: number | null;
  readonly height: number | null;
  /** Of the paragraph holding it. */
  readonly alignment: string | null;
}

export type BlockJson = ParagraphJson | TableJson | ImageJson | { readonly type: 'pageBreak' } | { readonly type: 'horizontalRule' };

export interface DocumentJson {
  readonly id: string;
  readonly name: string;
  /** The body's blocks. */
  readonly children: BlockJson[];
  /** Margins and page size. */
  readonly bodyAttributes: Attrs;
  readonly header: BlockJson[] | null;
  readonly footer: BlockJson[] | null;
}

export function documentJson(id: string, name: string, content: DocContent): DocumentJson {
  return {
    id,
    name,
    children: blocksJson(content.body),
    bodyAttributes: setOnly(content.body.attrs),
    header: content.header && blocksJson(content.header),
    footer: content.footer && blocksJson(content.footer),
  };
}

/** Everything a reader would see, section by section: what the fake "PDF" contains. */
export function documentText(content: DocContent): string {
  return [content.header, content.body, content.footer]
    .filter((section): section is ContainerNode => section !== null)
    .map(plainText)
    .join('\n');
}

function blocksJson(container: ContainerNode): BlockJson[] {
  return container.children.map(blockJson);
}

function blockJson(block: BlockNode): BlockJson {
  if (block.kind === 'table') {
    return {
      type: 'table',
      rows: block.rows.map((row) => row.cells.map(plainText)),
      attributes: setOnly(block.attrs),
      columnWidths: [...block.columnWidths],
      cells: block.rows.map((row) =>
        row.cells.map((cell) => ({ text: plainText(cell), attributes: setOnly(cell.attrs), children: blocksJson(cell) })),
      ),
    };
  }
  const onlyInline = block.text === '' && block.inlines.length === 1;
  if (onlyInline) return inlineJson(block);
  return paragraphJson(block);
}

function inlineJson(block: ParagraphNode): BlockJson {
  const inline = block.inlines[0];
  if (inline.kind !== 'inlineImage' || !inline.image) return { type: inline.kind } as BlockJson;
  const size = (v: unknown) => (typeof v === 'number' ? v : null);
  const align = block.attrs.HORIZONTAL_ALIGNMENT;
  return {
    type: 'inlineImage', text: '', contentType: inline.image.contentType, bytes: inline.image.bytes.length,
    width: size(inline.attrs.WIDTH), height: size(inline.attrs.HEIGHT), alignment: typeof align === 'string' ? align : null,
  };
}

function paragraphJson(paragraph: ParagraphNode): ParagraphJson {
  const textAttributes = setOnly(commonTextAttributes([paragraph]));
  const { HEADING, HORIZONTAL_ALIGNMENT, GLYPH_TYPE, NESTING_LEVEL, LIST_ID, ...rest } = paragraph.attrs;
  const base: ParagraphJson = {
    type: paragraph.kind,
    text: paragraph.text,
    heading: typeof HEADING === 'string' ? HEADING : 'NORMAL',
    alignment: typeof HORIZONTAL_ALIGNMENT === 'string' ? HORIZONTAL_ALIGNMENT : null,
    attributes: setOnly(rest),
    textAttributes,
    bold: textAttributes.BOLD === true,
    runs: textRuns(paragraph).map((run) => ({ text: run.text, attributes: setOnly(run.attributes) })),
    ...(paragraph.inlines.length > 0 ? { inlines: paragraph.inlines.map((i) => i.kind) } : {}),
  };
  if (paragraph.kind !== 'listItem') return base;
  return { ...base, glyphType: String(GLYPH_TYPE), nestingLevel: Number(NESTING_LEVEL ?? 0), listId: String(LIST_ID) };
}

function setOnly(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)) as Attrs;
}
