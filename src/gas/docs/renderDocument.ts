import type { DocumentTree } from '../../core/doc/tree';
import { appendBlocks } from './blocks';
import { pageAttributes } from './styles';
import { MIME, createFile, findTagged, tagValue, updateFile, type AppFile, type FileTag } from '../drive/appFiles';

/**
 * Renders a document tree into Google Docs. Each document carries a tag (see drive/appFiles):
 * re-rendering finds it by its tag and rewrites it in place (its id and link stay valid); one that
 * was trashed or deleted is made anew, directly in the output folder.
 */

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

export interface RenderTarget {
  readonly folderId: string;
  readonly sheetId: string;
  readonly tag: FileTag;
  /**
   * The document to rewrite when the caller already knows it, `null` when it knows there is none
   * (a job that listed its documents once); left out, it is looked up by its tag.
   */
  readonly existing?: AppFile | null;
}

export interface RenderedDoc {
  readonly id: string;
  readonly url: string;
  /** False when an existing document was updated in place. */
  readonly created: boolean;
}

/** The whole tree in one go; the document is saved and closed afterwards. */
export function renderToGoogleDoc(tree: DocumentTree, target: RenderTarget): RenderedDoc {
  const doc = prepareDoc(tree, target);
  appendBlocks(doc.body, tree);
  finishDoc(doc);
  return doc.rendered;
}

export interface OpenDoc {
  readonly doc: Document;
  readonly body: Body;
  readonly rendered: RenderedDoc;
}

/** Opens or creates the target, names and tags it, clears it and sets the page: ready for appendBlocks. */
export function prepareDoc(tree: DocumentTree, target: RenderTarget): OpenDoc {
  const existing = target.existing === undefined ? findTagged(target.sheetId, target.tag) : target.existing;
  const file = existing ?? createFile({ name: tree.title, mimeType: MIME.document, parentId: target.folderId, sheetId: target.sheetId, tag: target.tag });
  if (existing && (existing.name !== tree.title || existing.key !== tagValue(target.tag.key))) {
    updateFile(existing.id, { name: tree.title, sheetId: target.sheetId, tag: target.tag, run: existing.run });
  }
  const doc = DocumentApp.openById(file.id);
  const body = doc.getBody();
  body.clear();
  body.setAttributes(pageAttributes(tree.page));
  return { doc, body, rendered: { id: file.id, url: docUrl(file.id), created: !existing } };
}

/** Reopens a document being written over several executions (no clearing). */
export function reopenDoc(id: string): OpenDoc {
  const doc = DocumentApp.openById(id);
  return { doc, body: doc.getBody(), rendered: { id, url: docUrl(id), created: false } };
}

/** Drops the empty paragraph a new or cleared body starts with, then saves and closes. */
export function finishDoc(open: OpenDoc): void {
  // Blocks are only ever appended, so child 0 is that paragraph.
  if (open.body.getNumChildren() > 1) open.body.getChild(0).removeFromParent();
  open.doc.saveAndClose();
}

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** "https://docs.google.com/document/d/ID/edit…" or a bare id → the id; anything else → "". */
export function docIdFromUrl(value: string): string {
  const text = value.trim();
  const match = /\/document\/d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (match) return match[1];
  return /^[A-Za-z0-9_-]{25,}$/.test(text) ? text : '';
}
