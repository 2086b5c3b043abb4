import { hashText } from '../../core/hash';

/**
 * Sujarit's own files in Drive, through the Drive advanced service (v3) under the narrow
 * `drive.file` scope: the add-on sees only what it created (or what the person picked), so it
 * finds its files by the appProperties it stamps on them, never by name. A tag says what a file
 * is for: the spreadsheet it belongs to, a kind and a key unique in that spreadsheet (e.g.
 * kind "measure", key the measure's hash). A run cut after creating a file finds it again by its
 * tag, so re-running never makes a duplicate.
 */

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  pdf: 'application/pdf',
} as const;

export interface FileTag {
  readonly kind: string;
  readonly key: string;
}

export interface AppFile {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly kind: string;
  readonly key: string;
  /** The job that last wrote it (measure documents): tells a resumed job what it already did. */
  readonly run: string;
}

const PROP = { sheet: 'sujaritSheet', kind: 'sujaritKind', key: 'sujaritKey', run: 'sujaritRun' } as const;
const FIELDS = 'id,name,webViewLink,appProperties';
/** Drive allows 124 bytes per appProperty (key + value, UTF-8); longer keys are hashed. */
const MAX_VALUE_BYTES = 100;
const PAGE = 1000;

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('ยังไม่ได้เปิดบริการ Drive (ขั้นสูง) ของ Apps Script: ผู้ติดตั้งต้องเพิ่ม Drive API v3 ใน appsscript.json (enabledAdvancedServices)');
  }
  return Drive;
}

/** The value stored for a key: as is when short and plain, else a hash (the same key always maps to the same value). */
export function tagValue(value: string): string {
  const plain = /^[\x20-\x7e]*$/.test(value) && !/['\\]/.test(value);
  return plain && value.length <= MAX_VALUE_BYTES ? value : `h:${hashText(value)}:${hashText(`${value}|${value.length}`)}`;
}

function tagProperties(sheetId: string, tag: FileTag, run?: string): Record<string, string> {
  return { [PROP.sheet]: sheetId, [PROP.kind]: tagValue(tag.kind), [PROP.key]: tagValue(tag.key), ...(run ? { [PROP.run]: run } : {}) };
}

function has(key: string, value: string): string {
  return `appProperties has { key='${key}' and value='${value}' }`;
}

function toAppFile(file: DriveFile): AppFile {
  const props = (file.appProperties ?? {}) as Record<string, string>;
  const id = String(file.id);
  return {
    id, name: String(file.name ?? ''), url: String(file.webViewLink ?? fileUrl(id)),
    kind: props[PROP.kind] ?? '', key: props[PROP.key] ?? '', run: props[PROP.run] ?? '',
  };
}

function fileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

function list(q: string, pageSize: number): AppFile[] {
  const files: AppFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive().Files.list({ q, pageSize, fields: `nextPageToken,files(${FIELDS})`, ...(pageToken ? { pageToken } : {}) });
    for (const f of page.files ?? []) files.push(toAppFile(f));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken && pageSize === PAGE);
  return files;
}

/** Our live file with this tag in this spreadsheet, if any (the first, should a cut have left two). */
export function findTagged(sheetId: string, tag: FileTag): AppFile | undefined {
  return list(`${has(PROP.sheet, sheetId)} and ${has(PROP.key, tagValue(tag.key))} and trashed = false`, 10)
    .find((f) => f.kind === tagValue(tag.kind));
}

/** Every live file of a kind in this spreadsheet (one call per thousand). */
export function listKind(sheetId: string, kind: string): AppFile[] {
  return list(`${has(PROP.sheet, sheetId)} and ${has(PROP.kind, tagValue(kind))} and trashed = false`, PAGE);
}

/** The file by id when it is ours (created by the add-on), still there and not in the trash. */
export function liveFile(id: string): AppFile | undefined {
  try {
    const file = drive().Files.get(id, { fields: `${FIELDS},trashed` });
    return file.trashed ? undefined : toAppFile(file);
  } catch (e) {
    // Deleted, or never ours: under drive.file Drive answers "File not found".
    return undefined;
  }
}

export interface NewFile {
  readonly name: string;
  readonly mimeType: string;
  readonly parentId?: string;
  readonly sheetId: string;
  readonly tag: FileTag;
  readonly run?: string;
}

export function createFile(file: NewFile, content?: GoogleAppsScript.Base.Blob): AppFile {
  const appProperties = tagProperties(file.sheetId, file.tag, file.run);
  const resource: DriveFile = { name: file.name, mimeType: file.mimeType, appProperties, ...(file.parentId ? { parents: [file.parentId] } : {}) };
  // Without `fields` Drive answers id, name and mimeType: enough, the rest is ours.
  const made = content ? drive().Files.create(resource, content) : drive().Files.create(resource);
  return toAppFile({ ...made, appProperties });
}

/** Renames and/or re-tags a file; `content` replaces a binary file's bytes in place (same id and link). */
export function updateFile(id: string, change: { name?: string; sheetId?: string; tag?: FileTag; run?: string }, content?: GoogleAppsScript.Base.Blob): AppFile {
  const appProperties = change.tag && change.sheetId ? tagProperties(change.sheetId, change.tag, change.run) : undefined;
  const resource: DriveFile = { ...(change.name !== undefined ? { name: change.name } : {}), ...(appProperties ? { appProperties } : {}) };
  const updated = content ? drive().Files.update(resource, id, content) : drive().Files.update(resource, id);
  return toAppFile({ ...updated, ...(appProperties ? { appProperties } : {}) });
}
