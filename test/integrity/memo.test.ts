import { buildOtherDocs } from '../../src/core/otherDocs/build';
import { KIND_CHOICES, ABOUT_CHOICES, readChoice } from '../../src/core/otherDocs/request';
import { plainText, type DocumentTree } from '../../src/core/doc/tree';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { planFigures } from '../../src/core/plan/figures';
import { formatBaht } from '../../src/core/thai/money';
import { toThaiDigits } from '../../src/core/thai/digits';
import { seed001Book } from '../fixtures/aroundPlanBook';
import { sourceOf } from '../fixtures/workbook';
import { sampleBook, sampleBookWithProgress } from '../monitoring/sampleBook';

const APRIL_1_2567 = { year: 2024, month: 4, day: 1 };

function memoTree(book: ReturnType<typeof seed001Book>, about: 'plan' | 'integrity' | 'monitoring', fiscalYear: number): DocumentTree {
  const built = buildOtherDocs(sourceOf(book), { kind: 'memo', fiscalYear, about, today: APRIL_1_2567 });
  if (!built.ok) throw new Error(built.message);
  expect(built.docs).toHaveLength(1);
  return built.docs[0].tree;
}

/** The memo's fields, as the first word of each line (ที่ and วันที่ share a line, split at the tab) in reading order. */
const OFFICIAL_ORDER = ['บันทึกข้อความ', 'ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง', 'เรียน', 'ต้นเรื่อง', 'ข้อเท็จจริง', 'ระเบียบ/กฎหมายที่เกี่ยวข้อง', 'ข้อเสนอแนะ/เพื่อพิจารณา'];

function fieldOrder(tree: DocumentTree): string[] {
  const firstWords = plainText(tree).split(/\n|\t/).map((l) => l.split(/\s+/)[0]);
  return firstWords.filter((w) => OFFICIAL_ORDER.includes(w));
}

describe('the covering memo (บันทึกข้อความ)', () => {
  it('puts its fields in official order, dated in the Buddhist Era, for each kind of report it covers', () => {
    const integrity = memoTree(seed001Book(), 'integrity', 2566);
    const plan = memoTree(sampleBook(), 'plan', 2567);
    const monitoring = memoTree(sampleBookWithProgress(), 'monitoring', 2567);
    for (const tree of [integrity, plan, monitoring]) {
      expect(fieldOrder(tree)).toEqual(OFFICIAL_ORDER);
      expect(plainText(tree)).toContain('วันที่  ๑ เมษายน ๒๕๖๗');
      expect(tree.blocks.filter((b) => b.kind === 'signature')).toHaveLength(3);
    }
  });

  it('ends with the sender\'s signature, then the ปลัด\'s opinion and the executive\'s order dotted to the margin, as seed 001', () => {
    const tree = memoTree(seed001Book(), 'integrity', 2566);
    const tail = plainText(tree).split('\n').slice(-9);
    expect(tail).toEqual([
      'จึงเรียนมาเพื่อโปรดทราบ',
      '(นางสาวพรทเวา โพธิงาม)', 'นักวิชาการตรวจสอบภายในปฏิบัติการ',
      expect.stringMatching(/^ความเห็นของปลัดเทศบาลตำบลนาม่วง\.{20,}$/),
      '(จ่าเอก กิตติพล บัวทะลา)', 'ปลัดเทศบาลตำบลนาม่วง',
      expect.stringMatching(/^คำสั่ง\/ความเห็นของนายกเทศมนตรีตำบลนาม่วง\.{20,}$/),
      '(นายจำเนียร ก้อนอิงาม)', 'นายกเทศมนตรีตำบลนาม่วง',
    ]);
  });

  it('states facts computed from what it covers', () => {
    const integrity = plainText(memoTree(seed001Book(), 'integrity', 2566));
    expect(integrity).toContain('ประกอบด้วย ๗ ด้าน รวม ๒๔ มาตรการ/แนวทางการปฏิบัติ มีผลการดำเนินการแล้ว ๒๔ มาตรการ/แนวทางการปฏิบัติ');
    const plan = plainText(memoTree(sampleBook(), 'plan', 2567));
    const figures = planFigures(SAMPLE_PLAN);
    expect(plan).toContain(toThaiDigits(`รวม ${figures.total.count} โครงการ/กิจกรรม/มาตรการ งบประมาณรวม ${formatBaht(figures.total.total)} บาท`));
    expect(plan).toContain('จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ');
    const monitoring = plainText(memoTree(sampleBookWithProgress(), 'monitoring', 2567));
    expect(monitoring).toContain('รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน');
    expect(monitoring).toContain(toThaiDigits(`จำนวน ${SAMPLE_PLAN.measures.length} รายการ`));
  });

  it('says what is missing instead of writing an empty memo', () => {
    const built = buildOtherDocs(sourceOf(sampleBook()), { kind: 'memo', fiscalYear: 2567, about: 'monitoring', today: APRIL_1_2567 });
    expect(built).toMatchObject({ ok: false });
    expect(built.message).toContain('ยังไม่มีข้อมูลติดตามผลของปีงบประมาณ 2567');
  });
});

describe('choices typed in a prompt or on the command line', () => {
  it('accept the number shown, the English key or the Thai word', () => {
    expect(['1', '๒', 'memo', 'ประกาศ', 'บันทึกข้อความ'].map((t) => readChoice(t, KIND_CHOICES))).toEqual(['integrity', 'announcement', 'memo', 'announcement', 'memo']);
    expect(['3', 'plan', 'ติดตามผล'].map((t) => readChoice(t, ABOUT_CHOICES))).toEqual(['monitoring', 'plan', 'monitoring']);
    expect(readChoice('4', KIND_CHOICES)).toBe('risk');
    expect(readChoice('5', KIND_CHOICES)).toBe('appendix');
    expect(readChoice('6', KIND_CHOICES)).toBeUndefined();
    expect(readChoice('โปสเตอร์', KIND_CHOICES)).toBeUndefined();
  });
});
