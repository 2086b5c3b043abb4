import { SHEET } from '../../core/workbook/layout';
import { DEFAULT_SETTINGS, SETTINGS_HELP_COL, locateSettingRows } from '../../core/workbook/settings';
import type { SnapshotSource } from '../../core/workbook/scaffold';
import { MIME, createFile, findTagged, liveFile, updateFile, type AppFile } from './appFiles';

/**
 * The output folder: one per spreadsheet, made by the add-on in the person's My Drive and found
 * again by its tag. Under `drive.file` the add-on cannot open a folder it did not make, so the
 * setting (ข้อมูลหน่วยงาน → โฟลเดอร์เก็บเอกสาร) names the folder; the person may move it anywhere
 * in Drive afterwards and the add-on still finds it. A folder id or link typed there cannot be
 * reached: the add-on says so and makes its own.
 */

export interface OutputFolder {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** Thai, for the job's message: something the person should know (e.g. a typed link not usable). */
  readonly note: string;
}

const FOLDER_TAG = { kind: 'folder', key: 'output' } as const;
/** Which folder, and the setting it was named from (a changed setting renames it). */
const CACHE_KEY = 'sujarit.outputFolder';

/** A folder id or a Drive folder link in the setting; anything else is a folder name. */
export function folderIdOf(setting: string): string {
  const link = /\/folders\/([A-Za-z0-9_-]{20,})/.exec(setting);
  if (link) return link[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(setting.trim()) ? setting.trim() : '';
}

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** `read` is the run's snapshot source, so the settings tab is not read a second time. */
export function outputFolder(setting: string, read: SnapshotSource): OutputFolder {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheetId = ss.getId();
  const typed = setting.trim();
  const unreachable = folderIdOf(typed) !== '';
  const name = unreachable || typed === '' ? DEFAULT_SETTINGS.outputFolder : typed;
  const note = unreachable
    ? `ระบบเปิดโฟลเดอร์ที่ระบุในแผ่นงาน${SHEET.settings} ("${typed}") ไม่ได้ เพราะ Sujarit เข้าถึงได้เฉพาะไฟล์ที่สร้างเอง จึงเก็บเอกสารในโฟลเดอร์ "${name}" ที่ระบบสร้าง (ย้ายโฟลเดอร์นี้ไปไว้ที่ใดใน Drive ก็ได้) หรือพิมพ์ชื่อโฟลเดอร์แทนรหัส`
    : '';
  const props = PropertiesService.getDocumentProperties();
  const cached = readCache(props.getProperty(CACHE_KEY));
  let folder: AppFile | undefined = (cached && liveFile(cached.id)) || findTagged(sheetId, FOLDER_TAG);
  if (folder && folder.name !== name && cached?.name !== name) folder = updateFile(folder.id, { name });
  const made = !folder;
  if (!folder) folder = createFile({ name, mimeType: MIME.folder, sheetId, tag: FOLDER_TAG });
  const result: OutputFolder = { id: folder.id, name: made || !folder.name ? name : folder.name, url: folderUrl(folder.id), note };
  if (!cached || cached.id !== result.id || cached.name !== name) {
    props.setProperty(CACHE_KEY, JSON.stringify({ id: result.id, name }));
    showFolderLink(ss, read, result);
  }
  return result;
}

/** The folder last used, for the sidebar (no Drive call): undefined before the first document. */
export function knownOutputFolder(): { name: string; url: string } | undefined {
  const cached = readCache(PropertiesService.getDocumentProperties().getProperty(CACHE_KEY));
  return cached ? { name: cached.name, url: folderUrl(cached.id) } : undefined;
}

/** Puts the folder's link in the help cell beside the setting: the person's own value is never touched. */
function showFolderLink(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, read: SnapshotSource, folder: OutputFolder): void {
  const snap = read(SHEET.settings);
  const row = snap && locateSettingRows(snap).outputFolder;
  const sheet = row ? ss.getSheetByName(SHEET.settings) : null;
  if (!row || !sheet) return;
  const text = `เปิดโฟลเดอร์เอกสาร: ${folder.name}`;
  sheet.getRange(row, SETTINGS_HELP_COL).setRichTextValue(SpreadsheetApp.newRichTextValue().setText(text).setLinkUrl(folder.url).build());
}

function readCache(value: string | null): { id: string; name: string } | undefined {
  try {
    const parsed = value ? JSON.parse(value) : undefined;
    return typeof parsed?.id === 'string' && typeof parsed?.name === 'string' ? parsed : undefined;
  } catch (e) {
    return undefined;
  }
}
