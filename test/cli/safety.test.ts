/**
 * The command line protects what people typed and says clearly what is wrong: an output folder
 * reached through a symbolic link never overwrites the input, two runs into one folder never leave
 * a corrupt file, unknown options are refused, findings come with their fix, long titles make file
 * names cut between words.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { safeFileName } from '../../src/cli/fileName';
import { budgetHeader } from '../../src/core/workbook/layout';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' });
const WORKBOOK = 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'sujarit-safety-'));
const demoOut = join(dir, 'demo');
const demo = run('demo', '--out', demoOut);
const workbook = join(demoOut, WORKBOOK);

it('the demo wrote its workbook', () => {
  expect(demo.status).toBe(0);
});

describe('an output folder that is the input\'s folder through a symbolic link', () => {
  it.each([['scaffold'], ['monitor', '--year', '2567', '--round', '6']])('%s writes a copy beside the input, never over it', (command, ...extra) => {
    const before = readFileSync(workbook);
    const link = join(dir, `link-${command}`);
    symlinkSync(demoOut, link);
    const r = run(command, '--in', workbook, '--out', link, ...extra);
    expect(r.status).toBe(0);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    expect(readdirSync(demoOut)).toContain(WORKBOOK.replace(/\.xlsx$/, '-sujarit.xlsx'));
  });
});

it('two docs runs into one folder at once leave complete documents', async () => {
  const out = join(dir, 'together');
  mkdirSync(out);
  const once = () => new Promise<number>((resolve) => spawn('node', [cli, 'docs', '--in', workbook, '--out', out], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? 1)));
  expect(await Promise.all([once(), once()])).toEqual([0, 0]);
  const files: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f))));
  walk(out);
  const docx = files.filter((f) => f.endsWith('.docx'));
  expect(docx.length).toBeGreaterThan(30);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of docx) await expect(JSZip.loadAsync(readFileSync(f)).then((z) => z.file('word/document.xml') !== null)).resolves.toBe(true);
}, 120_000);

it('refuses an option the command does not have, naming the ones it has', () => {
  const r = run('validate', '--in', workbook, '--outt', dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('ไม่รู้จักตัวเลือก --outt');
  expect(r.stderr).toContain('--in --out --json');
});

it('prints each finding\'s fix (วิธีแก้) under it, and in --json', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  const settings = wb.getWorksheet('ข้อมูลหน่วยงาน')!;
  settings.eachRow((row) => {
    if (row.getCell(1).value === 'ชื่อหน่วยงาน') row.getCell(2).value = '';
  });
  const broken = join(dir, 'broken.xlsx');
  await wb.xlsx.writeFile(broken);
  const text = run('validate', '--in', broken);
  expect(text.status).toBe(1);
  const lines = text.stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('ERROR'));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(lines[at + 1]).toMatch(/^ {4}วิธีแก้: \S/);
  const json = JSON.parse(run('validate', '--in', broken, '--json').stdout) as { fix: string }[];
  expect(json.length).toBeGreaterThan(0);
  expect(json.every((f) => typeof f.fix === 'string' && f.fix.length > 0)).toBe(true);
});

it('a budget formula whose result is an error, or that has no result, is an error naming its cell', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  const ws = wb.getWorksheet('มิติที่ 1')!;
  const header = ws.getRow(2).values as unknown[];
  const col = header.indexOf(budgetHeader(2567));
  expect(col).toBeGreaterThan(0);
  ws.getCell(3, col).value = { formula: 'Z1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  ws.getCell(4, col).value = { formula: 'Z99*2' } as ExcelJS.CellValue;
  const file = join(dir, 'formulas.xlsx');
  await wb.xlsx.writeFile(file);
  const r = run('validate', '--in', file, '--json');
  expect(r.status).toBe(1);
  const findings = (JSON.parse(r.stdout) as { code: string; sheet: string; cell: string }[]).filter((f) => f.code === 'BUDGET_FORMULA_ERROR');
  const letter = ws.getColumn(col).letter;
  expect(findings.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([`มิติที่ 1!${letter}3`, `มิติที่ 1!${letter}4`]);
});

it('scaffolding a workbook again keeps one data-validation rule per range on the tabs it sets rules on, not a second copy', async () => {
  // The dimension tabs (sheets 2–5): their rules are set by scaffold. (An exceljs round trip of the
  // ติดตามผล tab, which scaffold leaves alone, still splits one of its ranges in two: noted, not fixed.)
  const counts = async (file: string) => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml'];
    return Promise.all(sheets.map(async (f) => [...(await zip.file(f)!.async('string')).matchAll(/<dataValidation /g)].length));
  };
  const once = join(dir, 'again1');
  const twice = join(dir, 'again2');
  expect(run('scaffold', '--in', workbook, '--out', once).status).toBe(0);
  expect(run('scaffold', '--in', join(once, WORKBOOK), '--out', twice).status).toBe(0);
  const before = await counts(workbook);
  expect(before.some((n) => n > 0)).toBe(true);
  expect(await counts(join(once, WORKBOOK))).toEqual(before);
  expect(await counts(join(twice, WORKBOOK))).toEqual(before);
});

describe('file names from long titles', () => {
  const title = `๑.๑.๑ ${'โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมายแก่ประชาชน '.repeat(8)}`;
  const name = safeFileName(title);

  it('fit the file system and end where a word ends', () => {
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(240);
    expect(title.startsWith(name)).toBe(true);
    const boundaries = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(title)].map((s) => s.index));
    expect(boundaries.has(name.length) || title[name.length] === ' ').toBe(true);
  });

  it('a 50,000-character title is named from its beginning only', () => {
    const long = safeFileName('ก'.repeat(50_000));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(240);
    expect(long).toBe('ก'.repeat(80));
  });
});
