import { CHART_SIZE } from '../../src/core/chart/barChartPng';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { MONITORING_COLUMNS } from '../../src/core/monitoring/layout';
import { SHEET } from '../../src/core/workbook/layout';
import type { JobProgress, JobResult } from '../../src/core/api';
import { createGasEnvironment, type GasEnvironment } from '../fakes';
import { manyMeasures } from '../gas/harness';
import { sampleBook, sampleBookWithProgress, seedSheets, type Book } from './sampleBook';

/** The shipped bundle over fake services, the spreadsheet seeded with a book's tabs. */
function addonWith(book: Book): GasEnvironment {
  const env = createGasEnvironment({ sheets: seedSheets(book) });
  env.load('build/addon');
  env.calls.reset();
  return env;
}

const sheetCalls = (env: GasEnvironment) => Object.fromEntries(Object.entries(env.calls.byMethod()).filter(([m]) => /^(Spreadsheet|Sheet|Range)\./.test(m)));

describe('เริ่มรอบติดตาม in the shipped bundle', () => {
  const env = addonWith(sampleBook());
  const result = env.call('startMonitoringRound', 2567, 6) as JobResult;
  const calls = sheetCalls(env);

  it('adds the round’s rows to the ติดตามผล tab and says so in Thai', () => {
    expect(result.ok).toBe(true);
    expect(result.message).toContain(`เพิ่มรายการติดตามผลปีงบประมาณ 2567 รอบ 6 เดือน ${SAMPLE_PLAN.measures.length} รายการ`);
    const tab = env.spreadsheet.sheet(SHEET.monitoring);
    expect(tab.values('2:2')[0].slice(0, MONITORING_COLUMNS.length)).toEqual(MONITORING_COLUMNS.map((c) => c.header));
    expect(tab.lastRow).toBe(2 + SAMPLE_PLAN.measures.length);
    expect(tab.values('D3:E3')[0]).toEqual(['1.1.1', SAMPLE_PLAN.measures[0].name]);
  });

  it('gives the status column its dropdown and keeps the header frozen', () => {
    const tab = env.spreadsheet.sheet(SHEET.monitoring);
    expect(tab.cell('I3').validation).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ยกเลิก'], true] });
    expect(tab.frozenRows).toBe(2);
    expect(tab.frozenColumns).toBe(5);
  });

  it('reads each tab once and writes the rows with one setValues', () => {
    expect(calls['Range.getValues']).toBe(5); // settings and the four dimension tabs (ติดตามผล does not exist yet)
    expect(calls['Range.setValues']).toBe(3); // the title, the header row, then every new row at once
  });

  it('makes as many service calls for ten times the measures', () => {
    const big = addonWith(sampleBook({ ...SAMPLE_PLAN, measures: manyMeasures(SAMPLE_PLAN.measures.length * 10) }));
    const bigResult = big.call('startMonitoringRound', 2567, 6) as JobResult;
    expect(bigResult.message).toContain(`${SAMPLE_PLAN.measures.length * 10} รายการ`);
    expect(sheetCalls(big)).toEqual(calls);
  });

  it('adds nothing and writes no cell when run again', () => {
    env.calls.reset();
    const again = env.call('startMonitoringRound', 2567, 6) as JobResult;
    expect(again.message).toContain('ครบทุกโครงการแล้ว');
    expect(env.calls.count('Range.setValues')).toBe(0);
  });

  it('refuses a year outside the plan in Thai, and reads years as the sidebar may send them', () => {
    const r = env.call('startMonitoringRound', 2575, 6) as JobResult;
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('อยู่นอกช่วงปีของแผน') });
    expect(env.call('startMonitoringRound', '๒๕๖๗', '6')).toMatchObject({ ok: true, message: expect.stringContaining('ครบทุกโครงการแล้ว') });
  });
});

describe('the menu asks for the year and the round', () => {
  it('starts the round from what was typed', () => {
    const env = addonWith(sampleBook());
    env.ui.answerPrompt('๒๕๖๗');
    env.ui.answerPrompt('6 เดือน');
    env.call('menuStartMonitoring');
    expect(env.ui.prompts.map((p) => p.prompt)).toEqual([expect.stringContaining('ปีงบประมาณ (พ.ศ.)'), expect.stringContaining('รอบการติดตาม')]);
    expect(env.ui.alerts[env.ui.alerts.length - 1]?.prompt).toContain('เพิ่มรายการติดตามผลปีงบประมาณ 2567 รอบ 6 เดือน');
  });

  it('answers a wrong round in Thai and starts nothing', () => {
    const env = addonWith(sampleBook());
    env.ui.answerPrompt('2567');
    env.ui.answerPrompt('3');
    env.call('menuStartMonitoring');
    expect(env.ui.alerts[env.ui.alerts.length - 1]?.prompt).toContain('ไม่ใช่รอบการติดตาม');
    expect(env.spreadsheet.sheetNames()).not.toContain(SHEET.monitoring);
  });

  it('does nothing when cancelled', () => {
    const env = addonWith(sampleBook());
    env.ui.answerPrompt('', 'CANCEL');
    env.call('menuStartMonitoring');
    expect(env.ui.prompts).toHaveLength(1);
    expect(env.ui.alerts).toHaveLength(0);
  });
});

describe('the report in the shipped bundle', () => {
  const env = addonWith(sampleBookWithProgress());
  const first = env.call('startMonitoringReport', 2567, 6) as JobProgress;
  const calls = env.calls.byMethod();
  const reportSheetCalls = sheetCalls(env);
  env.endExecution();
  const docs = env.documents.withName('รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน');

  it('finishes in one call with the Google Doc and its PDF', () => {
    expect(first).toMatchObject({ ok: true, finished: true, done: 1, total: 1 });
    expect(first.links.map((l) => l.title)).toEqual(['รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน', 'รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน (PDF)']);
    expect(docs).toHaveLength(1);
  });

  it('writes the title, period, summary, per-measure table, problems and signatures', () => {
    const text = docs[0].savedText();
    for (const expected of [
      'รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)',
      'เทศบาลตำบลบ้านสวนหลวง',
      'รวมทั้งสิ้น',
      'มาตรการ NO Gift Policy',
      'ประชาชนผู้สูงอายุยังไม่คุ้นเคยกับการยื่นคำร้องผ่านระบบออนไลน์',
      '(นายประสิทธิ์ โปร่งใส)',
    ]) expect(text).toContain(expected);
  });

  it('draws the chart as a picture, centred under its title', () => {
    const blocks = docs[0].saved().children;
    const at = blocks.findIndex((b) => b.type === 'inlineImage');
    expect(blocks[at]).toMatchObject({ type: 'inlineImage', contentType: 'image/png', alignment: 'CENTER' });
    expect(blocks[at - 1]).toMatchObject({ type: 'paragraph', text: 'ร้อยละของโครงการ/กิจกรรม/มาตรการที่ดำเนินการแล้ว จำแนกตามมิติ', bold: true });
    const image = blocks[at] as { width: number; height: number; bytes: number };
    expect(image.width / image.height).toBeCloseTo(CHART_SIZE.width / CHART_SIZE.height, 1);
    expect(image.bytes).toBeGreaterThan(1000);
  });

  it('puts the PDF beside the document in the output folder', () => {
    const doc = env.drive.item(docs[0].id);
    const folderFiles = env.drive.files(doc.parentIds[0]);
    expect(env.drive.item(doc.parentIds[0]).name).toBe(SAMPLE_PLAN.settings.outputFolder);
    expect(folderFiles.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document']);
  });

  it('updates the same document when run again, replacing the PDF', () => {
    const again = env.call('startMonitoringReport', 2567, 6) as JobProgress;
    env.endExecution();
    expect(again.ok).toBe(true);
    expect(again.message).toContain('ปรับปรุงรายงาน');
    expect(again.links[0].url).toBe(first.links[0].url);
    expect(env.documents.withName('รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน')).toHaveLength(1);
    const folder = env.drive.item(docs[0].id).parentIds[0];
    expect(env.drive.files(folder).filter((f) => f.mimeType === 'application/pdf')).toHaveLength(1);
  });

  it('reads the sheet in one batch per tab and writes no cell', () => {
    expect(calls['Range.getValues']).toBe(6);
    expect(calls['Range.setValues']).toBeUndefined();
  });

  it('makes as many spreadsheet calls for ten times the measures', () => {
    const big = addonWith(sampleBookWithProgress({ ...SAMPLE_PLAN, measures: manyMeasures(SAMPLE_PLAN.measures.length * 10) }));
    const r = big.call('startMonitoringReport', 2567, 6) as JobProgress;
    expect(r.ok).toBe(true);
    expect(sheetCalls(big)).toEqual(reportSheetCalls);
  });

  it('points at what the monitoring rules find, and still writes the report', () => {
    const book = sampleBookWithProgress();
    const snap = book.get(SHEET.monitoring)!;
    const status = MONITORING_COLUMNS.findIndex((c) => c.key === 'status');
    const values = snap.values.map((r, i) => (i === 3 ? r.map((v, c) => (c === status ? '' : v)) : r)); // 1.1.2: spent, no status
    book.set(SHEET.monitoring, { values, formulas: snap.formulas });
    const r = addonWith(book).call('startMonitoringReport', 2567, 6) as JobProgress;
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('ข้อควรแก้ 1 รายการ') });
  });

  it('dates the signatures by the date the sidebar sends, and refuses one that is not a day', () => {
    const dated = addonWith(sampleBookWithProgress());
    expect(dated.call('startMonitoringReport', 2567, 6, '2024-04-05')).toMatchObject({ ok: true });
    const text = dated.documents.withName('รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน')[0].savedText();
    expect(text.match(/วันที่ ๕ เมษายน ๒๕๖๗/g)).toHaveLength(2);
    expect(dated.call('startMonitoringReport', 2567, 6, '2024-02-30')).toMatchObject({ ok: false, message: expect.stringContaining('วันที่ของรายงานไม่ถูกต้อง') });
  });

  it('says what to do when the round has no rows yet', () => {
    const r = env.call('startMonitoringReport', 2567, 12) as JobProgress;
    expect(r).toMatchObject({ ok: false, finished: true, message: expect.stringContaining('เริ่มรอบติดตามผล') });
  });
});
