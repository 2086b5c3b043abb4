import { monitoringRules } from '../../src/core/monitoring/rules';
import { MONITORING_COLUMNS, type MonitoringKey } from '../../src/core/monitoring/layout';
import { RULE_SETS, ruleCatalogue } from '../../src/core/validate/ruleSets';
import { validateWorkbook } from '../../src/core/validate/validate';
import { a1 } from '../../src/core/workbook/a1';
import { SHEET } from '../../src/core/workbook/layout';
import { sampleBookWithProgress, type Book } from './sampleBook';

const colOf = (key: MonitoringKey) => MONITORING_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The sample workbook with some monitoring cells changed (row is the sheet row). */
function bookWith(changes: readonly { row: number; key: MonitoringKey; value: unknown }[]): Book {
  const book = sampleBookWithProgress();
  const snap = book.get(SHEET.monitoring)!;
  const values = snap.values.map((r) => [...r]);
  for (const c of changes) values[c.row - 1][colOf(c.key) - 1] = c.value;
  book.set(SHEET.monitoring, { values, formulas: snap.formulas });
  return book;
}

const monitoringFindings = (book: Book) => validateWorkbook((n) => book.get(n)).filter((f) => f.sheet === SHEET.monitoring);
const at = (row: number, key: MonitoringKey) => a1(row, colOf(key));

describe('monitoring rules', () => {
  it('join the validation engine with codes of their own', () => {
    expect(RULE_SETS).toContain(monitoringRules);
    expect(() => ruleCatalogue()).not.toThrow();
  });

  it('find nothing wrong with the sample progress', () => {
    expect(monitoringFindings(sampleBookWithProgress())).toEqual([]);
  });

  // Rows 3… hold the sample plan's measures in order: row 4 is 1.1.2 (20,000 planned, done), row 3 is 1.1.1 (no budget).
  it.each([
    ['spent over planned', [{ row: 4, key: 'spent', value: 25000 }], 'MON_SPENT_OVER_PLAN', at(4, 'spent'), 'error'],
    ['spending on a measure without budget', [{ row: 3, key: 'spent', value: 500 }], 'MON_SPENT_OVER_PLAN', at(3, 'spent'), 'error'],
    ['spent without a status', [{ row: 4, key: 'status', value: '' }], 'MON_SPENT_NO_STATUS', at(4, 'status'), 'error'],
    ['done with no result text', [{ row: 4, key: 'result', value: '' }], 'MON_DONE_NO_RESULT', at(4, 'result'), 'error'],
    ['a status not in the list', [{ row: 4, key: 'status', value: 'เกือบเสร็จ' }], 'MON_STATUS_INVALID', at(4, 'status'), 'error'],
    ['an unreadable amount', [{ row: 4, key: 'spent', value: 'ประมาณหมื่นห้า' }], 'MON_AMOUNT_INVALID', at(4, 'spent'), 'error'],
    ['a measure no longer in the plan', [{ row: 4, key: 'name', value: 'โครงการที่ถูกตัดออกจากแผน' }, { row: 4, key: 'code', value: '9.9.9' }], 'MON_NOT_IN_PLAN', at(4, 'name'), 'warning'],
    ['a measure renamed in the plan', [{ row: 4, key: 'name', value: 'โครงการป้องกันผลประโยชน์ทับซ้อน (ชื่อเดิม)' }], 'MON_RENAMED', at(4, 'name'), 'warning'],
    ['a year not planned', [{ row: 4, key: 'fiscalYear', value: 2572 }], 'MON_YEAR_NOT_PLANNED', at(4, 'fiscalYear'), 'error'],
    ['an unreadable round', [{ row: 4, key: 'round', value: 'ไตรมาส 2' }], 'MON_ROUND_INVALID', at(4, 'round'), 'error'],
    ['a date outside the fiscal year', [{ row: 4, key: 'date', value: '22 ก.พ. 2568' }], 'MON_DATE_OUTSIDE_YEAR', at(4, 'date'), 'error'],
    ['a date after the 6-month round', [{ row: 4, key: 'date', value: '1/4/2567' }], 'MON_DATE_OUTSIDE_ROUND', at(4, 'date'), 'warning'],
    ['a date that is not a date', [{ row: 4, key: 'date', value: 'ปลายเดือน' }], 'MON_DATE_INVALID', at(4, 'date'), 'error'],
    ['cancelled with no reason', [{ row: 10, key: 'reason', value: '' }], 'MON_CANCELLED_NO_REASON', at(10, 'reason'), 'warning'],
    ['the same measure twice in a round', [{ row: 5, key: 'code', value: '1.1.2' }, { row: 5, key: 'name', value: 'โครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลบ้านสวนหลวง' }], 'MON_DUPLICATE', at(5, 'name'), 'error'],
  ] as const)('flag %s at its cell', (_, changes, code, cell, severity) => {
    const findings = monitoringFindings(bookWith(changes));
    expect(findings).toContainEqual(expect.objectContaining({ code, cell, severity, sheet: SHEET.monitoring }));
    const mine = findings.find((f) => f.code === code)!;
    expect(mine.message).toMatch(/[ก-๙]/);
    expect(mine.fix).not.toBe('');
  });

  it('accept a date on the last day of the round and the first day of the year', () => {
    expect(monitoringFindings(bookWith([{ row: 4, key: 'date', value: '31 มี.ค. 2567' }, { row: 5, key: 'date', value: '1 ต.ค. 2566' }]))).toEqual([]);
  });
});
