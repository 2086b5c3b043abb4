/**
 * DocumentApp and Document. Every document is also a Drive file (same id). Exports (getAs/getBlob,
 * Drive copies) use the document as last *saved*: by saveAndClose() or the end of an execution
 * (`env.endExecution()`), which is why Apps Script code must saveAndClose() before exporting a PDF.
 */
import { Blob, fakePdf, renameExtension } from './blob';
import { Fake, GUARD, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { Body, type DocHandle, FooterSection, HeaderSection } from './document-elements';
import { documentJson, type DocumentJson, documentText } from './document-json';
import { cloneContent, type DocContent, leafParagraphs, newContainer, newContent } from './document-model';
import { type DriveModel, type FileItem } from './drive';
import {
  Attribute, ElementType, GlyphType, HorizontalAlignment, MimeType, ParagraphHeading, TextAlignment, VerticalAlignment,
} from './enums';
import { fail, signatureMismatch } from './errors';

export class DocModel {
  content: DocContent;
  /** The state exports and copies see. */
  saved: DocContent;
  readonly handles: DocHandle[] = [];
  private listCounter = 0;

  constructor(readonly file: FileItem, content: DocContent) {
    this.content = content;
    this.saved = cloneContent(content);
  }

  get id(): string { return this.file.id; }
  get name(): string { return this.file.name; }

  nextListId(): string {
    return `kix.list.${++this.listCounter}`;
  }

  save(): void {
    this.saved = cloneContent(this.content);
    this.file.updated = new Date();
  }

  toJSON(): DocumentJson {
    return documentJson(this.id, this.name, this.content);
  }

  /** The bytes of every inline image in the body, in order (toJSON gives only their sizes). */
  images(): Uint8Array[] {
    return leafParagraphs(this.content.body).flatMap((p) => p.inlines.flatMap((i) => (i.image ? [i.image.bytes] : [])));
  }
}

export class DocumentStore {
  readonly docs = new Map<string, DocModel>();
  /** Creations left before DocumentApp.create hits the daily quota; null = unlimited. */
  createQuota: number | null = null;

  constructor(readonly drive: DriveModel) {}

  /** A new document made by the script, in `parentId` (default My Drive). */
  create(name: string, parentId: string = this.drive.root.id): DocModel {
    const file = this.drive.addFile(name, MimeType.GOOGLE_DOCS, new Uint8Array(), parentId, this.drive.newId('Doc'));
    this.drive.byApp.add(file.id);
    return this.register(file, newContent());
  }

  /** Links a Drive file to document content, so exports and Drive copies work on it. */
  register(file: FileItem, content: DocContent): DocModel {
    const doc = new DocModel(file, content);
    file.google = {
      exportText: () => documentText(doc.saved),
      copyTo: (copy) => { this.register(copy, cloneContent(doc.saved)); },
    };
    this.docs.set(file.id, doc);
    return doc;
  }

  open(doc: DocModel, runtime: Runtime): DocHandle {
    const handle: DocHandle = { runtime, doc, closed: false };
    doc.handles.push(handle);
    return handle;
  }

  /** End of an execution: Apps Script saves and closes every open document. */
  endExecution(): void {
    for (const doc of this.docs.values()) {
      if (doc.handles.some((h) => !h.closed)) doc.save();
      for (const handle of doc.handles) handle.closed = true;
    }
  }
}

export class DocumentApp extends Fake {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly TextAlignment = TextAlignment;
  readonly Attribute = Attribute;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;
  readonly [STATE]: DocumentStore;

  constructor(runtime: Runtime, store: DocumentStore) {
    super(runtime);
    this[STATE] = store;
  }

  create(name: string): Document {
    if (typeof name !== 'string') throw signatureMismatch(this, 'DocumentApp.create', [name]);
    const store = this[STATE];
    if (store.createQuota !== null) {
      if (store.createQuota <= 0) throw fail(this, 'Service invoked too many times for one day: docs create.');
      store.createQuota--;
    }
    const doc = store.create(name);
    return new Document(store.open(doc, this[RUNTIME]));
  }

  openById(id: string): Document {
    const store = this[STATE];
    const doc = typeof id === 'string' && !store.drive.removed.has(id) ? store.docs.get(id) : undefined;
    if (!doc) throw fail(this, "Document is missing (perhaps it was deleted, or you don't have read access?)");
    return new Document(store.open(doc, this[RUNTIME]));
  }

  openByUrl(url: string): Document {
    const id = /\/d\/([-\w]{25,})/.exec(String(url))?.[1] ?? /[?&]id=([-\w]{25,})/.exec(String(url))?.[1];
    if (!id) throw fail(this, 'Invalid argument: url');
    return this.openById(id);
  }

  /** A Sheets add-on has no active document. */
  getActiveDocument(): null { return null; }

  getUi(): unknown { throw fail(this, 'Cannot call DocumentApp.getUi() from this context.'); }
}

const AVAILABLE_WHEN_CLOSED = new Set(['getId', 'getName', 'getUrl', 'getAs', 'getBlob']);

export class Document extends Fake {
  readonly [STATE]: DocHandle;

  constructor(handle: DocHandle) {
    super(handle.runtime);
    this[STATE] = handle;
  }

  /** After saveAndClose, the id, name, URL and exports stay available; content does not. */
  [GUARD](method: string): void {
    if (this[STATE].closed && !AVAILABLE_WHEN_CLOSED.has(method)) throw fail(this, 'Document is closed, its contents cannot be updated.');
  }

  getId(): string { return model(this).id; }
  getName(): string { return model(this).name; }

  setName(name: string): Document {
    model(this).file.name = String(name);
    return this;
  }

  getUrl(): string { return `https://docs.google.com/open?id=${model(this).id}`; }
  getBody(): Body { return new Body(this[STATE], model(this).content.body); }

  getHeader(): HeaderSection | null {
    const header = model(this).content.header;
    return header && new HeaderSection(this[STATE], header);
  }

  addHeader(): HeaderSection {
    const content = model(this).content;
    if (content.header) throw fail(this, 'The document already has a header.');
    content.header = newContainer('header');
    return new HeaderSection(this[STATE], content.header);
  }

  getFooter(): FooterSection | null {
    const footer = model(this).content.footer;
    return footer && new FooterSection(this[STATE], footer);
  }

  addFooter(): FooterSection {
    const content = model(this).content;
    if (content.footer) throw fail(this, 'The document already has a footer.');
    content.footer = newContainer('footer');
    return new FooterSection(this[STATE], content.footer);
  }

  /** Saves, then closes this handle: any further call on it or its elements fails. */
  saveAndClose(): void {
    model(this).save();
    this[STATE].closed = true;
  }

  /** Exports the last saved state (edits since then are missing, as in Apps Script). */
  getAs(contentType: string): Blob {
    if (contentType !== MimeType.PDF) throw fail(this, `Converting from ${MimeType.GOOGLE_DOCS} to ${contentType} is not supported.`);
    const doc = model(this);
    return new Blob(this[STATE].runtime, fakePdf(doc.name, documentText(doc.saved)), MimeType.PDF, renameExtension(doc.name, 'pdf'));
  }

  getBlob(): Blob { return this.getAs(MimeType.PDF); }
  getCursor(): null { return null; }
  getSelection(): null { return null; }
}

instrument(DocumentApp, 'DocumentApp');
instrument(Document, 'Document');

function model(document: Document): DocModel {
  return document[STATE].doc;
}
