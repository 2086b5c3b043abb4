import type { Link } from '../../core/api';
import { measureDetailDocument } from '../../core/doc/templates/measureDetail';
import { measureKeys } from '../../core/plan/measureKey';
import { measureColumns } from '../../core/workbook/layout';
import type { MeasureRow } from '../../core/workbook/measures';
import { readWorkbook } from '../../core/workbook/readPlan';
import { outputFolder } from '../drive/outputFolder';
import type { JobKind, JobState } from '../jobs/types';
import { snapshotSource } from '../sheetsIO';
import { linkWriter } from './linkCells';
import { refuseOnErrors } from './refuseOnErrors';
import { docIdFromUrl, docUrl, renderToGoogleDoc } from './renderDocument';
import { listKind, tagValue, updateFile, type AppFile } from '../drive/appFiles';

/**
 * One Google Doc per measure (รายละเอียดโครงการ/กิจกรรม/มาตรการ) in the output folder, its link
 * written into the measure's row as soon as it is made. Re-running rewrites the same documents.
 */

export interface MeasureDocsData {
  readonly folderId: string;
  readonly folderName: string;
  readonly folderUrl: string;
  /** Something to tell the person about the folder (see outputFolder). */
  readonly folderNote: string;
  readonly created: number;
  readonly updated: number;
  /** Link cells that held something other than one of our links. */
  readonly replaced: number;
  /** Tabs without the link column (an old layout): their links cannot be kept. */
  readonly noLinkColumn: readonly string[];
}
// What is done lives in Drive, not here: each document this job finished (written and linked)
// carries the job's id (appProperty sujaritRun), so the state stays a few hundred bytes for any
// number of measures.

const LABEL = 'สร้างเอกสารรายละเอียดโครงการ';
const LINK_HEADER = measureColumns([]).find((c) => c.key === 'docUrl')?.header ?? '';
const KIND = 'measure';

export const measureDocsJob: JobKind<MeasureDocsData> = {
  kind: 'measureDocs',
  label: LABEL,

  begin(options) {
    const source = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
    const read = readWorkbook(source);
    if (read.plan.measures.length === 0) {
      return { error: 'ยังไม่มีโครงการ/กิจกรรม/มาตรการในแผ่นงานมิติที่ 1–4 กรุณากรอกแผนก่อน (หรือสั่ง "สร้าง/ปรับโครงแผน" ถ้ายังไม่มีแผ่นงาน)' };
    }
    const refused = refuseOnErrors(source, options);
    if (refused) return refused;
    const folder = outputFolder(read.plan.settings.outputFolder, source);
    return {
      data: { folderId: folder.id, folderName: folder.name, folderUrl: folder.url, folderNote: folder.note, created: 0, updated: 0, replaced: 0, noLinkColumn: [] },
      total: read.plan.measures.length,
    };
  },

  run(job, batch) {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheetId = ss.getId();
    const read = readWorkbook(snapshotSource(ss));
    const rows = read.dimensions.flatMap((d) => d.rows);
    const keys = measureKeys(read.plan.measures);
    const ours = listKind(sheetId, KIND);
    const ourIds = new Set(ours.map((f) => f.id));
    const targets = targetDocs(rows, keys, ours);
    const writeLink = linkWriter(ss);
    let doneNow = targets.filter((t) => t?.run === job.id).length;
    let state = job;
    for (let i = 0; i < rows.length; i++) {
      const target = targets[i];
      if (target?.run === job.id) continue;
      if (!batch.more()) break;
      const row = rows[i];
      const tree = measureDetailDocument(read.plan, i);
      const linked = docIdFromUrl(row.measure.docUrl);
      const tag = { kind: KIND, key: keys[i] };
      // Every document of ours was listed above: no target means none exists, so no lookup per document.
      const doc = renderToGoogleDoc(tree, { folderId: job.data.folderId, sheetId, tag, existing: target ?? null });
      const cell = row.cells.docUrl;
      if (cell && linked !== doc.id) writeLink(row.sheet, cell, doc.url);
      // Stamped last: a document cut half-written or not yet linked is written again next batch.
      updateFile(doc.id, { sheetId, tag, run: job.id });
      doneNow++;
      const data: MeasureDocsData = {
        ...state.data,
        created: state.data.created + (doc.created ? 1 : 0),
        updated: state.data.updated + (doc.created ? 0 : 1),
        replaced: state.data.replaced + (cell && row.measure.docUrl !== '' && !ourIds.has(linked) ? 1 : 0),
        noLinkColumn: cell || state.data.noLinkColumn.includes(row.sheet) ? state.data.noLinkColumn : [...state.data.noLinkColumn, row.sheet],
      };
      state = { ...state, data, done: doneNow, total: rows.length, message: `${LABEL}แล้ว ${doneNow} จาก ${rows.length} ฉบับ` };
      batch.unitDone(state);
      batch.links.push({ title: tree.title, url: doc.url });
    }
    if (doneNow < rows.length) return { ...state, done: doneNow, total: rows.length, message: `${LABEL}แล้ว ${doneNow} จาก ${rows.length} ฉบับ` };
    const chosen = new Set(targets.map((t) => t?.id));
    const orphans = ours.filter((f) => !chosen.has(f.id) && f.run !== job.id).map((f) => ({ title: f.name, url: docUrl(f.id) }));
    return finish(state, doneNow, orphans, batch.links);
  },
};

/**
 * The existing document each row rewrites: the one its link cell points to when that is one of
 * ours and no earlier row links it (so a renamed measure keeps its document), else the one tagged
 * with its key. A link a person pasted to another file is never written over.
 */
function targetDocs(rows: readonly MeasureRow[], keys: readonly string[], ours: readonly AppFile[]): (AppFile | undefined)[] {
  const byId = new Map(ours.map((f) => [f.id, f]));
  const byKey = new Map<string, AppFile>();
  for (const f of ours) if (!byKey.has(f.key)) byKey.set(f.key, f);
  const claimed = new Set<string>();
  const linked = rows.map((row) => {
    const file = byId.get(docIdFromUrl(row.measure.docUrl));
    if (!file || claimed.has(file.id)) return undefined;
    claimed.add(file.id);
    return file;
  });
  return rows.map((_, i) => {
    if (linked[i]) return linked[i];
    const file = byKey.get(tagValue(keys[i]));
    if (!file || claimed.has(file.id)) return undefined;
    claimed.add(file.id);
    return file;
  });
}

function finish(state: JobState<MeasureDocsData>, count: number, orphans: readonly Link[], links: Link[]): JobState<MeasureDocsData> {
  const { created, updated, replaced, noLinkColumn, folderName, folderUrl, folderNote } = state.data;
  const lines = [`${LABEL}ครบ ${count} ฉบับ (สร้างใหม่ ${created} ฉบับ ปรับปรุงฉบับเดิม ${updated} ฉบับ) ในโฟลเดอร์ "${folderName}" ลิงก์อยู่ในคอลัมน์ "${LINK_HEADER}"`];
  if (folderNote) lines.push(folderNote);
  if (orphans.length > 0) {
    lines.push(`มีเอกสาร ${orphans.length} ฉบับที่ไม่มีโครงการในแผ่นงานแล้ว (ระบบไม่ได้ลบ ตรวจสอบแล้วลบเองได้): ${orphans.map((o) => o.title).join('; ')}`);
  }
  if (replaced > 0) lines.push(`แทนที่ข้อความเดิมในคอลัมน์ "${LINK_HEADER}" ${replaced} แถว ด้วยลิงก์เอกสารที่สร้างใหม่`);
  if (noLinkColumn.length > 0) lines.push(`แผ่นงาน ${noLinkColumn.join(', ')} ไม่มีคอลัมน์ "${LINK_HEADER}" จึงบันทึกลิงก์ไม่ได้ กรุณาสั่ง "สร้าง/ปรับโครงแผน" เพื่อเพิ่มคอลัมน์`);
  links.unshift({ title: `โฟลเดอร์ ${folderName}`, url: folderUrl }, ...orphans);
  return { ...state, done: count, total: count, finished: true, ok: true, message: lines.join('\n') };
}
