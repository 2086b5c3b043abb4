/**
 * `docs` refuses to write documents that would say something wrong (a renamed dimension tab,
 * reversed plan years), lists why with the cell and the fix, and writes them only when asked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planDocumentBlockers, PLAN_DOCUMENT_BLOCKER_CODES } from '../../src/core/validate/blockers';
import { ruleCatalogue } from '../../src/core/validate/ruleSets';
import { SHEET, SETTING_FIELDS } from '../../src/core/workbook/layout';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'sujarit-blockers-'));
const demo = run('demo', '--out', join(dir, 'demo'));
const workbook = join(dir, 'demo', 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx');

async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  edit(wb);
  const path = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}
const docxIn = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')) : []);

it('the demo workbook makes documents without complaint', () => {
  expect(demo.status).toBe(0);
  const out = join(dir, 'clean');
  const r = run('docs', '--in', workbook, '--out', out);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  expect(docxIn(out).length).toBeGreaterThan(30);
});

it('a renamed dimension tab: no documents, the errors listed with what they would make wrong; --ignore-errors makes them', async () => {
  const input = await edited('renamed', (wb) => { wb.getWorksheet('มิติที่ 2')!.name = 'มิติ 2 (แก้ไข)'; });
  const out = join(dir, 'renamed-out');
  const r = run('docs', '--in', input, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('ยังไม่สร้างเอกสาร');
  expect(r.stderr).toMatch(/ERROR SHEET_MISSING มิติที่ 2/);
  expect(r.stderr).toMatch(/ERROR SHEET_NOT_READ มิติ 2 \(แก้ไข\)!C\d+/);
  expect(r.stderr).toContain('ผลต่อเอกสาร: ');
  expect(r.stderr).toContain('วิธีแก้: ');
  expect(r.stderr).toContain('--ignore-errors');
  expect(docxIn(out)).toEqual([]);

  const anyway = run('docs', '--in', input, '--out', out, '--ignore-errors');
  expect(anyway.status).toBe(0);
  expect(anyway.stderr).toContain('สร้างเอกสารทั้งที่ยังมีข้อผิดพลาด');
  expect(docxIn(out).length).toBeGreaterThan(10);
}, 120_000);

it('reversed plan years: refused, naming the settings cells', async () => {
  const input = await edited('reversed', (wb) => {
    const ws = wb.getWorksheet(SHEET.settings)!;
    const rowOf = (label: string) => ws.getColumn(1).values.findIndex((v) => v === label);
    const first = ws.getCell(rowOf(SETTING_FIELDS.find((f) => f.key === 'firstYear')!.label), 2);
    const last = ws.getCell(rowOf(SETTING_FIELDS.find((f) => f.key === 'lastYear')!.label), 2);
    [first.value, last.value] = [last.value, first.value];
  });
  const r = run('docs', '--in', input, '--out', join(dir, 'reversed-out'));
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`ERROR YEARS_ORDER ${SHEET.settings}!B\\d+`));
  expect(docxIn(join(dir, 'reversed-out'))).toEqual([]);
}, 120_000);

it('every blocking code is a real error rule, and warnings never block', () => {
  const catalogue = ruleCatalogue();
  for (const code of PLAN_DOCUMENT_BLOCKER_CODES) expect(catalogue[code]?.severity).toBe('error');
  const warning = { severity: 'warning' as const, code: 'YEARS_ORDER', sheet: SHEET.settings, cell: 'B5', message: '', fix: '' };
  expect(planDocumentBlockers([warning])).toEqual([]);
  // A missing summary tab leaves the documents right: it does not block.
  expect(planDocumentBlockers([{ ...warning, severity: 'error', code: 'SHEET_MISSING', sheet: SHEET.summary, cell: '' }])).toEqual([]);
});
