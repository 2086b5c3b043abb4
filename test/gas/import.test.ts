/**
 * นำเข้าแผนเดิม in the shipped bundle (build/addon/Code.js) under gas-local with the in-memory
 * Apps Script fakes: pasted text and Google Docs, the dry run, the menu's confirm step, no
 * duplicates on a second run, and service calls that do not grow with the number of measures.
 */
import type { ImportPreview, JobResult } from '../../src/core/api';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { para, plainText, type DocumentTree } from '../../src/core/doc/tree';
import { tableGrid } from '../../src/core/doc/tableGrid';
import type { Plan } from '../../src/core/plan/model';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import type { SnapshotSource } from '../../src/core/workbook/scaffold';
import type { GasEnvironment } from '../fakes';
import { loadAddon, manyMeasures } from './harness';
import { describeWithSeeds, seedText } from '../seeds';

const seed000 = seedText('000_7a6659e46c76b2d7.txt');

/** The spreadsheet as the core reads it, through the inspector (no service calls). */
function sourceOf(env: GasEnvironment): SnapshotSource {
  return (name) => (env.spreadsheet.sheetNames().includes(name) ? { values: env.spreadsheet.sheet(name).values(), formulas: env.spreadsheet.sheet(name).formulas() } : undefined);
}

function run(env: GasEnvironment, fn: string, ...args: unknown[]): unknown {
  const result = env.call(fn, ...args);
  env.endExecution();
  return result;
}

/**
 * A Google Doc with the document tree's text: a paragraph per paragraph or list item, tables
 * laid on their grid with merged positions left empty (as DocumentApp renderers do), or plain
 * text one paragraph per line.
 */
function googleDoc(env: GasEnvironment, content: DocumentTree | string): string {
  const doc = (env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).create('แผนเดิม');
  const body = doc.getBody();
  const runs = (p: { runs: readonly { text: string }[] }) => p.runs.map((r) => r.text).join('');
  const blocks = typeof content === 'string' ? content.split('\n').map((t) => para(t)) : content.blocks;
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') body.appendParagraph(runs(block));
    else if (block.kind === 'list') block.items.forEach((item) => body.appendParagraph(runs(item)));
    else if (block.kind === 'table') {
      const grid = tableGrid(block);
      const cells = Array.from({ length: grid.rows }, () => Array<string>(grid.cols).fill(''));
      for (const placed of grid.cells) {
        cells[placed.row][placed.col] = placed.cell.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map(runs) : [runs(b)])).join(' ');
      }
      body.appendTable(cells);
    }
  }
  doc.saveAndClose();
  env.calls.reset();
  return doc.getUrl();
}

describeWithSeeds('previewImport / runImport with pasted text (seed 000) in an empty spreadsheet', () => {
  const env = loadAddon();
  const preview = run(env, 'previewImport', { kind: 'text', text: seed000 }) as ImportPreview;
  const untouched = env.spreadsheet.sheetNames();
  const result = run(env, 'runImport', { kind: 'text', text: seed000 }) as JobResult;

  it('previews counts per dimension and the problems, writing nothing', () => {
    expect(preview.ok).toBe(true);
    expect(preview.counts.map((c) => c.count)).toEqual([7, 27, 5, 7]);
    expect(preview.message).toContain('จะเพิ่มแถวใหม่ 46 รายการ');
    // Eight about the measures, two about the risks of ส่วนที่ ๑ (a printed level, no grades behind it).
    expect(preview.problems).toHaveLength(10);
    expect(untouched).toEqual(['Sheet1']);
  });

  it('scaffolds from the document, then fills the tabs and the stated figures', () => {
    expect(result.ok).toBe(true);
    expect(result.message).toContain('เพิ่ม 46 โครงการ/กิจกรรม/มาตรการ');
    expect(result.details[0]).toBe('สร้างแผ่นงานของแผนตามข้อมูลในเอกสารก่อนนำเข้า');
    const read = readWorkbook(sourceOf(env));
    expect(read.plan.settings).toMatchObject({ orgName: 'เทศบาลเมืองสะเตงนอก', firstYear: 2566, lastYear: 2570 });
    expect(read.plan.measures).toHaveLength(46);
    expect(read.plan.measures[45]).toMatchObject({ dimension: 4, no: '7', code: '4.3.2' });
    const summary = env.spreadsheet.sheet(SHEET.summary).values();
    expect(summary.find((r) => r[1] === '2')).toEqual(expect.arrayContaining([27, 23]));
  });

  it('a second run adds nothing and says so', () => {
    const again = run(env, 'runImport', { kind: 'text', text: seed000 }) as JobResult;
    expect(again.message).toContain('ไม่มีรายการใหม่');
    expect(readWorkbook(sourceOf(env)).plan.measures).toHaveLength(46);
  });

  it('takes the document lock to write, and refuses while someone else holds it', () => {
    expect(env.locks.acquisitions()).toBe(2);
    expect(env.locks.isHeld()).toBe(false);
    env.locks.holdByOther();
    const busy = run(env, 'runImport', { kind: 'text', text: seed000 }) as JobResult;
    expect(busy).toMatchObject({ ok: false, message: expect.stringContaining('มีผู้ใช้อื่นกำลังนำเข้าแผน') });
    env.locks.releaseByOther();
  });
});

describeWithSeeds('from a Google Doc', () => {
  it('reads its paragraphs and tables (per-year budgets of the plan table) and imports', () => {
    const env = loadAddon();
    const url = googleDoc(env, planDocument(SAMPLE_PLAN));
    const result = run(env, 'runImport', { kind: 'doc', docUrlOrId: url }) as JobResult;
    expect(result.ok).toBe(true);
    const measures = readWorkbook(sourceOf(env)).plan.measures;
    expect(JSON.parse(toArabicDigits(JSON.stringify(measures)))).toEqual(JSON.parse(toArabicDigits(JSON.stringify(SAMPLE_PLAN.measures))));
  });

  it('answers in Thai when the link is not a document or cannot be opened', () => {
    const env = loadAddon();
    const bad = run(env, 'previewImport', { kind: 'doc', docUrlOrId: 'แผนของเรา' }) as ImportPreview;
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('ไม่ใช่ลิงก์ Google เอกสาร') });
    const missing = run(env, 'runImport', { kind: 'doc', docUrlOrId: 'https://docs.google.com/document/d/1NoSuchDocument00000000000000000/edit' }) as JobResult;
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('เปิดเอกสารไม่ได้') });
  });
});

describeWithSeeds('the menu นำเข้าแผนเดิม', () => {
  it('asks for the link, shows the preview and imports on YES', () => {
    const env = loadAddon();
    const url = googleDoc(env, seed000);
    env.ui.answerPrompt(url, 'OK');
    env.ui.answerAlert('YES');
    run(env, 'menuImport');
    expect(env.ui.prompts).toHaveLength(1);
    const [confirm, done] = env.ui.alerts;
    expect(confirm.prompt).toContain('มิติที่ 2: พบ 27, จะเพิ่ม 27');
    expect(confirm.prompt).toContain('นำเข้าตอนนี้หรือไม่?');
    expect(done.prompt).toContain('นำเข้าแผนเดิมแล้ว: เพิ่ม 46');
    expect(readWorkbook(sourceOf(env)).plan.measures).toHaveLength(46);
  });

  it('writes nothing when the user answers NO', () => {
    const env = loadAddon();
    env.ui.answerPrompt(googleDoc(env, seed000), 'OK');
    env.ui.answerAlert('NO');
    run(env, 'menuImport');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    // The preview was shown without the document lock: nobody else waited while the dialog was open.
    expect(env.locks.acquisitions()).toBe(0);
  });

  it('takes the document lock only after YES, for the writing', () => {
    const env = loadAddon();
    env.ui.answerPrompt(googleDoc(env, seed000), 'OK');
    env.ui.answerAlert('YES');
    run(env, 'menuImport');
    expect(env.locks.acquisitions()).toBe(1);
  });
});

describeWithSeeds('service calls', () => {
  /** Imports a plan with `n` measures into an already scaffolded workbook; returns the calls made. */
  function importCalls(n: number): Record<string, number> {
    const env = loadAddon();
    run(env, 'runScaffold');
    const plan: Plan = { settings: SAMPLE_PLAN.settings, measures: manyMeasures(n) };
    env.calls.reset();
    const result = run(env, 'runImport', { kind: 'text', text: plainText(planDocument(plan)) }) as JobResult;
    expect(result.message).toContain(`เพิ่ม ${n} โครงการ`);
    return env.calls.byMethod();
  }

  it('do not grow with the number of measures: each tab read once, one setValues per tab written', () => {
    const small = importCalls(33);
    const large = importCalls(132);
    expect(large).toEqual(small);
    expect(small['Range.setValues']).toBe(6); // four dimension tabs, the summary's stated figures, the organisation's name
    expect(small['Range.getValues']).toBe(6); // settings, four dimension tabs, summary
    expect(small['Range.getFormulas']).toBe(6);
  });
});
