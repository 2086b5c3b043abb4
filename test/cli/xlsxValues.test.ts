/**
 * The values-only reader (src/cli/xlsxValues.ts) against exceljs, cell by cell: every workbook of
 * a generated folder of plans, the seeds' workbooks, the demo's output, and odd workbooks (errors,
 * dates, rich and inline text, shared formulas, merges, styled empty cells, empty sheets, escapes).
 * Each must read to the same sheet names and the same snapshots; the plans must not need exceljs.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSnapshot } from '../../src/core/workbook/grid';
import type { SnapshotSource } from '../../src/core/workbook/scaffold';
import { applyWritesXlsx, loadWorkbook, newWorkbook, readSnapshotSource, snapshotSourceOf } from '../../src/cli/xlsx';
import { readValues } from '../../src/cli/xlsxValues';
import { seed001Book, seed004Book } from '../fixtures/aroundPlanBook';
import { runDemoQuietly } from '../fixtures/demoRun';
import { SEED000_MEASURES, SEED000_SETTINGS, SEED000_STATED } from '../fixtures/seed000';
import { buildBook, type Book } from '../fixtures/workbook';
import { planSpec, writePlan } from '../review/generatedPlans';
import { rng } from '../import/corpus/plans';

const dir = mkdtempSync(join(tmpdir(), 'sujarit-xlsx-values-'));

/** Dates as their time (an invalid one as NaN), so that snapshots compare by value. */
function comparable(snap: SheetSnapshot | undefined): unknown {
  return snap && { values: snap.values.map((row) => row.map((v) => (v instanceof Date ? { date: v.getTime() } : v))), formulas: snap.formulas };
}

async function expectSameAsExcelJs(file: string, fast: SnapshotSource | undefined): Promise<void> {
  const slow = snapshotSourceOf(await loadWorkbook(file, { valuesOnly: true }));
  expect(fast).toBeDefined();
  expect(fast!.sheetNames!()).toEqual(slow.sheetNames!());
  for (const name of slow.sheetNames!()) expect([name, comparable(fast!(name))]).toEqual([name, comparable(slow(name))]);
}

/** The values-only reader must read the file itself, and as exceljs does. */
async function expectReadAlike(file: string): Promise<void> {
  await expectSameAsExcelJs(file, readValues(readFileSync(file)));
}

async function writeBook(book: Book, name: string): Promise<string> {
  const wb = newWorkbook();
  for (const [sheet, snap] of book) {
    const values = snap.values.map((row, r) => row.map((v, c) => snap.formulas[r]?.[c] || v));
    applyWritesXlsx(wb.addWorksheet(sheet), [{ row: 1, col: 1, values }]);
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

it('reads every generated plan as exceljs does', async () => {
  const plans = mkdtempSync(join(dir, 'plans-'));
  for (let i = 0; i < 8; i++) await writePlan(plans, planSpec(i));
  for (const name of readdirSync(plans)) await expectReadAlike(join(plans, name));
}, 120_000);

it("reads the seeds' workbooks and the demo's output as exceljs does", async () => {
  await expectReadAlike(await writeBook(buildBook(SEED000_SETTINGS, SEED000_MEASURES, SEED000_STATED), 'seed000.xlsx'));
  await expectReadAlike(await writeBook(seed001Book(), 'seed001.xlsx'));
  await expectReadAlike(await writeBook(seed004Book(), 'seed004.xlsx'));
  const out = await runDemoQuietly('sujarit-xlsx-values-demo-');
  for (const name of readdirSync(out).filter((n) => n.endsWith('.xlsx'))) await expectReadAlike(join(out, name));
}, 120_000);

/** A workbook with the cell kinds a plan typed in Excel or Sheets may hold. */
function oddWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('แปลก & <ชื่อ>');
  ws.getCell('A1').value = 'ข้อความ';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = false;
  ws.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('F1').value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell('G1').value = { richText: [{ text: 'ตัว', font: { bold: true } }, { text: 'หนา' }] };
  ws.getCell('H1').value = '  ช่องว่าง\nขึ้นบรรทัด & "อัญประกาศ" <tag> _x000D_ ';
  ws.getCell('A2').value = { formula: 'B1*2', result: 85 } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: 'A1&"!"', result: 'ข้อความ!' } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell('F2').value = { formula: 'C1', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('G2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = { formula: 'A2+1', result: 86, shareType: 'shared', ref: 'A3:A5' } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = { sharedFormula: 'A3', result: 87 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A5').value = { sharedFormula: 'A3', result: 88 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('B3').numFmt = 'dd/mm/yyyy';
  ws.getCell('B3').value = 45000;
  ws.getCell('C3').numFmt = '"฿"#,##0.00';
  ws.getCell('C3').value = 1234.5;
  ws.getCell('D3').numFmt = 'yyyy-mm-dd';
  ws.getCell('D3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.mergeCells('B5:D6');
  ws.getCell('B5').value = 'รวมช่อง';
  ws.mergeCells('F8:F12'); // a merge below every value, its first cell empty
  ws.getCell('K4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // styled, empty
  ws.getRow(20).height = 30; // a row without cells, below the rest
  wb.addWorksheet('ว่าง');
  const styledOnly = wb.addWorksheet('มีแต่รูปแบบ');
  styledOnly.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  return wb;
}

it('reads odd cells as exceljs does, with shared strings and with inline ones', async () => {
  for (const useSharedStrings of [true, false]) {
    const file = join(dir, `odd-${useSharedStrings}.xlsx`);
    writeFileSync(file, new Uint8Array(await oddWorkbook().xlsx.writeBuffer({ useSharedStrings } as ExcelJS.XlsxWriteOptions)));
    await expectReadAlike(file);
  }
});

/** Rewrites parts of an xlsx, as other programs write them. */
function rewrite(bytes: Uint8Array, edit: (name: string, xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) if (name.endsWith('.xml')) parts[name] = strToU8(edit(name, new TextDecoder().decode(parts[name])));
  return zipSync(parts);
}

it('reads what other programs write (1904 dates, references, CRLF, rich shared strings, bare cells) as exceljs does', async () => {
  const bytes = new Uint8Array(await oddWorkbook().xlsx.writeBuffer());
  const added = (new TextDecoder().decode(unzipSync(bytes)['xl/sharedStrings.xml']).match(/<si>/g) ?? []).length; // the run-only string's index
  const file = join(dir, 'other-programs.xlsx');
  writeFileSync(file, rewrite(bytes, (name, xml) => {
    if (name === 'xl/workbook.xml') return xml.replace(/<workbookPr\b[^>]*\/>/, '<workbookPr date1904="1"/>');
    if (name === 'xl/sharedStrings.xml') return xml.replace('ข้อความ<', 'ข้อ&#x0E04;วาม&#13;&#10;\r\nต่อ<').replace('</sst>', '<si><r><t>ก</t></r><r><rPr><b/></rPr><t xml:space="preserve"> ข_x0009_</t></r></si></sst>');
    if (name === 'xl/worksheets/sheet1.xml') {
      return xml.replace('</sheetData>', `<row r="30"><c r="A30" t="s"><v>${added}</v></c><c r="B30"/><c r="C30" s="0"/><c t="str"><v>&amp;lt;ไม่ใช่แท็ก&amp;gt;</v></c><c r="E30" t="e"><v>#REF!</v></c></row></sheetData>`);
    }
    return xml;
  }));
  expect(new TextDecoder().decode(unzipSync(readFileSync(file))['xl/workbook.xml'])).toContain('date1904="1"');
  await expectReadAlike(file);
});

it('reads sheets laid out as other programs write them (spaces between tags, single quotes, references, CR, a byte-order mark) as exceljs does', async () => {
  const bytes = new Uint8Array(await oddWorkbook().xlsx.writeBuffer());
  const file = join(dir, 'laid-out.xlsx');
  writeFileSync(file, rewrite(bytes, (name, xml) => {
    if (name !== 'xl/worksheets/sheet1.xml') return xml;
    const [before, data, after] = xml.split(/(?<=<sheetData>)|(?=<\/sheetData>)/);
    const cells = data
      .replace(/></g, '>\n  <')
      .replace(/r="(A1|B2)"/g, "r='$1'")
      .replace('<f>B1*2</f>', '<f>B1&#42;2&#x2A;1</f>')
      .replace('</row>\n  <row r="2"', '</row>\r\n<row  r = "2" ');
    const added = `<row r="31"><c r="F31" t="str"><f>"ก"&amp;"ข"</f><v>ก&#13;&#10;ข\r\nค&#x0E07;</v></c></row>`;
    return `\ufeff${before}${cells}${added}${after}`;
  }));
  const part = unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml'];
  const sheet = new TextDecoder('utf-8', { ignoreBOM: true }).decode(part);
  expect(sheet).toContain("r='A1'");
  expect(sheet).toContain('B1&#42;2&#x2A;1');
  expect(sheet).toContain('</row>\r\n<row  r = "2" ');
  expect(sheet.startsWith('\ufeff<?xml')).toBe(true);
  await expectReadAlike(file);
  expect(readValues(readFileSync(file))!('แปลก & <ชื่อ>')!.values[30][5]).toBe('ก\r\nข\nคง');
});

it('leaves markup its scan does not read (a comment among rows, a self-closed value) to exceljs, with the same reading', async () => {
  const bytes = new Uint8Array(await oddWorkbook().xlsx.writeBuffer());
  for (const [what, edit] of [
    ['comment', (xml: string) => xml.replace('<row r="2"', '<!-- แถวสอง --><row r="2"')],
    ['self-closed value', (xml: string) => xml.replace('</sheetData>', '<row r="40"><c r="A40"><v/></c></row></sheetData>')],
  ] as const) {
    const file = join(dir, `unread-${what}.xlsx`);
    writeFileSync(file, rewrite(bytes, (name, xml) => (name === 'xl/worksheets/sheet1.xml' ? edit(xml) : xml)));
    expect([what, readValues(readFileSync(file))]).toEqual([what, undefined]);
    await expectSameAsExcelJs(file, await readSnapshotSource(file));
  }
});

it('leaves to exceljs what it does not model, and reads the same through readSnapshotSource', async () => {
  const wb = oddWorkbook();
  wb.getWorksheet('ว่าง')!.getCell('A1').value = { text: 'ลิงก์', hyperlink: 'https://example.org' };
  const file = join(dir, 'hyperlink.xlsx');
  await wb.xlsx.writeFile(file);
  expect(readValues(readFileSync(file))).toBeUndefined();
  await expectSameAsExcelJs(file, await readSnapshotSource(file));
  expect(readValues(new Uint8Array([1, 2, 3]))).toBeUndefined();
});

/**
 * The reader's promise under damage: a part changed at random (a character dropped or added, a
 * stretch cut or doubled; in the cells mostly, else anywhere in the sheet, the shared strings,
 * the workbook, its links or the styles) is either read exactly as exceljs reads it, or left to
 * exceljs; never read otherwise, and never read at all when exceljs refuses it.
 */
it('a workbook damaged at random is read as exceljs reads it, or left to exceljs', async () => {
  const bytes = new Uint8Array(await oddWorkbook().xlsx.writeBuffer());
  const parts = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const sheet = text('xl/worksheets/sheet1.xml');
  const others = ['xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels'];
  const cells = [sheet.indexOf('<sheetData>'), sheet.indexOf('</sheetData>') + '</sheetData>'.length];
  const r = rng(Number(process.env.FUZZ_SEED ?? 16));
  const pick = (n: number) => Math.floor(r() * n);
  const mutations = [
    (x: string, i: number) => x.slice(0, i) + x.slice(i + 1),
    (x: string, i: number) => x.slice(0, i) + ['<', '>', '"', "'", '&', '/', ' ', '\r', '=', 'c', '</c>', '<v>', '\x01'][pick(13)] + x.slice(i),
    (x: string, i: number) => x.slice(0, i) + x.slice(i + 1 + pick(30)),
    (x: string, i: number) => x.slice(0, i) + x.slice(i, i + 1 + pick(30)) + x.slice(i),
  ];
  const outcomes = { same: 0, leftToExcelJs: 0, refusedByBoth: 0 };
  for (let n = 0; n < Number(process.env.FUZZ_CASES ?? 300); n++) {
    const where = pick(6);
    const [name, original] = where < 3 ? ['xl/worksheets/sheet1.xml', sheet] : ((part) => [part, text(part)])(others[where === 3 ? 0 : pick(others.length)]);
    const [from, to] = where < 2 ? cells : [0, original.length];
    const damaged = mutations[pick(mutations.length)](original, from + pick(to - from));
    const file = join(dir, 'fuzz.xlsx');
    writeFileSync(file, rewrite(bytes, (part, xml) => (part === name ? damaged : xml)));
    const fast = readValues(readFileSync(file));
    let slow: SnapshotSource | undefined;
    try {
      slow = snapshotSourceOf(await loadWorkbook(file, { valuesOnly: true }));
    } catch {
      slow = undefined;
    }
    if (!slow) {
      expect([damaged, fast]).toEqual([damaged, undefined]);
      outcomes.refusedByBoth++;
    } else if (!fast) outcomes.leftToExcelJs++;
    else {
      expect([damaged, fast.sheetNames!()]).toEqual([damaged, slow.sheetNames!()]);
      for (const sheetName of slow.sheetNames!()) expect([damaged, sheetName, comparable(fast(sheetName))]).toEqual([damaged, sheetName, comparable(slow(sheetName))]);
      outcomes.same++;
    }
  }
  // Every outcome is met: the damage is not all of one kind (most is refused by both).
  expect(Object.values(outcomes).every((count) => count > 0)).toBe(true);
  expect(outcomes.same).toBeGreaterThan(20);
}, 300_000);
