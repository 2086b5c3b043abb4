import { budgetTextAgrees, budgetTextFor, readBudgetText } from '../../src/core/thai/budgetText';

const YEARS = [2566, 2567, 2568, 2569, 2570];
const every = (b: number) => Object.fromEntries(YEARS.map((y) => [y, b]));

describe('readBudgetText: the budget line as the seeds print it', () => {
  it.each([
    ['ไม่ใช้งบประมาณดำเนินการ', 'none'],
    ['ไม่ใช้งบประมาณในการดำเนิน', 'none'],
    ['ไม่ได้งบประมาณในการดำเนินการ', 'none'],
    ['-', 'none'],
    ['', 'empty'],
    ['ตามเทศบัญญัติงบประมาณรายจ่ายประจำปี', 'unreadable'],
    ['จำนวน 125 คน', 'unreadable'], // a count is not money
  ])('%s → %s', (text, kind) => {
    expect(readBudgetText(text).kind).toBe(kind);
  });

  it('reads amounts with what qualifies them, in Thai or Arabic digits', () => {
    expect(readBudgetText('40,000-บาท')).toMatchObject({ kind: 'amounts', plain: [40000] });
    expect(readBudgetText('งบประมาณ ๒๐,๐๐๐ บาท')).toMatchObject({ plain: [20000] });
    expect(readBudgetText('40,000.- บาท')).toMatchObject({ plain: [40000] });
    expect(readBudgetText('ปีละ 20,000 บาท')).toMatchObject({ perYear: 20000, plain: [] });
    expect(readBudgetText('20,000 บาท/ปี')).toMatchObject({ perYear: 20000 });
    expect(readBudgetText('รวมทั้งสิ้น 150,000 บาท')).toMatchObject({ total: 150000 });
    const years = readBudgetText('ปี 2566: 30,000 บาท, ปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน 35,000 บาท');
    expect(years.kind === 'amounts' && [...years.byYear]).toEqual([[2566, 30000], [2567, 35000]]);
  });
});

describe('budgetTextAgrees: the detail text against the per-year columns', () => {
  it('accepts a single amount read per year or in total, and nothing else', () => {
    expect(budgetTextAgrees(readBudgetText('40,000-บาท'), every(40000), YEARS)).toBe(true);
    expect(budgetTextAgrees(readBudgetText('40,000-บาท'), { 2566: 40000 }, YEARS)).toBe(true);
    expect(budgetTextAgrees(readBudgetText('40,000-บาท'), { 2566: 20000, 2567: 20000 }, YEARS)).toBe(true);
    expect(budgetTextAgrees(readBudgetText('40,000-บาท'), { 2566: 40000, 2567: 30000 }, YEARS)).toBe(false);
    expect(budgetTextAgrees(readBudgetText('ปีละ 40,000 บาท'), { 2566: 40000 }, YEARS)).toBe(false);
    expect(budgetTextAgrees(readBudgetText('ไม่ใช้งบประมาณ'), {}, YEARS)).toBe(true);
    expect(budgetTextAgrees(readBudgetText('ไม่ใช้งบประมาณ'), { 2570: 1 }, YEARS)).toBe(false);
  });

  it('holds year-by-year text to every year, and to the plan years', () => {
    const text = 'ปี 2566: 40,000 บาท, ปี 2568: 40,000 บาท, ปี 2570: 45,000 บาท';
    expect(budgetTextAgrees(readBudgetText(text), { 2566: 40000, 2568: 40000, 2570: 45000 }, YEARS)).toBe(true);
    expect(budgetTextAgrees(readBudgetText(text), { 2566: 40000, 2567: 5000, 2568: 40000, 2570: 45000 }, YEARS)).toBe(false);
    expect(budgetTextAgrees(readBudgetText('ปี 2571: 10,000 บาท'), {}, YEARS)).toBe(false);
  });

  it('suggests the line Sujarit would write, which agrees with the columns', () => {
    for (const budgets of [{}, every(15000), { 2567: 20000, 2568: 25000 }]) {
      expect(budgetTextAgrees(readBudgetText(budgetTextFor(budgets, YEARS)), budgets, YEARS)).toBe(true);
    }
    expect(budgetTextFor(every(15000), YEARS)).toBe('ปีละ 15,000 บาท');
  });
});
