import type { ColumnSpec } from '../workbook/layout';
import type { ValidationRule } from '../workbook/sheetPlan';

/**
 * The ประกาศนโยบาย tab as data: the announcement typed top to bottom as an outline, one row per
 * item, its kind chosen from a dropdown. Rows belong to the ด้าน (and นโยบาย) above them, so an
 * officer transcribes last year's announcement in reading order. No row carries a number: the
 * program numbers areas (n), policies (n.m) and their parts (n.m.k) when it writes the document.
 */

export type AnnouncementKey = 'kind' | 'text' | 'indicator' | 'budget' | 'duration' | 'unit' | 'planLink';

export const ANNOUNCEMENT_COLUMNS: readonly ColumnSpec<AnnouncementKey>[] = [
  { key: 'kind', header: 'ประเภทข้อ', aliases: ['ประเภท', 'ระดับ'], kind: 'text', width: 150, required: true },
  { key: 'text', header: 'ข้อความ', aliases: ['รายการ', 'ชื่อ/ข้อความ'], kind: 'longtext', width: 420, required: true },
  { key: 'indicator', header: 'ตัวชี้วัด (โครงการ)', aliases: ['ตัวชี้วัด'], kind: 'longtext', width: 220 },
  // Kind 'number', not 'budget': locateColumns matches 'budget' columns by the year in their header.
  { key: 'budget', header: 'งบประมาณ (บาท)', aliases: ['งบประมาณ'], kind: 'number', width: 110 },
  { key: 'duration', header: 'ระยะเวลาดำเนินการ', aliases: ['ระยะเวลา'], kind: 'text', width: 130 },
  { key: 'unit', header: 'หน่วยงานรับผิดชอบ', aliases: ['ผู้รับผิดชอบ'], kind: 'text', width: 160 },
  { key: 'planLink', header: 'มาตรการในแผน (รหัส/ชื่อ)', aliases: ['มาตรการในแผน', 'โครงการในแผน'], kind: 'code', width: 200 },
];

/** Every column is the officer's input (no formula column): a row counts when any holds text. */
export const ANNOUNCEMENT_INPUT_KEYS: readonly AnnouncementKey[] = ANNOUNCEMENT_COLUMNS.map((c) => c.key);

export type ItemKind =
  | 'subject' | 'preamble' | 'area' | 'practice' | 'policy' | 'mainPolicy' | 'measure' | 'project' | 'closing' | 'date';

/** What the ประเภทข้อ dropdown offers, in the order items appear in a ประกาศ. */
export const ITEM_KIND_LABEL: Readonly<Record<ItemKind, string>> = {
  subject: 'เรื่อง',
  preamble: 'คำปรารภ',
  area: 'ด้าน',
  practice: 'แนวปฏิบัติของด้าน',
  policy: 'นโยบาย',
  mainPolicy: 'นโยบายหลัก',
  measure: 'มาตรการ/แนวทาง',
  project: 'แผนงาน/โครงการ/กิจกรรม',
  closing: 'ข้อความท้ายประกาศ',
  date: 'วันที่ประกาศ',
};

/** Other words people use for the same kinds. */
export const ITEM_KIND_ALIASES: Readonly<Partial<Record<ItemKind, readonly string[]>>> = {
  preamble: ['อารัมภบท', 'บทนำ'],
  practice: ['แนวปฏิบัติ'],
  measure: ['มาตรการ', 'แนวทาง'],
  project: ['แผนงาน', 'โครงการ', 'กิจกรรม', 'โครงการ/กิจกรรม'],
  closing: ['ท้ายประกาศ'],
  date: ['วันที่', 'ประกาศ ณ วันที่'],
};

/** Kinds a ประกาศ has at most once. */
export const SINGLE_KINDS: readonly ItemKind[] = ['subject', 'preamble', 'closing', 'date'];

/** Used when no เรื่อง row is typed (seed 004's subject). */
export const DEFAULT_SUBJECT = 'นโยบายเพื่อพัฒนาหน่วยงานให้มีคุณธรรมและความโปร่งใสในการบริหารงาน';
export const DEFAULT_CLOSING = 'จึงประกาศให้ทราบโดยทั่วกัน';

export const ANNOUNCEMENT_TAB_TITLE = 'ประกาศนโยบายเพื่อพัฒนาหน่วยงานให้มีคุณธรรมและความโปร่งใส (พิมพ์ตามลำดับในประกาศ ระบบใส่เลขข้อให้เอง)';
export const ANNOUNCEMENT_TAB_COLOR = '#6d4c41';
export const ANNOUNCEMENT_FROZEN_COLUMNS = 2;

export const ANNOUNCEMENT_FORMATS: Partial<Record<AnnouncementKey, string>> = { budget: '#,##0.##', planLink: '@' };

export const ANNOUNCEMENT_RULES: Partial<Record<AnnouncementKey, ValidationRule>> = {
  kind: { kind: 'list', values: Object.values(ITEM_KIND_LABEL), allowInvalid: true, help: 'เลือกประเภทของข้อ (ด้าน / นโยบาย / นโยบายหลัก / มาตรการ/แนวทาง / โครงการ …)' },
  budget: { kind: 'number', min: 0, allowInvalid: true, help: 'จำนวนเงินบาท (ว่างหรือ - = ไม่ใช้งบประมาณ)' },
};
