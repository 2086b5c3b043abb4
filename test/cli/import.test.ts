/**
 * `node build/cli.js import`: seed text and Word files into a new workbook or a copy of one,
 * and the full round trip through the files the command line writes (xlsx → docs → import).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { docxText } from '../../src/cli/docxText';
import { loadWorkbook, snapshotOf, snapshotSourceOf } from '../../src/cli/xlsx';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SEEDS_DIR, describeWithSeeds } from '../seeds';
import { LAYOUTS } from '../import/corpus/cases';
import { generatePlan } from '../import/corpus/plans';
import { writePlan } from '../import/corpus/writers';

const cli = join(__dirname, '../../build/cli.js');
const seeds = SEEDS_DIR;
const run = (...args: string[]) => spawnSync('node', [cli, ...args], { encoding: 'utf8' });
const readBook = async (path: string) => readWorkbook(snapshotSourceOf(await loadWorkbook(path)));
const WORKBOOK = 'แผนป้องกันการทุจริต-เทศบาลเมืองสะเตงนอก.xlsx';

describeWithSeeds('import --in seed 000 (text) --out DIR', () => {
  const out = mkdtempSync(join(tmpdir(), 'sujarit-import-'));
  const result = run('import', '--in', join(seeds, '000_7a6659e46c76b2d7.txt'), '--out', out);
  const file = join(out, WORKBOOK);

  it('writes the filled workbook and prints counts per dimension and what it could not place', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('นำเข้าแผนเดิมแล้ว: เพิ่ม 46 โครงการ/กิจกรรม/มาตรการ');
    expect(result.stdout).toContain('มิติที่ 2: พบ 27, เพิ่ม 27');
    expect(result.stdout).toContain('จำนวนที่ระบุในตารางสรุป: มิติที่ 1 = 7, มิติที่ 2 = 23');
    expect(result.stdout).toContain('บรรทัด 2334: มีหัวข้อภารกิจ 3.2.1, 3.2.2, 3.2.3 ติดกัน');
    expect(result.stdout).toContain(`บันทึกสมุดงาน: ${file}`);
  });

  it('the workbook reads back with every measure and the document\'s settings', async () => {
    const read = await readBook(file);
    expect(read.missingSheets).toEqual([]);
    expect(read.plan.measures).toHaveLength(46);
    expect(read.plan.settings).toMatchObject({ orgName: 'เทศบาลเมืองสะเตงนอก', firstYear: 2566, lastYear: 2570, frameworkId: 'nacc-2566' });
    const summary = snapshotOf((await loadWorkbook(file)).getWorksheet(SHEET.summary)!);
    expect(summary.values.flat()).toEqual(expect.arrayContaining([23, 27, 42]));
  });

  it('--into an existing workbook writes a copy beside it, adds nothing twice and leaves the original alone', async () => {
    const again = mkdtempSync(join(tmpdir(), 'sujarit-import-again-'));
    const before = statSync(file).mtimeMs;
    const r = run('import', '--in', join(seeds, '000_7a6659e46c76b2d7.txt'), '--out', again, '--into', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ไม่มีรายการใหม่: ทั้ง 46 รายการมีชื่ออยู่ในแผ่นงานแล้ว');
    expect(statSync(file).mtimeMs).toBe(before);
    expect((await readBook(join(again, WORKBOOK))).plan.measures).toHaveLength(46);
  });

  it('round trip through the files: workbook → docs (.docx) → import gives the same measures', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'sujarit-import-docs-'));
    // Seed 000 contradicts itself (detail budgets against "no budget" in its table): docs refuses,
    // and the round trip asks for the documents anyway.
    expect(run('docs', '--in', file, '--out', docs).status).toBe(1);
    expect(run('docs', '--in', file, '--out', docs, '--ignore-errors').status).toBe(0);
    const whole = readdirSync(docs).find((f) => f.startsWith('แผนปฏิบัติการ'))!;
    const back = mkdtempSync(join(tmpdir(), 'sujarit-import-back-'));
    const r = run('import', '--in', join(docs, whole), '--out', back);
    expect(r.status).toBe(0);
    const first = await readBook(file);
    const second = await readBook(join(back, WORKBOOK));
    expect(JSON.parse(toArabicDigits(JSON.stringify(second.plan)))).toEqual(JSON.parse(toArabicDigits(JSON.stringify(first.plan))));
  });

  it('says plainly what it cannot read', () => {
    const notPlan = join(mkdtempSync(join(tmpdir(), 'sujarit-import-bad-')), 'memo.txt');
    writeFileSync(notPlan, 'บันทึกข้อความ\nเรื่อง ขออนุมัติ');
    const r = run('import', '--in', notPlan, '--out', tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ไม่พบโครงการ/กิจกรรม/มาตรการในเอกสารนี้');
    expect(run('import', '--in', join(seeds, 'nope.pdf'), '--out', tmpdir()).stderr).toContain('ไม่พบไฟล์');
  });
});

describeWithSeeds('import of seed 003 (earlier guideline)', () => {
  it('creates a workbook under the earlier guideline with its dimension-3 measures', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sujarit-import-003-'));
    const r = run('import', '--in', join(seeds, '003_e4ac5d120ad28f13.txt'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('แนวทางเดิม');
    const read = await readBook(join(out, 'แผนป้องกันการทุจริต-เทศบาลตำบลกกตูม.xlsx'));
    expect(read.plan.settings.frameworkId).toBe('nacc-2561');
    expect(read.plan.measures.map((m) => [m.dimension, m.code])).toEqual(
      ['3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2'].map((c) => [3, c]),
    );
  });
});

describe('Word files typed by hand', () => {
  /** Fields numbered by Word's automatic numbering (no digits in the text), and a per-year plan table. */
  async function handTypedPlan(): Promise<Buffer> {
    const field = (text: string) => new Paragraph({ text, numbering: { reference: 'fields', level: 0 } });
    const cells = (...texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const doc = new Document({
      numbering: { config: [{ reference: 'fields', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
      sections: [{
        children: [
          new Paragraph('แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. 2566 – 2570) ของเทศบาลตำบลทดสอบ'),
          new Table({ rows: [cells('มิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566', 'ปี 2567', 'ปี 2568', 'ปี 2569', 'ปี 2570', 'หมายเหตุ'), cells('มิติที่ 1', '1. โครงการทดสอบระบบ', '10,000', '-', '-', '-', '5,000', 'ปีแรกและปีสุดท้าย')] }),
          new Paragraph('มิติที่ 1 การสร้างวัฒนธรรมสุจริต'),
          new Paragraph('1.1.2 เสริมสร้างจิตสำนึกและความตระหนักในการยึดมั่นผลประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตน'),
          field('ชื่อโครงการ : โครงการทดสอบระบบ'),
          field('หลักการและเหตุผล'),
          new Paragraph('เพื่อทดสอบ'),
          field('วัตถุประสงค์'),
          new Paragraph('เพื่อให้ทดสอบได้'),
          field('กลุ่มเป้าหมาย'),
          new Paragraph('พนักงานเทศบาลตำบลทดสอบ'),
          field('วิธีดำเนินการ'),
          new Paragraph('ทดสอบ'),
          field('ระยะเวลาดำเนินการ'),
          new Paragraph('ปีงบประมาณ พ.ศ. 2566 – 2570'),
          field('งบประมาณที่ใช้ในการดำเนินการ'),
          new Paragraph('15,000 บาท'),
          field('ผู้รับผิดชอบโครงการ'),
          new Paragraph('สำนักปลัดเทศบาลตำบลทดสอบ'),
        ],
      }],
    });
    return Packer.toBuffer(doc);
  }

  it('keeps paragraphs, tables as tab-separated rows, and Word\'s numbering', async () => {
    const text = await docxText(await handTypedPlan());
    expect(text).toContain('มิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2566');
    expect(text).toContain('1. ชื่อโครงการ : โครงการทดสอบระบบ');
    expect(text).toContain('7. งบประมาณที่ใช้ในการดำเนินการ');
  });

  it('imports the measure with the per-year budgets of its plan table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sujarit-import-docx-'));
    writeFileSync(join(dir, 'แผน.docx'), await handTypedPlan());
    const r = run('import', '--in', join(dir, 'แผน.docx'), '--out', dir);
    expect(r.status).toBe(0);
    const read = await readBook(join(dir, 'แผนป้องกันการทุจริต-เทศบาลตำบลทดสอบ.xlsx'));
    expect(read.plan.measures).toEqual([
      expect.objectContaining({
        code: '1.1.2',
        name: 'โครงการทดสอบระบบ',
        budgets: { 2566: 10000, 2570: 5000 },
        remark: 'ปีแรกและปีสุดท้าย',
        responsible: 'สำนักปลัดเทศบาลตำบลทดสอบ',
        details: expect.objectContaining({ budgetText: '15,000 บาท', targetGroup: 'พนักงานเทศบาลตำบลทดสอบ' }),
      }),
    ]);
  });
});

describe('import --in a PDF text the project has never seen (running numbers, a table one cell per line)', () => {
  const plan = generatePlan(4242, 30, 'nacc-2561');
  const layout = LAYOUTS.find((l) => l.name.startsWith('running number, bare labels, per-year table one cell per line'))!;
  const dir = mkdtempSync(join(tmpdir(), 'sujarit-import-pdf-'));
  writeFileSync(join(dir, 'แผน.txt'), writePlan(plan, layout, 42));
  const r = run('import', '--in', join(dir, 'แผน.txt'), '--out', dir);

  it('prints per dimension how many measures have each field and their budgets', () => {
    expect(r.status).toBe(0);
    const dim2 = plan.measures.filter((m) => m.dimension === 2);
    expect(r.stdout).toContain(`มิติที่ 2 (${dim2.length} รายการ) มีข้อมูล: รหัสภารกิจ ${dim2.length}, หลักการและเหตุผล ${dim2.length}, วัตถุประสงค์ ${dim2.length}`);
  });

  it('writes names alone, budgets per year and the stated counts into the workbook', async () => {
    const read = await readBook(join(dir, `แผนป้องกันการทุจริต-${plan.orgName}.xlsx`));
    expect(read.plan.measures).toHaveLength(30);
    for (const want of plan.measures) {
      const got = read.plan.measures.find((m) => m.name === want.name);
      expect(got?.budgets).toEqual(want.budgets);
      expect(got?.code).toBe(want.code);
    }
    expect(read.plan.settings.frameworkId).toBe('nacc-2561');
  });
});
