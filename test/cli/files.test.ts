/**
 * Files that are not what their name says, text in the encodings Thai offices use, output folders
 * that cannot take files, and outputs a person edited: each gets a clear Thai answer, and nothing
 * typed is ever replaced.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { docxText } from '../../src/cli/docxText';
import { LEDGER_NAME } from '../../src/cli/outputLedger';
import { decodeText, detectEncoding } from '../../src/cli/textEncoding';
import { SHEET } from '../../src/core/workbook/layout';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'sujarit-files-'));
const demoOut = join(dir, 'demo');
const demo = run('demo', '--out', demoOut);
const workbook = join(demoOut, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx');
const planDocx = () => join(demoOut, 'เอกสาร', readdirSync(join(demoOut, 'เอกสาร')).find((f) => f.startsWith('แผนปฏิบัติการ'))!);

it('the demo wrote its workbook and whole-plan document', () => {
  expect(demo.status).toBe(0);
  expect(existsSync(planDocx())).toBe(true);
});

/** A minimal OLE2 compound file whose directory names the given stream, as Office writes them. */
function ole2(stream: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  Buffer.from(stream, 'utf16le').copy(directory);
  return Buffer.concat([header, directory]);
}

describe('a file that is not an .xlsx workbook', () => {
  const cases: [string, () => Buffer, string][] = [
    ['an old .xls', () => ole2('Workbook'), 'Office รุ่นเก่า (.xls หรือ .doc)'],
    ['a password-protected .xlsx', () => ole2('EncryptedPackage'), 'ป้องกันด้วยรหัสผ่าน'],
    ['a .docx renamed .xlsx', () => readFileSync(planDocx()), 'เอกสาร Word (.docx) ที่ตั้งชื่อผิดนามสกุล'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'เป็นไฟล์ PDF'],
    ['an empty file', () => Buffer.alloc(0), 'ไฟล์ว่าง'],
  ];
  it.each(cases)('%s is named for what it is, with what to do', (name, bytes, expected) => {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, bytes());
    const r = run('validate', '--in', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toContain(path);
    expect(r.stderr).not.toMatch(/date1904|ไม่คาดคิด/);
  });
});

describe('a damaged workbook is refused as damaged, never read as an empty or partial plan', () => {
  const damage = async (name: string, change: (zip: JSZip) => void): Promise<string> => {
    const zip = await JSZip.loadAsync(readFileSync(workbook));
    change(zip);
    const path = join(dir, `damaged-${name}.xlsx`);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    return path;
  };
  const bytes = (name: string, data: Buffer) => {
    const path = join(dir, `damaged-${name}.xlsx`);
    writeFileSync(path, data);
    return path;
  };
  const cases: [string, () => Promise<string>, string][] = [
    ['cut short', async () => bytes('cut', readFileSync(workbook).subarray(0, 20_000)), 'อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ'],
    ['without its workbook part', () => damage('no-workbook', (z) => z.remove('xl/workbook.xml')), 'ไฟล์ Office ที่ขาดบางส่วน'],
    ['without its shared strings (every text would read empty)', () => damage('no-strings', (z) => z.remove('xl/sharedStrings.xml')), 'xl/sharedStrings.xml'],
    ['without the links to its sheets', () => damage('no-rels', (z) => z.remove('xl/_rels/workbook.xml.rels')), 'xl/_rels/workbook.xml.rels'],
    ['with no sheet list', () => damage('no-sheets', (z) => z.file('xl/workbook.xml', '<workbook/>')), 'ไม่มีรายชื่อแผ่นงาน'],
    ['with a sheet that is not XML', () => damage('garbage', (z) => z.file('xl/worksheets/sheet2.xml', '<<<')), 'สมุดงานเสียหายบางส่วน'],
    ['with a sheet cut short inside a whole zip', async () => {
      const sheet = await (await JSZip.loadAsync(readFileSync(workbook))).file('xl/worksheets/sheet2.xml')!.async('string');
      return damage('cut-sheet', (z) => z.file('xl/worksheets/sheet2.xml', sheet.slice(0, Math.floor(sheet.length / 2))));
    }, 'สมุดงานเสียหายบางส่วน'],
    ['with a cell left open inside a whole zip', async () => {
      const sheet = await (await JSZip.loadAsync(readFileSync(workbook))).file('xl/worksheets/sheet2.xml')!.async('string');
      return damage('open-cell', (z) => z.file('xl/worksheets/sheet2.xml', sheet.replace(/(<c\b[^>]*>(?:(?!<\/c>).)*?)<\/c>/s, '$1')));
    }, 'สมุดงานเสียหายบางส่วน'],
    ['with the data of its sheet list damaged inside a whole zip', async () => {
      const data = Buffer.from(readFileSync(workbook));
      const name = data.indexOf('xl/workbook.xml'); // in its local header, which comes before the directory
      const start = name + 'xl/workbook.xml'.length + data.readUInt16LE(name - 2);
      for (let k = 10; k < 40; k++) data[start + k] ^= 0x5a;
      return bytes('inflate', data);
    }, 'ข้อมูลส่วน xl/workbook.xml ในไฟล์อ่านไม่ได้'],
  ];
  it.each(cases)('%s', async (_, make, expected) => {
    const path = await make();
    const r = run('validate', '--in', path);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toContain('ไม่คาดคิด');
  });
});

describe('a plan as text in the encodings Thai offices save', () => {
  let utf8 = '';
  beforeAll(async () => {
    utf8 = await docxText(readFileSync(planDocx()));
  });
  const importText = (name: string, bytes: Buffer) => {
    const path = join(dir, `${name}.txt`);
    writeFileSync(path, bytes);
    return run('import', '--in', path, '--out', join(dir, `import-${name}`));
  };
  const measuresLine = (out: string) => out.split('\n').find((l) => l.startsWith('นำเข้าแผนเดิมแล้ว'));

  it('UTF-16 (with and without a byte-order mark, either byte order) and TIS-620 import as UTF-8 does', () => {
    const reference = importText('utf8', Buffer.from(utf8, 'utf8'));
    expect(reference.status).toBe(0);
    expect(measuresLine(reference.stdout)).toMatch(/เพิ่ม \d+ โครงการ/);
    const le = Buffer.from(utf8, 'utf16le');
    const be = Buffer.from(le).swap16();
    const tis620 = Buffer.from([...utf8].map((ch) => {
      const c = ch.codePointAt(0)!;
      return c < 0x80 ? c : c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e01 + 0xa1 : 0x3f;
    }));
    for (const [name, bytes] of [['utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), le])], ['utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be])], ['utf16le', le], ['tis620', tis620]] as const) {
      const r = importText(name, bytes);
      expect({ name, status: r.status, line: measuresLine(r.stdout) }).toEqual({ name, status: 0, line: measuresLine(reference.stdout) });
    }
  });

  it('Windows-874 punctuation is read, not turned into question marks', () => {
    const bytes = Buffer.from([0x93, 0xa1, 0x94, 0x20, 0x96, 0x20, 0x85]);
    expect(detectEncoding(bytes)).toBe('windows-874');
    expect(decodeText(bytes, 'windows-874')).toBe('“ก” – …');
  });

  it('an encoding it cannot recognise is named, not decoded into nonsense', () => {
    const r = importText('latin1', Buffer.from('Plan d\'action contre la corruption — été, année, référence', 'latin1'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ไม่รู้จักการเข้ารหัสอักขระ');
    expect(r.stderr).toContain('UTF-8');
  });

  it('a legacy .doc given to import is told to be saved as .docx', () => {
    const path = join(dir, 'plan.doc');
    writeFileSync(path, ole2('WordDocument'));
    const r = run('import', '--in', path, '--out', join(dir, 'import-doc'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"บันทึกเป็น" .xlsx หรือ .docx');
  });
});

describe('an --out that cannot take files is refused at once, naming it', () => {
  it('a file in the way, or a file as a parent folder', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r1 = run('demo', '--out', file);
    expect(r1.status).toBe(2);
    expect(r1.stderr).toContain(`${file}: มีไฟล์ชื่อนี้อยู่แล้วและไม่ใช่โฟลเดอร์`);
    const r2 = run('validate', '--in', workbook, '--out', join(file, 'inside'));
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('ส่วนหนึ่งของเส้นทางเป็นไฟล์');
  });

  const linux = process.platform === 'linux' && existsSync('/proc/self');
  (linux ? it : it.skip)('a pseudo file system (/proc, /sys) fails fast instead of hanging, and writes nothing first', () => {
    for (const out of ['/proc/sujarit-out', '/proc/self']) {
      const r = run('demo', '--out', out);
      expect(r.error).toBeUndefined(); // no timeout
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(out);
      expect(r.stdout).toBe('');
    }
  });
});

describe('an output a person edited is never replaced', () => {
  const setCell = async (path: string, sheet: string, cell: string, value: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet(sheet)!.getCell(cell).value = value;
    await wb.xlsx.writeFile(path);
  };

  it('import run again replaces its own unchanged workbook, but writes beside one the officer edited', async () => {
    const text = join(dir, 'again.txt');
    writeFileSync(text, await docxText(readFileSync(planDocx())));
    const out = join(dir, 'import-again');
    expect(run('import', '--in', text, '--out', out).status).toBe(0);
    const [book] = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    const again = run('import', '--in', text, '--out', out);
    expect(again.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx'))).toEqual([book]);

    await setCell(join(out, book), SHEET.settings, 'B2', 'องค์การบริหารส่วนตำบลที่แก้ไขแล้ว');
    const edited = readFileSync(join(out, book));
    const third = run('import', '--in', text, '--out', out);
    expect(third.status).toBe(0);
    expect(readFileSync(join(out, book)).equals(edited)).toBe(true);
    const copy = book.replace(/\.xlsx$/, ' (2).xlsx');
    expect(readdirSync(out)).toContain(copy);
    expect(third.stderr).toContain(`จึงไม่เขียนทับ: บันทึกเป็น ${copy} แทน`);
    expect(third.stdout).toContain(join(out, copy));
    // Running once more replaces the tool's own copy, not the edited file, and adds no third file.
    expect(run('import', '--in', text, '--out', out).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx')).sort()).toEqual([book, copy].sort());
  }, 60_000);

  it('validate --out beside a workbook with typed progress keeps every typed result', async () => {
    const out = join(dir, 'progress');
    mkdirSync(out);
    expect(run('monitor', '--in', workbook, '--out', out, '--year', '2568', '--round', '6').status).toBe(0);
    const book = join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx');
    await setCell(book, SHEET.monitoring, 'H5', 'ดำเนินการแล้ว: อบรม 40 คน');
    const typed = readFileSync(book);
    const r = run('validate', '--in', workbook, '--out', out);
    expect(readFileSync(book).equals(typed)).toBe(true);
    expect(r.stdout).toContain(join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง (2).xlsx'));
  }, 60_000);

  it('a file there before Sujarit wrote anything is kept too', () => {
    const out = join(dir, 'theirs');
    mkdirSync(out);
    copyFileSync(workbook, join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'));
    const before = readFileSync(join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx'));
    expect(run('scaffold', '--in', workbook, '--out', out).status).toBe(0);
    expect(readFileSync(join(out, 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx')).equals(before)).toBe(true);
    expect(readFileSync(join(out, LEDGER_NAME), 'utf8')).toMatch(/^[0-9a-f]{64}\tแผนป้องกันการทุจริต-ตัวอย่าง \(2\)\.xlsx\n$/);
  });
});
