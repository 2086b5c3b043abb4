/**
 * The state behind the DocumentApp fakes: a tree of sections, paragraphs, tables, rows and cells.
 * Paragraph text keeps one attribute set per character, so partial styling (Text.setBold(start, end))
 * and Docs' "new text takes the style of the text before it" behave as in Google Docs.
 */
import { type AttributeName } from './enums';

export type Attrs = Partial<Record<AttributeName, unknown>>;

export interface InlineNode {
  readonly kind: 'pageBreak' | 'horizontalRule' | 'inlineImage';
  parent: ParagraphNode | null;
  attrs: Attrs;
  /** Inline images only: the picture's bytes and type. */
  readonly image?: { readonly bytes: Uint8Array; readonly contentType: string };
}

export function isInline(node: DocNode): node is InlineNode {
  return node.kind === 'pageBreak' || node.kind === 'horizontalRule' || node.kind === 'inlineImage';
}

export interface ParagraphNode {
  readonly kind: 'paragraph' | 'listItem';
  parent: ContainerNode | null;
  /** Paragraph-level attributes (heading, alignment, spacing, list settings). */
  attrs: Attrs;
  text: string;
  /** Text attributes of each character of `text`. */
  styles: Attrs[];
  /** Text attributes for text added to an empty paragraph. */
  baseStyle: Attrs;
  /** Page breaks and horizontal rules, after the text. */
  inlines: InlineNode[];
}

export interface TableNode {
  readonly kind: 'table';
  parent: ContainerNode | null;
  attrs: Attrs;
  rows: RowNode[];
  columnWidths: (number | null)[];
}

export interface RowNode {
  readonly kind: 'row';
  parent: TableNode | null;
  attrs: Attrs;
  cells: ContainerNode[];
}

export interface ContainerNode {
  readonly kind: 'body' | 'header' | 'footer' | 'cell';
  parent: RowNode | null;
  attrs: Attrs;
  children: BlockNode[];
}

export type BlockNode = ParagraphNode | TableNode;
export type DocNode = BlockNode | InlineNode | RowNode | ContainerNode;

export const TEXT_ATTRIBUTES: readonly AttributeName[] = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR',
  'LINK_URL', 'CODE',
];

/** Attributes an element keeps for itself; any other attribute set on it styles the text inside. */
const OWN_ATTRIBUTES: Record<DocNode['kind'], readonly AttributeName[]> = {
  paragraph: ['HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_START', 'INDENT_END', 'INDENT_FIRST_LINE', 'LINE_SPACING',
    'SPACING_BEFORE', 'SPACING_AFTER', 'LEFT_TO_RIGHT'],
  listItem: ['HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_START', 'INDENT_END', 'INDENT_FIRST_LINE', 'LINE_SPACING',
    'SPACING_BEFORE', 'SPACING_AFTER', 'LEFT_TO_RIGHT', 'GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID'],
  table: ['BORDER_COLOR', 'BORDER_WIDTH'],
  row: ['MINIMUM_HEIGHT'],
  cell: ['BACKGROUND_COLOR', 'VERTICAL_ALIGNMENT', 'PADDING_TOP', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'WIDTH'],
  body: ['MARGIN_TOP', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'PAGE_WIDTH', 'PAGE_HEIGHT'],
  header: [],
  footer: [],
  pageBreak: [],
  horizontalRule: [],
  inlineImage: ['WIDTH', 'HEIGHT', 'LINK_URL'],
};

// --- construction ---

export function newParagraph(kind: ParagraphNode['kind'], text: string, attrs: Attrs = {}): ParagraphNode {
  const paragraph: ParagraphNode = { kind, parent: null, attrs, text: '', styles: [], baseStyle: {}, inlines: [] };
  setText(paragraph, text);
  return paragraph;
}

export function newContainer(kind: ContainerNode['kind'], attrs: Attrs = {}): ContainerNode {
  const container: ContainerNode = { kind, parent: null, attrs, children: [] };
  insertChild(container, 0, newParagraph('paragraph', ''));
  return container;
}

export function newTable(cells: readonly (readonly unknown[])[] = []): TableNode {
  const table: TableNode = { kind: 'table', parent: null, attrs: {}, rows: [], columnWidths: [] };
  for (const rowCells of cells) {
    const row = newRow();
    for (const text of rowCells) insertCell(row, row.cells.length, newCell(String(text)));
    insertRow(table, table.rows.length, row);
  }
  return table;
}

export function newRow(): RowNode {
  return { kind: 'row', parent: null, attrs: {}, cells: [] };
}

export function newCell(text: string): ContainerNode {
  const cell = newContainer('cell');
  setText(cell.children[0] as ParagraphNode, text);
  return cell;
}

// --- tree edits ---

export function insertChild(container: ContainerNode, index: number, child: BlockNode): BlockNode {
  container.children.splice(index, 0, child);
  child.parent = container;
  return child;
}

export function insertRow(table: TableNode, index: number, row: RowNode): RowNode {
  table.rows.splice(index, 0, row);
  row.parent = table;
  return row;
}

export function insertCell(row: RowNode, index: number, cell: ContainerNode): ContainerNode {
  row.cells.splice(index, 0, cell);
  cell.parent = row;
  return cell;
}

/** The array holding `node` in its parent, if it has one. */
export function siblingsOf(node: DocNode): DocNode[] | null {
  const parent = node.parent;
  if (!parent) return null;
  switch (parent.kind) {
    case 'paragraph':
    case 'listItem':
      return parent.inlines;
    case 'table':
      return parent.rows;
    case 'row':
      return parent.cells;
    default:
      return parent.children;
  }
}

export function detach(node: DocNode): void {
  const siblings = siblingsOf(node);
  if (siblings) siblings.splice(siblings.indexOf(node), 1);
  node.parent = null;
}

export function childrenOf(node: DocNode): DocNode[] {
  switch (node.kind) {
    case 'paragraph':
    case 'listItem':
      return node.inlines;
    case 'table':
      return node.rows;
    case 'row':
      return node.cells;
    case 'pageBreak':
    case 'horizontalRule':
    case 'inlineImage':
      return [];
    default:
      return node.children;
  }
}

/** A detached deep copy. */
export function cloneNode<T extends DocNode>(node: T): T {
  return cloneUnder(node, null) as T;
}

function cloneUnder(node: DocNode, parent: DocNode | null): DocNode {
  switch (node.kind) {
    case 'paragraph':
    case 'listItem': {
      const copy: ParagraphNode = {
        ...node, parent: parent as ContainerNode | null, attrs: { ...node.attrs }, styles: [...node.styles],
        baseStyle: { ...node.baseStyle }, inlines: [],
      };
      copy.inlines = node.inlines.map((inline) => cloneUnder(inline, copy) as InlineNode);
      return copy;
    }
    case 'pageBreak':
    case 'horizontalRule':
    case 'inlineImage':
      return { ...node, parent: parent as ParagraphNode | null, attrs: { ...node.attrs } };
    case 'table': {
      const copy: TableNode = { ...node, parent: parent as ContainerNode | null, attrs: { ...node.attrs }, rows: [], columnWidths: [...node.columnWidths] };
      copy.rows = node.rows.map((row) => cloneUnder(row, copy) as RowNode);
      return copy;
    }
    case 'row': {
      const copy: RowNode = { ...node, parent: parent as TableNode | null, attrs: { ...node.attrs }, cells: [] };
      copy.cells = node.cells.map((cell) => cloneUnder(cell, copy) as ContainerNode);
      return copy;
    }
    default: {
      const copy: ContainerNode = { ...node, parent: parent as RowNode | null, attrs: { ...node.attrs }, children: [] };
      copy.children = node.children.map((child) => cloneUnder(child, copy) as BlockNode);
      return copy;
    }
  }
}

/** Paragraphs and list items under `node`, in document order (through tables). */
export function leafParagraphs(node: DocNode): ParagraphNode[] {
  if (node.kind === 'paragraph' || node.kind === 'listItem') return [node];
  return childrenOf(node).flatMap(leafParagraphs);
}

/** Plain text: paragraphs joined by "\n" (the same text editAsText offsets count in). */
export function plainText(node: DocNode): string {
  if (isInline(node)) return '';
  return leafParagraphs(node).map((p) => p.text).join('\n');
}

// --- attributes ---

/** Routes attributes: the element's own ones are stored on it, text ones style all text inside. */
export function applyAttributes(node: DocNode, attributes: Attrs): void {
  const own = OWN_ATTRIBUTES[node.kind];
  const text: Attrs = {};
  for (const key of Object.keys(attributes) as AttributeName[]) {
    if (own.includes(key)) node.attrs[key] = attributes[key];
    else if (TEXT_ATTRIBUTES.includes(key)) text[key] = attributes[key];
    else node.attrs[key] = attributes[key];
  }
  if (Object.keys(text).length === 0) return;
  for (const paragraph of leafParagraphs(node)) styleText(paragraph, 0, paragraph.text.length, text);
}

/** Text attributes shared by every character (null where they differ or are unset). */
export function commonTextAttributes(paragraphs: ParagraphNode[]): Attrs {
  const styles = paragraphs.flatMap((p) => (p.text.length > 0 ? p.styles : [p.baseStyle]));
  const out: Attrs = {};
  for (const key of TEXT_ATTRIBUTES) {
    const first = styles[0]?.[key] ?? null;
    out[key] = styles.every((s) => (s[key] ?? null) === first) ? first : null;
  }
  return out;
}

// --- paragraph text ---

/** Docs keeps a paragraph on one line: "\n" becomes a line break ("\r"), as in Apps Script. */
function normalizeText(text: string): string {
  return text.replace(/\r\n|\n/g, '\r');
}

export function setText(paragraph: ParagraphNode, text: string): void {
  const style = paragraph.styles[0] ?? paragraph.baseStyle;
  paragraph.text = normalizeText(text);
  paragraph.styles = new Array<Attrs>(paragraph.text.length).fill(style);
}

/** Inserted text takes the style of the character before it (Docs' behaviour), else the paragraph's. */
export function insertText(paragraph: ParagraphNode, offset: number, text: string): void {
  const clean = normalizeText(text);
  const style = paragraph.styles[offset - 1] ?? paragraph.styles[offset] ?? paragraph.baseStyle;
  paragraph.text = paragraph.text.slice(0, offset) + clean + paragraph.text.slice(offset);
  paragraph.styles.splice(offset, 0, ...new Array<Attrs>(clean.length).fill(style));
}

export function deleteText(paragraph: ParagraphNode, start: number, end: number): void {
  paragraph.text = paragraph.text.slice(0, start) + paragraph.text.slice(end);
  paragraph.styles.splice(start, end - start);
}

/** Styles characters [start, end); on an empty paragraph, styles the text to come. */
export function styleText(paragraph: ParagraphNode, start: number, end: number, attrs: Attrs): void {
  if (paragraph.text.length === 0) {
    paragraph.baseStyle = { ...paragraph.baseStyle, ...attrs };
    return;
  }
  for (let i = start; i < end; i++) paragraph.styles[i] = { ...paragraph.styles[i], ...attrs };
}

/** replaceText: a regular expression per paragraph; replacements take the first matched character's style. */
export function replaceText(paragraph: ParagraphNode, pattern: RegExp, replacement: string): void {
  const matches = [...paragraph.text.matchAll(pattern)];
  for (const match of matches.reverse()) {
    const start = match.index ?? 0;
    const replaced = match[0].replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), replacement);
    const style = paragraph.styles[start] ?? paragraph.baseStyle;
    deleteText(paragraph, start, start + match[0].length);
    const clean = normalizeText(replaced);
    paragraph.text = paragraph.text.slice(0, start) + clean + paragraph.text.slice(start);
    paragraph.styles.splice(start, 0, ...new Array<Attrs>(clean.length).fill(style));
  }
}

/** Runs of equally styled characters. */
export function textRuns(paragraph: ParagraphNode): { text: string; attributes: Attrs; start: number }[] {
  const runs: { text: string; attributes: Attrs; start: number }[] = [];
  paragraph.styles.forEach((style, i) => {
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.attributes, style)) last.text += paragraph.text[i];
    else runs.push({ text: paragraph.text[i], attributes: style, start: i });
  });
  return runs;
}

function sameStyle(a: Attrs, b: Attrs): boolean {
  return TEXT_ATTRIBUTES.every((key) => (a[key] ?? null) === (b[key] ?? null));
}

// --- the document ---

export interface DocContent {
  body: ContainerNode;
  header: ContainerNode | null;
  footer: ContainerNode | null;
}

/** Letter-size page with one-inch margins: a new document's defaults. */
const DEFAULT_BODY_ATTRIBUTES: Attrs = {
  MARGIN_TOP: 72, MARGIN_BOTTOM: 72, MARGIN_LEFT: 72, MARGIN_RIGHT: 72, PAGE_WIDTH: 612, PAGE_HEIGHT: 792,
};

export function newContent(): DocContent {
  return { body: newContainer('body', { ...DEFAULT_BODY_ATTRIBUTES }), header: null, footer: null };
}

export function cloneContent(content: DocContent): DocContent {
  return {
    body: cloneNode(content.body),
    header: content.header && cloneNode(content.header),
    footer: content.footer && cloneNode(content.footer),
  };
}
