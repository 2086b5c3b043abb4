import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readAnnouncementSheet } from '../../src/core/announcement/read';
import { SAMPLE_ANNOUNCEMENT_ROWS } from '../../src/core/announcement/sampleAnnouncement';
import { readIntegritySheet } from '../../src/core/integrity/read';
import { SAMPLE_INTEGRITY_ROWS } from '../../src/core/integrity/sampleIntegrity';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SHEET } from '../../src/core/workbook/layout';
import { loadWorkbook, snapshotOf, snapshotSourceOf } from '../../src/cli/xlsx';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' });

describe('demo → xlsx → read back', () => {
  const out = mkdtempSync(join(tmpdir(), 'sujarit-demo-'));
  const result = run('demo', '--out', out);
  const file = join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx');

  it('runs and says what it did', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('สร้างแผ่นงานใหม่');
    expect(result.stdout).toContain(file);
  });

  it('reads back the sample plan exactly: settings, every measure, budgets and details', async () => {
    const wb = await loadWorkbook(file);
    const read = readWorkbook(snapshotSourceOf(wb));
    expect(read.missingSheets).toEqual([]);
    expect(read.plan.settings).toEqual(SAMPLE_PLAN.settings);
    expect(read.plan.measures).toHaveLength(SAMPLE_PLAN.measures.length);
    const byName = new Map(read.plan.measures.map((m) => [m.name, m]));
    for (const m of SAMPLE_PLAN.measures) expect(byName.get(m.name)).toEqual(m);
  });

  it('keeps the summary as formulas a spreadsheet recomputes', async () => {
    const wb = await loadWorkbook(file);
    const summary = snapshotOf(wb.getWorksheet(SHEET.summary)!);
    const formulas = summary.formulas.flat().filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(16 * 6);
    expect(formulas).toContain(`=COUNTIF('มิติที่ 3'!$B:$B,"3.2*")`);
  });

  it('types the sample integrity measures and announcement, and the workbook still validates with no finding', async () => {
    expect(result.stdout).toContain('ตรวจสอบแผน: ไม่พบข้อผิดพลาด');
    const wb = await loadWorkbook(file);
    expect(readIntegritySheet(snapshotOf(wb.getWorksheet(SHEET.integrity)!)).rows).toHaveLength(SAMPLE_INTEGRITY_ROWS.length);
    expect(readAnnouncementSheet(snapshotOf(wb.getWorksheet(SHEET.announcement)!)).rows).toHaveLength(SAMPLE_ANNOUNCEMENT_ROWS.length);
    expect(validateWorkbook(snapshotSourceOf(wb))).toEqual([]);
  });

  it('writes the documents around the plan beside the workbook, one line each, with the organisation and their titles', async () => {
    const docs = [
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗.docx', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
      ['รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗.docx', 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
      ['ประกาศนโยบายคุณธรรมและความโปร่งใส เทศบาลตำบลบ้านสวนหลวง ปีงบประมาณ ๒๕๖๗.docx', 'เรื่อง นโยบายเพื่อพัฒนาหน่วยงานให้มีคุณธรรมและความโปร่งใสในการบริหารงาน'],
      ['การประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗.docx', 'ประเด็นความเสี่ยงการทุจริต'],
      ['ผลการบริหารจัดการความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗.docx', 'รายงานผลการดำเนินการตามมาตรการบริหารจัดการความเสี่ยงการทุจริต'],
      ['บันทึกข้อความ เสนอรายงานการกำกับติดตาม ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน.docx', 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน'],
    ] as const;
    for (const [name, title] of docs) {
      const path = join(out, name);
      expect(result.stdout).toContain(`บันทึกไฟล์: ${path}\n`);
      const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
      expect(xml).toContain(SAMPLE_PLAN.settings.orgName);
      expect(xml).toContain(title);
    }
  });

  it('scaffold on the filled workbook changes no cell and leaves the original file alone', async () => {
    const again = mkdtempSync(join(tmpdir(), 'sujarit-again-'));
    const r = run('scaffold', '--in', file, '--out', again);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('โครงแผนครบถ้วนแล้ว');
    const before = await loadWorkbook(file);
    const after = await loadWorkbook(join(again, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'));
    before.eachSheet((ws) => expect(snapshotOf(after.getWorksheet(ws.name)!)).toEqual(snapshotOf(ws)));
  });
});

describe('a dimension tab whose name has a non-breaking space', () => {
  it('validate reports its rows as not read; scaffold renames it instead of adding a look-alike tab', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sujarit-nbsp-'));
    expect(run('demo', '--out', dir).status).toBe(0);
    const wb = await loadWorkbook(join(dir, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'));
    const tab = wb.getWorksheet('มิติที่ 1')!;
    const rows = snapshotOf(tab);
    tab.name = 'มิติที่\u00a01';
    const file = join(dir, 'nbsp.xlsx');
    await wb.xlsx.writeFile(file);
    const checked = run('validate', '--in', file);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('SHEET_LOOK_ALIKE');
    const out = join(dir, 'out');
    const r = run('scaffold', '--in', file, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('เป็น “มิติที่ 1”');
    const after = await loadWorkbook(join(out, 'nbsp.xlsx'));
    expect(after.worksheets.map((ws) => ws.name).filter((n) => n.startsWith('มิติที่'))).toEqual(['มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4']);
    expect(snapshotOf(after.getWorksheet('มิติที่ 1')!)).toEqual(rows);
    expect(run('validate', '--in', join(out, 'nbsp.xlsx')).status).toBe(0);
  }, 60_000);
});

describe('scaffold on a workbook a user made by hand', () => {
  it('adds the missing tabs and columns around the user cells without changing them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sujarit-user-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มิติที่ 2');
    ws.getCell('A2').value = 'ชื่อโครงการ';
    ws.getCell('B2').value = 'รหัส';
    ws.getCell('C2').value = 'งบประมาณ ๒๕๖๖';
    ws.getCell('A3').value = 'มาตรการ NO Gift Policy';
    ws.getCell('B3').value = '2.2.2';
    ws.getCell('C3').value = '40,000-บาท';
    ws.getCell('A5').value = 'กิจกรรม “วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี”'; // a row past a gap
    ws.getCell('B5').value = '๒.๒.๒';
    const input = join(dir, 'mine.xlsx');
    await wb.xlsx.writeFile(input);
    const r = run('scaffold', '--in', input, '--out', dir);
    expect(r.status).toBe(0);
    const fixed = await loadWorkbook(join(dir, 'mine-sujarit.xlsx'));
    const snap = snapshotOf(fixed.getWorksheet('มิติที่ 2')!);
    expect(snap.values[2].slice(0, 3)).toEqual(['มาตรการ NO Gift Policy', '2.2.2', '40,000-บาท']);
    expect(snap.values[1]).toEqual(expect.arrayContaining(['ลำดับ', 'ประเภท', 'ผู้รับผิดชอบ', 'งบประมาณ 2570 (บาท)']));
    expect(snap.values[1].filter((h) => h === 'งบประมาณ 2566 (บาท)')).toHaveLength(0); // found as "งบประมาณ ๒๕๖๖"
    const read = readWorkbook(snapshotSourceOf(fixed));
    expect(read.plan.measures.map((m) => [m.code, m.budgets[2566]])).toEqual([['2.2.2', 40000], ['2.2.2', undefined]]);
    expect(fixed.worksheets.map((w) => w.name).sort()).toEqual([SHEET.settings, SHEET.summary, 'มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4', SHEET.integrity, SHEET.announcement, SHEET.risk, SHEET.committee, SHEET.intro].sort());
  });

  it('exits 2 with a clear Thai message for a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sujarit-bad-'));
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = run('scaffold', '--in', bad, '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('อ่านไฟล์');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run('scaffold', '--in', join(dir, 'missing.xlsx'), '--out', dir).stderr).toContain('ไม่พบไฟล์');
    expect(execFileSync('node', [cli, 'help'], { encoding: 'utf8' })).toContain('scaffold');
  });
});
