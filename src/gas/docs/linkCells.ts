type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes a document's link into its measure's link cell at once (one call per document), so a
 * job cut later still knows which documents exist. Only the link column is ever written.
 */
export function linkWriter(ss: Spreadsheet): (sheetName: string, a1: string, url: string) => void {
  const sheets = new Map<string, Sheet | null>();
  return (sheetName, a1, url) => {
    if (!sheets.has(sheetName)) sheets.set(sheetName, ss.getSheetByName(sheetName));
    sheets.get(sheetName)?.getRange(a1).setValue(url);
  };
}
