/** DriveApp, Folder, File and their iterators over an in-memory drive. */
import { Blob, fakePdf, renameExtension } from './blob';
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { Access, MimeType, Permission } from './enums';
import { fail, signatureMismatch } from './errors';

interface ItemBase {
  readonly id: string;
  name: string;
  readonly parents: Set<string>;
  trashed: boolean;
  readonly created: Date;
  updated: Date;
  description: string | null;
  sharing: { access: string; permission: string };
}

export interface FolderItem extends ItemBase {
  readonly kind: 'folder';
}

/** How a Google-type file (document, spreadsheet) exports and copies itself. */
export interface GoogleFileHooks {
  /** Plain text of the file as last saved: what a PDF export shows. */
  exportText(): string;
  /** Makes the copy's content (a document or spreadsheet with the new id). */
  copyTo(copy: FileItem): void;
}

export interface FileItem extends ItemBase {
  readonly kind: 'file';
  mimeType: string;
  content: Uint8Array;
  google: GoogleFileHooks | null;
}

export type DriveItem = FolderItem | FileItem;

const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export class DriveModel {
  readonly items = new Map<string, DriveItem>();
  /** Ids deleted for good (or made inaccessible) by a test: every lookup fails. */
  readonly removed = new Set<string>();
  readonly root: FolderItem;
  /** Items the script made (DocumentApp, DriveApp or the Drive advanced service): what drive.file lets it see. */
  readonly byApp = new Set<string>();
  /** Items the person picked (Google Picker): drive.file lets the script see these too. */
  readonly picked = new Set<string>();
  /** Drive appProperties per item (private to the app). */
  readonly appProperties = new Map<string, Record<string, string>>();
  private counter = 0;

  constructor() {
    this.root = this.addFolder('My Drive', null);
  }

  /** Realistic-looking ids (33 word characters) so code that validates Drive ids accepts them. */
  newId(tag: string): string {
    this.counter++;
    return `1${tag}${String(this.counter).padStart(32 - tag.length, '0')}`;
  }

  get(id: string): DriveItem | undefined {
    return this.removed.has(id) ? undefined : this.items.get(id);
  }

  addFolder(name: string, parentId: string | null): FolderItem {
    const folder: FolderItem = { kind: 'folder', ...this.base(this.newId('Folder'), name, parentId) };
    this.items.set(folder.id, folder);
    return folder;
  }

  addFile(name: string, mimeType: string, content: Uint8Array, parentId: string | null, id = this.newId('File')): FileItem {
    const file: FileItem = { kind: 'file', ...this.base(id, name, parentId), mimeType, content, google: null };
    this.items.set(file.id, file);
    return file;
  }

  /** Live items in a folder, oldest first (trashed ones are left out, as Drive searches do). */
  children<K extends DriveItem['kind']>(folderId: string | null, kind: K): Extract<DriveItem, { kind: K }>[] {
    return [...this.items.values()].filter(
      (item): item is Extract<DriveItem, { kind: K }> =>
        item.kind === kind && !item.trashed && !this.removed.has(item.id) && (folderId === null || item.parents.has(folderId)),
    );
  }

  private base(id: string, name: string, parentId: string | null): ItemBase {
    const now = new Date();
    return {
      id, name, parents: new Set(parentId ? [parentId] : []), trashed: false, created: now, updated: now, description: null,
      sharing: { access: Access.PRIVATE, permission: Permission.EDIT },
    };
  }
}

export function fileUrl(file: FileItem): string {
  if (file.mimeType === MimeType.GOOGLE_DOCS) return `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`;
  if (file.mimeType === MimeType.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
}

export class DriveApp extends Fake {
  readonly Access = Access;
  readonly Permission = Permission;
  readonly [STATE]: DriveModel;

  constructor(runtime: Runtime, model: DriveModel) {
    super(runtime);
    this[STATE] = model;
  }

  getRootFolder(): Folder { return new Folder(this[RUNTIME], this[STATE], this[STATE].root); }
  getFileById(id: string): File { return new File(this[RUNTIME], this[STATE], lookup(this, this[STATE], id, 'file')); }
  getFolderById(id: string): Folder { return new Folder(this[RUNTIME], this[STATE], lookup(this, this[STATE], id, 'folder')); }
  getFiles(): FileIterator { return files(this, this[STATE], null); }
  getFilesByName(name: string): FileIterator { return files(this, this[STATE], null, (f) => f.name === name); }
  getFilesByType(mimeType: string): FileIterator { return files(this, this[STATE], null, (f) => f.mimeType === mimeType); }
  getFolders(): FolderIterator { return folders(this, this[STATE], null); }
  getFoldersByName(name: string): FolderIterator { return folders(this, this[STATE], null, (f) => f.name === name); }
  createFolder(name: string): Folder { return this.getRootFolder().createFolder(name); }
  createFile(blobOrName: Blob | string, content?: string, mimeType?: string): File { return this.getRootFolder().createFile(blobOrName, content, mimeType); }
}

export class Folder extends Fake {
  readonly [STATE]: { readonly drive: DriveModel; readonly item: FolderItem };

  constructor(runtime: Runtime, drive: DriveModel, item: FolderItem) {
    super(runtime);
    this[STATE] = { drive, item };
  }

  getId(): string { return this[STATE].item.id; }
  getName(): string { return this[STATE].item.name; }
  setName(name: string): Folder { touch(this[STATE].item).name = String(name); return this; }
  getUrl(): string { return `https://drive.google.com/drive/folders/${this[STATE].item.id}`; }
  getDescription(): string | null { return this[STATE].item.description; }
  setDescription(description: string): Folder { touch(this[STATE].item).description = String(description); return this; }
  getDateCreated(): Date { return new Date(this[STATE].item.created.getTime()); }
  getLastUpdated(): Date { return new Date(this[STATE].item.updated.getTime()); }
  getParents(): FolderIterator { return parentsOf(this, this[STATE].drive, this[STATE].item); }
  isTrashed(): boolean { return this[STATE].item.trashed; }
  setTrashed(trashed: boolean): Folder { touch(this[STATE].item).trashed = !!trashed; return this; }
  getSharingAccess(): string { return this[STATE].item.sharing.access; }
  getSharingPermission(): string { return this[STATE].item.sharing.permission; }
  setSharing(accessType: string, permissionType: string): Folder { return share(this, this[STATE].item, accessType, permissionType); }

  getFiles(): FileIterator { return files(this, this[STATE].drive, this[STATE].item.id); }
  getFilesByName(name: string): FileIterator { return files(this, this[STATE].drive, this[STATE].item.id, (f) => f.name === name); }
  getFilesByType(mimeType: string): FileIterator { return files(this, this[STATE].drive, this[STATE].item.id, (f) => f.mimeType === mimeType); }
  getFolders(): FolderIterator { return folders(this, this[STATE].drive, this[STATE].item.id); }
  getFoldersByName(name: string): FolderIterator { return folders(this, this[STATE].drive, this[STATE].item.id, (f) => f.name === name); }

  createFolder(name: string): Folder {
    if (typeof name !== 'string') throw signatureMismatch(this, 'DriveApp.Folder.createFolder', [name]);
    const { drive, item } = this[STATE];
    const folder = drive.addFolder(name, item.id);
    drive.byApp.add(folder.id);
    return new Folder(this[RUNTIME], drive, folder);
  }

  /** createFile(blob) or createFile(name, content, mimeType = text/plain). */
  createFile(blobOrName: Blob | string, content?: string, mimeType?: string): File {
    const { drive, item } = this[STATE];
    let file: FileItem;
    if (blobOrName instanceof Blob) {
      const blob = blobOrName[STATE];
      file = drive.addFile(blob.name ?? 'Untitled', blob.contentType ?? MimeType.PLAIN_TEXT, blob.bytes.slice(), item.id);
    } else if (typeof blobOrName === 'string') {
      file = drive.addFile(blobOrName, mimeType ?? MimeType.PLAIN_TEXT, new Uint8Array(Buffer.from(content ?? '')), item.id);
    } else {
      throw signatureMismatch(this, 'DriveApp.Folder.createFile', [blobOrName]);
    }
    touch(item);
    drive.byApp.add(file.id);
    return new File(this[RUNTIME], drive, file);
  }

  addFile(child: File): Folder { touch(child[STATE].item).parents.add(this[STATE].item.id); return this; }
  removeFile(child: File): Folder { touch(child[STATE].item).parents.delete(this[STATE].item.id); return this; }
  addFolder(child: Folder): Folder { touch(child[STATE].item).parents.add(this[STATE].item.id); return this; }
  removeFolder(child: Folder): Folder { touch(child[STATE].item).parents.delete(this[STATE].item.id); return this; }

  moveTo(destination: Folder): Folder {
    moveItem(this, this[STATE].item, destination);
    return this;
  }
}

export class File extends Fake {
  readonly [STATE]: { readonly drive: DriveModel; readonly item: FileItem };

  constructor(runtime: Runtime, drive: DriveModel, item: FileItem) {
    super(runtime);
    this[STATE] = { drive, item };
  }

  getId(): string { return this[STATE].item.id; }
  getName(): string { return this[STATE].item.name; }
  setName(name: string): File { touch(this[STATE].item).name = String(name); return this; }
  getUrl(): string { return fileUrl(this[STATE].item); }
  getMimeType(): string { return this[STATE].item.mimeType; }
  getSize(): number { return this[STATE].item.google ? 0 : this[STATE].item.content.length; }
  getDescription(): string | null { return this[STATE].item.description; }
  setDescription(description: string): File { touch(this[STATE].item).description = String(description); return this; }
  getDateCreated(): Date { return new Date(this[STATE].item.created.getTime()); }
  getLastUpdated(): Date { return new Date(this[STATE].item.updated.getTime()); }
  getParents(): FolderIterator { return parentsOf(this, this[STATE].drive, this[STATE].item); }
  isTrashed(): boolean { return this[STATE].item.trashed; }
  setTrashed(trashed: boolean): File { touch(this[STATE].item).trashed = !!trashed; return this; }
  getSharingAccess(): string { return this[STATE].item.sharing.access; }
  getSharingPermission(): string { return this[STATE].item.sharing.permission; }
  setSharing(accessType: string, permissionType: string): File { return share(this, this[STATE].item, accessType, permissionType); }

  moveTo(destination: Folder): File {
    moveItem(this, this[STATE].item, destination);
    return this;
  }

  setContent(content: string): File {
    const { item } = this[STATE];
    if (item.google) throw fail(this, `Cannot set the content of a ${item.mimeType} file.`);
    touch(item).content = new Uint8Array(Buffer.from(String(content)));
    return this;
  }

  /** Google documents and spreadsheets come out as (fake) PDF, as in Apps Script. */
  getBlob(): Blob {
    const { item } = this[STATE];
    if (item.google) return this.getAs(MimeType.PDF);
    return new Blob(this[RUNTIME], item.content.slice(), item.mimeType, item.name);
  }

  getAs(contentType: string): Blob {
    const { item } = this[STATE];
    if (!item.google) return this.getBlob().getAs(contentType);
    if (contentType !== MimeType.PDF) throw fail(this, `Converting from ${item.mimeType} to ${contentType} is not supported.`);
    return new Blob(this[RUNTIME], fakePdf(item.name, item.google.exportText()), MimeType.PDF, renameExtension(item.name, 'pdf'));
  }

  /** makeCopy(), (name), (destination) or (name, destination); without a destination the copy stays beside the original. */
  makeCopy(nameOrDestination?: string | Folder, destination?: Folder): File {
    const { drive, item } = this[STATE];
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${item.name}`;
    const folder = nameOrDestination instanceof Folder ? nameOrDestination : destination;
    if (folder !== undefined && !(folder instanceof Folder)) throw signatureMismatch(this, 'DriveApp.File.makeCopy', [nameOrDestination, destination]);
    const copy = drive.addFile(name, item.mimeType, item.content.slice(), null, drive.newId(item.google ? 'Doc' : 'File'));
    for (const parent of folder ? [folder[STATE].item.id] : item.parents) copy.parents.add(parent);
    item.google?.copyTo(copy);
    return new File(this[RUNTIME], drive, copy);
  }
}

export class FileIterator extends Fake {
  readonly [STATE]: { readonly items: FileItem[]; readonly drive: DriveModel; next: number };

  constructor(runtime: Runtime, drive: DriveModel, items: FileItem[]) {
    super(runtime);
    this[STATE] = { items, drive, next: 0 };
  }

  hasNext(): boolean { return this[STATE].next < this[STATE].items.length; }
  getContinuationToken(): string { return String(this[STATE].next); }

  next(): File {
    const state = this[STATE];
    if (state.next >= state.items.length) throw fail(this, 'Cannot retrieve the next object: iterator has reached the end.');
    return new File(this[RUNTIME], state.drive, state.items[state.next++]);
  }
}

export class FolderIterator extends Fake {
  readonly [STATE]: { readonly items: FolderItem[]; readonly drive: DriveModel; next: number };

  constructor(runtime: Runtime, drive: DriveModel, items: FolderItem[]) {
    super(runtime);
    this[STATE] = { items, drive, next: 0 };
  }

  hasNext(): boolean { return this[STATE].next < this[STATE].items.length; }
  getContinuationToken(): string { return String(this[STATE].next); }

  next(): Folder {
    const state = this[STATE];
    if (state.next >= state.items.length) throw fail(this, 'Cannot retrieve the next object: iterator has reached the end.');
    return new Folder(this[RUNTIME], state.drive, state.items[state.next++]);
  }
}

instrument(DriveApp, 'DriveApp');
instrument(Folder, 'Folder');
instrument(File, 'File');
instrument(FileIterator, 'FileIterator');
instrument(FolderIterator, 'FolderIterator');

function lookup<K extends DriveItem['kind']>(fake: Fake, drive: DriveModel, id: unknown, kind: K): Extract<DriveItem, { kind: K }> {
  if (typeof id !== 'string') throw signatureMismatch(fake, kind === 'file' ? 'DriveApp.getFileById' : 'DriveApp.getFolderById', [id]);
  const item = drive.get(id);
  if (!item || item.kind !== kind) throw fail(fake, NOT_FOUND);
  return item as Extract<DriveItem, { kind: K }>;
}

/** Live files of a folder (null: anywhere), optionally filtered. */
function files(fake: Fake, drive: DriveModel, folderId: string | null, keep: (f: FileItem) => boolean = () => true): FileIterator {
  return new FileIterator(fake[RUNTIME], drive, drive.children(folderId, 'file').filter(keep));
}

function folders(fake: Fake, drive: DriveModel, parentId: string | null, keep: (f: FolderItem) => boolean = () => true): FolderIterator {
  return new FolderIterator(fake[RUNTIME], drive, drive.children(parentId, 'folder').filter(keep));
}

function parentsOf(fake: Fake, drive: DriveModel, item: DriveItem): FolderIterator {
  const parents = [...item.parents].map((id) => drive.get(id)).filter((p): p is FolderItem => p?.kind === 'folder');
  return new FolderIterator(fake[RUNTIME], drive, parents);
}

function moveItem(fake: Fake, item: DriveItem, destination: unknown): void {
  if (!(destination instanceof Folder)) throw signatureMismatch(fake, 'DriveApp.File.moveTo', [destination]);
  touch(item).parents.clear();
  item.parents.add(destination[STATE].item.id);
}

function share<T extends Fake>(fake: T, item: DriveItem, access: string, permission: string): T {
  if (!(access in Access) || !(permission in Permission)) throw signatureMismatch(fake, 'DriveApp.File.setSharing', [access, permission]);
  touch(item).sharing = { access, permission };
  return fake;
}

function touch<T extends DriveItem>(item: T): T {
  item.updated = new Date();
  return item;
}
