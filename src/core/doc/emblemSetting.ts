import { cleanText } from '../thai/text';
import { a1 } from '../workbook/a1';
import { SETTING_FIELDS, SHEET } from '../workbook/layout';
import type { EmblemStatus } from '../api';
import type { PngImage } from '../image/pngImage';
import { isStoredEmblemMarker, readStoredEmblem } from '../workbook/emblemTab';
import type { SnapshotSource } from '../workbook/scaffold';
import { SETTINGS_VALUE_COL, readSettings, type SettingsRead } from '../workbook/settings';

/**
 * ข้อมูลหน่วยงาน → ตราหน่วยงาน: where the organisation's emblem is (a row that is not part of the
 * plan model, read from SettingsRead.raw): blank, a path the command line reads, or the marker of
 * an emblem uploaded into the spreadsheet (workbook/emblemTab), which both the add-on and the
 * command line read; the add-on cannot reach a person's Drive file under drive.file (see README).
 */
export interface EmblemSetting {
  /** As typed: a path to a .png (relative to the workbook's folder or absolute), or the stored marker. */
  readonly value: string;
  /** "ข้อมูลหน่วยงาน!B22", for messages. */
  readonly cell: string;
}

export const EMBLEM_LABEL = SETTING_FIELDS.find((f) => f.key === 'emblem')!.label;

/** The emblem setting when its cell holds something; undefined: blank or no row (the built-in Garuda). */
export function emblemSettingOf(read: SettingsRead | undefined): EmblemSetting | undefined {
  const value = cleanText(read?.raw.emblem);
  const row = read?.rows.emblem;
  return value === '' || row === undefined ? undefined : { value, cell: `${SHEET.settings}!${a1(row, SETTINGS_VALUE_COL)}` };
}

/**
 * Why a value cannot name a PNG the tool can read, whatever the file holds: a web link (the
 * command line reads files on the machine) or a name with another format's extension. Undefined
 * when only reading the file can tell.
 */
export function emblemValueProblem(value: string): string | undefined {
  if (/^https?:\/\//i.test(value)) return 'เป็นลิงก์เว็บ โปรแกรมอ่านตราได้เฉพาะไฟล์ .png ในเครื่อง';
  const ext = /\.([a-z0-9]{1,5})$/i.exec(value.split(/[\\/]/).pop() ?? '')?.[1].toLowerCase();
  return ext !== undefined && ext !== 'png' ? `เป็นไฟล์ .${ext} ไม่ใช่ภาพ PNG (.png)` : undefined;
}

export const EMBLEM_FIX = 'ใส่ที่อยู่ไฟล์ภาพ .png ของตราหน่วยงาน (เทียบกับโฟลเดอร์ของสมุดงาน หรือที่อยู่เต็ม) หรือลบออกให้ว่างเพื่อใช้ตราครุฑในตัว';

/** Why documents were not made with the emblem the cell names: the cell, the value, the reason and the fix. */
export function emblemRefusal(setting: EmblemSetting, reason: string, resolvedPath?: string): string {
  const where = resolvedPath && resolvedPath !== setting.value ? ` (${resolvedPath})` : '';
  return [
    `${EMBLEM_LABEL} ใน ${setting.cell} ใช้ไม่ได้: “${setting.value}”${where} ${reason}`,
    `วิธีแก้: ${EMBLEM_FIX}`,
    'ยังไม่ได้สร้างเอกสาร: ไม่ใช้ตราอื่นแทนตราที่ระบุ',
  ].join('\n');
}

/**
 * Which emblem the documents carry, by one rule both the add-on and the command line follow: the
 * settings cell decides. Blank: the built-in Garuda. The stored marker ("ตรา.png (เก็บในสเปรดชีต)",
 * written by the sidebar's upload): the PNG kept in the hidden tab, or unusable when it is missing
 * or damaged. Anything else: a file path, for the command line to read.
 */
export type EmblemChoice =
  | { readonly kind: 'builtIn' }
  | { readonly kind: 'stored'; readonly setting: EmblemSetting; readonly image: PngImage }
  | { readonly kind: 'file'; readonly setting: EmblemSetting }
  | { readonly kind: 'unusable'; readonly setting: EmblemSetting; readonly reason: string };

export function emblemChoice(source: SnapshotSource): EmblemChoice {
  const snap = source(SHEET.settings);
  const setting = emblemSettingOf(snap && readSettings(snap));
  if (!setting) return { kind: 'builtIn' };
  if (!isStoredEmblemMarker(setting.value)) return { kind: 'file', setting };
  const stored = readStoredEmblem(source(SHEET.emblem));
  if (!stored) return { kind: 'unusable', setting, reason: `แต่ไม่มีตราเก็บไว้ (ไม่พบแผ่นงาน “${SHEET.emblem}” หรือแผ่นงานว่าง) อัปโหลดตราใหม่ที่แผงควบคุม Sujarit` };
  return 'error' in stored ? { kind: 'unusable', setting, reason: stored.error } : { kind: 'stored', setting, image: stored.image };
}

/**
 * The add-on's emblem: the stored one, else the built-in Garuda with a word saying why when the
 * cell asks for another (a file it cannot open under drive.file, or a stored emblem that is gone).
 */
export function addOnEmblem(source: SnapshotSource): { readonly image?: PngImage; readonly notice: string[] } {
  const choice = emblemChoice(source);
  if (choice.kind === 'builtIn') return { notice: [] };
  return choice.kind === 'stored' ? { image: choice.image, notice: [] } : { notice: [builtInInstead(choice)] };
}

/** Why the add-on's documents carry the built-in Garuda although the cell asks for another emblem. */
function builtInInstead(choice: Extract<EmblemChoice, { kind: 'file' | 'unusable' }>): string {
  const { cell, value } = choice.setting;
  return choice.kind === 'file'
    ? `${EMBLEM_LABEL} (${cell}) ระบุไฟล์ “${value}” ซึ่งใช้ได้กับโปรแกรมบรรทัดคำสั่งเท่านั้น เอกสารใน Google เอกสารจึงใช้ตราครุฑในตัว หากต้องการตราของหน่วยงาน ให้อัปโหลดไฟล์ PNG ที่แผงควบคุม Sujarit → ตราหน่วยงาน`
    : `${EMBLEM_LABEL} (${cell}) “${value}” ${choice.reason} เอกสารใน Google เอกสารจึงใช้ตราครุฑในตัว`;
}

/** The sidebar's line on the emblem in use. */
export function emblemStatus(source: SnapshotSource): EmblemStatus {
  const choice = emblemChoice(source);
  if (choice.kind === 'builtIn') return { stored: false, text: 'ตราครุฑในตัว (ค่าเริ่มต้น)' };
  return choice.kind === 'stored' ? { stored: true, text: choice.setting.value } : { stored: false, text: builtInInstead(choice) };
}
