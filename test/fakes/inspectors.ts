/** Test-side views of the non-spreadsheet fakes. Nothing here counts as a service call. */
import { decode } from './blob';
import { documentJson, type DocumentJson, documentText } from './document-json';
import { type DocModel, type DocumentStore } from './document';
import { type DriveItem, type DriveModel, fileUrl } from './drive';
import { type ButtonName } from './enums';
import { type LockModel, type LockScope } from './lock';
import { type PropertyScope, type PropertyStores } from './properties';
import { type AlertRecord, type DialogRecord, type MenuEntry, type MenuRecord, type PromptRecord, type UiState } from './ui';

export interface MenuItemSnapshot {
  /** Menu titles and caption joined by " > ", e.g. "Sujarit > Generate documents". */
  readonly path: string;
  readonly caption: string;
  readonly functionName: string;
}

export class UiInspector {
  constructor(private readonly state: UiState) {}

  /** Menus added with addToUi(), in order. */
  get menus(): readonly MenuRecord[] { return this.state.menus; }
  get alerts(): readonly AlertRecord[] { return this.state.alerts; }
  get prompts(): readonly PromptRecord[] { return this.state.prompts; }
  /** Sidebars and dialogs shown, in order. */
  get dialogs(): readonly DialogRecord[] { return this.state.dialogs; }
  get sidebars(): readonly DialogRecord[] { return this.state.dialogs.filter((d) => d.kind === 'sidebar'); }

  /** Every item of every added menu, submenus flattened. */
  menuItems(): MenuItemSnapshot[] {
    const walk = (menu: MenuRecord, prefix: string): MenuItemSnapshot[] =>
      menu.entries.flatMap((entry: MenuEntry) => {
        if (entry.kind === 'item') return [{ path: `${prefix}${menu.title} > ${entry.caption}`, caption: entry.caption, functionName: entry.functionName }];
        if (entry.kind === 'submenu') return walk(entry.menu, `${prefix}${menu.title} > `);
        return [];
      });
    return this.state.menus.flatMap((menu) => walk(menu, ''));
  }

  /** Queues the button the user presses on the next alert (default: the first button of its set). */
  answerAlert(button: ButtonName): void { this.state.alertAnswers.push(button); }

  /** Queues what the user types and presses on the next prompt (default: '' and the first button). */
  answerPrompt(text: string, button: ButtonName = 'OK'): void { this.state.promptAnswers.push({ text, button }); }

  /** false simulates a trigger context: SpreadsheetApp.getUi() throws. */
  setAvailable(available: boolean): void { this.state.available = available; }
}

export class DocumentInspector {
  constructor(private readonly doc: DocModel) {}

  get id(): string { return this.doc.id; }
  get name(): string { return this.doc.name; }
  /** True while some handle of the document is open (not yet saved and closed). */
  get isOpen(): boolean { return this.doc.handles.some((h) => !h.closed); }

  /** The document as it is now. */
  toJSON(): DocumentJson { return this.doc.toJSON(); }
  text(): string { return documentText(this.doc.content); }
  /** The bytes of every inline image in the body, in order (toJSON gives only their sizes). */
  images(): Uint8Array[] { return this.doc.images(); }
  /** The document as last saved: what a PDF export or a Drive copy gets. */
  saved(): DocumentJson { return documentJson(this.doc.id, this.doc.name, this.doc.saved); }
  savedText(): string { return documentText(this.doc.saved); }
}

export class DocumentsInspector {
  constructor(private readonly store: DocumentStore) {}

  get count(): number { return this.store.docs.size; }
  list(): DocumentInspector[] { return [...this.store.docs.values()].map((d) => new DocumentInspector(d)); }
  withName(name: string): DocumentInspector[] { return this.list().filter((d) => d.name === name); }

  get(id: string): DocumentInspector {
    const doc = this.store.docs.get(id);
    if (!doc) throw new Error(`No document with id ${id}`);
    return new DocumentInspector(doc);
  }

  /** After `remaining` more creations, DocumentApp.create fails with the daily-quota error; null = unlimited. */
  setCreateQuota(remaining: number | null): void { this.store.createQuota = remaining; }
}

export interface DriveItemSnapshot {
  readonly id: string;
  readonly kind: 'file' | 'folder';
  readonly name: string;
  readonly mimeType: string;
  readonly parentIds: string[];
  readonly trashed: boolean;
  readonly url: string;
  /** Files: content as UTF-8 text; Google documents: their saved text. */
  readonly text: string;
  /** Drive appProperties the script set (Drive advanced service). */
  readonly appProperties: Record<string, string>;
  /** Made by the script: visible to it under drive.file. */
  readonly createdByApp: boolean;
}

export class DriveInspector {
  constructor(private readonly drive: DriveModel) {}

  get rootId(): string { return this.drive.root.id; }

  item(id: string): DriveItemSnapshot { return this.snap(this.existing(id)); }

  /** The person picks an item in the Google Picker: drive.file then lets the script see it. */
  pick(id: string): void { this.drive.picked.add(this.existing(id).id); }

  /** Live (not trashed, not removed) files, optionally only those in `folderId`. */
  files(folderId?: string): DriveItemSnapshot[] { return this.drive.children(folderId ?? null, 'file').map((i) => this.snap(i)); }
  folders(parentId?: string): DriveItemSnapshot[] { return this.drive.children(parentId ?? null, 'folder').map((i) => this.snap(i)); }

  seedFolder(name: string, parentId: string = this.rootId): string { return this.drive.addFolder(name, parentId).id; }

  seedFile(name: string, content: string, mimeType = 'text/plain', parentId: string = this.rootId): string {
    return this.drive.addFile(name, mimeType, new Uint8Array(Buffer.from(content)), parentId).id;
  }

  move(id: string, folderId: string): void {
    const item = this.existing(id);
    item.parents.clear();
    item.parents.add(this.existing(folderId).id);
  }

  /** Puts an item in the trash, as a user would (it stays reachable by id, like in Drive). */
  trash(id: string): void { this.existing(id).trashed = true; }

  /** Deletes an item for good (or revokes access): every lookup by id now fails. */
  remove(id: string): void { this.drive.removed.add(this.existing(id).id); }

  private snap(item: DriveItem): DriveItemSnapshot {
    return { ...snapshot(item), appProperties: { ...(this.drive.appProperties.get(item.id) ?? {}) }, createdByApp: this.drive.byApp.has(item.id) };
  }

  private existing(id: string): DriveItem {
    const item = this.drive.items.get(id);
    if (!item) throw new Error(`No Drive item with id ${id}`);
    return item;
  }
}

function snapshot(item: DriveItem): Omit<DriveItemSnapshot, 'appProperties' | 'createdByApp'> {
  const isFile = item.kind === 'file';
  return {
    id: item.id,
    kind: item.kind,
    name: item.name,
    mimeType: isFile ? item.mimeType : 'application/vnd.google-apps.folder',
    parentIds: [...item.parents],
    trashed: item.trashed,
    url: isFile ? fileUrl(item) : `https://drive.google.com/drive/folders/${item.id}`,
    text: !isFile ? '' : item.google ? item.google.exportText() : decode(item.content),
  };
}

export class PropertiesInspector {
  constructor(private readonly stores: PropertyStores) {}

  get(scope: PropertyScope): Record<string, string> { return Object.fromEntries(this.stores[scope]); }

  seed(scope: PropertyScope, values: Record<string, string>): void {
    for (const [key, value] of Object.entries(values)) this.stores[scope].set(key, value);
  }
}

export class LocksInspector {
  constructor(private readonly locks: Record<LockScope, LockModel>) {}

  /** Another execution holds the lock: tryLock returns false, waitLock throws "Lock timeout…". */
  holdByOther(scope: LockScope = 'document'): void { this.locks[scope].heldByOther = true; }
  releaseByOther(scope: LockScope = 'document'): void { this.locks[scope].heldByOther = false; }
  /** Whether the code under test currently holds the lock. */
  isHeld(scope: LockScope = 'document'): boolean { return this.locks[scope].held; }
  acquisitions(scope: LockScope = 'document'): number { return this.locks[scope].acquisitions; }
  releases(scope: LockScope = 'document'): number { return this.locks[scope].releases; }
}
