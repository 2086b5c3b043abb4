import type { Align, PageSetup } from '../../core/doc/tree';
import { DOC_FONT } from '../../core/doc/tree';

/**
 * DocumentApp attribute sets for the official Thai style. Attribute keys are the enum names
 * (DocumentApp.Attribute.X prints as "X"); values that are enums are looked up at call time.
 */
export type Attributes = Record<string, unknown>;

const PT_PER_CM = 72 / 2.54;
export const cm = (value: number): number => Math.round(value * PT_PER_CM * 100) / 100;

/** One indent step of the tree (nested fields, list levels): 1.25 cm; Thai first-line indent: 2.5 cm. */
export const INDENT_STEP = cm(1.25);
export const FIRST_LINE = cm(2.5);
/** Room for a list item's marker ("๑)") before its hanging text. */
export const LIST_HANG = cm(0.75);

const A4 = { width: cm(21), height: cm(29.7) };

export function pageAttributes(page: PageSetup): Attributes {
  const landscape = page.orientation === 'landscape';
  return {
    PAGE_WIDTH: landscape ? A4.height : A4.width,
    PAGE_HEIGHT: landscape ? A4.width : A4.height,
    MARGIN_TOP: cm(page.margins.top),
    MARGIN_BOTTOM: cm(page.margins.bottom),
    MARGIN_LEFT: cm(page.margins.left),
    MARGIN_RIGHT: cm(page.margins.right),
  };
}

/** Text width of a page in points: tables are scaled to it. */
export function textWidth(page: PageSetup): number {
  const attrs = pageAttributes(page);
  return (attrs.PAGE_WIDTH as number) - (attrs.MARGIN_LEFT as number) - (attrs.MARGIN_RIGHT as number);
}

export function fontAttributes(size: number = DOC_FONT.size): Attributes {
  return { FONT_FAMILY: DOC_FONT.docs, FONT_SIZE: size };
}

/** Single spacing and no gaps between paragraphs, as official letters are typed. */
export const SPACING: Attributes = { LINE_SPACING: 1, SPACING_BEFORE: 0, SPACING_AFTER: 0 };

export function alignment(align: Align | undefined): unknown {
  const enumOf = DocumentApp.HorizontalAlignment;
  switch (align) {
    case 'center': return enumOf.CENTER;
    case 'right': return enumOf.RIGHT;
    case 'justify': return enumOf.JUSTIFY;
    default: return enumOf.LEFT;
  }
}

export function headingEnum(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const h = DocumentApp.ParagraphHeading;
  return level === 1 ? h.HEADING1 : level === 2 ? h.HEADING2 : h.HEADING3;
}
