import type { ColumnSpec } from '../workbook/layout';

/**
 * The บทนำ tab: ส่วนที่ ๑'s sections as editable text, one row per section (หัวข้อ, ข้อความ), in
 * the order the plan prints them. Scaffold fills a new tab with the model text naming the
 * organisation; whatever the officer types instead is what the plan prints. Lines starting with a
 * list marker ("1)", "-") print as numbered items, other lines as paragraphs.
 */
export type IntroKey = 'title' | 'text';

export const INTRO_COLUMNS: readonly ColumnSpec<IntroKey>[] = [
  { key: 'title', header: 'หัวข้อ', aliases: ['หัวข้อในส่วนที่ 1'], kind: 'text', width: 220, required: true },
  { key: 'text', header: 'ข้อความ', aliases: ['เนื้อหา'], kind: 'longtext', width: 760, required: true },
];

export const INTRO_INPUT_KEYS: readonly IntroKey[] = ['title', 'text'];

export const INTRO_TAB_TITLE = 'ส่วนที่ ๑ บทนำ (แก้ข้อความได้ตามต้องการ บรรทัดที่ขึ้นต้นด้วย 1) หรือ - พิมพ์เป็นข้อ)';
export const INTRO_TAB_COLOR = '#455a64';

/** The sections the preface promises (seed 000's wording), in order. */
export const INTRO_SECTIONS = ['หลักการและเหตุผล', 'วัตถุประสงค์ของการจัดทำแผน', 'เป้าหมาย', 'ประโยชน์ของการจัดทำแผน'] as const;
