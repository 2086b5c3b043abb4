import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../../src/cli/docxText';
import { loadWorkbook, snapshotOf, snapshotSourceOf } from '../../src/cli/xlsx';
import { readMonitoringSheet, rowsOfRound } from '../../src/core/monitoring/read';
import { SAMPLE_PROGRESS } from '../../src/core/monitoring/sampleProgress';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SHEET } from '../../src/core/workbook/layout';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' });
const WORKBOOK = 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx';
const REPORT_6 = 'รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน.docx';
const REPORT_12 = 'รายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน.docx';
const n = SAMPLE_PLAN.measures.length;

const demo = mkdtempSync(join(tmpdir(), 'sujarit-monitor-demo-'));
const demoRun = run('demo', '--out', demo);
const monitored = mkdtempSync(join(tmpdir(), 'sujarit-monitor-'));

describe('npm start (demo) shows monitoring on the sample plan', () => {
  it('starts 2567 รอบ 6 เดือน, types the sample progress and writes the report', async () => {
    expect(demoRun.status).toBe(0);
    expect(demoRun.stdout).toContain(`เพิ่มรายการติดตามผลปีงบประมาณ 2567 รอบ 6 เดือน ${n} รายการ`);
    expect(demoRun.stdout).toContain(`กรอกผลการดำเนินงานตัวอย่างแล้ว ${SAMPLE_PROGRESS.length} รายการ`);
    expect(demoRun.stdout).toContain(join(demo, REPORT_6));
    const wb = await loadWorkbook(join(demo, WORKBOOK));
    const rows = rowsOfRound(readMonitoringSheet(snapshotOf(wb.getWorksheet(SHEET.monitoring)!)), 2567, 6);
    expect(rows).toHaveLength(n);
    expect(rows.filter((r) => r.entry.status.kind === 'status')).toHaveLength(SAMPLE_PROGRESS.length);
  });
});

describe('monitor --in … --year 2567 --round 12 --out DIR', () => {
  const first = run('monitor', '--in', join(demo, WORKBOOK), '--year', '2567', '--round', '12', '--out', monitored);

  it('adds the 12-month rows, started from the 6-month entries, in a copy', async () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`เพิ่มรายการติดตามผลปีงบประมาณ 2567 รอบ 12 เดือน ${n} รายการ`);
    expect(first.stdout).toContain(`นำข้อมูลรอบ 6 เดือนมาเป็นค่าเริ่มต้น ${SAMPLE_PROGRESS.length} รายการ`);
    const wb = await loadWorkbook(join(monitored, WORKBOOK));
    const read = readMonitoringSheet(snapshotSourceOf(wb)(SHEET.monitoring)!);
    expect(rowsOfRound(read, 2567, 12).map((r) => r.entry.status)).toEqual(rowsOfRound(read, 2567, 6).map((r) => r.entry.status));
  });

  it('leaves the original file as it was', async () => {
    const wb = await loadWorkbook(join(demo, WORKBOOK));
    expect(readMonitoringSheet(snapshotOf(wb.getWorksheet(SHEET.monitoring)!)).rows).toHaveLength(n);
  });

  it('changes nothing when run again on its own output', async () => {
    const again = run('monitor', '--in', join(monitored, WORKBOOK), '--year', '๒๕๖๗', '--round', '12 เดือน', '--out', monitored);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('ครบทุกโครงการแล้ว');
    const before = await loadWorkbook(join(monitored, WORKBOOK));
    const after = await loadWorkbook(join(monitored, 'แผนป้องกันการทุจริต-ตัวอย่าง-sujarit.xlsx'));
    expect(snapshotOf(after.getWorksheet(SHEET.monitoring)!)).toEqual(snapshotOf(before.getWorksheet(SHEET.monitoring)!));
  });

  it('refuses a year outside the plan and a round that is not 6 or 12, in Thai', () => {
    const year = run('monitor', '--in', join(demo, WORKBOOK), '--year', '2580', '--round', '6', '--out', monitored);
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('อยู่นอกช่วงปีของแผน (2566–2570)');
    const round = run('monitor', '--in', join(demo, WORKBOOK), '--year', '2567', '--round', '3', '--out', monitored);
    expect(round.status).toBe(2);
    expect(round.stderr).toContain('ไม่ใช่รอบการติดตาม');
  });
});

describe('report --in … --year 2567 --round 6 --out DIR', () => {
  const out = mkdtempSync(join(tmpdir(), 'sujarit-report-'));
  const result = run('report', '--in', join(demo, WORKBOOK), '--year', '2567', '--round', '6', '--out', out);
  const text = () => docxText(readFileSync(join(out, REPORT_6))).then(toArabicDigits);

  it('writes the .docx', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${n} รายการ`);
  });

  it('has the title, period and organisation', async () => {
    const t = await text();
    expect(t).toContain('รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต');
    expect(t).toContain('ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน (1 ตุลาคม 2566 – 31 มีนาคม 2567)');
    expect(t).toContain('เทศบาลตำบลบ้านสวนหลวง อำเภอท่าน้ำใส จังหวัดลำพูน');
  });

  it('has the summary table per dimension with its totals', async () => {
    const t = await text();
    expect(t).toContain('มิติที่ 1 การสร้างวัฒนธรรมสุจริต\t8\t3\t3\t1\t1\t0\t37.50\t115,000\t55,100\t47.91');
    expect(t).toContain('รวมทั้งสิ้น\t33\t19\t7\t4\t1\t2\t57.58\t195,000\t97,700\t50.10');
  });

  it('has the per-measure table grouped by dimension, with subtotals', async () => {
    const t = await text();
    expect(t).toContain('ที่\tรหัส\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณตามแผน (บาท)\tใช้จริง (บาท)\tสถานะ\tผลการดำเนินงาน');
    expect(t).toMatch(/\n2\t1\.1\.2\tโครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลบ้านสวนหลวง\t20,000\t18,450\tดำเนินการแล้ว\tอบรมให้ความรู้/);
    expect(t).toContain('รวม มิติที่ 3 (7 โครงการ/กิจกรรม/มาตรการ)\t40,000\t28,600\tดำเนินการแล้ว 4');
  });

  it('gathers problems and suggestions and ends with the signatures', async () => {
    const t = await text();
    expect(t).toContain('ช่วงเวลาจัดเวทีตรงกับฤดูเก็บเกี่ยว ประชาชนบางหมู่บ้านเข้าร่วมน้อย (3.1.1)');
    expect(t).toContain('ควรจัดเวทีประชาคมในช่วงเย็นหรือวันหยุด (3.1.1)');
    expect(t).toMatch(/ผู้รายงาน\n\(นางสาวมาลัย ซื่อตรง\)\nนิติกรชำนาญการ\nวันที่ \d+ [ก-๙]+ 25\d\d/);
    expect(t).toContain('ผู้รับรอง\n(นายประสิทธิ์ โปร่งใส)');
  });

  it('dates the signatures by --date, and refuses a date it cannot read in Thai', async () => {
    const dated = mkdtempSync(join(tmpdir(), 'sujarit-report-dated-'));
    const r = run('report', '--in', join(demo, WORKBOOK), '--year', '2567', '--round', '6', '--out', dated, '--date', '5/4/2567');
    expect(r.status).toBe(0);
    const t = toArabicDigits(await docxText(readFileSync(join(dated, REPORT_6))));
    expect(t).toContain('นิติกรชำนาญการ\nวันที่ 5 เมษายน 2567');
    const bad = run('report', '--in', join(demo, WORKBOOK), '--year', '2567', '--round', '6', '--out', dated, '--date', 'พรุ่งนี้');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date อ่านเป็นวันที่ไม่ได้');
  });

  it('the demo dates its report inside its round, not the day it runs', async () => {
    const t = toArabicDigits(await docxText(readFileSync(join(demo, REPORT_6))));
    expect(t).toContain('นิติกรชำนาญการ\nวันที่ 31 มีนาคม 2567');
  });

  it('reports the 12-month round of the monitored copy', async () => {
    const r = run('report', '--in', join(monitored, WORKBOOK), '--year', '2567', '--round', '12', '--out', out);
    expect(r.status).toBe(0);
    const t = toArabicDigits(await docxText(readFileSync(join(out, REPORT_12))));
    expect(t).toContain('ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน (1 ตุลาคม 2566 – 30 กันยายน 2567)');
  });

  it('says what to do for a round with no rows', () => {
    const r = run('report', '--in', join(demo, WORKBOOK), '--year', '2568', '--round', '6', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ให้สั่ง monitor --year 2568 --round 6');
  });
});
