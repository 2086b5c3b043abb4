import utils from 'exceljs/lib/utils/utils';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import type { SheetSnapshot } from '../core/workbook/grid';
import type { SnapshotSource } from '../core/workbook/scaffold';
import { sheetSnapshot, type Book } from './xlsxSheet';
import { entryBytes, zipDirectory } from './zipDirectory';
import { bytesText, contents, plainXml, richText, rootIs, runText, tags, unmodelled, wellFormed } from './xlsxXml';

/**
 * A values-only xlsx reader for the commands that only read (the overview of a province's plans
 * reads hundreds of workbooks): it unzips the workbook, its shared strings, styles and sheets and
 * scans their XML for cell values (the sheets' cells by xlsxSheet.ts, from their bytes): several
 * times faster than exceljs's values-only load on the generated plans, whose 2000 rows of
 * risk-tab formulas dominate both.
 *
 * It gives exactly the snapshot `snapshotSourceOf(exceljs workbook)` gives, quirks included:
 * a formula's cached result that is falsy (0, FALSE, "") reads as "", as exceljs drops it; a
 * merged range's other cells read as "" and count towards the sheet's size; dates are converted
 * with exceljs's own helpers. Whatever it does not model (hyperlinked cells, CDATA, prefixed
 * element names, phonetic runs, names exceljs would change or refuse, anything malformed) makes it
 * return undefined, and the caller reads the file with exceljs instead.
 */
export function readValues(bytes: Uint8Array): SnapshotSource | undefined {
  try {
    return valuesSource(bytes);
  } catch {
    return undefined;
  }
}

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** The lists of each part that exceljs reads child by child, and the children they may hold. */
const LISTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'xl/workbook.xml': { sheets: ['sheet'] },
  'xl/_rels/workbook.xml.rels': { Relationships: ['Relationship'] },
  'xl/sharedStrings.xml': { sst: ['si'], si: ['t', 'r'], r: ['rPr', 't'] },
  'xl/styles.xml': { numFmts: ['numFmt'], cellXfs: ['xf'] },
};
const WANTED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);

function valuesSource(bytes: Uint8Array): SnapshotSource {
  const parts = unzipParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (name) => WANTED.has(name) || SHEET_PART.test(name));
  // Parts read with regular expressions must be well-formed: exceljs's parser refuses the others.
  const part = (name: string) => {
    const data = parts.get(name);
    const xml = data && bytesText(data);
    return xml === undefined || wellFormed(xml, LISTS[name]) ? xml : unmodelled(`${name} not well-formed`);
  };
  const workbook = part('xl/workbook.xml') ?? unmodelled('workbook');
  const relsXml = part('xl/_rels/workbook.xml.rels') ?? unmodelled('rels');
  const rels = new Map<string, string>();
  for (const a of tags(relsXml, 'Relationship')) rels.set(a.Id, a.Target);
  const book: Book = {
    strings: sharedStrings(part('xl/sharedStrings.xml')),
    dateStyles: dateStyles(part('xl/styles.xml') ?? unmodelled('styles')),
    date1904: tags(workbook, 'workbookPr')[0]?.date1904 === '1',
  };
  const sheets = new Map<string, SheetSnapshot>();
  const ids = new Set<number>();
  for (const a of tags(workbook, 'sheet')) {
    const target = rels.get(a['r:id'] ?? unmodelled('sheet without r:id'));
    if (target === undefined) continue; // exceljs leaves out a sheet whose part is not linked
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const xml = SHEET_PART.test(path) ? parts.get(path) : undefined;
    if (xml === undefined) continue; // a chartsheet, or a part exceljs does not read as a worksheet
    // exceljs decodes the name a second time and files sheets by id (ids below 1 fall out of its list).
    const name = utils.xmlDecode(a.name ?? '');
    const id = parseInt(a.sheetId, 10);
    if (!(id >= 1) || ids.has(id) || !keptName(name, sheets)) unmodelled(`sheet ${name}`);
    ids.add(id);
    sheets.set(name, sheetSnapshot(xml, book));
  }
  return Object.assign((name: string) => sheets.get(name), { sheetNames: () => [...sheets.keys()] });
}

/** The wanted parts of a workbook's zip; Zip64, other compression methods and damaged data are left to exceljs. */
function unzipParts(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of zipDirectory(zip) ?? unmodelled('zip directory')) if (wanted(name)) parts.set(name, entryBytes(zip, entry));
  return parts;
}

/** Whether exceljs keeps this sheet name as it is (it truncates long names and refuses some). */
function keptName(name: string, earlier: Map<string, unknown>): boolean {
  return (
    name !== '' && name.length <= 31 && name !== 'History' && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name) &&
    ![...earlier.keys()].some((n) => n.toLowerCase() === name.toLowerCase())
  );
}

// ---------------------------------------------------------------------------- workbook parts

function sharedStrings(xml: string | undefined): string[] | undefined {
  if (xml === undefined) return undefined;
  if (!rootIs(xml, 'sst')) unmodelled('shared strings root');
  plainXml(xml, 'shared strings');
  return contents(xml, 'si').map((si) => {
    const runs = si !== undefined && /<r\b/.test(si);
    const texts = si === undefined ? [] : contents(si.replace(/<r\b[\s\S]*?<\/r>/g, ''), 't');
    if (runs === texts.length > 0 || texts.length > 1) unmodelled('shared string');
    return runs ? richText(si!) : runText(texts[0]);
  });
}

function dateStyles(xml: string): boolean[] | undefined {
  const custom = new Map<number, string>();
  const numFmts = contents(xml, 'numFmts')[0];
  if (numFmts) for (const a of tags(numFmts, 'numFmt')) custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
  const cellXfs = contents(xml, 'cellXfs')[0];
  const xfs = cellXfs ? tags(cellXfs, 'xf') : [];
  if (xfs.length === 0) return undefined;
  return xfs.map((a) => {
    const id = parseInt(a.numFmtId, 10);
    return !!id && utils.isDateFmt(custom.get(id) || defaultNumFormats[id]?.f);
  });
}

