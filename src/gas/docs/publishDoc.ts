import type { Link } from '../../core/api';
import type { DocumentTree } from '../../core/doc/tree';
import { exportPdf } from './exportPdf';
import { renderToGoogleDoc } from './renderDocument';

type Folder = GoogleAppsScript.Drive.Folder;

interface PublishedIds {
  readonly docId: string;
  readonly pdfId?: string;
}

/**
 * Renders a document over the one made last time (its ids kept in DocumentProperties under
 * `key`) and, when asked, a PDF beside it, replacing the previous PDF. The document id is saved
 * before the PDF is made, so a run cut in between does not leave a second document next time.
 */
export function publishDoc(tree: DocumentTree, folder: Folder, key: string, withPdf: boolean): { created: boolean; links: Link[] } {
  const props = PropertiesService.getDocumentProperties();
  const previous = readIds(props.getProperty(key));
  const doc = renderToGoogleDoc(tree, { folder, existingId: previous?.docId });
  props.setProperty(key, JSON.stringify({ docId: doc.id, pdfId: previous?.pdfId } satisfies PublishedIds));
  const links: Link[] = [{ title: tree.title, url: doc.url }];
  if (withPdf) {
    const pdf = exportPdf(doc.id, folder, previous?.pdfId);
    props.setProperty(key, JSON.stringify({ docId: doc.id, pdfId: pdf.id } satisfies PublishedIds));
    links.push({ title: `${tree.title} (PDF)`, url: pdf.url });
  }
  return { created: doc.created, links };
}

function readIds(value: string | null): PublishedIds | undefined {
  try {
    const parsed = value ? JSON.parse(value) : undefined;
    return typeof parsed?.docId === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
