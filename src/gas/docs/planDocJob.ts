import { planDocument } from '../../core/doc/templates/planDocument';
import type { DocumentTree } from '../../core/doc/tree';
import { fingerprintOf } from '../../core/hash';
import { readWorkbook } from '../../core/workbook/readPlan';
import { addOnEmblem } from '../../core/doc/emblemSetting';
import { outputFolder } from '../drive/outputFolder';
import type { JobKind } from '../jobs/types';
import { snapshotSource } from '../sheetsIO';
import { appendBlocks } from './blocks';
import { finishDoc, prepareDoc, reopenDoc } from './renderDocument';
import { refuseOnErrors } from './refuseOnErrors';
import { readPlanParts } from '../../core/doc/templates/planParts';
import { calendarDate } from '../../core/thai/dates';
import type { SnapshotSource } from '../../core/workbook/scaffold';
import type { Plan } from '../../core/plan/model';

/**
 * The whole plan as one Google Doc, written in chunks of blocks so a plan of any size fits in
 * 6-minute executions. It is tagged in Drive (see drive/appFiles): re-running rewrites the same
 * document. A chunk cut midway, or a sheet edited between batches, restarts the writing.
 */

export interface PlanDocData {
  readonly folderId: string;
  readonly docId: string;
  /** Blocks written so far. */
  readonly cursor: number;
  /** Of the tree being written: a different tree (the sheet changed) starts over. */
  readonly fingerprint: string;
  /** Set while a chunk is being written: a batch cut there left an unknown tail. */
  readonly writing: boolean;
  readonly created: boolean;
}

/** Blocks per unit: a few seconds of DocumentApp calls. */
const CHUNK = 40;
const LABEL = 'สร้างเอกสารแผนทั้งฉบับ';
const PLAN_TAG = { kind: 'plan', key: 'plan' } as const;

export const planDocJob: JobKind<PlanDocData> = {
  kind: 'planDoc',
  label: LABEL,

  begin(options) {
    const source = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
    const refused = refuseOnErrors(source, options);
    if (refused) return refused;
    const read = readWorkbook(source);
    const folderId = outputFolder(read.plan.settings.outputFolder, source).id;
    return { data: { folderId, docId: '', cursor: 0, fingerprint: '', writing: false, created: false }, total: wholePlan(source).tree.blocks.length };
  },

  run(job, batch) {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { plan, tree, notice } = wholePlan(snapshotSource(ss));
    const fingerprint = fingerprintOf(tree);
    const total = tree.blocks.length;
    let state = job;
    let open;
    if (!state.data.docId || state.data.writing || state.data.fingerprint !== fingerprint) {
      // Found by its tag: this job's document, the one made last time, or one a cut batch made.
      open = prepareDoc(tree, { folderId: state.data.folderId, sheetId: ss.getId(), tag: PLAN_TAG });
      state = { ...state, total, done: 0, data: { ...state.data, docId: open.rendered.id, cursor: 0, fingerprint, writing: false, created: state.data.created || open.rendered.created } };
      batch.save(state);
    } else {
      open = reopenDoc(state.data.docId);
    }
    while (state.data.cursor < total && batch.more()) {
      state = writeChunk(open.body, tree, state, batch);
    }
    if (state.data.cursor < total) {
      open.doc.saveAndClose();
      return { ...state, message: `${LABEL}: เขียนแล้ว ${state.data.cursor} จาก ${total} ส่วน` };
    }
    finishDoc(open);
    batch.links.push({ title: tree.title, url: open.rendered.url });
    const what = state.data.created ? 'สร้าง' : 'ปรับปรุงฉบับเดิม';
    return { ...state, finished: true, ok: true, message: [`${what}เอกสารแผนทั้งฉบับแล้ว: ${tree.title} (${plan.measures.length} โครงการ/กิจกรรม/มาตรการ)`, ...notice].join(' ') };
  },
};

function writeChunk(body: GoogleAppsScript.Document.Body, tree: DocumentTree, state: Parameters<typeof planDocJob.run>[0], batch: Parameters<typeof planDocJob.run>[1]) {
  const { cursor } = state.data;
  const next = Math.min(tree.blocks.length, cursor + CHUNK);
  batch.save({ ...state, data: { ...state.data, writing: true } });
  appendBlocks(body, tree, cursor, next);
  const done = { ...state, done: next, data: { ...state.data, cursor: next, writing: false } };
  batch.unitDone(done);
  return done;
}

/** The whole plan from the workbook: the measures, and the parts around them its other tabs hold. */
function wholePlan(source: SnapshotSource): { plan: Plan; tree: DocumentTree; notice: string[] } {
  const { image, notice } = addOnEmblem(source);
  const plan = { ...readWorkbook(source).plan, emblem: image };
  return { plan, tree: planDocument(plan, readPlanParts(source, plan, calendarDate(new Date()))), notice };
}
