/**
 * Saves a Google Doc as PDF into a folder. The document is saved and closed first: a PDF taken
 * in the same execution as the edits would otherwise miss them. A previous PDF (by id) is moved
 * to the trash, since Drive cannot replace a PDF's content in place.
 */
export function exportPdf(docId: string, folder: GoogleAppsScript.Drive.Folder, previousPdfId?: string): { id: string; url: string } {
  DocumentApp.openById(docId).saveAndClose();
  const file = DriveApp.getFileById(docId);
  const blob = file.getAs('application/pdf').setName(`${file.getName()}.pdf`);
  if (previousPdfId) {
    try {
      DriveApp.getFileById(previousPdfId).setTrashed(true);
    } catch (e) {
      // Already gone: nothing to replace.
    }
  }
  const pdf = folder.createFile(blob);
  return { id: pdf.getId(), url: pdf.getUrl() };
}
