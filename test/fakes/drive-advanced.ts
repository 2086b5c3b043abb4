/**
 * The Drive advanced service (v3) as Apps Script exposes it: `Drive.Files.create / get / list /
 * update`, plain File resources filtered by `fields` as the API does (without `fields`: kind, id,
 * name and mimeType only), a `q` language limited to what is modelled (anything else is refused,
 * not guessed), appProperties limits, and drive.file visibility: without the full Drive scopes
 * only files the script made or the person picked exist.
 */
import { Blob } from './blob';
import { Fake, instrument, type Runtime, STATE } from './calls';
import type { DocumentStore } from './document';
import { type DriveItem, type DriveModel, fileUrl } from './drive';
import { MimeType } from './enums';
import { fail } from './errors';
import type { ScopePolicy } from './scopes';

const FOLDER = 'application/vnd.google-apps.folder';
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
/** Drive: 124 bytes per appProperty (key + value, UTF-8), 30 per app per file. */
const MAX_PROPERTY_BYTES = 124;
const MAX_PROPERTIES = 30;

type Resource = Record<string, unknown>;

interface AdvancedState {
  readonly drive: DriveModel;
  readonly documents: DocumentStore;
  readonly policy: ScopePolicy | undefined;
}

export class DriveFiles extends Fake {
  readonly [STATE]: AdvancedState;

  constructor(runtime: Runtime, state: AdvancedState) {
    super(runtime);
    this[STATE] = state;
  }

  create(resource: Resource, mediaData?: Blob | null, optionalArgs?: Resource): Resource {
    const { drive } = this[STATE];
    const meta = resource ?? {};
    const parents = Array.isArray(meta.parents) ? meta.parents.map(String) : [drive.root.id];
    for (const p of parents) this.visible(p, 'create');
    const name = String(meta.name ?? 'Untitled');
    const mimeType = String(meta.mimeType ?? (mediaData instanceof Blob ? mediaData[STATE].contentType : '') ?? 'application/octet-stream');
    let item: DriveItem;
    if (mimeType === FOLDER) item = drive.addFolder(name, parents[0]);
    else if (mimeType === MimeType.GOOGLE_DOCS) item = this.newDocument(name, parents[0]);
    else item = drive.addFile(name, mimeType, mediaData instanceof Blob ? mediaData[STATE].bytes.slice() : new Uint8Array(), parents[0]);
    for (const p of parents.slice(1)) item.parents.add(p);
    drive.byApp.add(item.id);
    this.setProperties(item.id, meta.appProperties, 'create');
    return this.resource(item, optionalArgs?.fields);
  }

  /** A Google Doc counts against the same daily document quota as DocumentApp.create. */
  private newDocument(name: string, parentId: string): DriveItem {
    const { documents } = this[STATE];
    if (documents.createQuota !== null) {
      if (documents.createQuota <= 0) throw this.apiError('create', 'User rate limit exceeded.');
      documents.createQuota--;
    }
    return documents.create(name, parentId).file;
  }

  get(fileId: string, optionalArgs?: Resource): Resource {
    return this.resource(this.visible(fileId, 'get'), optionalArgs?.fields);
  }

  list(optionalArgs?: Resource): Resource {
    const args = optionalArgs ?? {};
    const keep = parseQuery(this, String(args.q ?? ''));
    const pageSize = Math.min(1000, Math.max(1, Number(args.pageSize ?? 100)));
    const offset = Number(args.pageToken ?? 0);
    const { drive } = this[STATE];
    const matches = [...drive.items.values()].filter((item) => !drive.removed.has(item.id) && item.id !== drive.root.id && this.canSee(item) && keep(item, this));
    const page = matches.slice(offset, offset + pageSize);
    const { top, files } = listFields(args.fields);
    const result: Resource = { kind: 'drive#fileList', files: page.map((item) => this.resource(item, files)) };
    if (offset + pageSize < matches.length) result.nextPageToken = String(offset + pageSize);
    return top ? Object.fromEntries(Object.entries(result).filter(([k]) => top.includes(k))) : result;
  }

  update(resource: Resource, fileId: string, mediaData?: Blob | null, optionalArgs?: Resource): Resource {
    const item = this.visible(fileId, 'update');
    const meta = resource ?? {};
    if (typeof meta.name === 'string') item.name = meta.name;
    if (typeof meta.trashed === 'boolean') item.trashed = meta.trashed;
    if (meta.appProperties) this.setProperties(item.id, meta.appProperties, 'update');
    for (const p of String(optionalArgs?.addParents ?? '').split(',').filter(Boolean)) item.parents.add(this.visible(p, 'update').id);
    for (const p of String(optionalArgs?.removeParents ?? '').split(',').filter(Boolean)) item.parents.delete(p);
    if (mediaData instanceof Blob) {
      if (item.kind !== 'file' || item.google) throw this.apiError('update', 'Media upload is not supported for this file type.');
      item.content = mediaData[STATE].bytes.slice();
    }
    item.updated = new Date();
    return this.resource(item, optionalArgs?.fields);
  }

  private visible(id: unknown, method: string): DriveItem {
    const { drive } = this[STATE];
    const item = typeof id === 'string' ? drive.get(id) : undefined;
    if (!item || !(this.canSee(item) || item.id === drive.root.id)) throw this.apiError(method, `File not found: ${String(id)}.`);
    return item;
  }

  /** drive.file: without the full Drive scopes only what the script made or the person picked exists. */
  private canSee(item: DriveItem): boolean {
    const { drive, policy } = this[STATE];
    return !policy || policy.seesAllOfDrive() || drive.byApp.has(item.id) || drive.picked.has(item.id);
  }

  private setProperties(id: string, props: unknown, method: string): void {
    if (props === undefined || props === null) return;
    const current = { ...(this[STATE].drive.appProperties.get(id) ?? {}) };
    for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
      if (v === null) delete current[k];
      else if (Buffer.byteLength(k) + Buffer.byteLength(String(v)) > MAX_PROPERTY_BYTES) throw this.apiError(method, `The property ${k} exceeds the maximum size of ${MAX_PROPERTY_BYTES} bytes.`);
      else current[k] = String(v);
    }
    if (Object.keys(current).length > MAX_PROPERTIES) throw this.apiError(method, `A file may have at most ${MAX_PROPERTIES} appProperties.`);
    this[STATE].drive.appProperties.set(id, current);
  }

  private resource(item: DriveItem, fields: unknown): Resource {
    const full: Resource = {
      kind: 'drive#file', id: item.id, name: item.name, mimeType: item.kind === 'folder' ? FOLDER : item.mimeType,
      parents: [...item.parents], trashed: item.trashed, appProperties: { ...(this[STATE].drive.appProperties.get(item.id) ?? {}) },
      webViewLink: item.kind === 'folder' ? `https://drive.google.com/drive/folders/${item.id}` : fileUrl(item),
      createdTime: item.created.toISOString(), modifiedTime: item.updated.toISOString(),
    };
    const wanted = typeof fields === 'string' && fields.trim() ? fields.split(',').map((f) => f.trim()) : DEFAULT_FIELDS;
    if (wanted.includes('*')) return full;
    return Object.fromEntries(wanted.filter((f) => f in full).map((f) => [f, full[f]]));
  }

  apiError(method: string, message: string): Error {
    return fail(this, `GoogleJsonResponseException: API call to drive.files.${method} failed with error: ${message}`);
  }
}

instrument(DriveFiles, 'Drive.Files');

/** "nextPageToken,files(id,name)" → the top-level keys and the files' fields. */
function listFields(fields: unknown): { top?: string[]; files?: string } {
  if (typeof fields !== 'string' || !fields.trim()) return { files: undefined };
  const inner = /files\(([^)]*)\)/.exec(fields);
  const top = fields.replace(/\([^)]*\)/g, '').split(',').map((f) => f.trim()).filter(Boolean);
  return { top, files: inner ? inner[1] : top.includes('files') ? '*' : undefined };
}

type Clause = (item: DriveItem, files: DriveFiles) => boolean;

const CLAUSES: readonly [RegExp, (m: RegExpExecArray) => Clause][] = [
  [/^appProperties has \{ key='([^']*)' and value='((?:[^'\\]|\\.)*)' \}/, (m) => (item, f) => f[STATE].drive.appProperties.get(item.id)?.[m[1]] === m[2].replace(/\\(.)/g, '$1')],
  [/^trashed = (true|false)/, (m) => (item) => item.trashed === (m[1] === 'true')],
  [/^'([^']+)' in parents/, (m) => (item) => item.parents.has(m[1])],
  [/^mimeType = '([^']*)'/, (m) => (item) => (item.kind === 'folder' ? FOLDER : item.mimeType) === m[1]],
  [/^name = '((?:[^'\\]|\\.)*)'/, (m) => (item) => item.name === m[1].replace(/\\(.)/g, '$1')],
];

/** The modelled subset of Drive's query language, clauses joined by "and"; anything else is refused. */
function parseQuery(files: DriveFiles, q: string): Clause {
  const clauses: Clause[] = [];
  let rest = q.trim();
  while (rest) {
    const found = CLAUSES.map(([re, make]) => [re.exec(rest), make] as const).find(([m]) => m);
    if (!found || !found[0]) throw files.apiError('list', `Invalid Value (the fake does not model this query: ${rest})`);
    clauses.push(found[1](found[0]));
    rest = rest.slice(found[0][0].length).trim();
    if (rest && !/^and\s/.test(rest)) throw files.apiError('list', `Invalid Value (the fake does not model this query: ${rest})`);
    rest = rest.replace(/^and\s+/, '');
  }
  return (item, f) => clauses.every((c) => c(item, f));
}

/** The `Drive` global: only when the manifest enables the advanced service. */
export function driveAdvancedService(runtime: Runtime, state: AdvancedState): { Files: DriveFiles } {
  return { Files: new DriveFiles(runtime, state) };
}
