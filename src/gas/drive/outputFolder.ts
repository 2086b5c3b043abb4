import { DEFAULT_SETTINGS } from '../../core/workbook/settings';

type Folder = GoogleAppsScript.Drive.Folder;

/** Remembers which folder the setting resolved to, so a name is searched for once. */
const CACHE_KEY = 'sujarit.outputFolder';

/** A folder id or a Drive folder link in the setting; anything else is a folder name. */
export function folderIdOf(setting: string): string {
  const link = /\/folders\/([A-Za-z0-9_-]{20,})/.exec(setting);
  if (link) return link[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(setting.trim()) ? setting.trim() : '';
}

/**
 * The output folder named by the settings (ข้อมูลหน่วยงาน → โฟลเดอร์เก็บเอกสาร): by id or link,
 * else by name in My Drive, created there when missing. Throws a Thai message when an id
 * cannot be opened (the add-on sees only folders it made or that were opened with it).
 */
export function outputFolder(setting: string): Folder {
  const wanted = setting.trim() || DEFAULT_SETTINGS.outputFolder;
  const props = PropertiesService.getDocumentProperties();
  const cached = readCache(props.getProperty(CACHE_KEY));
  if (cached?.setting === wanted) {
    const folder = liveFolder(cached.id);
    if (folder) return folder;
  }
  const folder = resolve(wanted);
  props.setProperty(CACHE_KEY, JSON.stringify({ setting: wanted, id: folder.getId() }));
  return folder;
}

function resolve(wanted: string): Folder {
  const id = folderIdOf(wanted);
  if (id) {
    const folder = liveFolder(id);
    if (!folder) throw new Error(`เปิดโฟลเดอร์ "${wanted}" ไม่ได้ (ไม่มีสิทธิ์หรือถูกลบแล้ว) กรุณาใส่ชื่อโฟลเดอร์แทนในแผ่นงานข้อมูลหน่วยงาน ระบบจะสร้างให้`);
    return folder;
  }
  const found = DriveApp.getFoldersByName(wanted);
  while (found.hasNext()) {
    const folder = found.next();
    if (!folder.isTrashed()) return folder;
  }
  return DriveApp.createFolder(wanted);
}

function liveFolder(id: string): Folder | undefined {
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? undefined : folder;
  } catch (e) {
    return undefined;
  }
}

function readCache(value: string | null): { setting: string; id: string } | undefined {
  try {
    const parsed = value ? JSON.parse(value) : undefined;
    return typeof parsed?.setting === 'string' && typeof parsed?.id === 'string' ? parsed : undefined;
  } catch (e) {
    return undefined;
  }
}
