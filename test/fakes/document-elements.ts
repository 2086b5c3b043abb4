/**
 * DocumentApp element facades: Body, sections, Paragraph, ListItem, Table, TableRow, TableCell,
 * PageBreak, HorizontalRule, InlineImage, Text and RangeElement. Each one is a view on a document-model node seen
 * through one open handle of the document; once that handle is saved and closed, every call fails
 * as it does in Apps Script.
 */
import { Blob } from './blob';
import { Fake, GUARD, instrument, RUNTIME, type Runtime, STATE, withoutMethods } from './calls';
import {
  applyAttributes, type Attrs, type BlockNode, childrenOf, cloneNode, commonTextAttributes, type ContainerNode, deleteText,
  detach, type DocNode, type InlineNode, isInline, insertCell, insertChild, insertRow, insertText, leafParagraphs, newCell,
  newParagraph, newRow, newTable, type ParagraphNode, plainText, replaceText, type RowNode, setText, siblingsOf, styleText,
  type TableNode, TEXT_ATTRIBUTES, textRuns,
} from './document-model';
import { type DocModel } from './document';
import { type AttributeName, ElementType, type ElementTypeName } from './enums';
import { fail, isInteger, signatureMismatch } from './errors';
import { importValue, isPlainObject } from './realm';

/** One open handle of a document; `closed` after saveAndClose (a later openById gets a new handle). */
export interface DocHandle {
  readonly runtime: Runtime;
  readonly doc: DocModel;
  closed: boolean;
}

const TYPE_OF: Record<DocNode['kind'], ElementTypeName> = {
  body: 'BODY_SECTION', header: 'HEADER_SECTION', footer: 'FOOTER_SECTION', cell: 'TABLE_CELL', row: 'TABLE_ROW',
  table: 'TABLE', paragraph: 'PARAGRAPH', listItem: 'LIST_ITEM', pageBreak: 'PAGE_BREAK', horizontalRule: 'HORIZONTAL_RULE',
  inlineImage: 'INLINE_IMAGE',
};

const CLOSED = 'Document is closed, its contents cannot be updated.';

/** Base of everything reached through a document handle. */
abstract class DocFake extends Fake {
  abstract readonly [STATE]: { readonly handle: DocHandle };

  [GUARD](): void {
    if (this[STATE].handle.closed) throw fail(this, CLOSED);
  }
}

function elementFor(handle: DocHandle, node: DocNode): ElementBase<DocNode> {
  switch (node.kind) {
    case 'body': return new Body(handle, node);
    case 'header': return new HeaderSection(handle, node);
    case 'footer': return new FooterSection(handle, node);
    case 'cell': return new TableCell(handle, node);
    case 'row': return new TableRow(handle, node);
    case 'table': return new Table(handle, node);
    case 'paragraph': return new Paragraph(handle, node);
    case 'listItem': return new ListItem(handle, node);
    case 'pageBreak': return new PageBreak(handle, node);
    case 'horizontalRule': return new HorizontalRule(handle, node);
    case 'inlineImage': return new InlineImage(handle, node);
  }
}

// --- Element --------------------------------------------------------------------------------

abstract class ElementBase<N extends DocNode> extends DocFake {
  readonly [STATE]: { readonly handle: DocHandle; readonly node: N };

  constructor(handle: DocHandle, node: N) {
    super(handle.runtime);
    this[STATE] = { handle, node };
  }

  getType(): ElementTypeName { return TYPE_OF[this[STATE].node.kind]; }

  getParent(): ElementBase<DocNode> | null {
    const parent = this[STATE].node.parent;
    return parent ? elementFor(this[STATE].handle, parent) : null;
  }

  getNextSibling(): ElementBase<DocNode> | null { return sibling(this, 1); }
  getPreviousSibling(): ElementBase<DocNode> | null { return sibling(this, -1); }

  isAtDocumentEnd(): boolean {
    let node: DocNode = this[STATE].node;
    for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
      const siblings = childrenOf(parent);
      if (siblings[siblings.length - 1] !== node) return false;
    }
    return node.kind === 'body';
  }

  getAttributes(): Attrs { return attributesOf(this[STATE].node); }

  setAttributes(attributes: Attrs): this {
    if (!isPlainObject(attributes)) throw signatureMismatch(this, `DocumentApp.${this.getType()}.setAttributes`, [attributes]);
    applyAttributes(this[STATE].node, importValue(attributes) as Attrs);
    return this;
  }

  /** A detached deep copy, ready to append elsewhere. */
  copy(): ElementBase<N> { return elementFor(this[STATE].handle, cloneNode(this[STATE].node)) as ElementBase<N>; }

  removeFromParent(): this {
    const { handle, node } = this[STATE];
    if (node.kind === 'header' || node.kind === 'footer') {
      handle.doc.content[node.kind] = null;
      return this;
    }
    assertRemovable(this, node);
    detach(node);
    return this;
  }

  asBody(): Body { return cast(this, 'body'); }
  asHeaderSection(): HeaderSection { return cast(this, 'header'); }
  asFooterSection(): FooterSection { return cast(this, 'footer'); }
  asParagraph(): Paragraph { return cast(this, 'paragraph'); }
  asListItem(): ListItem { return cast(this, 'listItem'); }
  asTable(): Table { return cast(this, 'table'); }
  asTableRow(): TableRow { return cast(this, 'row'); }
  asTableCell(): TableCell { return cast(this, 'cell'); }
  asPageBreak(): PageBreak { return cast(this, 'pageBreak'); }
  asHorizontalRule(): HorizontalRule { return cast(this, 'horizontalRule'); }
  asInlineImage(): InlineImage { return cast(this, 'inlineImage'); }
}

// --- Containers: Body, HeaderSection, FooterSection, TableCell ----------------------------------

type BlockArg = string | ElementBase<DocNode> | undefined;

abstract class ContainerBase extends ElementBase<ContainerNode> {
  getNumChildren(): number { return this[STATE].node.children.length; }
  getChild(childIndex: number): ElementBase<DocNode> { return elementFor(this[STATE].handle, childAt(this, this[STATE].node.children, childIndex)); }
  getChildIndex(child: ElementBase<DocNode>): number { return indexOfChild(this, this[STATE].node.children, child); }
  getText(): string { return plainText(this[STATE].node); }

  setText(text: string): this {
    const { node } = this[STATE];
    for (const child of [...node.children]) detach(child);
    insertChild(node, 0, newParagraph('paragraph', String(text)));
    return this;
  }

  /** Leaves one empty paragraph: a section can never be empty. */
  clear(): this { return this.setText(''); }

  appendParagraph(paragraph: string | Paragraph): Paragraph { return this.insertParagraph(this[STATE].node.children.length, paragraph); }
  appendListItem(listItem: string | ListItem): ListItem { return this.insertListItem(this[STATE].node.children.length, listItem); }
  appendTable(cells?: string[][] | Table): Table { return this.insertTable(this[STATE].node.children.length, cells); }
  appendHorizontalRule(): HorizontalRule { return this.insertHorizontalRule(this[STATE].node.children.length); }

  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    const node = blockArg(this, paragraph, 'paragraph', (text) => newParagraph('paragraph', text));
    return new Paragraph(this[STATE].handle, insertBlock(this, childIndex, node) as ParagraphNode);
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const node = blockArg(this, listItem, 'listItem', (text) => newParagraph('listItem', text)) as ParagraphNode;
    const previous = this[STATE].node.children[childIndex - 1];
    if (typeof listItem === 'string') {
      // A new item continues the list right before it, or starts a new bulleted list.
      node.attrs = previous?.kind === 'listItem'
        ? { LIST_ID: previous.attrs.LIST_ID, GLYPH_TYPE: previous.attrs.GLYPH_TYPE, NESTING_LEVEL: 0 }
        : { LIST_ID: this[STATE].handle.doc.nextListId(), GLYPH_TYPE: 'BULLET', NESTING_LEVEL: 0 };
    }
    return new ListItem(this[STATE].handle, insertBlock(this, childIndex, node) as ParagraphNode);
  }

  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    if (cells !== undefined && !Array.isArray(cells) && !(cells instanceof Table)) {
      throw signatureMismatch(this, `DocumentApp.${this.getType()}.insertTable`, [childIndex, cells]);
    }
    if (Array.isArray(cells) && !cells.every((row) => Array.isArray(row))) {
      throw signatureMismatch(this, `DocumentApp.${this.getType()}.insertTable`, [childIndex, cells]);
    }
    const node = cells instanceof Table ? (detachedNode(this, cells) as TableNode) : newTable(cells ?? []);
    return new Table(this[STATE].handle, insertBlock(this, childIndex, node) as TableNode);
  }

  insertHorizontalRule(childIndex: number): HorizontalRule { return insertInlineParagraph(this, childIndex, 'horizontalRule', HorizontalRule); }

  /** A new paragraph holding just the image, at its natural size. */
  appendImage(image: ImageArg): InlineImage { return this.insertImage(this[STATE].node.children.length, image); }
  insertImage(childIndex: number, image: ImageArg): InlineImage {
    return insertInlineParagraph(this, childIndex, 'inlineImage', InlineImage, imageOf(this, image, 'insertImage'));
  }

  removeChild(child: ElementBase<DocNode>): this {
    const node = child[STATE].node;
    if (node.parent !== this[STATE].node) throw fail(this, 'Element is not a child of this element.');
    assertRemovable(this, node);
    detach(node);
    return this;
  }

  editAsText(): Text { return new Text(this[STATE].handle, this[STATE].node); }
  replaceText(searchPattern: string, replacement: string): this { return replaceIn(this, this[STATE].node, searchPattern, replacement); }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null { return findIn(this, this[STATE].node, searchPattern, from); }
}

abstract class SectionBase extends ContainerBase {
  getParagraphs(): Paragraph[] {
    return leafParagraphs(this[STATE].node).map((p) => (p.kind === 'listItem' ? new ListItem(this[STATE].handle, p) : new Paragraph(this[STATE].handle, p)));
  }

  getListItems(): ListItem[] {
    return leafParagraphs(this[STATE].node).filter((p) => p.kind === 'listItem').map((p) => new ListItem(this[STATE].handle, p));
  }

  getTables(): Table[] {
    const tables: TableNode[] = [];
    const walk = (node: DocNode): void => {
      if (node.kind === 'table') tables.push(node);
      childrenOf(node).forEach(walk);
    };
    walk(this[STATE].node);
    return tables.map((t) => new Table(this[STATE].handle, t));
  }
}

export class Body extends SectionBase {
  appendPageBreak(): PageBreak { return this.insertPageBreak(this[STATE].node.children.length); }
  insertPageBreak(childIndex: number): PageBreak { return insertInlineParagraph(this, childIndex, 'pageBreak', PageBreak); }
  getMarginTop(): number { return Number(this[STATE].node.attrs.MARGIN_TOP); }
  getMarginBottom(): number { return Number(this[STATE].node.attrs.MARGIN_BOTTOM); }
  getMarginLeft(): number { return Number(this[STATE].node.attrs.MARGIN_LEFT); }
  getMarginRight(): number { return Number(this[STATE].node.attrs.MARGIN_RIGHT); }
  getPageWidth(): number { return Number(this[STATE].node.attrs.PAGE_WIDTH); }
  getPageHeight(): number { return Number(this[STATE].node.attrs.PAGE_HEIGHT); }
  setMarginTop(points: number): Body { return setOwn(this, 'MARGIN_TOP', points); }
  setMarginBottom(points: number): Body { return setOwn(this, 'MARGIN_BOTTOM', points); }
  setMarginLeft(points: number): Body { return setOwn(this, 'MARGIN_LEFT', points); }
  setMarginRight(points: number): Body { return setOwn(this, 'MARGIN_RIGHT', points); }
  setPageWidth(points: number): Body { return setOwn(this, 'PAGE_WIDTH', points); }
  setPageHeight(points: number): Body { return setOwn(this, 'PAGE_HEIGHT', points); }
}

export class HeaderSection extends SectionBase {}
export class FooterSection extends SectionBase {}

export class TableCell extends ContainerBase {
  getBackgroundColor(): string | null { return own(this, 'BACKGROUND_COLOR'); }
  setBackgroundColor(color: string): TableCell { return setOwn(this, 'BACKGROUND_COLOR', color); }
  getVerticalAlignment(): string | null { return own(this, 'VERTICAL_ALIGNMENT'); }
  setVerticalAlignment(alignment: string): TableCell { return setOwn(this, 'VERTICAL_ALIGNMENT', alignment); }
  getWidth(): number | null { return own(this, 'WIDTH'); }
  setWidth(width: number): TableCell { return setOwn(this, 'WIDTH', width); }
  getPaddingTop(): number | null { return own(this, 'PADDING_TOP'); }
  getPaddingBottom(): number | null { return own(this, 'PADDING_BOTTOM'); }
  getPaddingLeft(): number | null { return own(this, 'PADDING_LEFT'); }
  getPaddingRight(): number | null { return own(this, 'PADDING_RIGHT'); }
  setPaddingTop(points: number): TableCell { return setOwn(this, 'PADDING_TOP', points); }
  setPaddingBottom(points: number): TableCell { return setOwn(this, 'PADDING_BOTTOM', points); }
  setPaddingLeft(points: number): TableCell { return setOwn(this, 'PADDING_LEFT', points); }
  setPaddingRight(points: number): TableCell { return setOwn(this, 'PADDING_RIGHT', points); }
  getColSpan(): number { return 1; }
  getRowSpan(): number { return 1; }
  getParentRow(): TableRow | null { const row = this[STATE].node.parent; return row && new TableRow(this[STATE].handle, row); }
  getParentTable(): Table | null { const table = this[STATE].node.parent?.parent; return table ? new Table(this[STATE].handle, table) : null; }
}

// --- Paragraph and ListItem ------------------------------------------------------------------

export abstract class ParagraphBase extends ElementBase<ParagraphNode> {
  getText(): string { return this[STATE].node.text; }
  /** Returns nothing, as in Apps Script (so it cannot be chained). */
  setText(text: string): void { setText(this[STATE].node, String(text)); }

  /** Returns a Text covering just the appended part; it takes the style of the text before it. */
  appendText(text: string | Text): Text { return this.insertText(this[STATE].node.text.length, text); }

  insertText(offset: number, text: string | Text): Text {
    const paragraph = this[STATE].node;
    const content = text instanceof Text ? text.getText() : String(text);
    if (!isInteger(offset) || offset < 0 || offset > paragraph.text.length) throw fail(this, `Index (${offset}) must be less than or equal to the content length (${paragraph.text.length}).`);
    const before = paragraph.text.length;
    insertText(paragraph, offset, content);
    return new Text(this[STATE].handle, paragraph, { paragraph, start: offset, length: paragraph.text.length - before });
  }

  appendPageBreak(): PageBreak { return appendInline(this, 'pageBreak', PageBreak); }
  appendHorizontalRule(): HorizontalRule { return appendInline(this, 'horizontalRule', HorizontalRule); }
  appendInlineImage(image: ImageArg): InlineImage { return appendInline(this, 'inlineImage', InlineImage, imageOf(this, image, 'appendInlineImage')); }

  clear(): this {
    const paragraph = this[STATE].node;
    setText(paragraph, '');
    for (const inline of [...paragraph.inlines]) detach(inline);
    return this;
  }

  getNumChildren(): number { return paragraphChildren(this).length; }
  getChild(childIndex: number): ElementBase<DocNode> | Text { return childAt(this, paragraphChildren(this), childIndex); }
  getChildIndex(child: ElementBase<DocNode> | Text): number {
    const children = paragraphChildren(this);
    const target = child instanceof Text ? children.findIndex((c) => c instanceof Text) : children.findIndex((c) => !(c instanceof Text) && c[STATE].node === child[STATE].node);
    if (target < 0) throw fail(this, 'Element is not a child of this element.');
    return target;
  }

  removeChild(child: ElementBase<DocNode> | Text): this {
    if (child instanceof Text) setText(this[STATE].node, '');
    else detach(child[STATE].node);
    return this;
  }

  editAsText(): Text { return new Text(this[STATE].handle, this[STATE].node); }
  replaceText(searchPattern: string, replacement: string): this { return replaceIn(this, this[STATE].node, searchPattern, replacement); }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null { return findIn(this, this[STATE].node, searchPattern, from); }

  getHeading(): string { return own(this, 'HEADING') ?? 'NORMAL'; }
  setHeading(heading: string): this { return setOwn(this, 'HEADING', heading); }
  getAlignment(): string | null { return own(this, 'HORIZONTAL_ALIGNMENT'); }
  setAlignment(alignment: string): this { return setOwn(this, 'HORIZONTAL_ALIGNMENT', alignment); }
  getIndentStart(): number | null { return own(this, 'INDENT_START'); }
  setIndentStart(indent: number): this { return setOwn(this, 'INDENT_START', indent); }
  getIndentEnd(): number | null { return own(this, 'INDENT_END'); }
  setIndentEnd(indent: number): this { return setOwn(this, 'INDENT_END', indent); }
  getIndentFirstLine(): number | null { return own(this, 'INDENT_FIRST_LINE'); }
  setIndentFirstLine(indent: number): this { return setOwn(this, 'INDENT_FIRST_LINE', indent); }
  getLineSpacing(): number | null { return own(this, 'LINE_SPACING'); }
  setLineSpacing(multiplier: number): this { return setOwn(this, 'LINE_SPACING', multiplier); }
  getSpacingBefore(): number | null { return own(this, 'SPACING_BEFORE'); }
  setSpacingBefore(spacing: number): this { return setOwn(this, 'SPACING_BEFORE', spacing); }
  getSpacingAfter(): number | null { return own(this, 'SPACING_AFTER'); }
  setSpacingAfter(spacing: number): this { return setOwn(this, 'SPACING_AFTER', spacing); }
  isLeftToRight(): boolean | null { return own(this, 'LEFT_TO_RIGHT'); }
  setLeftToRight(leftToRight: boolean): this { return setOwn(this, 'LEFT_TO_RIGHT', leftToRight); }
  getLinkUrl(): string | null { return (commonTextAttributes([this[STATE].node]).LINK_URL as string | null) ?? null; }

  setLinkUrl(url: string | null): this {
    const paragraph = this[STATE].node;
    styleText(paragraph, 0, paragraph.text.length, { LINK_URL: url });
    return this;
  }
}

export class Paragraph extends ParagraphBase {}

export class ListItem extends ParagraphBase {
  getGlyphType(): string | null { return own(this, 'GLYPH_TYPE'); }
  setGlyphType(glyphType: string): ListItem { return setOwn(this, 'GLYPH_TYPE', glyphType); }
  getNestingLevel(): number { return own<number>(this, 'NESTING_LEVEL') ?? 0; }

  setNestingLevel(nestingLevel: number): ListItem {
    if (!isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) throw fail(this, 'Nesting level must be between 0 and 8.');
    return setOwn(this, 'NESTING_LEVEL', nestingLevel);
  }

  getListId(): string { return String(this[STATE].node.attrs.LIST_ID); }

  /** Joins the list of `listItem`. */
  setListId(listItem: ListItem): ListItem {
    if (!(listItem instanceof ListItem)) throw signatureMismatch(this, 'DocumentApp.ListItem.setListId', [listItem]);
    return setOwn(this, 'LIST_ID', listItem[STATE].node.attrs.LIST_ID);
  }
}

// --- Tables ----------------------------------------------------------------------------------

export class Table extends ElementBase<TableNode> {
  getNumRows(): number { return this[STATE].node.rows.length; }
  getNumChildren(): number { return this[STATE].node.rows.length; }
  getRow(rowIndex: number): TableRow { return new TableRow(this[STATE].handle, childAt(this, this[STATE].node.rows, rowIndex)); }
  getChild(childIndex: number): TableRow { return this.getRow(childIndex); }
  getChildIndex(child: TableRow): number { return indexOfChild(this, this[STATE].node.rows, child); }
  getCell(rowIndex: number, cellIndex: number): TableCell { return this.getRow(rowIndex).getCell(cellIndex); }
  getText(): string { return plainText(this[STATE].node); }
  appendTableRow(tableRow?: TableRow): TableRow { return this.insertTableRow(this[STATE].node.rows.length, tableRow); }

  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    const table = this[STATE].node;
    if (!isInteger(childIndex) || childIndex < 0 || childIndex > table.rows.length) throw fail(this, indexMessage(childIndex, table.rows.length));
    const row = tableRow === undefined ? newRow() : (detachedNode(this, tableRow) as RowNode);
    return new TableRow(this[STATE].handle, insertRow(table, childIndex, row));
  }

  removeRow(rowIndex: number): TableRow {
    const row = childAt(this, this[STATE].node.rows, rowIndex);
    detach(row);
    return new TableRow(this[STATE].handle, row);
  }

  removeChild(child: TableRow): Table { this.removeRow(this.getChildIndex(child)); return this; }

  clear(): Table {
    for (const row of [...this[STATE].node.rows]) detach(row);
    return this;
  }

  getBorderColor(): string | null { return own(this, 'BORDER_COLOR'); }
  setBorderColor(color: string): Table { return setOwn(this, 'BORDER_COLOR', color); }
  getBorderWidth(): number | null { return own(this, 'BORDER_WIDTH'); }
  setBorderWidth(width: number): Table { return setOwn(this, 'BORDER_WIDTH', width); }
  getColumnWidth(columnIndex: number): number | null { return this[STATE].node.columnWidths[columnIndex] ?? null; }

  setColumnWidth(columnIndex: number, width: number): Table {
    if (!isInteger(columnIndex) || columnIndex < 0) throw signatureMismatch(this, 'DocumentApp.Table.setColumnWidth', [columnIndex, width]);
    const widths = this[STATE].node.columnWidths;
    while (widths.length < columnIndex) widths.push(null);
    widths[columnIndex] = width;
    return this;
  }

  editAsText(): Text { return new Text(this[STATE].handle, this[STATE].node); }
  replaceText(searchPattern: string, replacement: string): Table { return replaceIn(this, this[STATE].node, searchPattern, replacement); }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null { return findIn(this, this[STATE].node, searchPattern, from); }
}

export class TableRow extends ElementBase<RowNode> {
  getNumCells(): number { return this[STATE].node.cells.length; }
  getNumChildren(): number { return this[STATE].node.cells.length; }
  getCell(cellIndex: number): TableCell { return new TableCell(this[STATE].handle, childAt(this, this[STATE].node.cells, cellIndex)); }
  getChild(childIndex: number): TableCell { return this.getCell(childIndex); }
  getChildIndex(child: TableCell): number { return indexOfChild(this, this[STATE].node.cells, child); }
  getText(): string { return plainText(this[STATE].node); }
  getParentTable(): Table | null { const table = this[STATE].node.parent; return table && new Table(this[STATE].handle, table); }
  appendTableCell(textOrCell?: string | TableCell): TableCell { return this.insertTableCell(this[STATE].node.cells.length, textOrCell); }

  insertTableCell(childIndex: number, textOrCell?: string | TableCell): TableCell {
    const row = this[STATE].node;
    if (!isInteger(childIndex) || childIndex < 0 || childIndex > row.cells.length) throw fail(this, indexMessage(childIndex, row.cells.length));
    const cell = textOrCell instanceof TableCell ? (detachedNode(this, textOrCell) as ContainerNode) : newCell(textOrCell === undefined ? '' : String(textOrCell));
    return new TableCell(this[STATE].handle, insertCell(row, childIndex, cell));
  }

  removeCell(cellIndex: number): TableCell {
    const cell = childAt(this, this[STATE].node.cells, cellIndex);
    detach(cell);
    return new TableCell(this[STATE].handle, cell);
  }

  removeChild(child: TableCell): TableRow { this.removeCell(this.getChildIndex(child)); return this; }

  clear(): TableRow {
    for (const cell of this[STATE].node.cells) {
      for (const child of [...cell.children]) detach(child);
      insertChild(cell, 0, newParagraph('paragraph', ''));
    }
    return this;
  }

  getMinimumHeight(): number | null { return own(this, 'MINIMUM_HEIGHT'); }
  setMinimumHeight(minHeight: number): TableRow { return setOwn(this, 'MINIMUM_HEIGHT', minHeight); }
  editAsText(): Text { return new Text(this[STATE].handle, this[STATE].node); }
  replaceText(searchPattern: string, replacement: string): TableRow { return replaceIn(this, this[STATE].node, searchPattern, replacement); }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null { return findIn(this, this[STATE].node, searchPattern, from); }
}

export class PageBreak extends ElementBase<InlineNode> {}
export class HorizontalRule extends ElementBase<InlineNode> {}

/** An image in a paragraph: its bytes, and a size (points) that starts as the picture's own. */
export class InlineImage extends ElementBase<InlineNode> {
  getBlob(): Blob {
    const image = this[STATE].node.image!;
    return new Blob(this[RUNTIME], image.bytes.slice(), image.contentType, null);
  }
  getAs(contentType: string): Blob { return this.getBlob().getAs(contentType); }
  getWidth(): number { return Number(own(this, 'WIDTH')); }
  getHeight(): number { return Number(own(this, 'HEIGHT')); }
  setWidth(width: number): InlineImage { return setOwn(this, 'WIDTH', width); }
  setHeight(height: number): InlineImage { return setOwn(this, 'HEIGHT', height); }
  getLinkUrl(): string | null { return own(this, 'LINK_URL'); }
  setLinkUrl(url: string): InlineImage { return setOwn(this, 'LINK_URL', url); }
}

// --- Text --------------------------------------------------------------------------------------

/** A fixed stretch of one paragraph (what appendText/insertText return). */
interface Span {
  readonly paragraph: ParagraphNode;
  readonly start: number;
  length: number;
}

interface Segment {
  readonly paragraph: ParagraphNode;
  readonly start: number;
  readonly end: number;
  /** Where the segment starts in the Text's own offsets. */
  readonly offset: number;
}

/**
 * Text: either the editable text of an element (paragraphs joined by "\n", like editAsText()) or a
 * fixed span. Range methods take (startOffset, endOffsetInclusive) in the Text's own offsets.
 */
export class Text extends DocFake {
  readonly [STATE]: { readonly handle: DocHandle; readonly scope: DocNode; readonly span: Span | null };

  constructor(handle: DocHandle, scope: DocNode, span: Span | null = null) {
    super(handle.runtime);
    this[STATE] = { handle, scope, span };
  }

  getType(): ElementTypeName { return ElementType.TEXT; }
  getText(): string { return segments(this).map((s) => s.paragraph.text.slice(s.start, s.end)).join('\n'); }
  editAsText(): Text { return this; }

  getParent(): ElementBase<DocNode> | null {
    const { handle, scope, span } = this[STATE];
    return elementFor(handle, span ? span.paragraph : scope);
  }

  setText(text: string): Text {
    const { paragraph, start, end } = single(this, 'setText');
    const before = paragraph.text.length;
    deleteText(paragraph, start, end);
    insertText(paragraph, start, String(text));
    const span = this[STATE].span;
    if (span) span.length = end - start + paragraph.text.length - before;
    return this;
  }

  appendText(text: string): Text { return this.insertText(this.getText().length, text); }

  insertText(offset: number, text: string): Text {
    const { paragraph, start, end } = single(this, 'insertText');
    if (!isInteger(offset) || offset < 0 || offset > end - start) throw fail(this, indexMessage(offset, end - start + 1));
    const clean = String(text);
    const before = paragraph.text.length;
    insertText(paragraph, start + offset, clean);
    const span = this[STATE].span;
    if (span) span.length += paragraph.text.length - before;
    return new Text(this[STATE].handle, paragraph, { paragraph, start: start + offset, length: paragraph.text.length - before });
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    const { paragraph, start } = single(this, 'deleteText');
    checkRange(this, startOffset, endOffsetInclusive);
    deleteText(paragraph, start + startOffset, start + endOffsetInclusive + 1);
    const span = this[STATE].span;
    if (span) span.length -= endOffsetInclusive - startOffset + 1;
    return this;
  }

  removeFromParent(): Text {
    const { paragraph, start, end } = single(this, 'removeFromParent');
    deleteText(paragraph, start, end);
    return this;
  }

  setBold(...args: unknown[]): Text { return styleRange(this, 'BOLD', args); }
  setItalic(...args: unknown[]): Text { return styleRange(this, 'ITALIC', args); }
  setUnderline(...args: unknown[]): Text { return styleRange(this, 'UNDERLINE', args); }
  setStrikethrough(...args: unknown[]): Text { return styleRange(this, 'STRIKETHROUGH', args); }
  setFontFamily(...args: unknown[]): Text { return styleRange(this, 'FONT_FAMILY', args); }
  setFontSize(...args: unknown[]): Text { return styleRange(this, 'FONT_SIZE', args); }
  setForegroundColor(...args: unknown[]): Text { return styleRange(this, 'FOREGROUND_COLOR', args); }
  setBackgroundColor(...args: unknown[]): Text { return styleRange(this, 'BACKGROUND_COLOR', args); }
  setLinkUrl(...args: unknown[]): Text { return styleRange(this, 'LINK_URL', args); }

  /** setAttributes(attributes) or setAttributes(start, endInclusive, attributes); only text attributes apply. */
  setAttributes(...args: unknown[]): Text {
    const attributes = args[args.length - 1];
    if (!isPlainObject(attributes)) throw signatureMismatch(this, 'DocumentApp.Text.setAttributes', args);
    const text = Object.fromEntries(Object.entries(attributes).filter(([k]) => TEXT_ATTRIBUTES.includes(k as AttributeName))) as Attrs;
    const [start, end] = args.length === 3 ? [args[0] as number, args[1] as number] : [0, this.getText().length - 1];
    applyStyle(this, start, end, text);
    return this;
  }

  isBold(offset?: number): boolean | null { return styleAt<boolean>(this, 'BOLD', offset); }
  isItalic(offset?: number): boolean | null { return styleAt<boolean>(this, 'ITALIC', offset); }
  isUnderline(offset?: number): boolean | null { return styleAt<boolean>(this, 'UNDERLINE', offset); }
  isStrikethrough(offset?: number): boolean | null { return styleAt<boolean>(this, 'STRIKETHROUGH', offset); }
  getFontFamily(offset?: number): string | null { return styleAt<string>(this, 'FONT_FAMILY', offset); }
  getFontSize(offset?: number): number | null { return styleAt<number>(this, 'FONT_SIZE', offset); }
  getForegroundColor(offset?: number): string | null { return styleAt<string>(this, 'FOREGROUND_COLOR', offset); }
  getBackgroundColor(offset?: number): string | null { return styleAt<string>(this, 'BACKGROUND_COLOR', offset); }
  getLinkUrl(offset?: number): string | null { return styleAt<string>(this, 'LINK_URL', offset); }

  getAttributes(offset?: number): Attrs {
    return Object.fromEntries(TEXT_ATTRIBUTES.map((key) => [key, styleAt(this, key, offset)])) as Attrs;
  }

  /** Offsets where a new run of formatting starts. */
  getTextAttributeIndices(): number[] {
    return segments(this).flatMap((s) =>
      textRuns(s.paragraph).filter((r) => r.start >= s.start && r.start < s.end).map((r) => r.start - s.start + s.offset),
    );
  }

  replaceText(searchPattern: string, replacement: string): Text {
    return replaceIn(this, this[STATE].span?.paragraph ?? this[STATE].scope, searchPattern, replacement);
  }

  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this, this[STATE].span?.paragraph ?? this[STATE].scope, searchPattern, from);
  }
}

export class RangeElement extends DocFake {
  readonly [STATE]: { readonly handle: DocHandle; readonly paragraph: ParagraphNode; readonly start: number; readonly end: number };

  constructor(handle: DocHandle, paragraph: ParagraphNode, start: number, endInclusive: number) {
    super(handle.runtime);
    this[STATE] = { handle, paragraph, start, end: endInclusive };
  }

  getElement(): Text { return new Text(this[STATE].handle, this[STATE].paragraph); }
  getStartOffset(): number { return this[STATE].start; }
  getEndOffsetInclusive(): number { return this[STATE].end; }
  isPartial(): boolean { return this[STATE].start > 0 || this[STATE].end < this[STATE].paragraph.text.length - 1; }
}

for (const [cls, label] of [
  [ElementBase, 'Element'], [ContainerBase, 'Container'], [SectionBase, 'Section'], [Body, 'Body'],
  [HeaderSection, 'HeaderSection'], [FooterSection, 'FooterSection'], [TableCell, 'TableCell'],
  [ParagraphBase, 'ParagraphBase'], [Paragraph, 'Paragraph'], [ListItem, 'ListItem'], [Table, 'Table'],
  [TableRow, 'TableRow'], [PageBreak, 'PageBreak'], [HorizontalRule, 'HorizontalRule'], [InlineImage, 'InlineImage'], [Text, 'Text'],
  [RangeElement, 'RangeElement'],
] as const) {
  instrument(cls, label);
}
// Methods the shared base classes provide but these Apps Script classes do not have.
withoutMethods(Body, ['removeFromParent']);

// ---------------------------------------------------------------------------------------------

function sibling(element: ElementBase<DocNode>, step: 1 | -1): ElementBase<DocNode> | null {
  const { handle, node } = element[STATE];
  const siblings = siblingsOf(node);
  const next = siblings?.[siblings.indexOf(node) + step];
  return next ? elementFor(handle, next) : null;
}

function cast<T>(element: ElementBase<DocNode>, kind: DocNode['kind']): T {
  if (element[STATE].node.kind !== kind) throw fail(element, `Cannot convert ${element.getType()} to ${TYPE_OF[kind]}.`);
  return element as unknown as T;
}

function attributesOf(node: DocNode): Attrs {
  const own = Object.fromEntries(Object.entries(node.attrs).map(([k, v]) => [k, v ?? null])) as Attrs;
  if (isInline(node)) return own;
  return { ...commonTextAttributes(leafParagraphs(node)), ...own };
}

function own<T = string>(element: ElementBase<DocNode>, key: AttributeName): T | null {
  return (element[STATE].node.attrs[key] as T | undefined) ?? null;
}

function setOwn<T extends ElementBase<DocNode>>(element: T, key: AttributeName, value: unknown): T {
  element[STATE].node.attrs[key] = value;
  return element;
}

function indexMessage(index: unknown, count: number): string {
  return `Index (${String(index)}) must be less than the number of child elements (${count}).`;
}

function childAt<T>(fake: Fake, children: readonly T[], index: unknown): T {
  if (!isInteger(index) || index < 0 || index >= children.length) throw fail(fake, indexMessage(index, children.length));
  return children[index];
}

function indexOfChild(fake: Fake, children: readonly DocNode[], child: unknown): number {
  const index = child instanceof ElementBase ? children.indexOf(child[STATE].node) : -1;
  if (index < 0) throw fail(fake, 'Element is not a child of this element.');
  return index;
}

/** Apps Script refuses to remove the last paragraph of a section or cell. */
function assertRemovable(fake: Fake, node: DocNode): void {
  const parent = node.parent;
  if (parent && 'children' in parent && parent.children.length === 1 && (node.kind === 'paragraph' || node.kind === 'listItem')) {
    throw fail(fake, "Can't remove the last paragraph in a document section.");
  }
}

/** Elements can only be inserted once: appending an attached element fails, as in Apps Script. */
function detachedNode(fake: Fake, element: ElementBase<DocNode>): DocNode {
  const node = element[STATE].node;
  if (node.parent) throw fail(fake, 'Element must be detached.');
  return node;
}

function blockArg(fake: ContainerBase, arg: BlockArg, kind: 'paragraph' | 'listItem', make: (text: string) => BlockNode): BlockNode {
  if (typeof arg === 'string') return make(arg);
  if (arg instanceof ElementBase && arg[STATE].node.kind === kind) return detachedNode(fake, arg) as BlockNode;
  throw signatureMismatch(fake, `DocumentApp.${fake.getType()}.${kind === 'paragraph' ? 'appendParagraph' : 'appendListItem'}`, [arg]);
}

function insertBlock(container: ContainerBase, index: unknown, node: BlockNode): BlockNode {
  const parent = container[STATE].node;
  if (!isInteger(index) || index < 0 || index > parent.children.length) throw fail(container, indexMessage(index, parent.children.length + 1));
  return insertChild(parent, index, node);
}

/** Body.appendPageBreak / appendHorizontalRule: a new paragraph holding just that element. */
function insertInlineParagraph<T extends ElementBase<InlineNode>>(
  container: ContainerBase, index: number, kind: InlineNode['kind'], Facade: new (handle: DocHandle, node: InlineNode) => T, image?: ImageData,
): T {
  const holder = insertBlock(container, index, newParagraph('paragraph', '')) as ParagraphNode;
  const inline = newInline(kind, holder, image);
  holder.inlines.push(inline);
  return new Facade(container[STATE].handle, inline);
}

function appendInline<T extends ElementBase<InlineNode>>(
  paragraph: ParagraphBase, kind: InlineNode['kind'], Facade: new (handle: DocHandle, node: InlineNode) => T, image?: ImageData,
): T {
  const node = paragraph[STATE].node;
  if (kind === 'pageBreak' && node.parent?.kind === 'cell') throw fail(paragraph, 'PageBreak cannot be inserted inside a table cell.');
  const inline = newInline(kind, node, image);
  node.inlines.push(inline);
  return new Facade(paragraph[STATE].handle, inline);
}

type ImageData = NonNullable<InlineNode['image']>;
/** What appendImage / appendInlineImage take: a blob (or anything with getBlob()), or an image to copy. */
type ImageArg = Blob | InlineImage | { getBlob(): Blob };

function newInline(kind: InlineNode['kind'], parent: ParagraphNode, image?: ImageData): InlineNode {
  return image ? { kind, parent, attrs: naturalSize(image), image } : { kind, parent, attrs: {} };
}

function imageOf(fake: Fake, image: unknown, method: string): ImageData {
  if (image instanceof InlineImage) return image[STATE].node.image!;
  const source = image as { getBlob?: unknown } | null;
  const blob = image instanceof Blob ? image : typeof source?.getBlob === 'function' ? (source.getBlob as () => unknown)() : undefined;
  if (!(blob instanceof Blob)) throw signatureMismatch(fake, `DocumentApp.${method}`, [image]);
  const { bytes, contentType } = blob[STATE];
  if (!contentType || !/^image\/(png|jpeg|gif|bmp)$/.test(contentType)) throw fail(fake, 'Invalid image data.');
  return { bytes: bytes.slice(), contentType };
}

/** Width and height from a PNG's header (pixels, shown as points as Docs does); other formats stay unset. */
function naturalSize(image: ImageData): Attrs {
  const b = image.bytes;
  if (image.contentType !== 'image/png' || b.length < 24) return {};
  const u32 = (at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  return { WIDTH: u32(16), HEIGHT: u32(20) };
}

function paragraphChildren(paragraph: ParagraphBase): (ElementBase<DocNode> | Text)[] {
  const { handle, node } = paragraph[STATE];
  const text = node.text.length > 0 ? [new Text(handle, node)] : [];
  return [...text, ...node.inlines.map((inline) => elementFor(handle, inline))];
}

function toRegExp(fake: Fake, pattern: unknown, flags: string): RegExp {
  if (typeof pattern !== 'string') throw signatureMismatch(fake, 'DocumentApp.Element.replaceText', [pattern]);
  return new RegExp(pattern, flags);
}

function replaceIn<T extends DocFake>(fake: T, scope: DocNode, searchPattern: string, replacement: string): T {
  const pattern = toRegExp(fake, searchPattern, 'g');
  for (const paragraph of leafParagraphs(scope)) replaceText(paragraph, pattern, String(replacement));
  return fake;
}

function findIn(fake: DocFake, scope: DocNode, searchPattern: string, from?: RangeElement): RangeElement | null {
  const pattern = toRegExp(fake, searchPattern, 'g');
  const paragraphs = leafParagraphs(scope);
  let index = 0;
  let after = 0;
  if (from) {
    if (!(from instanceof RangeElement)) throw signatureMismatch(fake, 'DocumentApp.Element.findText', [searchPattern, from]);
    index = Math.max(paragraphs.indexOf(from[STATE].paragraph), 0);
    after = from[STATE].end + 1;
  }
  for (; index < paragraphs.length; index++, after = 0) {
    pattern.lastIndex = after;
    const match = pattern.exec(paragraphs[index].text);
    if (match && match[0].length > 0) {
      return new RangeElement(fake[STATE].handle, paragraphs[index], match.index, match.index + match[0].length - 1);
    }
  }
  return null;
}

function segments(text: Text): Segment[] {
  const { scope, span } = text[STATE];
  if (span) return [{ paragraph: span.paragraph, start: span.start, end: span.start + span.length, offset: 0 }];
  let offset = 0;
  return leafParagraphs(scope).map((paragraph) => {
    const segment = { paragraph, start: 0, end: paragraph.text.length, offset };
    offset += paragraph.text.length + 1;
    return segment;
  });
}

/** Editing (not styling) needs a Text inside one paragraph. */
function single(text: Text, method: string): Segment {
  const all = segments(text);
  if (all.length !== 1) throw new Error(`Fake limitation: Text.${method} on text spanning ${all.length} paragraphs is not supported.`);
  return all[0];
}

function checkRange(text: Text, start: unknown, endInclusive: unknown): void {
  const length = text.getText().length;
  if (!isInteger(start) || !isInteger(endInclusive) || start < 0 || endInclusive >= length || start > endInclusive) {
    throw fail(text, `Invalid text range (${String(start)}, ${String(endInclusive)}) for a text of length ${length}.`);
  }
}

function applyStyle(text: Text, start: number, endInclusive: number, attrs: Attrs): void {
  const all = segments(text);
  if (all.every((s) => s.end === s.start)) {
    for (const s of all) styleText(s.paragraph, s.start, s.end, attrs);
    return;
  }
  checkRange(text, start, endInclusive);
  for (const s of all) {
    const from = Math.max(start, s.offset) - s.offset + s.start;
    const to = Math.min(endInclusive + 1, s.offset + (s.end - s.start)) - s.offset + s.start;
    if (to > from) styleText(s.paragraph, from, to, attrs);
  }
}

/** setX(value) or setX(startOffset, endOffsetInclusive, value). */
function styleRange(text: Text, key: AttributeName, args: unknown[]): Text {
  if (args.length !== 1 && args.length !== 3) throw signatureMismatch(text, `DocumentApp.Text.set${key}`, args);
  const value = args[args.length - 1];
  const [start, end] = args.length === 3 ? [args[0] as number, args[1] as number] : [0, text.getText().length - 1];
  applyStyle(text, start, end, { [key]: value });
  return text;
}

/** The attribute at `offset`, or (without offset) the value shared by the whole text, else null. */
function styleAt<T>(text: Text, key: AttributeName, offset?: number): T | null {
  const all = segments(text);
  if (offset === undefined) {
    const styles = all.flatMap((s) => (s.end > s.start ? s.paragraph.styles.slice(s.start, s.end) : [s.paragraph.baseStyle]));
    const first = styles[0]?.[key] ?? null;
    return (styles.every((st) => (st[key] ?? null) === first) ? first : null) as T | null;
  }
  const segment = all.find((s) => offset >= s.offset && offset < s.offset + (s.end - s.start));
  if (!segment) throw fail(text, `Invalid offset (${offset}) for a text of length ${text.getText().length}.`);
  return (segment.paragraph.styles[offset - segment.offset + segment.start][key] ?? null) as T | null;
}
