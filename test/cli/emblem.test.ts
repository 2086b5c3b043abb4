/**
 * `docs` with ข้อมูลหน่วยงาน → ตราหน่วยงาน: the PNG the cell names (relative to the workbook's
 * folder) is the picture in the .docx files, at its proportions; a file it cannot use stops the
 * command naming the cell and the path, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { encodePng } from '../../src/core/chart/png';
import { emblemWrites, storedEmblemMarker } from '../../src/core/workbook/emblemTab';
import { SHEET } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import { snapshotSourceOf } from '../../src/cli/xlsx';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 180_000 });
const dir = mkdtempSync(join(tmpdir(), 'sujarit-emblem-'));
const demo = run('demo', '--out', join(dir, 'demo'));
const workbook = join(dir, 'demo', 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx');
/** 60×90: taller than wide, unlike the built-in Garuda. */
const PNG = encodePng({ width: 60, height: 90, palette: ['#ffffff', '#7f0000'], pixels: new Uint8Array(60 * 90).map((_, i) => (i % 7 === 0 ? 1 : 0)) });

/**
 * A copy of the demo workbook in its own folder with the emblem cell typed (and, given `stored`,
 * the hidden tab the add-on's upload writes); returns the path and the cell.
 */
async function withEmblem(name: string, value: string, stored?: Uint8Array): Promise<{ path: string; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  const row = locateSettingRows(snapshotSourceOf(wb)(SHEET.settings)!).emblem!;
  wb.getWorksheet(SHEET.settings)!.getCell(row, SETTINGS_VALUE_COL).value = value;
  if (stored) {
    const planned = emblemWrites('ตราเทศบาล.png', stored);
    if ('error' in planned) throw new Error(planned.error);
    const tab = wb.addWorksheet(SHEET.emblem, { state: 'hidden' });
    for (const w of planned.writes) w.values.forEach((r, i) => r.forEach((v, j) => (tab.getCell(w.row + i, w.col + j).value = v as ExcelJS.CellValue)));
  }
  const folder = join(dir, name);
  mkdirSync(join(folder, 'ตรา'), { recursive: true });
  const path = join(folder, 'แผน.xlsx');
  await wb.xlsx.writeFile(path);
  return { path, cell: `${SHEET.settings}!B${row}` };
}
const docxIn = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')) : []);

async function media(docx: string): Promise<{ images: Buffer[]; extents: [number, number][] }> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const names = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  const images = await Promise.all(names.map(async (n) => Buffer.from(await zip.file(n)!.async('uint8array'))));
  const xml = await zip.file('word/document.xml')!.async('string');
  const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  return { images, extents };
}

it('the demo runs with the emblem cell blank', () => {
  expect(demo.status).toBe(0);
});

it('a PNG relative to the workbook\'s folder is the emblem of the whole plan and of the announcement, at its proportions', async () => {
  const { path } = await withEmblem('custom', 'ตรา/ตราเทศบาล.png');
  writeFileSync(join(dir, 'custom', 'ตรา', 'ตราเทศบาล.png'), PNG);
  const out = join(dir, 'custom-out');
  const r = run('docs', '--in', path, '--out', out);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const plan = docxIn(out).find((f) => f.startsWith('แผนปฏิบัติการ'))!;
  const { images, extents } = await media(join(out, plan));
  expect(images.some((b) => b.equals(Buffer.from(PNG)))).toBe(true);
  // The cover's picture: 60×90 pixels → width two thirds of its height.
  expect(extents.some(([cx, cy]) => Math.abs(cx / cy - 60 / 90) < 0.01)).toBe(true);

  const announcementOut = join(dir, 'custom-announcement');
  const a = run('docs', '--kind', 'announcement', '--year', '2567', '--in', path, '--out', announcementOut);
  expect(a.status).toBe(0);
  const [announcement] = docxIn(announcementOut);
  expect((await media(join(announcementOut, announcement))).images.some((b) => b.equals(Buffer.from(PNG)))).toBe(true);
}, 240_000);

it('a missing file: exit 1, a Thai message naming the cell and the path, no document', async () => {
  const { path, cell } = await withEmblem('missing', 'ตรา/ไม่มีไฟล์นี้.png');
  const out = join(dir, 'missing-out');
  const r = run('docs', '--in', path, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(cell);
  expect(r.stderr).toContain('ตรา/ไม่มีไฟล์นี้.png');
  expect(r.stderr).toContain(join(dir, 'missing', 'ตรา', 'ไม่มีไฟล์นี้.png'));
  expect(r.stderr).toContain('ไม่พบไฟล์นี้');
  expect(docxIn(out)).toEqual([]);
}, 120_000);

it('a JPEG named .png is refused for the memo too, saying what it is', async () => {
  const { path, cell } = await withEmblem('jpeg', 'ตรา/ตรา.png');
  writeFileSync(join(dir, 'jpeg', 'ตรา', 'ตรา.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  const out = join(dir, 'jpeg-out');
  const r = run('docs', '--kind', 'memo', '--about', 'plan', '--in', path, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(cell);
  expect(r.stderr).toContain('JPEG');
  expect(docxIn(out)).toEqual([]);
}, 120_000);

it('an emblem uploaded into the spreadsheet (the hidden tab, the marker in the cell) is the picture of the plan', async () => {
  const { path } = await withEmblem('stored', storedEmblemMarker('ตราเทศบาล.png'), PNG);
  const out = join(dir, 'stored-out');
  const r = run('docs', '--in', path, '--out', out);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const plan = docxIn(out).find((f) => f.startsWith('แผนปฏิบัติการ'))!;
  expect((await media(join(out, plan))).images.some((b) => b.equals(Buffer.from(PNG)))).toBe(true);
}, 240_000);

it('the marker without the tab: exit 1 naming the cell, no document', async () => {
  const { path, cell } = await withEmblem('stored-gone', storedEmblemMarker('ตราเทศบาล.png'));
  const out = join(dir, 'stored-gone-out');
  const r = run('docs', '--in', path, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(cell);
  expect(r.stderr).toContain('ไม่มีตราเก็บไว้');
  expect(docxIn(out)).toEqual([]);
}, 120_000);
