/**
 * The importer's parser on the seeds (text extracted from real plans) and on the shapes of text
 * converters leave: headings, numbered fields, flattened tables with <p> fragments, Thai digits.
 */
import { durationYears, yearBudgetsFromDetail } from '../../src/core/import/budgets';
import { recogniseField } from '../../src/core/import/fields';
import { parsePlan, type ParsedPlan } from '../../src/core/import/parsePlan';
import { docIdOf, withTableRows } from '../../src/core/import/source';
import { sourceLines } from '../../src/core/import/lines';
import { readSummaryTables } from '../../src/core/import/stated';
import { assignableCodes, getFramework } from '../../src/core/framework/framework';
import { splitLines } from '../../src/core/thai/text';
import { SEED000_MEASURES, SEED000_STATED } from '../fixtures/seed000';
import { describeWithSeeds, seedText } from '../seeds';

const seed = seedText;
const codesOf = (p: ParsedPlan) => p.measures.map((m) => m.measure.code);
const countBy = (p: ParsedPlan) => [1, 2, 3, 4].map((d) => p.measures.filter((m) => m.measure.dimension === d).length);

describeWithSeeds('seed 000: the whole 2566–2570 plan of เทศบาลเมืองสะเตงนอก', () => {
  const plan = parsePlan(seed('000_7a6659e46c76b2d7.txt'));
  const measures = plan.measures.map((m) => m.measure);

  it('knows whose plan, which years and which guideline (and says why)', () => {
    expect(plan.orgName).toBe('เทศบาลเมืองสะเตงนอก');
    expect([plan.firstYear, plan.lastYear, plan.yearsStated]).toEqual([2566, 2570, true]);
    expect(plan.frameworkId).toBe('nacc-2566');
    expect(plan.frameworkReason).toContain('2566–2570');
    expect(plan.digits).toBe('arabic');
  });

  it('recovers all 46 measures: 7 / 27 / 5 / 7, numbered per dimension as printed', () => {
    expect(measures).toHaveLength(46);
    expect(countBy(plan)).toEqual([7, 27, 5, 7]);
    expect(measures.filter((m) => m.dimension === 2).map((m) => m.no)).toEqual(Array.from({ length: 27 }, (_, i) => String(i + 1)));
  });

  it('files every measure under the code of its heading, as an independent transcription of the seed does', () => {
    expect(codesOf(plan)).toEqual(SEED000_MEASURES.map((m) => m.code));
    const fw = getFramework('nacc-2566');
    for (const code of codesOf(plan)) expect(assignableCodes(fw)).toContain(code);
  });

  it('reads name, type, responsible unit and budget line as printed', () => {
    measures.forEach((m, i) => {
      const expected = SEED000_MEASURES[i];
      expect([m.dimension, m.responsible, m.details.budgetText]).toEqual([expected.dimension, expected.responsible, expected.details.budgetText]);
      // The transcription keeps only the first line of measure 1.4's name; the seed continues it on the next line.
      expect(m.name.startsWith(expected.name)).toBe(true);
    });
    expect(measures[3].name).toBe('โครงการเสริมสร้างองค์ความรู้ด้านการต่อต้านการทุจริต (โครงการอบรมบุคลากรเพื่อต่อต้านคอร์รัปชัน)');
    expect(measures.map((m) => m.type)).toEqual(SEED000_MEASURES.map((m, i) => (i === 35 ? '' : m.type)));
  });

  it('fills every detail field the 9-field guideline has, and splits ผลผลิต from ผลลัพธ์', () => {
    const filled = ['rationale', 'objectives', 'targetGroup', 'method', 'duration', 'budgetText', 'outputs', 'outcomes'] as const;
    for (const m of measures) {
      for (const key of filled) expect([m.name, key, m.details[key] !== '']).toEqual([m.name, key, true]);
      expect(m.details.area).toBe(''); // the 2566–2570 detail page has no พื้นที่ดำเนินการ
    }
    const first = measures[0].details;
    expect(first.objectives.split('\n')).toHaveLength(3);
    expect(first.objectives).not.toMatch(/^\s*(-|\d\))/m); // typed numbering dropped: the documents number items
    expect(first.targetGroup).toBe('บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น จำนวน 125 คน');
    expect(first.method.split('\n')[0]).toBe('จัดทำโครงการ/แผนงานและขออนุมัติดำเนินโครงการ/แผน ต่อผู้บริหาร');
    expect(first.duration).toBe('ดำเนินการระหว่างเดือน ตุลาคม – กันยายน ของปีงบประมาณ พ.ศ. 2566 – 2570');
    expect(first.outputs.split('\n')).toHaveLength(2);
    expect(first.outcomes).toMatch(/^องค์กรปกครองส่วนท้องถิ่นมีการบริหารงานโดยยึดอำนาจหน้าที่/);
    // Measure 2.12 has no "9. ผลผลิต/ผลลัพธ์" line, only the two sub-headings.
    const m212 = measures.find((m) => m.name.includes('วิเคราะห์ผลการจัดซื้อจัดจ้าง'))!;
    expect(m212.details.outputs.split('\n')).toHaveLength(2);
    expect(m212.details.outcomes).toMatch(/^ข้อร้องเรียนเกี่ยวกับการจัดซื้อจัดจ้าง/);
  });

  it('keeps list numbers such as "2.1.1)" inside a measure instead of reading them as headings', () => {
    const m213 = measures.find((m) => m.code === '2.1.3')!;
    expect(m213.details.method).toContain('2.1.1) ข้อมูลพื้นฐาน');
    expect(m213.details.duration).not.toBe('');
    expect(plan.problems.filter((p) => p.code === 'UNPLACED_TEXT')).toEqual([]);
  });

  it('recovers the stated figures: 7 / 27 / 5 / 7 and 42 in the preface, 23 and 42 in the summary table', () => {
    const counts = (o: Record<string, { count: number }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.count]));
    expect(counts(plan.stated.preface)).toEqual({ '1': 7, '2': 27, '3': 5, '4': 7, total: 42 });
    const table = counts(plan.stated.table);
    expect(table).toMatchObject(SEED000_STATED.table);
    // Item rows too, lined up through the flattened cells ("3 1 1 1 13 1 11 1", "<p>7</p> <p>2</p>…").
    expect(table).toMatchObject({ '1.1.1': 4, '2.2.2': 11, '2.3.2': 3, '3.2.1': 0, '3.2.2': 0, '3.2.3': 0, '4.3.2': 1 });
    expect(plan.stated.preface['2'].line).toBe(13);
    expect(plan.stated.table['2'].line).toBe(90);
  });

  it('never invents a per-year budget: "40,000-บาท" over five years stays text and is reported', () => {
    expect(measures.every((m) => Object.keys(m.budgets).length === 0)).toBe(true);
    const budgetProblems = plan.problems.filter((p) => p.code === 'BUDGET_PER_YEAR');
    expect(budgetProblems.map((p) => p.line)).toEqual([174, 232, 288, 409, 464, 2129]);
    expect(budgetProblems[0].message).toContain('ระบุงบประมาณรายปีไม่ได้');
  });

  it('says what it had to guess, with the line: three item headings in a row, a name without a type word', () => {
    const guessed = plan.problems.find((p) => p.code === 'CODE_GUESSED')!;
    expect(guessed.line).toBe(2334);
    expect(guessed.message).toContain('3.2.1, 3.2.2, 3.2.3');
    expect(plan.problems.find((p) => p.code === 'NO_TYPE')?.line).toBe(2183);
    expect(plan.problems.map((p) => p.code).sort()).toEqual([...Array(6).fill('BUDGET_PER_YEAR'), 'CODE_GUESSED', 'NO_TYPE']);
  });
});

describeWithSeeds('seed 003: dimension 3 of เทศบาลตำบลกกตูม under the earlier guideline', () => {
  const plan = parsePlan(seed('003_e4ac5d120ad28f13.txt'));
  const measures = plan.measures.map((m) => m.measure);

  it('detects the earlier guideline from its titles and says so', () => {
    expect(plan.frameworkId).toBe('nacc-2561');
    expect(plan.frameworkReason).toContain('แนวทางเดิม');
    expect(plan.orgName).toBe('เทศบาลตำบลกกตูม');
    expect([plan.firstYear, plan.lastYear]).toEqual([2562, 2564]);
    expect(plan.digits).toBe('thai');
  });

  it('recovers its 8 dimension-3 measures with the codes of that guideline', () => {
    expect(countBy(plan)).toEqual([0, 0, 8, 0]);
    expect(codesOf(plan)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2']);
    expect(measures.map((m) => m.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(measures.map((m) => m.type)).toEqual(['มาตรการ', 'กิจกรรม', 'มาตรการ', 'โครงการ', 'มาตรการ', 'มาตรการ', 'มาตรการ', 'กิจกรรม']);
  });

  it('reads the 10-field detail page: เป้าหมาย, พื้นที่ดำเนินการ, ตัวชี้วัด/ผลลัพธ์, and a name split over two lines', () => {
    for (const m of measures) {
      for (const key of ['rationale', 'objectives', 'targetGroup', 'area', 'method', 'duration', 'budgetText', 'outcomes'] as const) {
        expect([m.name, key, m.details[key] !== '']).toEqual([m.name, key, true]);
      }
    }
    expect(measures[6].name).toBe('มาตรการ “ส่งเสริมการมีส่วนร่วมของประชาชนในการบริหารจัดการของเทศบาลตำบลกกตูม”');
    expect(measures[6].details.duration).toBe('ปีงบประมาณ ๒๕๖๒ - ๒๕๖๔');
    expect(measures[6].responsible).toBe('สำนักปลัดเทศบาลตำบลกกตูม');
    expect(measures[0].details.area).toBe('เทศบาลตำบลกกตูม');
    // "- งบประมาณรายจ่ายประจำปี" in a list is a list item, not the budget field.
    expect(measures[2].details.budgetText).toBe('๒๐,๐๐๐ บาท');
    expect(measures[2].details.method).toContain('งบประมาณรายจ่ายประจำปี');
    // "๒.๑" and "๒.๒ กำหนดแนวทาง…" inside a dimension-3 measure are steps, not headings.
    expect(measures[2].details.method).toContain('๒.๒ กำหนดแนวทาง/มาตรการกำกับติดตามหน่วยงานที่เกี่ยวข้อง');
  });

  it('joins headings cut over several lines and reports nothing left over', () => {
    expect(plan.problems.filter((p) => p.code !== 'BUDGET_PER_YEAR')).toEqual([]);
    expect(plan.problems).toHaveLength(4);
  });
});

describe('field headings', () => {
  it.each([
    ['1. ชื่อโครงการ : มาตรการ NO Gift Policy', { key: 'name', no: 1, inline: 'มาตรการ NO Gift Policy', exact: true, withContent: false }],
    ['2. หลักการและเหตุผล/ที่มาของโครงการ', { key: 'rationale', no: 2, inline: '', exact: false, withContent: false }],
    ['7. งบประมาณที่ใช้ในการดำเนินการ', { key: 'budgetText', no: 7, inline: '', exact: false, withContent: false }],
    ['7. งบประมาณ 20,000 บาท', { key: 'budgetText', no: 7, inline: '20,000 บาท', exact: false, withContent: false }],
    ['10. ตัวชี้วัด/ผลลัพธ์', { key: 'outcomes', no: 10, inline: '', exact: true, withContent: false }],
    ['9. ผลผลิต/ผลลัพธ์', { key: 'outcomes', no: 9, inline: '', exact: true, withContent: false }],
    ['4. เป้าหมาย/ผลผลิต', { key: 'targetGroup', no: 4, inline: '', exact: false, withContent: false }],
    ['ผลผลิต', { key: 'outputs', no: undefined, inline: '', exact: true, withContent: false }],
    // Word's and Google Docs' automatic numbering stays out of the text.
    ['งบประมาณดำเนินการ', { key: 'budgetText', no: undefined, inline: '', exact: false, withContent: false }],
    ['ผู้รับผิดชอบโครงการ', { key: 'responsible', no: undefined, inline: '', exact: false, withContent: false }],
    ['หลักการและเหตุผล/ที่มาของโครงการ', { key: 'rationale', no: undefined, inline: '', exact: false, withContent: false }],
    ['ชื่อโครงการ : โครงการทดสอบ', { key: 'name', no: undefined, inline: 'โครงการทดสอบ', exact: true, withContent: false }],
    // A label joined with its first content line, with and without its own words.
    ['วัตถุประสงค์ เพื่อให้บุคลากรมีความรู้', { key: 'objectives', no: undefined, inline: 'เพื่อให้บุคลากรมีความรู้', exact: false, withContent: true }],
    ['งบประมาณดำเนินการ ปีละ 20,000 บาท', { key: 'budgetText', no: undefined, inline: 'ปีละ 20,000 บาท', exact: false, withContent: true }],
    ['8) ผู้รับผิดชอบโครงการ กองคลัง', { key: 'responsible', no: 8, inline: 'กองคลัง', exact: false, withContent: false }],
  ])('%s', (line, expected) => expect(recogniseField(line)).toEqual(expected));

  it.each(['งบประมาณรายจ่ายประจำปี', '1. เพื่อให้ผู้บริหารท้องถิ่น', 'วัตถุประสงค์ของโครงการนี้คือการส่งเสริมให้ประชาชนมีส่วนร่วมทุกขั้นตอน', '5. เสนอแผนพัฒนาท้องถิ่น ตามขั้นตอนต่อไป'])(
    'not a field: %s',
    (line) => expect(recogniseField(line)).toBeUndefined(),
  );
});

describe('per-year budgets from a detail page', () => {
  const years = [2566, 2567, 2568, 2569, 2570];
  const plan = 'ปีงบประมาณ พ.ศ. 2566 – 2570';

  it('takes amounts only where the text leaves no doubt', () => {
    expect(yearBudgetsFromDetail('ปีละ 20,000 บาท', plan, years)).toEqual({ kind: 'years', budgets: { 2566: 20000, 2567: 20000, 2568: 20000, 2569: 20000, 2570: 20000 } });
    expect(yearBudgetsFromDetail('ปี 2566: 40,000 บาท, ปี 2568: 45,000 บาท', plan, years)).toEqual({ kind: 'years', budgets: { 2566: 40000, 2568: 45000 } });
    expect(yearBudgetsFromDetail('๓๐,๐๐๐ บาท', 'ปีงบประมาณ พ.ศ. ๒๕๖๗', years)).toEqual({ kind: 'years', budgets: { 2567: 30000 } });
    expect(yearBudgetsFromDetail('ไม่ใช้งบประมาณในการดำเนินการ', plan, years)).toEqual({ kind: 'years', budgets: {} });
  });

  it('leaves a single amount over several years alone, and years outside the plan', () => {
    expect(yearBudgetsFromDetail('40,000-บาท', plan, years).kind).toBe('unknown');
    expect(yearBudgetsFromDetail('ปี 2565: 10,000 บาท', plan, years)).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('2565') });
    expect(yearBudgetsFromDetail('ตามเทศบัญญัติ', plan, years).kind).toBe('unknown');
  });

  it('reads the years a duration names', () => {
    expect(durationYears('ดำเนินการระหว่างเดือน ตุลาคม – กันยายน ของปีงบประมาณ พ.ศ. 2566 – 2570')).toEqual(years);
    expect(durationYears('ปีงบประมาณ ๒๕๖๒ - ๒๕๖๔')).toEqual([2562, 2563, 2564]);
  });
});

describe('text as converters leave it', () => {
  it('pairs codes and counts of a flattened summary row, <p> fragments and dashes included', () => {
    const text = [
      'ตารางสรุปจำนวนโครงการ/กิจกรรม/มาตรการ',
      'กรอบการจัดทำแผน\tวัตถุประสงค์\tจำนวนโครงการ/กิจกรรม/ มาตรการ',
      '\t<p>ป้องกันการทุจริต</p> <p>2.3 มาตรการลดการใช้ดุลพินิจ</p> <p>2.3.1 จัดทำข้อตกลง</p>\t<p></p> <p>7</p> <p>-</p>',
      '\tท้องถิ่น 1.2.1 เสริมสร้าง 1.2.2 เสริมสร้าง\t1 -',
      'รวม มิติที่ 2\t\t23',
      '\tรวมทั้งสิ้น\t42',
    ].join('\n');
    const { table, problems } = readSummaryTables(sourceLines(text));
    expect(Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.count]))).toEqual({ '2.3': 7, '2.3.1': 0, '1.2.1': 1, '1.2.2': 0, '2': 23, total: 42 });
    expect(problems).toEqual([]);
  });

  it('strips stacked list markers but keeps sub-numbers ("2.1 …") as text', () => {
    expect(splitLines('- 1) จัดทำโครงการ\n(๒) ประชุม\n๒.๑ กำหนดแนวทาง\n-')).toEqual(['จัดทำโครงการ', 'ประชุม', '๒.๑ กำหนดแนวทาง']);
  });

  it('finds a Google Doc id in its link, and puts a document\'s tables back as tab-separated rows', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_';
    expect(docIdOf(`https://docs.google.com/document/d/${id}/edit?usp=sharing`)).toBe(id);
    expect(docIdOf(`https://docs.google.com/open?id=${id}`)).toBe(id);
    expect(docIdOf(id)).toBe(id);
    expect(docIdOf('แผนของเรา')).toBeUndefined();
    const body = 'ก่อน\nปี 2566\nปี 2567\nโครงการ ก\n10,000\n-\nหลัง';
    expect(withTableRows(body, [{ text: 'ปี 2566\nปี 2567\nโครงการ ก\n10,000\n-', rows: [['', 'ปี 2566', 'ปี 2567'], ['โครงการ ก', '10,000', '-']] }])).toBe(
      'ก่อน\n\tปี 2566\tปี 2567\nโครงการ ก\t10,000\t-\nหลัง',
    );
  });

  it('reports text it cannot place, with its line, instead of dropping it', () => {
    const text = ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '1.1.1 เสริมสร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ และการประพฤติตนตามประมวลจริยธรรม', 'โครงการ/กิจกรรม/มาตรการ ที่ 1', 'ข้อความหลงมา', '1. ชื่อโครงการ : โครงการทดสอบ', '2. หลักการและเหตุผล', 'เหตุผล'].join('\n');
    const plan = parsePlan(text);
    expect(plan.measures.map((m) => [m.measure.code, m.measure.name, m.measure.details.rationale])).toEqual([['1.1.1', 'โครงการทดสอบ', 'เหตุผล']]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'UNPLACED_TEXT', line: 4, text: 'ข้อความหลงมา' })]);
  });

  it('reads a detail page whose field numbers were automatic (not in the text)', () => {
    const text = ['1.1.2 เสริมสร้างจิตสำนึกและความตระหนักในการยึดมั่นผลประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตน', 'ชื่อโครงการ : โครงการทดสอบ', 'หลักการและเหตุผล/ที่มาของโครงการ', 'เหตุผล', 'วิธีดำเนินการ', 'จัดทำร่าง', 'งบประมาณรายจ่ายประจำปี', 'งบประมาณดำเนินการ', 'ไม่ใช้งบประมาณ', 'ผู้รับผิดชอบโครงการ', 'สำนักปลัด'].join('\n');
    const [m] = parsePlan(text).measures.map((x) => x.measure);
    expect([m.code, m.name, m.details.rationale, m.details.method, m.details.budgetText, m.responsible]).toEqual(['1.1.2', 'โครงการทดสอบ', 'เหตุผล', 'จัดทำร่าง\nงบประมาณรายจ่ายประจำปี', 'ไม่ใช้งบประมาณ', 'สำนักปลัด']);
  });

  it('joins a list item cut by the page width (PDF text): a new item starts only at a list marker', () => {
    const text = ['มิติที่ 1 การสร้างวัฒนธรรมสุจริต', '12. ชื่อโครงการ โครงการทดสอบ', 'วัตถุประสงค์ 1) เพื่อให้บุคลากรมีความรู้ความเข้าใจ', 'ในการปฏิบัติหน้าที่', '2) เพื่อเปิดโอกาสให้ประชาชน', 'มีส่วนร่วม 2.1 กำหนดแนวทาง', 'วิธีดำเนินการ', '- จัดทำโครงการ'].join('\n');
    const [m] = parsePlan(text).measures.map((x) => x.measure);
    expect([m.name, m.details.objectives, m.details.method]).toEqual(['โครงการทดสอบ', 'เพื่อให้บุคลากรมีความรู้ความเข้าใจ ในการปฏิบัติหน้าที่\nเพื่อเปิดโอกาสให้ประชาชน มีส่วนร่วม 2.1 กำหนดแนวทาง', 'จัดทำโครงการ']);
  });

  it('says so when a text holds no measure at all', () => {
    expect(parsePlan('บันทึกข้อความ\nเรื่อง ขออนุมัติ').problems.map((p) => p.code)).toEqual(['NOTHING_FOUND']);
  });
});
