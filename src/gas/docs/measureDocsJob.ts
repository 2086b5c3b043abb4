import type { Link } from '../../core/api';
import { measureDetailDocument } from '../../core/doc/templates/measureDetail';
import { measureKeys } from '../../core/plan/measureKey';
import { measureColumns } from '../../core/workbook/layout';
import type { MeasureRow } from '../../core/workbook/measures';
import { readWorkbook } from '../../core/workbook/readPlan';
import { outputFolder } from '../drive/outputFolder';
import type { JobKind, JobState } from '../jobs/types';
import { snapshotSource } from '../sheetsIO';
import { adoptUnrecordedDoc } from './adoptDoc';
import { forgetMeasureDoc, readRegistry, rememberMeasureDoc } from './docRegistry';
import { linkWriter } from './linkCells';
import { docIdFromUrl, renderToGoogleDoc } from './renderDocument';

/**
 * One Google Doc per measure (รายละเอียดโครงการ/กิจกรรม/มาตรการ) in the output folder, its link
 * written into the measure's row as soon as it is made. Re-running rewrites the same documents.
 */

export interface MeasureDocsData {
  readonly folderId: string;
  /** measureKeys of the measures this job has written. */
  readonly done: readonly string[];
  readonly created: number;
  readonly updated: number;
  /** Link cells that held something other than one of our links. */
  readonly replaced: number;
  /** Tabs without the link column (an old layout): their links cannot be kept. */
  readonly noLinkColumn: readonly string[];
}

const LABEL = 'สร้างเอกสารรายละเอียดโครงการ';
const LINK_HEADER = measureColumns([]).find((c) => c.key === 'docUrl')?.header ?? '';

export const measureDocsJob: JobKind<MeasureDocsData> = {
  kind: 'measureDocs',
  label: LABEL,

  begin() {
    const read = readWorkbook(snapshotSource(SpreadsheetApp.getActiveSpreadsheet()));
    if (read.plan.measures.length === 0) {
      return { error: 'ยังไม่มีโครงการ/กิจกรรม/มาตรการในแผ่นงานมิติที่ 1–4 กรุณากรอกแผนก่อน (หรือสั่ง "สร้าง/ปรับโครงแผน" ถ้ายังไม่มีแผ่นงาน)' };
    }
    try {
      const folderId = outputFolder(read.plan.settings.outputFolder).getId();
      return { data: { folderId, done: [], created: 0, updated: 0, replaced: 0, noLinkColumn: [] }, total: read.plan.measures.length };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  },

  run(job, batch) {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readWorkbook(snapshotSource(ss));
    const rows = read.dimensions.flatMap((d) => d.rows);
    const keys = measureKeys(read.plan.measures);
    const props = PropertiesService.getDocumentProperties();
    const ours = readRegistry(props).measureDocs;
    const folder = DriveApp.getFolderById(job.data.folderId);
    const owners = linkOwners(rows, ours);
    const claimed = new Set(owners.keys());
    const writeLink = linkWriter(ss);
    const done = new Set(job.data.done);
    let state = job;
    for (let i = 0; i < rows.length; i++) {
      if (done.has(keys[i])) continue;
      if (!batch.more()) break;
      const row = rows[i];
      const tree = measureDetailDocument(read.plan, i);
      const linked = docIdFromUrl(row.measure.docUrl);
      const mine = linked !== '' && owners.get(linked) === i;
      const existingId = mine ? linked : adoptUnrecordedDoc(tree.title, job.startedAt, ours, claimed, folder);
      const doc = renderToGoogleDoc(tree, { folder, existingId: existingId || undefined });
      claimed.add(doc.id);
      if (ours.get(doc.id) !== tree.title) {
        rememberMeasureDoc(props, doc.id, tree.title);
        ours.set(doc.id, tree.title);
      }
      const cell = row.cells.docUrl;
      if (cell && linked !== doc.id) writeLink(row.sheet, cell, doc.url);
      done.add(keys[i]);
      const data: MeasureDocsData = {
        ...state.data,
        done: keys.filter((k) => done.has(k)),
        created: state.data.created + (doc.created ? 1 : 0),
        updated: state.data.updated + (doc.created ? 0 : 1),
        replaced: state.data.replaced + (cell && row.measure.docUrl !== '' && !mine && !ours.has(linked) ? 1 : 0),
        noLinkColumn: cell || state.data.noLinkColumn.includes(row.sheet) ? state.data.noLinkColumn : [...state.data.noLinkColumn, row.sheet],
      };
      state = { ...state, data, done: data.done.length, total: rows.length, message: `${LABEL}แล้ว ${data.done.length} จาก ${rows.length} ฉบับ` };
      batch.unitDone(state);
      batch.links.push({ title: tree.title, url: doc.url });
    }
    const doneNow = keys.filter((k) => done.has(k)).length;
    if (doneNow < rows.length) return { ...state, done: doneNow, total: rows.length, message: `${LABEL}แล้ว ${doneNow} จาก ${rows.length} ฉบับ` };
    return finish(state, doneNow, folder, reportOrphans(props, ours, claimed), batch.links);
  },
};

/** Which row may rewrite each of our linked documents: the first row linking it (a copied row gets its own). */
function linkOwners(rows: readonly MeasureRow[], ours: ReadonlyMap<string, string>): Map<string, number> {
  const owners = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = docIdFromUrl(row.measure.docUrl);
    if (id && ours.has(id) && !owners.has(id)) owners.set(id, i);
  });
  return owners;
}

/** Our documents no measure links to any more: listed for the user, never deleted. Trashed ones are forgotten. */
function reportOrphans(props: GoogleAppsScript.Properties.Properties, ours: ReadonlyMap<string, string>, linked: ReadonlySet<string>): Link[] {
  const orphans: Link[] = [];
  for (const [id, title] of ours) {
    if (linked.has(id)) continue;
    let alive = false;
    try {
      alive = !DriveApp.getFileById(id).isTrashed();
    } catch (e) {
      alive = false;
    }
    if (alive) orphans.push({ title, url: `https://docs.google.com/document/d/${id}/edit` });
    else forgetMeasureDoc(props, id);
  }
  return orphans;
}

function finish(state: JobState<MeasureDocsData>, count: number, folder: GoogleAppsScript.Drive.Folder, orphans: readonly Link[], links: Link[]): JobState<MeasureDocsData> {
  const { created, updated, replaced, noLinkColumn } = state.data;
  const lines = [`${LABEL}ครบ ${count} ฉบับ (สร้างใหม่ ${created} ฉบับ ปรับปรุงฉบับเดิม ${updated} ฉบับ) ในโฟลเดอร์ "${folder.getName()}" ลิงก์อยู่ในคอลัมน์ "${LINK_HEADER}"`];
  if (orphans.length > 0) {
    lines.push(`มีเอกสาร ${orphans.length} ฉบับที่ไม่มีโครงการในแผ่นงานแล้ว (ระบบไม่ได้ลบ ตรวจสอบแล้วลบเองได้): ${orphans.map((o) => o.title).join('; ')}`);
  }
  if (replaced > 0) lines.push(`แทนที่ข้อความเดิมในคอลัมน์ "${LINK_HEADER}" ${replaced} แถว ด้วยลิงก์เอกสารที่สร้างใหม่`);
  if (noLinkColumn.length > 0) lines.push(`แผ่นงาน ${noLinkColumn.join(', ')} ไม่มีคอลัมน์ "${LINK_HEADER}" จึงบันทึกลิงก์ไม่ได้ กรุณาสั่ง "สร้าง/ปรับโครงแผน" เพื่อเพิ่มคอลัมน์`);
  links.unshift({ title: `โฟลเดอร์ ${folder.getName()}`, url: folder.getUrl() }, ...orphans);
  return { ...state, done: count, total: count, finished: true, ok: true, message: lines.join('\n') };
}
