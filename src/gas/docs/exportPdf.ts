import { MIME, createFile, findTagged, updateFile, type FileTag } from '../drive/appFiles';

/**
 * Saves a Google Doc as PDF beside it. The document is saved and closed first: a PDF taken in
 * the same execution as the edits would otherwise miss them. The PDF made last time (found by
 * its tag) gets the new content in place, so its id and any published link stay the same.
 */
export function exportPdf(docId: string, title: string, target: { folderId: string; sheetId: string; tag: FileTag }): { id: string; url: string } {
  DocumentApp.openById(docId).saveAndClose();
  const name = `${title}.pdf`;
  const blob = DocumentApp.openById(docId).getAs(MIME.pdf).setName(name);
  const previous = findTagged(target.sheetId, target.tag);
  const pdf = previous
    ? updateFile(previous.id, { name }, blob)
    : createFile({ name, mimeType: MIME.pdf, parentId: target.folderId, sheetId: target.sheetId, tag: target.tag }, blob);
  return { id: pdf.id, url: pdf.url };
}
