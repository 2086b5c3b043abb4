import type { JobProgress } from '../../src/core/api';
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from '../../src/core/plan/sample';
import { measureDetailDocument, measureDocTitle } from '../../src/core/doc/templates/measureDetail';
import { docContext } from '../../src/core/doc/templates/context';
import type { DocumentTree } from '../../src/core/doc/tree';
import { cutAfter, loadAddon, runJob } from './harness';
import { fillPlan, rowLinks } from './planWorkbook';
import type { GasEnvironment, ParagraphJson } from '../fakes';

const PLAN = SAMPLE_PLAN;
const N = PLAN.measures.length;

const idOf = (url: string) => /\/d\/([\w-]+)/.exec(url)?.[1] ?? '';
const outputFolder = (env: GasEnvironment) => env.drive.folders().find((f) => f.name === SAMPLE_SETTINGS.outputFolder)!;
/** The whole plan's document, found as the add-on finds it: by its Drive tag. */
const planDocId = (env: GasEnvironment) => env.drive.files().find((f) => f.appProperties.sujaritKind === 'plan')?.id ?? '';
const googleDocs = (env: GasEnvironment, folderId?: string) => env.drive.files(folderId).filter((f) => f.mimeType === 'application/vnd.google-apps.document');

/** The tree's text units in order: what the document's paragraphs must say (list markers aside). */
function treeLines(tree: DocumentTree): string[] {
  return tree.blocks.flatMap((b) => {
    if (b.kind === 'paragraph' || b.kind === 'heading') return [b.runs.map((r) => r.text).join('')];
    if (b.kind === 'list') return b.items.map((i) => i.runs.map((r) => r.text).join(''));
    return [];
  });
}

describe('measure documents from the shipped bundle', () => {
  const env = loadAddon();
  fillPlan(env, SAMPLE_SETTINGS, PLAN.measures);
  const steps = runJob(env, 'startMeasureDocs');
  const calls = env.calls.total();
  const byMethod = env.calls.byMethod();
  const folder = outputFolder(env);

  it('works in batches the sidebar follows, and finishes with every measure', () => {
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
    expect(steps[0].done).toBeLessThan(N);
    const last = steps[steps.length - 1];
    expect(last).toMatchObject({ finished: true, ok: true, done: N, total: N });
    expect(last.message).toContain(`ครบ ${N} ฉบับ`);
    expect(last.links[0].url).toBe(folder.url);
  });

  it('makes one Google Doc per measure in the output folder, named by code and name, linked from its row', () => {
    const ctx = docContext(PLAN);
    const docs = googleDocs(env, folder.id);
    expect(docs.map((d) => d.name).sort()).toEqual(PLAN.measures.map((m) => measureDocTitle(ctx, m)).sort());
    expect(googleDocs(env)).toHaveLength(N);
    const links = rowLinks(env, SAMPLE_SETTINGS);
    expect(links.map((l) => l.name)).toEqual(PLAN.measures.map((m) => m.name));
    const ids = links.map((l) => idOf(l.link));
    expect(new Set(ids).size).toBe(N);
    for (const [i, id] of ids.entries()) expect(env.documents.get(id).name).toBe(measureDocTitle(ctx, PLAN.measures[i]));
  });

  it('writes the tree: same paragraphs in order, Sarabun 16 pt, bold headings and labels, A4 with official margins', () => {
    for (const index of [0, N - 1]) {
      const tree = measureDetailDocument(PLAN, index);
      const doc = env.documents.get(idOf(rowLinks(env, SAMPLE_SETTINGS)[index].link)).toJSON();
      const paragraphs = doc.children.filter((c): c is ParagraphJson => c.type === 'paragraph');
      expect(paragraphs.map((p) => p.text.replace(/^([๐-๙]+\)|-)\t/, ''))).toEqual(treeLines(tree));
      for (const p of paragraphs) expect(p.textAttributes).toMatchObject({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 16 });
      expect(paragraphs[0]).toMatchObject({ heading: 'HEADING1', bold: true, alignment: 'CENTER', text: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ' });
      expect(paragraphs.find((p) => p.text.startsWith('มิติที่'))).toMatchObject({ heading: 'HEADING2', bold: true });
      const name = paragraphs.find((p) => p.text.startsWith('๑. ชื่อโครงการ : '))!;
      expect(name.runs.map((r) => r.attributes.BOLD === true)).toEqual([true, false]);
      expect(paragraphs.find((p) => p.text === '๓. วัตถุประสงค์')).toMatchObject({ bold: true });
      expect(paragraphs.filter((p) => /^[๐-๙]+\)\t/.test(p.text)).length).toBeGreaterThan(3);
      expect(doc.bodyAttributes.PAGE_WIDTH).toBeCloseTo(595.28, 1);
      expect(doc.bodyAttributes.PAGE_HEIGHT).toBeCloseTo(841.89, 1);
      expect(doc.bodyAttributes.MARGIN_LEFT).toBeCloseTo(85.04, 1);
      expect(doc.bodyAttributes.MARGIN_RIGHT).toBeCloseTo(56.69, 1);
    }
  });

  it('uses a bounded number of service calls per document', () => {
    // Per text unit (paragraph, heading, list item): an append and one setAttributes, plus a call
    // or two for a paragraph mixing bold and plain text; per document a few Drive, Docs,
    // Properties and Sheets calls. The bound is that, computed from the trees.
    const units = PLAN.measures.reduce((sum, _, i) => sum + treeLines(measureDetailDocument(PLAN, i)).length, 0);
    const perDocOverhead = 25;
    expect(calls).toBeLessThanOrEqual(2 * units + 3 * N + perDocOverhead * N);
    expect(byMethod['Body.appendParagraph']).toBe(units);
    expect(byMethod['Range.setValue']).toBe(N); // one link write per document
    expect(byMethod['Drive.Files.create']).toBe(N + 1); // the documents and the output folder
    expect(byMethod['DocumentApp.create']).toBeUndefined();
    expect(Object.keys(byMethod).filter((m) => /^(DriveApp|Folder|File)\./.test(m))).toEqual([]);
  });

  it('tags every document it makes with the spreadsheet, its kind and its measure, made directly in the folder', () => {
    const docs = googleDocs(env, folder.id);
    expect(docs.every((d) => d.createdByApp && d.parentIds.length === 1)).toBe(true);
    const sheetId = env.spreadsheet.id;
    expect(new Set(docs.map((d) => d.appProperties.sujaritSheet))).toEqual(new Set([sheetId]));
    expect(new Set(docs.map((d) => d.appProperties.sujaritKind))).toEqual(new Set(['measure']));
    expect(new Set(docs.map((d) => d.appProperties.sujaritKey)).size).toBe(N);
    expect(folder.appProperties).toMatchObject({ sujaritSheet: sheetId, sujaritKind: 'folder' });
  });

  it('a second run updates the same documents in place', () => {
    const before = rowLinks(env, SAMPLE_SETTINGS);
    env.calls.reset();
    const again = runJob(env, 'startMeasureDocs');
    expect(again[again.length - 1].message).toContain(`ปรับปรุงฉบับเดิม ${N} ฉบับ`);
    expect(env.calls.count('Drive.Files.create')).toBe(0);
    expect(env.calls.count('Range.setValue')).toBe(0);
    expect(rowLinks(env, SAMPLE_SETTINGS)).toEqual(before);
    expect(env.documents.count).toBe(N);
  });
});

describe('measure documents: re-runs, removed measures and interrupted jobs', () => {
  const FEW = PLAN.measures.slice(0, 6);

  function freshRun(measures = FEW): GasEnvironment {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, measures);
    runJob(env, 'startMeasureDocs');
    return env;
  }

  it('recreates a document that was trashed or deleted, and points the row at the new one', () => {
    const env = freshRun();
    const links = rowLinks(env, SAMPLE_SETTINGS);
    env.drive.trash(idOf(links[1].link));
    env.drive.remove(idOf(links[2].link));
    const last = runJob(env, 'startMeasureDocs').pop()!;
    expect(last.message).toContain('สร้างใหม่ 2 ฉบับ ปรับปรุงฉบับเดิม 4 ฉบับ');
    const after = rowLinks(env, SAMPLE_SETTINGS);
    expect(after[0]).toEqual(links[0]);
    for (const i of [1, 2]) {
      expect(after[i].link).not.toBe(links[i].link);
      expect(env.drive.item(idOf(after[i].link)).trashed).toBe(false);
    }
    expect(googleDocs(env, outputFolder(env).id)).toHaveLength(FEW.length);
  });

  it('reports, and never deletes, the document of a measure removed from the sheet', () => {
    const env = freshRun();
    const removed = rowLinks(env, SAMPLE_SETTINGS)[2];
    const sheet = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('มิติที่ 1')!;
    sheet.deleteRows(5, 1); // data starts on row 3: the third measure
    const last = runJob(env, 'startMeasureDocs').pop()!;
    expect(last.done).toBe(FEW.length - 1);
    expect(last.message).toContain('มีเอกสาร 1 ฉบับที่ไม่มีโครงการในแผ่นงานแล้ว (ระบบไม่ได้ลบ');
    expect(last.message).toContain(measureDocTitle(docContext(PLAN), FEW[2]));
    expect(last.links.map((l) => l.url)).toContain(`https://docs.google.com/document/d/${idOf(removed.link)}/edit`);
    expect(env.drive.item(idOf(removed.link)).trashed).toBe(false);
  });

  it('gives a copied row its own document instead of sharing the original row\'s', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    runJob(env, 'startMeasureDocs');
    const links = rowLinks(env, SAMPLE_SETTINGS);
    // A planner copies row 1 (with its link) into a new row 2 of the tab and renames it.
    const sheet = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('มิติที่ 1')!;
    const width = sheet.getLastColumn();
    const row = sheet.getRange(3, 1, 1, width).getValues()[0].map((v, i) => (i === 2 ? `${v} (ระยะที่ 2)` : v));
    sheet.insertRowAfter(3);
    sheet.getRange(4, 1, 1, width).setValues([row]);
    const last = runJob(env, 'startMeasureDocs').pop()!;
    expect(last.done).toBe(FEW.length + 1);
    const after = rowLinks(env, SAMPLE_SETTINGS);
    expect(after[0].link).toBe(links[0].link);
    expect(after[1].link).not.toBe(links[0].link);
    expect(env.documents.get(idOf(after[0].link)).text()).not.toContain('(ระยะที่ ๒)');
    expect(env.documents.get(idOf(after[1].link)).text()).toContain('(ระยะที่ ๒)');
  });

  it('replaces a link it did not make without touching that document', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    const theirs = (env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).create('เอกสารของฉันเอง');
    theirs.getBody().appendParagraph('เนื้อหาที่พิมพ์เอง');
    env.endExecution();
    const sheet = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('มิติที่ 1')!;
    const linkCol = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('เอกสารรายละเอียด (ลิงก์)') + 1;
    sheet.getRange(3, linkCol).setValue(`https://docs.google.com/document/d/${theirs.getId()}/edit`);
    const last = runJob(env, 'startMeasureDocs').pop()!;
    expect(env.documents.get(theirs.getId()).text()).toContain('เนื้อหาที่พิมพ์เอง');
    expect(idOf(rowLinks(env, SAMPLE_SETTINGS)[0].link)).not.toBe(theirs.getId());
    expect(last.message).toContain('แทนที่ข้อความเดิม');
  });

  const CUTS: [string, () => object, string, number][] = [
    ['after a document is created', () => require('../fakes/drive-advanced').DriveFiles.prototype, 'create', 3],
    ['after listing its documents', () => require('../fakes/drive-advanced').DriveFiles.prototype, 'list', 2],
    ['in the middle of writing a document', () => require('../fakes/document-elements').Body.prototype, 'appendParagraph', 100],
    ['after a link is written', () => require('../fakes/range').Range.prototype, 'setValue', 4],
    ['while saving progress', () => require('../fakes/properties').Properties.prototype, 'setProperty', 5],
  ];

  it.each(CUTS)('a job cut %s resumes without duplicates', (_, proto, method, n) => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    const restore = cutAfter(proto(), method, n);
    let steps: JobProgress[];
    try {
      steps = runJob(env, 'startMeasureDocs');
    } finally {
      restore();
    }
    expect(steps.some((s) => !s.ok)).toBe(true);
    expect(steps[steps.length - 1]).toMatchObject({ finished: true, ok: true, done: FEW.length });
    const ids = rowLinks(env, SAMPLE_SETTINGS).map((l) => idOf(l.link));
    expect(new Set(ids).size).toBe(FEW.length);
    expect(env.documents.count).toBe(FEW.length);
    expect(googleDocs(env, outputFolder(env).id).map((f) => f.id).sort()).toEqual([...ids].sort());
    for (const [i, id] of ids.entries()) expect(env.documents.get(id).text()).toContain(FEW[i].name);
  });

  it('does not start while another execution holds the document lock', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    env.locks.holdByOther();
    const p = env.call('startMeasureDocs') as JobProgress;
    expect(p).toMatchObject({ finished: true, ok: false });
    expect(p.message).toContain('มีผู้ใช้อื่น');
    expect(env.documents.count).toBe(0);
  });

  it('tells a second person to wait while someone else\'s job is under way', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    const now = Date.now();
    env.properties.seed('document', {
      'sujarit.job.measureDocs': JSON.stringify({ id: 'measureDocs-other', kind: 'measureDocs', owner: 'someone-else', startedAt: now, touchedAt: now, done: 2, total: 6, finished: false, ok: true, message: '', failures: 0, data: {} }),
    });
    const p = env.call('startMeasureDocs') as JobProgress;
    expect(p).toMatchObject({ finished: true, ok: false });
    expect(p.message).toContain('มีผู้ใช้อื่นกำลังสร้างเอกสารรายละเอียดโครงการอยู่ (2/6)');
    expect(env.documents.count).toBe(0);
  });

  /** A menu run cut after a few documents, as the 4½-minute budget would cut a big plan. */
  function menuRunCut(env: GasEnvironment): void {
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    const restore = cutAfter(require('../fakes/document-elements').Body.prototype, 'appendParagraph', 60);
    try {
      env.call('menuMeasureDocs');
    } finally {
      restore();
    }
    env.endExecution();
  }

  it('from the menu in a bound script: the sidebar opens to continue, and a trigger a minute later is the backstop', () => {
    const env = loadAddon();
    menuRunCut(env);
    const alert = env.ui.alerts[env.ui.alerts.length - 1].prompt;
    expect(alert).toContain('แผงควบคุมจะเปิดขึ้นและทำต่อจนเสร็จ');
    expect(alert).toContain('ในอีกประมาณ ๑ นาที');
    expect(env.ui.sidebars).toHaveLength(1);
    const [trigger] = env.triggers.list();
    expect(env.triggers.list()).toHaveLength(1);
    expect(trigger).toMatchObject({ handler: 'onJobTrigger', schedule: { after: 60_000 } });
    env.call('onJobTrigger', { triggerUid: trigger.id });
    env.endExecution();
    expect(env.triggers.list()).toEqual([]);
    expect(new Set(rowLinks(env, SAMPLE_SETTINGS).map((l) => idOf(l.link))).size).toBe(FEW.length);
    expect(env.documents.count).toBe(FEW.length);
  });

  it('from the menu as an installed add-on: the backstop trigger is an hour away (add-ons run clock triggers at most hourly) and the message says so', () => {
    const env = loadAddon({ installedAs: 'addon' });
    menuRunCut(env);
    expect(env.ui.alerts[env.ui.alerts.length - 1].prompt).toContain('ภายในประมาณ ๑ ชั่วโมง');
    expect(env.triggers.list().map((t) => t.schedule)).toEqual([{ after: 3_600_000 }]);
    // The sidebar's loop finishes it meanwhile; the trigger then finds nothing left and does no harm.
    const state = env.call('getSidebarState') as { unfinishedJobs: { jobId: string }[] };
    let p = env.call('continueJob', state.unfinishedJobs[0].jobId) as JobProgress;
    while (!p.finished) p = env.call('continueJob', p.jobId) as JobProgress;
    env.endExecution();
    env.call('onJobTrigger', { triggerUid: env.triggers.list()[0].id });
    expect(env.triggers.list()).toEqual([]);
    expect(env.documents.count).toBe(FEW.length);
  });

  it('a trigger that runs outside the spreadsheet only removes itself; another spreadsheet\'s trigger is never touched', () => {
    const env = loadAddon();
    menuRunCut(env);
    const foreign = (env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('onJobTrigger').timeBased().after(90_000).create();
    const ours = env.triggers.list().find((t) => t.id !== foreign.getUniqueId())!;
    const before = env.documents.count;
    env.setContext('trigger-outside-container');
    expect(() => env.call('onJobTrigger', { triggerUid: ours.id })).not.toThrow();
    env.setContext('container');
    expect(env.triggers.list().map((t) => t.id)).toEqual([foreign.getUniqueId()]);
    expect(env.documents.count).toBe(before);
  });

  it('stops at the daily document quota with a Thai message, and continues the next day without duplicates', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, FEW);
    env.documents.setCreateQuota(2);
    const stopped = runJob(env, 'startMeasureDocs').pop()!;
    expect(stopped).toMatchObject({ finished: true, ok: false, done: 2 });
    expect(stopped.message).toContain('ถึงโควตาการใช้งานต่อวันของ Google แล้ว');
    expect(stopped.message).toContain('ทำต่อจากจุดเดิมโดยไม่สร้างซ้ำ');
    env.documents.setCreateQuota(null); // the next day
    const last = runJob(env, 'startMeasureDocs').pop()!;
    expect(last).toMatchObject({ finished: true, ok: true, done: FEW.length });
    expect(last.message).toContain(`สร้างใหม่ ${FEW.length - 2} ฉบับ ปรับปรุงฉบับเดิม 2 ฉบับ`);
    expect(env.documents.count).toBe(FEW.length);
  });

  it('prints Arabic digits when the settings ask for them', () => {
    const env = loadAddon();
    fillPlan(env, { ...SAMPLE_SETTINGS, digits: 'arabic' }, FEW.slice(0, 1));
    runJob(env, 'startMeasureDocs');
    const text = env.documents.list()[0].text();
    expect(text).toContain('1. ชื่อโครงการ : ');
    expect(text).toContain('จำนวน 85 คน');
    expect(text).not.toMatch(/[๐-๙]/);
  });
});

describe('the whole plan as one Google Doc', () => {
  /** What a reader sees, block by block. */
  const shape = (env: GasEnvironment, id: string) =>
    env.documents.get(id).toJSON().children.map((c) => (c.type === 'table' ? c.rows.map((r) => r.join(' | ')).join('\n') : 'text' in c ? c.text : c.type));

  function planRun(measures = PLAN.measures, cut?: () => () => void): { env: GasEnvironment; steps: JobProgress[]; id: string } {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, measures);
    const restore = cut?.();
    let steps: JobProgress[];
    try {
      steps = runJob(env, 'startPlanDoc');
    } finally {
      restore?.();
    }
    return { env, steps, id: planDocId(env) };
  }

  const clean = planRun();

  it('is written in several batches into one document in the output folder', () => {
    expect(clean.steps.length).toBeGreaterThan(1);
    expect(clean.steps[clean.steps.length - 1]).toMatchObject({ finished: true, ok: true });
    expect(clean.steps[clean.steps.length - 1].links.map((l) => l.url)).toEqual([`https://docs.google.com/document/d/${clean.id}/edit`]);
    expect(googleDocs(clean.env, outputFolder(clean.env).id).map((f) => f.id)).toEqual([clean.id]);
    expect(clean.env.documents.get(clean.id).name).toBe('แผนปฏิบัติการป้องกันการทุจริตฯ เทศบาลตำบลบ้านสวนหลวง (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
  });

  it('holds the preface counts, the summary table and a per-year table per dimension from the rows', () => {
    const doc = clean.env.documents.get(clean.id).toJSON();
    const text = clean.env.documents.get(clean.id).text();
    expect(text).toContain('รวมทั้งสิ้นจำนวน ๓๓ โครงการ/กิจกรรม/มาตรการ');
    const tables = doc.children.filter((c) => c.type === 'table');
    expect(tables).toHaveLength(1 + 4 + 1);
    const [summary, ...rest] = tables;
    expect(summary.rows[0]).toEqual(['มิติ', 'ภารกิจตามมิติ', 'จำนวนโครงการ/กิจกรรม/มาตรการ']);
    expect(summary.rows[summary.rows.length - 1]).toEqual(['รวมทั้งสิ้น', '', '๓๓']);
    const dim4 = rest[3];
    expect(dim4.rows[0].slice(3, 8)).toEqual(['ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐']);
    expect(dim4.rows[dim4.rows.length - 1][0]).toBe('รวม มิติที่ ๔ จำนวน ๗ โครงการ/กิจกรรม/มาตรการ');
    // Google Docs cannot turn pages to landscape: the wide tables shrink to keep their columns.
    expect(dim4.cells[2][2].children[0]).toMatchObject({ textAttributes: { FONT_FAMILY: 'Sarabun', FONT_SIZE: 9 } });
    expect(dim4.cells[0][0].attributes.BACKGROUND_COLOR).toBe('#dbe7f3');
  });

  it('puts the emblem on the cover and lists สารบัญ without page numbers (Docs cannot tell a heading\'s page)', () => {
    const children = clean.env.documents.get(clean.id).toJSON().children;
    const firstImage = children.findIndex((c) => c.type === 'inlineImage');
    const preface = children.findIndex((c) => 'text' in c && c.text === 'คำนำ');
    expect(firstImage).toBeGreaterThanOrEqual(0);
    expect(firstImage).toBeLessThan(preface);
    const text = clean.env.documents.get(clean.id).text();
    expect(text).toContain('สารบัญ\nหัวข้อ\nคำนำ\nส่วนที่ ๑ บทนำ');
  });

  it('a second run rewrites the same document', () => {
    const env = clean.env;
    const before = shape(env, clean.id);
    env.calls.reset();
    const again = runJob(env, 'startPlanDoc');
    expect(again[again.length - 1].message).toContain('ปรับปรุงฉบับเดิม');
    expect(env.calls.count('Drive.Files.create')).toBe(0);
    expect(planDocId(env)).toBe(clean.id);
    expect(shape(env, clean.id)).toEqual(before);
  });

  it('a job cut in the middle of a chunk starts the writing over and ends with the same document', () => {
    const cut = planRun(PLAN.measures, () => cutAfter(require('../fakes/document-elements').Body.prototype, 'appendParagraph', 500));
    expect(cut.steps.some((s) => !s.ok)).toBe(true);
    expect(cut.env.documents.count).toBe(1);
    expect(shape(cut.env, cut.id)).toEqual(shape(clean.env, clean.id));
  });

  it('a sheet edited between batches is written from the new rows', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, PLAN.measures);
    const first = env.call('startPlanDoc') as JobProgress;
    env.endExecution();
    expect(first.finished).toBe(false);
    const sheet = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('มิติที่ 4')!;
    sheet.getRange('C3').setValue('โครงการจัดทำแผนการตรวจสอบภายในประจำปี (ฉบับปรับปรุง)');
    let p = first;
    while (!p.finished) {
      p = env.call('continueJob', p.jobId) as JobProgress;
      env.endExecution();
    }
    const text = env.documents.get(planDocId(env)).text();
    expect(text).toContain('(ฉบับปรับปรุง)');
    expect(text.split('โครงการ/กิจกรรม/มาตรการ ที่ ').length - 1).toBe(N);
  });
});

describe('documents wait while the workbook has errors that would make them wrong', () => {
    const settingsCell = (env: GasEnvironment, label: string) => {
    const values = env.spreadsheet.sheet('ข้อมูลหน่วยงาน').values();
    return `B${values.findIndex((r) => r[0] === label) + 1}`;
  };

  it('a renamed dimension tab beside the empty one scaffold added: refused with the stranded rows, nothing made; made when asked anyway', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, PLAN.measures.slice(0, 6));
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('มิติที่ 1')!.setName('มิติ 1 (แก้ไข)');
    env.call('menuScaffold'); // adds an empty "มิติที่ 1" beside the renamed one
    env.endExecution();
    const refused = env.call('startPlanDoc') as JobProgress;
    env.endExecution();
    expect(refused).toMatchObject({ finished: true, ok: false });
    expect(refused.message).toContain('ยังไม่สร้างเอกสาร');
    expect(refused.blockers!.map((b) => [b.code, b.sheet])).toEqual([['SHEET_NOT_READ', 'มิติ 1 (แก้ไข)']]);
    expect(refused.blockers![0].harm).toContain('จะไม่อยู่ในเอกสาร');
    expect(googleDocs(env)).toEqual([]);
    expect(runJob(env, 'startMeasureDocs')).toHaveLength(1); // the measure documents wait too
    const made = env.call('startPlanDoc', true) as JobProgress;
    expect(made.blockers).toBeUndefined();
    expect(made.ok).toBe(true);
  });

  it('reversed plan years: refused from the menu with the error named in the alert', () => {
    const env = loadAddon();
    fillPlan(env, SAMPLE_SETTINGS, PLAN.measures.slice(0, 6));
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const settings = ss.getSheetByName('ข้อมูลหน่วยงาน')!;
    const first = settingsCell(env, 'ปีแรกของแผน (พ.ศ.)');
    const last = settingsCell(env, 'ปีสุดท้ายของแผน (พ.ศ.)');
    settings.getRange(first).setValue(SAMPLE_SETTINGS.lastYear);
    settings.getRange(last).setValue(SAMPLE_SETTINGS.firstYear);
    env.endExecution();
    env.call('menuMeasureDocs');
    const alert = env.ui.alerts[env.ui.alerts.length - 1];
    expect(alert.title).toContain('ไม่สำเร็จ');
    expect(alert.prompt).toContain('ยังไม่สร้างเอกสาร');
    expect(alert.prompt).toMatch(new RegExp(`ข้อมูลหน่วยงาน!(${first}|${last})`));
    expect(alert.prompt).toContain('สร้างทั้งที่ยังมีข้อผิดพลาด');
    expect(googleDocs(env)).toEqual([]);
  });
});
