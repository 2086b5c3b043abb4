import type { JobResult } from '../core/api';
import { EMBLEM_LABEL } from '../core/doc/emblemSetting';
import { decodeBase64 } from '../core/image/base64';
import { emblemWrites, storedEmblemMarker } from '../core/workbook/emblemTab';
import { SHEET } from '../core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../core/workbook/settings';
import { withDocumentLock } from './lock';
import { applyWrites, readSnapshot } from './sheetsIO';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const fail = (message: string): JobResult => ({ ok: false, message, details: [] });

/**
 * ตราหน่วยงาน uploaded from the sidebar: kept in the spreadsheet (a hidden tab, one setValues),
 * the only place the add-on can read a person's picture under its scopes, and one that travels
 * with copies of the file. The settings cell then shows the stored marker, which is what makes
 * documents (the add-on's and the command line's) use it.
 */
export function storeEmblem(base64: string, fileName: string): JobResult {
  return withDocumentLock('เปลี่ยนตราหน่วยงาน', () => {
    const bytes = decodeBase64(String(base64));
    if (!bytes) return fail('อ่านไฟล์ที่เลือกไม่ได้ กรุณาเลือกไฟล์ใหม่แล้วอัปโหลดอีกครั้ง');
    const planned = emblemWrites(String(fileName), bytes);
    if ('error' in planned) return fail(`ใช้ “${fileName}” เป็นตราหน่วยงานไม่ได้: ${planned.error}`);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const cell = emblemCell(ss);
    if (!cell) return noSettingRow();
    const existing = ss.getSheetByName(SHEET.emblem);
    const sheet = existing ?? ss.insertSheet(SHEET.emblem, ss.getNumSheets());
    // A re-upload replaces the picture whole: rows a larger earlier one used would only confuse a reader.
    if (existing) sheet.clearContents();
    applyWrites(sheet, planned.writes);
    sheet.hideSheet();
    cell.setValue(storedEmblemMarker(planned.fileName));
    return { ok: true, message: `ตั้งตราหน่วยงานเป็น “${planned.fileName}” แล้ว (เก็บไว้ในสเปรดชีตนี้) เอกสารที่สร้างต่อจากนี้ใช้ตรานี้`, details: [] };
  });
}

/** ใช้ตราครุฑ: the stored picture and the setting go; documents made next carry the built-in Garuda. */
export function clearEmblem(): JobResult {
  return withDocumentLock('เปลี่ยนตราหน่วยงาน', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const cell = emblemCell(ss);
    if (!cell) return noSettingRow();
    const tab = ss.getSheetByName(SHEET.emblem);
    if (tab) ss.deleteSheet(tab);
    cell.setValue('');
    return { ok: true, message: 'กลับไปใช้ตราครุฑในตัวแล้ว เอกสารที่สร้างต่อจากนี้ใช้ตราครุฑ', details: [] };
  });
}

/** The value cell of ข้อมูลหน่วยงาน → ตราหน่วยงาน, when the tab has that row. */
function emblemCell(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Range | undefined {
  const settings = ss.getSheetByName(SHEET.settings);
  const row = settings ? locateSettingRows(readSnapshot(settings)).emblem : undefined;
  return settings && row !== undefined ? settings.getRange(row, SETTINGS_VALUE_COL) : undefined;
}

const noSettingRow = () => fail(`ไม่พบแถว “${EMBLEM_LABEL}” ในแผ่นงาน “${SHEET.settings}” กรุณากด “ปรับโครงแผน” ในแผงควบคุมก่อน แล้วลองใหม่`);
