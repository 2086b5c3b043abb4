import type { DocumentTree } from '../../core/doc/tree';
import { appendBlocks } from './blocks';
import { pageAttributes } from './styles';

/**
 * Renders a document tree into Google Docs. Re-rendering reuses the same document (cleared and
 * written again, so its id and link stay valid); a document that was trashed or deleted is
 * made anew in the output folder.
 */

type Folder = GoogleAppsScript.Drive.Folder;
type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

export interface RenderTarget {
  readonly folder: Folder;
  /** The document to update in place, if there is one. */
  readonly existingId?: string;
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

/** Opens or creates the target, names it, clears it and sets the page: ready for appendBlocks. */
export function prepareDoc(tree: DocumentTree, target: RenderTarget): OpenDoc {
  const existing = target.existingId ? openExisting(target.existingId) : undefined;
  const doc = existing ?? DocumentApp.create(tree.title);
  const id = existing ? target.existingId! : doc.getId();
  if (existing) existing.setName(tree.title);
  else DriveApp.getFileById(id).moveTo(target.folder);
  const body = doc.getBody();
  body.clear();
  body.setAttributes(pageAttributes(tree.page));
  return { doc, body, rendered: { id, url: docUrl(id), created: !existing } };
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

/** The document, unless it was trashed or can no longer be opened (deleted, access lost). */
function openExisting(id: string): Document | undefined {
  try {
    if (DriveApp.getFileById(id).isTrashed()) return undefined;
    return DocumentApp.openById(id);
  } catch (e) {
    return undefined;
  }
}
