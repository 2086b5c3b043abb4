import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { MEASURE_TYPES, ORG_TYPES, planYears, typeFromName, type Measure, type MeasureDetails } from '../../src/core/plan/model';
import { NACC_2566 } from '../../src/core/framework/nacc2566';
import { findPlace, normaliseCode } from '../../src/core/framework/framework';
import { DIMENSION_NOS } from '../../src/core/framework/types';
import { formatBaht } from '../../src/core/thai/money';
import { comparisonKey } from '../../src/core/thai/text';

const { settings, measures } = SAMPLE_PLAN;
const years = planYears(settings);
const DETAIL_FIELDS: readonly (keyof MeasureDetails)[] = [
  'rationale', 'objectives', 'targetGroup', 'area', 'method', 'duration', 'budgetText', 'outputs', 'outcomes',
];
const LIST_FIELDS: readonly (keyof MeasureDetails)[] = ['objectives', 'method', 'outputs', 'outcomes'];

/** The budget text the sample promises: "ไม่ใช้งบประมาณ", "ปีละ 20,000 บาท" or one entry per budgeted year. */
function expectedBudgetText(m: Measure): string {
  const entries = years.filter((y) => (m.budgets[y] ?? 0) > 0).map((y) => [y, m.budgets[y]] as const);
  if (entries.length === 0) return 'ไม่ใช้งบประมาณ';
  if (entries.length === years.length && entries.every(([, b]) => b === entries[0][1])) {
    return `ปีละ ${formatBaht(entries[0][1])} บาท`;
  }
  return entries.map(([y, b]) => `ปี ${y}: ${formatBaht(b)} บาท`).join(', ');
}

const label = (m: Measure) => `มิติ ${m.dimension} ลำดับ ${m.no} (${m.code}) ${m.name}`;

describe('SAMPLE_PLAN settings', () => {
  it('describes a fictional เทศบาลตำบล on the 2566–2570 framework', () => {
    expect(settings.orgName).toBe('เทศบาลตำบลบ้านสวนหลวง');
    expect(ORG_TYPES).toContain(settings.orgType);
    expect(settings.orgType).toBe('เทศบาลตำบล');
    expect(settings.district).not.toBe('');
    expect(settings.province).not.toBe('');
    expect(settings.firstYear).toBe(2566);
    expect(settings.lastYear).toBe(2570);
    expect(years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(settings.frameworkId).toBe(NACC_2566.id);
    expect(settings.digits).toBe('thai');
    expect(settings.outputFolder).toBe('Sujarit – แผนป้องกันการทุจริต');
    expect(settings.executive).toEqual({ name: 'นายสมชาย ใจซื่อ', position: 'นายกเทศมนตรีตำบลบ้านสวนหลวง' });
    for (const person of [settings.preparer, settings.approver]) {
      expect(person.name.trim()).not.toBe('');
      expect(person.position.trim()).not.toBe('');
    }
    expect(settings.approver.position).toContain('ปลัดเทศบาล');
  });
});

describe('SAMPLE_PLAN measures', () => {
  it('has at least 24 measures in every dimension, in dimension order', () => {
    expect(measures.length).toBeGreaterThanOrEqual(24);
    for (const no of DIMENSION_NOS) expect(measures.some((m) => m.dimension === no)).toBe(true);
    const dims = measures.map((m) => m.dimension);
    expect(dims).toEqual([...dims].sort((a, b) => a - b));
  });

  it('files every measure under an item of NACC_2566 in its own dimension', () => {
    for (const m of measures) {
      expect(normaliseCode(m.code)).toBe(m.code);
      const place = findPlace(NACC_2566, m.code);
      expect(place).toBeDefined();
      expect(place?.item?.code).toBe(m.code);
      expect(place?.dimension.no).toBe(m.dimension);
      expect(Number(m.code.split('.')[0])).toBe(m.dimension);
    }
  });

  it('keeps items in catalogue order within each dimension', () => {
    const order = NACC_2566.dimensions.flatMap((d) => d.subs.flatMap((s) => s.items.map((i) => i.code)));
    const ranks = measures.map((m) => order.indexOf(m.code));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('covers every sub-dimension of the framework', () => {
    for (const dimension of NACC_2566.dimensions) {
      for (const sub of dimension.subs) {
        const count = measures.filter((m) => findPlace(NACC_2566, m.code)?.sub.code === sub.code).length;
        expect({ sub: sub.code, covered: count > 0 }).toEqual({ sub: sub.code, covered: true });
      }
    }
  });

  it('numbers measures 1..n within each dimension', () => {
    for (const no of DIMENSION_NOS) {
      const numbers = measures.filter((m) => m.dimension === no).map((m) => m.no);
      expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    }
  });

  it('has unique names whose first word is the type', () => {
    const keys = measures.map((m) => comparisonKey(m.name));
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of measures) {
      expect(MEASURE_TYPES).toContain(m.type);
      expect({ name: m.name, type: typeFromName(m.name) }).toEqual({ name: m.name, type: m.type });
    }
    for (const type of MEASURE_TYPES) expect(measures.some((m) => m.type === type)).toBe(true);
  });

  it('has a responsible unit, an empty document link and plain text fields', () => {
    for (const m of measures) {
      expect(m.responsible.trim()).not.toBe('');
      expect(m.docUrl).toBe('');
      expect(m.name).toBe(m.name.trim());
      expect(m.name).not.toMatch(/\n/);
    }
  });
});

describe('SAMPLE_PLAN budgets', () => {
  it('budgets only plan years, in whole non-negative baht', () => {
    for (const m of measures) {
      for (const [year, baht] of Object.entries(m.budgets)) {
        expect({ measure: label(m), year: Number(year), inPlan: years.includes(Number(year)) }).toEqual({
          measure: label(m), year: Number(year), inPlan: true,
        });
        expect(Number.isInteger(baht)).toBe(true);
        expect(baht).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('mixes measures with no budget, a flat budget and a budget that varies by year', () => {
    const kinds = measures.map((m) => {
      const amounts = years.map((y) => m.budgets[y] ?? 0);
      if (amounts.every((b) => b === 0)) return 'none';
      if (amounts.every((b) => b === amounts[0])) return 'flat';
      return 'varying';
    });
    expect(kinds.filter((k) => k === 'none').length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => k === 'flat').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'varying').length).toBeGreaterThanOrEqual(3);
    // at least one measure skips some plan years entirely
    expect(measures.some((m) => years.some((y) => !m.budgets[y]) && years.some((y) => m.budgets[y]))).toBe(true);
  });

  it('states in the detail text the same budget as the per-year columns', () => {
    for (const m of measures) {
      expect({ measure: label(m), budgetText: m.details.budgetText }).toEqual({ measure: label(m), budgetText: expectedBudgetText(m) });
    }
  });
});

describe('SAMPLE_PLAN details', () => {
  it('fills every detail field', () => {
    for (const m of measures) {
      for (const field of DETAIL_FIELDS) {
        expect({ measure: label(m), field, empty: m.details[field].trim() === '' }).toEqual({ measure: label(m), field, empty: false });
      }
    }
  });

  it('writes list fields one item a line, without typed numbering', () => {
    for (const m of measures) {
      for (const field of LIST_FIELDS) {
        for (const line of m.details[field].split('\n')) {
          expect(line.trim()).not.toBe('');
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/^(\(?[0-9๐-๙]{1,2}[.)]|[-•*·])/);
        }
      }
      expect(m.details.rationale).not.toMatch(/\n/);
    }
  });

  it('keeps rationales to a short paragraph', () => {
    for (const m of measures) {
      expect(m.details.rationale.length).toBeGreaterThan(150);
      expect(m.details.rationale.length).toBeLessThan(800);
    }
  });

  it('states a duration within the plan years', () => {
    for (const m of measures) expect(m.details.duration).toMatch(/๒๕๖[6-9]|๒๕๗๐|256[6-9]|2570/);
  });

  it("names the organisation in every rationale, and no other organisation anywhere", () => {
    for (const m of measures) expect(m.details.rationale).toContain(settings.orgName);
    const text = JSON.stringify(SAMPLE_PLAN);
    for (const other of ['สะเตงนอก', 'กกตูม', 'กกตุม', 'นาม่วง', 'นาม่อง', 'เวียงพางคำ', 'สุโขทัย']) {
      expect(text).not.toContain(other);
    }
  });

  it('never leaves the generic "องค์กรปกครองส่วนท้องถิ่น" where the organisation belongs', () => {
    for (const m of measures) {
      for (const field of DETAIL_FIELDS) expect(m.details[field]).not.toContain('องค์กรปกครองส่วนท้องถิ่น');
      expect(m.name).not.toContain('องค์กรปกครองส่วนท้องถิ่น');
    }
  });

  it('does not copy results between measures or from the method', () => {
    const outcomes = measures.map((m) => comparisonKey(m.details.outcomes));
    expect(new Set(outcomes).size).toBe(outcomes.length);
    const rationales = measures.map((m) => comparisonKey(m.details.rationale));
    expect(new Set(rationales).size).toBe(rationales.length);
    for (const m of measures) {
      expect(comparisonKey(m.details.outputs)).not.toBe(comparisonKey(m.details.method));
      expect(comparisonKey(m.details.outcomes)).not.toBe(comparisonKey(m.details.outputs));
    }
  });
});
