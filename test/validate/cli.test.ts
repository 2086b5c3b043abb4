/**
 * `node build/cli.js validate` end to end: the seed 000 workbook written as a real .xlsx through
 * the real code, the sample plan through `demo`, the marked-up copy, and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { MARK_BACKGROUND, NOTE_TAG } from '../../src/core/validate/marks';
import { SHEET } from '../../src/core/workbook/layout';
import { appendMeasuresXlsx, scaffoldXlsx } from '../../src/cli/workbookJobs';
import { applyWritesXlsx, loadWorkbook, newWorkbook, saveWorkbook, snapshotOf, snapshotSourceOf } from '../../src/cli/xlsx';
import { validateWorkbook } from '../../src/core/validate/validate';
import { SEED000_MEASURES, SEED000_SETTINGS, SEED000_STATED } from '../fixtures/seed000';
import { statedWrites } from '../fixtures/workbook';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, 'validate', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'sujarit-validate-'));

/** The seed's measures and stated figures, typed into a scaffolded workbook. */
function seedWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  scaffoldXlsx(wb, SEED000_SETTINGS);
  appendMeasuresXlsx(wb, SEED000_SETTINGS, SEED000_MEASURES);
  const summary = wb.getWorksheet(SHEET.summary)!;
  applyWritesXlsx(summary, statedWrites(snapshotOf(summary), SEED000_SETTINGS, SEED000_STATED));
  return wb;
}

const seedXlsx = (path: string) => saveWorkbook(seedWorkbook(), path);

const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(-6).toLowerCase();

describe('validate on the seed 000 workbook', () => {
  const input = join(dir, 'seed000.xlsx');
  const out = join(dir, 'marked');
  let original: Buffer;
  beforeAll(async () => {
    await seedXlsx(input);
    original = readFileSync(input);
  });

  it('prints one line per finding, then the counts, and exits 1', () => {
    const r = run('--in', input);
    expect(r.status).toBe(1);
    const all = r.stdout.trim().split('\n');
    // Each finding's fix (วิธีแก้) follows it, indented.
    all.forEach((line, i) => {
      if (/^(ERROR|WARNING) /.test(line)) expect(all[i + 1]).toMatch(/^ {4}วิธีแก้: \S/);
    });
    const lines = all.filter((l) => !l.startsWith('    วิธีแก้: '));
    expect(lines).toEqual([
      'ERROR STATED_COUNT_MISMATCH สรุป!L4 ตารางสรุปของเอกสารระบุว่ามิติย่อย 1.1 มี 7 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 4 รายการ',
      'ERROR STATED_COUNT_MISMATCH สรุป!L7 ตารางสรุปของเอกสารระบุว่ามิติที่ 2 มี 23 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 27 รายการ',
      'ERROR STATED_COUNT_MISMATCH สรุป!L9 ตารางสรุปของเอกสารระบุว่ามิติย่อย 2.2 มี 13 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 17 รายการ',
      'ERROR STATED_COUNT_MISMATCH สรุป!K19 คำนำของเอกสารระบุว่าทั้งแผน มี 42 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 46 รายการ',
      'ERROR STATED_COUNT_MISMATCH สรุป!L19 ตารางสรุปของเอกสารระบุว่าทั้งแผน มี 42 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 46 รายการ',
      expect.stringMatching(/^WARNING ORG_GENERIC มิติที่ 1!C3 ข้อความ “…[^”]*บุคลากรองค์กรปกครองส่วนท้องถิ่น/),
      'พบข้อผิดพลาด 5 รายการ และคำเตือน 1 รายการ',
    ]);
  });

  it('--json prints the findings as a JSON array of {severity, code, sheet, cell, message, fix}', () => {
    const r = run('--in', input, '--json');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings).toHaveLength(6);
    expect(findings[1]).toEqual({
      severity: 'error', code: 'STATED_COUNT_MISMATCH', sheet: 'สรุป', cell: 'L7',
      message: 'ตารางสรุปของเอกสารระบุว่ามิติที่ 2 มี 23 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 27 รายการ',
      fix: 'แก้ตัวเลขในตารางสรุปของเอกสารเป็น 27 หรือเพิ่ม/ลบแถวในแผ่นงาน “มิติที่ 2” ให้ตรงกับที่ตั้งใจ แล้วแก้ช่องนี้ให้ตรงกับเอกสาร',
    });
  });

  it('--out writes a marked-up copy and leaves the input untouched', async () => {
    const r = run('--in', input, '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(input).equals(original)).toBe(true);
    const wb = await loadWorkbook(join(out, 'seed000.xlsx'));
    const tab = wb.getWorksheet(SHEET.findings)!;
    expect(tab.getCell('A2').value).toBe('ระดับ');
    expect(tab.getCell('B4').value).toBe('STATED_COUNT_MISMATCH');
    expect(tab.getCell('D4').value).toMatchObject({ formula: `HYPERLINK("#'สรุป'!L7","สรุป!L7")` });
    const l7 = wb.getWorksheet(SHEET.summary)!.getCell('L7');
    expect(fill(l7)).toBe(MARK_BACKGROUND.error.slice(1));
    expect(String(l7.note)).toContain(`${NOTE_TAG} ข้อผิดพลาด (STATED_COUNT_MISMATCH)`);
    expect(fill(wb.getWorksheet('มิติที่ 1')!.getCell('C3'))).toBe(MARK_BACKGROUND.warning.slice(1));
  });

  it('validating the marked copy after a fix clears that mark and keeps the user\'s own note', async () => {
    const marked = join(out, 'seed000.xlsx');
    const wb = await loadWorkbook(marked);
    const summary = wb.getWorksheet(SHEET.summary)!;
    summary.getCell('L7').value = 27;
    summary.getCell('L9').note = `ตรวจกับต้นฉบับแล้ว\n\n${String(summary.getCell('L9').note).slice(String(summary.getCell('L9').note).indexOf(NOTE_TAG))}`;
    const fixed = join(dir, 'fixed.xlsx');
    await saveWorkbook(wb, fixed);
    const r = run('--in', fixed, '--out', join(dir, 'again'));
    expect(r.stdout).toContain('พบข้อผิดพลาด 4 รายการ');
    const again = await loadWorkbook(join(dir, 'again', 'fixed.xlsx'));
    const l7 = again.getWorksheet(SHEET.summary)!.getCell('L7');
    expect(fill(l7)).toBeUndefined();
    expect(l7.note).toBeUndefined();
    const l9 = again.getWorksheet(SHEET.summary)!.getCell('L9');
    expect(String(l9.note).startsWith(`ตรวจกับต้นฉบับแล้ว\n\n${NOTE_TAG}`)).toBe(true);
    expect(again.worksheets.filter((w) => w.name === SHEET.findings)).toHaveLength(1);
  });
});

describe('what an .xlsx really holds', () => {
  it('a code cell merged over two rows reads empty on the second, and the fix says how to undo the merge', () => {
    const wb = seedWorkbook();
    const dim2 = wb.getWorksheet('มิติที่ 2')!;
    expect([dim2.getCell('B7').value, dim2.getCell('B8').value]).toEqual(['2.2.2', '2.2.2']);
    dim2.mergeCells('B7:B8');
    const missing = validateWorkbook(snapshotSourceOf(wb)).filter((f) => f.code === 'CODE_MISSING');
    expect(missing.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['มิติที่ 2!B8']);
    expect(missing[0].fix).toContain('ยกเลิกการผสาน');
  });
});

describe('validate on the sample plan and on files it cannot read', () => {
  it('the sample plan written by `demo` has no error and no warning, and exits 0', () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'sujarit-demo-'));
    const demo = spawnSync('node', [cli, 'demo', '--out', demoDir], { encoding: 'utf8' });
    expect(demo.stdout).toContain('ตรวจสอบแผน: ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน');
    const r = run('--in', join(demoDir, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'));
    expect(r.stdout.trim()).toBe('ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน');
    expect(r.status).toBe(0);
    expect(JSON.parse(run('--in', join(demoDir, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'), '--json').stdout)).toEqual([]);
  });

  it('exits 2 with a clear Thai message and no stack trace', () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    for (const r of [run('--in', bad), run('--in', join(dir, 'missing.xlsx')), run()]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/อ่านไฟล์|ไม่พบไฟล์|ต้องระบุ --in/);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(r.stdout).toBe('');
    }
  });
});
