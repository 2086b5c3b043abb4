import type { Link } from '../../core/api';
import type { DocumentTree } from '../../core/doc/tree';
import type { OutputFolder } from '../drive/outputFolder';
import { exportPdf } from './exportPdf';
import { renderToGoogleDoc } from './renderDocument';

/**
 * Renders a one-off document (plan report, integrity report, memo…) over the one made last time
 * for the same `key` (found by its Drive tag) and, when asked, a PDF beside it whose content is
 * replaced in place. A run cut anywhere finds both again next time: no duplicates.
 */
export function publishDoc(tree: DocumentTree, folder: OutputFolder, key: string, withPdf: boolean): { created: boolean; links: Link[] } {
  const sheetId = SpreadsheetApp.getActiveSpreadsheet().getId();
  // The key's first part ("report", "otherDoc"…) is the kind: what the file is, for listings.
  const kind = key.split(/[.:]/)[0];
  const doc = renderToGoogleDoc(tree, { folderId: folder.id, sheetId, tag: { kind, key } });
  const links: Link[] = [{ title: tree.title, url: doc.url }];
  if (withPdf) {
    const pdf = exportPdf(doc.id, tree.title, { folderId: folder.id, sheetId, tag: { kind: `${kind}.pdf`, key: `${key}.pdf` } });
    links.push({ title: `${tree.title} (PDF)`, url: pdf.url });
  }
  return { created: doc.created, links };
}
