import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../../src/cli/docxText';
import { ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS } from '../../src/core/announcement/layout';
import { INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS } from '../../src/core/integrity/layout';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { SHEET } from '../../src/core/workbook/layout';
import { SEED001_AREA_TITLES, SEED001_MEMO, SEED001_ROWS, SEED001_SETTINGS } from '../fixtures/seed001Integrity';
import { SEED004_ROWS, SEED004_SETTINGS } from '../fixtures/seed004Announcement';
import { appendRecordsXlsx, saveWorkbook, typeSettingsXlsx, xlsxWorkbook } from './xlsxBook';

const cli = join(__dirname, '../../build/cli.js');
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'sujarit-otherdocs-'));
const book001 = join(dir, 'นาม่วง.xlsx');
const book004 = join(dir, 'สุโขทัย.xlsx');
const REPORT_FILE = 'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖.docx';
const textOf = async (file: string) => docxText(readFileSync(file));

beforeAll(async () => {
  const wb1 = xlsxWorkbook(SEED001_SETTINGS, SAMPLE_PLAN.measures);
  typeSettingsXlsx(wb1, SEED001_MEMO);
  appendRecordsXlsx(wb1, SHEET.integrity, INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS, SEED001_ROWS);
  await saveWorkbook(wb1, book001);
  const wb4 = xlsxWorkbook(SEED004_SETTINGS, []);
  appendRecordsXlsx(wb4, SHEET.announcement, ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS, SEED004_ROWS);
  await saveWorkbook(wb4, book004);
});

describe('docs --kind integrity', () => {
  it('writes the measures and the results report of seed 001 as .docx', async () => {
    const out = join(dir, 'integrity');
    const result = run('docs', '--kind', 'integrity', '--in', book001, '--year', '2566', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('7 ด้าน 24 มาตรการ/แนวทางการปฏิบัติ');
    expect(readdirSync(out).filter((f) => f.endsWith('.docx')).sort()).toEqual([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖.docx',
      'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖.docx',
    ]);
    const text = await textOf(join(out, REPORT_FILE));
    const lines = text.split('\n').filter((l) => l !== ''); // the emblem's paragraph and the cover's blank lines hold no text
    expect(lines.slice(0, 3)).toEqual(['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', 'เทศบาลตำบลนาม่วง อำเภอกุดบาก จังหวัดสกลนคร']);
    expect(lines.filter((l) => l === 'มาตรการ/แนวทางการปฏิบัติ\tขั้นตอน/วิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินการ\tผลลัพธ์/ความสำเร็จ')).toHaveLength(7);
    SEED001_AREA_TITLES.forEach((title, i) => expect(lines).toContain(`${'๑๒๓๔๕๖๗'[i]}. ${title}`));
    expect(text).toContain('๓. ส่งเสริมให้เจ้าหน้าที่ทุกคนมีจิตสำนึกที่ดี');
    const zip = await JSZip.loadAsync(readFileSync(join(out, REPORT_FILE)));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:tblHeader');
    expect(documentXml).toContain('w:val="restart"'); // merged cells where one cell covers several practices
  });

  it('answers in Thai when the year has no rows', () => {
    const result = run('docs', '--kind', 'integrity', '--in', book001, '--year', '2570', '--out', join(dir, 'none'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ยังไม่มีมาตรการของปีงบประมาณ 2570');
  });
});

describe('docs --kind announcement', () => {
  it('writes the announcement of seed 004, numbered by the program', async () => {
    const out = join(dir, 'announcement');
    const result = run('docs', '--kind', 'announcement', '--in', book004, '--year', '2560', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('6 ด้าน 18 นโยบาย 33 แผนงาน/โครงการ/กิจกรรม');
    const [file] = readdirSync(out).filter((f) => f.endsWith('.docx'));
    const text = await textOf(join(out, file));
    // The emblem's paragraph comes first, holding no text.
    expect(text.trimStart().startsWith('ประกาศเทศบาลเมืองสุโขทัย-ลก\nเรื่อง นโยบายเพื่อพัฒนาหน่วยงาน')).toBe(true);
    expect(text).toContain('๑.๒.๓ แผนงาน หรือโครงการ/กิจกรรม');
    expect(text).toContain('๑.๓.๓ แผนงาน หรือโครงการ/กิจกรรม');
    expect(text).toContain('แผนงาน/โครงการ/กิจกรรม\tตัวชี้วัด\tงบประมาณ\tระยะเวลาดำเนินการ\tหน่วยงานรับผิดชอบ');
    expect(text).toContain('ประกาศ ณ วันที่ ๓๑ มกราคม พ.ศ. ๒๕๖๐');
    expect(text).toContain('(นางสุชาดา พันธน์รา)');
  });
});

describe('docs --kind memo', () => {
  it('writes the covering memo of the integrity report, its fields in official order, dated in the Buddhist Era', async () => {
    const out = join(dir, 'memo');
    const result = run('docs', '--kind', 'memo', '--about', 'integrity', '--in', book001, '--year', '2566', '--date', '1/4/2567', '--out', out);
    expect(result.status).toBe(0);
    const [file] = readdirSync(out).filter((f) => f.endsWith('.docx'));
    const text = await textOf(join(out, file));
    // The standard form: ที่ and วันที่ on one line, วันที่ at the tab stop in the middle.
    expect(text).toContain('ที่  สน ๕๘๑๐๗ / ๖๕\tวันที่  ๑ เมษายน ๒๕๖๗');
    const lines = text.split(/\n|\t/).filter((l) => l.trim() !== '');
    const order = ['บันทึกข้อความ', 'ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง', 'เรียน', 'ต้นเรื่อง', 'ข้อเท็จจริง', 'ระเบียบ/กฎหมายที่เกี่ยวข้อง', 'ข้อเสนอแนะ/เพื่อพิจารณา', 'จึงเรียนมาเพื่อโปรดทราบ', 'ความเห็นของปลัดเทศบาลตำบลนาม่วง', 'คำสั่ง/ความเห็นของนายกเทศมนตรีตำบลนาม่วง'];
    const at = order.map((label) => lines.findIndex((l) => l === label || l.startsWith(`${label} `)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines).toContain('ส่วนราชการ  หน่วยตรวจสอบภายใน เทศบาลตำบลนาม่วง อำเภอกุดบาก จังหวัดสกลนคร');
    expect(lines).toContain('ที่  สน ๕๘๑๐๗ / ๖๕');
    expect(lines).toContain('วันที่  ๑ เมษายน ๒๕๖๗');
    expect(lines).toContain('เรื่อง  ๑. จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(lines).toContain('๒. รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(lines).toContain('เรียน  นายกเทศมนตรีตำบลนาม่วง');
    expect(lines).toContain('(นางสาวพรทเวา โพธิงาม)');
    expect(lines).toContain('(จ่าเอก กิตติพล บัวทะลา)');
    expect(lines).toContain('(นายจำเนียร ก้อนอิงาม)');
  });

  it('rejects an unknown kind or subject with the choices', () => {
    expect(run('docs', '--kind', 'poster', '--in', book001, '--out', dir).stderr).toContain('integrity|announcement|memo');
    expect(run('docs', '--kind', 'memo', '--about', 'budget', '--in', book001, '--out', dir).stderr).toContain('plan|integrity|monitoring');
  });
});
