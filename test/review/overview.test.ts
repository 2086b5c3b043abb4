/**
 * `overview --in DIR` (the built CLI) on a folder of generated plans with known figures: one
 * workbook row per organisation with its counts and budgets per dimension, findings, latest
 * monitoring round and review status, the plans that need attention first; and the document.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { OVERVIEW_HEADERS } from '../../src/core/review/overview';
import { OVERVIEW_CACHE_NAME } from '../../src/cli/overviewCache';
import { docxText } from '../../src/cli/docxText';
import { expectedDimensions, planSpec, writePlan, type GeneratedPlan } from './generatedPlans';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
const N = 9;
const dir = mkdtempSync(join(tmpdir(), 'sujarit-overview-'));
const specs: GeneratedPlan[] = Array.from({ length: N }, (_, i) => planSpec(i));
const col = (header: string) => OVERVIEW_HEADERS.indexOf(header);

beforeAll(async () => {
  for (const s of specs) await writePlan(dir, s);
  writeFileSync(join(dir, 'เสีย.xlsx'), 'not a workbook');
  writeFileSync(join(dir, '~$แผน-000.xlsx'), 'excel lock file');
  // Another workbook kept in the same folder: not a plan with errors, but not a plan.
  const other = new ExcelJS.Workbook();
  other.addWorksheet('งบประมาณรายจ่าย').addRow(['รายการ', 'จำนวนเงิน']);
  await other.xlsx.writeFile(join(dir, 'ข้อบัญญัติงบประมาณ.xlsx'));
}, 120_000);

it('writes one row per plan with its figures, attention first, and lists the unreadable file and the workbook that is no plan', async () => {
  const r = run('overview', '--in', dir);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1); // two files are not in the overview
  expect(r.stdout).toContain(`อ่านแผน ${N} ไฟล์ อ่านไม่ได้ 2 ไฟล์`);
  expect(r.stdout).toContain('อ่านไม่ได้: เสีย.xlsx');
  expect(r.stdout).toMatch(/อ่านไม่ได้: ข้อบัญญัติงบประมาณ\.xlsx: ไม่ใช่สมุดงานแผน.*“งบประมาณรายจ่าย”/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'ภาพรวม', 'ภาพรวมแผน.xlsx'));
  const ws = wb.getWorksheet('ภาพรวมแผน')!;
  const rows = (ws.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
  expect(rows).toHaveLength(N);
  for (const spec of specs) {
    const row = rows.find((x) => x[col('หน่วยงาน')] === spec.orgName)!;
    expect(row[col('ไฟล์')]).toBe(spec.file);
    const dims = ([1, 2, 3, 4] as const).map((no) => [row[col(`มิติที่ ${no} จำนวน`)], row[col(`มิติที่ ${no} งบประมาณ (บาท)`)]]);
    expect(dims).toEqual(expectedDimensions(spec));
    expect(row[col('รวมจำนวน')]).toBe(spec.measures.length);
    expect(row[col('แก้ไขหลังอนุมัติ')]).toBe(spec.fault === 'changedAfterApproval' ? 1 : 0);
    expect(Number(row[col('ข้อผิดพลาด')]) > 0).toBe(spec.fault !== 'none');
    expect(row[col('รอบติดตามล่าสุด')] !== '-').toBe(spec.monitored);
    if (spec.monitored) expect(row[col('รายการในรอบ')]).toBeGreaterThan(0);
    expect(row[col('ผ่าน')]).toBe(spec.fault === 'changedAfterApproval' ? 1 : 0);
  }
  // Attention first: the plans changed after approval, then those with errors.
  const faults = rows.map((x) => specs.find((s) => s.orgName === x[col('หน่วยงาน')])!.fault);
  const firstClean = faults.indexOf('none');
  expect(faults.slice(0, firstClean)).toEqual(['changedAfterApproval', 'negativeBudget']);
  expect(faults.slice(firstClean).every((f) => f === 'none')).toBe(true);
  expect(wb.getWorksheet('ไฟล์ที่อ่านไม่ได้')!.getColumn(1).values.slice(2)).toEqual(['ข้อบัญญัติงบประมาณ.xlsx', 'เสีย.xlsx']);

  const text = await docxText(readFileSync(join(dir, 'ภาพรวม', 'ภาพรวมแผน.docx')));
  expect(text).toContain(`จำนวน ${N} แผน`);
  for (const spec of specs) expect(text).toContain(spec.orgName);
  expect(text.indexOf(specs[3].orgName)).toBeLessThan(text.indexOf(specs[0].orgName));
});

it('a second run reads only the workbooks that changed, with the same figures', async () => {
  const rowsOf = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'ภาพรวม', 'ภาพรวมแผน.xlsx'));
    return (wb.getWorksheet('ภาพรวมแผน')!.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
  };
  const files = N + 2; // the plans, the unreadable file and the workbook that is no plan
  const first = run('overview', '--in', dir);
  expect(first.status).toBe(1);
  const before = await rowsOf();

  const again = run('overview', '--in', dir);
  expect(again.stdout).toContain(`อ่านใหม่ 0 ไฟล์ ใช้ผลที่อ่านไว้ ${files} ไฟล์`);
  expect(again.stdout).toContain('อ่านไม่ได้: เสีย.xlsx'); // a cached reason is still said
  expect(await rowsOf()).toEqual(before);

  // Plan 1 rewritten with plan 5's figures under its own name: read again, its row changes.
  await writePlan(dir, { ...planSpec(5), file: specs[1].file });
  const changed = run('overview', '--in', dir);
  expect(changed.stdout).toContain(`อ่านใหม่ 1 ไฟล์ ใช้ผลที่อ่านไว้ ${files - 1} ไฟล์`);
  const after = await rowsOf();
  const rowOf = (rows: unknown[][], file: string) => rows.find((x) => x[col('ไฟล์')] === file)!;
  expect(rowOf(after, specs[1].file)[col('หน่วยงาน')]).toBe(planSpec(5).orgName);
  expect(rowOf(after, specs[2].file)).toEqual(rowOf(before, specs[2].file));

  // A damaged cache is not trusted: everything is read again.
  writeFileSync(join(dir, 'ภาพรวม', OVERVIEW_CACHE_NAME), '{"format":1,"entries":');
  const fresh = run('overview', '--in', dir);
  expect(fresh.stdout).not.toContain('ใช้ผลที่อ่านไว้');
  expect(await rowsOf()).toEqual(after);
  await writePlan(dir, specs[1]); // as it was, for the other tests
}, 240_000);

it('a folder large enough for worker threads gives each plan the row reading in turn gives it, and is cached across them', async () => {
  // The folder's plans and odd files three times over (33 files: two worker threads on two cores or more).
  const many = mkdtempSync(join(tmpdir(), 'sujarit-overview-many-'));
  const names = readdirSync(dir).filter((n) => n.endsWith('.xlsx') && !n.startsWith('~$'));
  for (const k of [1, 2, 3]) for (const n of names) copyFileSync(join(dir, n), join(many, `ชุด${k}-${n}`));
  const rowsIn = async (folder: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, 'ภาพรวม', 'ภาพรวมแผน.xlsx'));
    return (wb.getWorksheet('ภาพรวมแผน')!.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
  };
  expect(run('overview', '--in', dir).status).toBe(1);
  const inTurn = await rowsIn(dir);
  const r = run('overview', '--in', many);
  expect(r.stdout).toContain(`อ่านแผน ${3 * N} ไฟล์ อ่านไม่ได้ 6 ไฟล์`);
  if (availableParallelism() < 2) console.log('overview test: one core here, so the files were read in turn, not in worker threads');
  const rows = await rowsIn(many);
  expect(rows).toHaveLength(3 * N);
  // The same figures; the file name and rank differ (three rows share a plan's place in the attention order).
  const withoutFile = (row: unknown[]) => row.map((v, i) => (i === col('ไฟล์') || i === col('ลำดับ') ? '' : v));
  for (const row of rows) {
    const original = inTurn.find((x) => `${String(row[col('ไฟล์')]).replace(/^ชุด\d-/, '')}` === x[col('ไฟล์')])!;
    expect(withoutFile(row)).toEqual(withoutFile(original));
  }
  expect(run('overview', '--in', many).stdout).toContain(`อ่านใหม่ 0 ไฟล์ ใช้ผลที่อ่านไว้ ${3 * names.length} ไฟล์`);
  expect(await rowsIn(many)).toEqual(rows);
}, 240_000);

it('refuses a folder without plans, in Thai', () => {
  const empty = mkdtempSync(join(tmpdir(), 'sujarit-overview-empty-'));
  const r = run('overview', '--in', empty);
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain('ไม่พบไฟล์แผน (.xlsx)');
});
