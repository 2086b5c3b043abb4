import { cleanText } from '../thai/text';
import { a1 } from '../workbook/a1';
import { SETTING_FIELDS, SHEET } from '../workbook/layout';
import { SETTINGS_VALUE_COL, type SettingsRead } from '../workbook/settings';

/**
 * ข้อมูลหน่วยงาน → ตราหน่วยงาน: where the organisation's emblem is (a row that is not part of the
 * plan model, read from SettingsRead.raw). The command line reads the PNG it names; the add-on
 * cannot reach a person's Drive file under drive.file (see README) and keeps the built-in Garuda.
 */
export interface EmblemSetting {
  /** As typed: a path to a .png, relative to the workbook's folder or absolute. */
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

/** The add-on's word on a set emblem: its documents carry the built-in Garuda (said, never silent). */
export function addOnEmblemNotice(read: SettingsRead | undefined): string[] {
  const setting = emblemSettingOf(read);
  return setting
    ? [`${EMBLEM_LABEL} (${setting.cell}) ใช้กับเอกสารที่สร้างด้วยโปรแกรมบรรทัดคำสั่งเท่านั้น เอกสารใน Google เอกสารยังใช้ตราครุฑในตัว (ส่วนเสริมเปิดไฟล์ภาพใน Drive ของท่านไม่ได้ด้วยสิทธิ์ที่ขอไว้)`]
    : [];
}
