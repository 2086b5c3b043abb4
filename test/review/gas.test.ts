/**
 * The ตรวจทาน flow in the shipped bundle under gas-local: the reviewer named in the settings,
 * ผ่าน / ส่งกลับ per measure into the review tab (one setValues per decision), staff editing a
 * passed row, validation and the sidebar state reporting แก้ไขหลังอนุมัติ, the plan approved whole.
 */
import type { JobResult, ValidationSummary } from '../../src/core/api';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { REVIEW_COLUMNS, REVIEW_SHEET, REVIEW_STATUS, reviewColumn } from '../../src/core/review/layout';
import type { ReviewState } from '../../src/core/review/state';
import { SHEET, budgetKey } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { parseA1 } from '../../src/core/workbook/a1';
import { SETTINGS_VALUE_COL, readSettings } from '../../src/core/workbook/settings';
import type { GasEnvironment } from '../fakes';
import { reviewAddon } from './addon';

const REVIEWER = 'นายสมชาย ใจตรง';

function call<T>(env: GasEnvironment, name: string, ...args: unknown[]): T {
  const out = env.call(name, ...args) as T;
  env.endExecution();
  return JSON.parse(JSON.stringify(out)) as T; // what google.script.run would carry
}

describe('ตรวจทาน in the add-on', () => {
  it('walks the measures, records ผ่าน and ส่งกลับ with the settings reviewer, one row write each', () => {
    const env = reviewAddon(REVIEWER);
    const state = call<ReviewState>(env, 'getReview');
    expect(state.reviewer).toBe(REVIEWER);
    expect(state.items).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(state.counts).toEqual({ pending: SAMPLE_PLAN.measures.length, passed: 0, returned: 0 });
    const first = state.items[0];
    expect(first.fields[0]).toEqual(['รหัสภารกิจ', SAMPLE_PLAN.measures[0].code]);

    env.calls.reset();
    const passed = call<JobResult>(env, 'reviewMeasure', first.key, 'passed', '');
    expect(passed.ok).toBe(true);
    expect(env.calls.count('Range.setValues')).toBe(3); // title, header, the row (new tab)
    const returned = call<JobResult>(env, 'reviewMeasure', state.items[1].key, 'returned', 'ระบุกลุ่มเป้าหมายให้ชัด');
    expect(returned.ok).toBe(true);

    const tab = env.spreadsheet.sheet(REVIEW_SHEET);
    const rows = tab.values().slice(2);
    expect(rows.map((r) => [r[reviewColumn('name') - 1], r[reviewColumn('status') - 1], r[reviewColumn('comment') - 1], r[reviewColumn('reviewer') - 1]])).toEqual([
      [first.name, REVIEW_STATUS.passed, '', REVIEWER],
      [state.items[1].name, REVIEW_STATUS.returned, 'ระบุกลุ่มเป้าหมายให้ชัด', REVIEWER],
    ]);
    expect(String(rows[0][reviewColumn('date') - 1])).toMatch(/^\d{1,2} \S+ 25\d\d$/);
    const firstHidden = REVIEW_COLUMNS.findIndex((c) => c.hidden) + 1;
    expect(tab.hiddenColumns()).toEqual(REVIEW_COLUMNS.map((_, i) => i + 1).filter((c) => c >= firstHidden));

    const after = call<ReviewState>(env, 'getReview');
    expect(after.counts).toEqual({ pending: SAMPLE_PLAN.measures.length - 2, passed: 1, returned: 1 });
    expect(after.items[1].findings.map((f) => f.code)).toContain('REVIEW_RETURNED');

    // Passing it again after the fix rewrites its row, no second row.
    expect(call<JobResult>(env, 'reviewMeasure', state.items[1].key, 'passed', 'แก้แล้ว').ok).toBe(true);
    expect(env.spreadsheet.sheet(REVIEW_SHEET).values().slice(2)).toHaveLength(2);
  });

  it('a passed row edited by staff: validation and the sidebar report what changed', () => {
    const env = reviewAddon(REVIEWER);
    const state = call<ReviewState>(env, 'getReview');
    const item = state.items.find((i) => i.fields.some(([label]) => label.startsWith('งบประมาณ')))!;
    call<JobResult>(env, 'reviewMeasure', item.key, 'passed', '');
    const wb = readWorkbook((name) => {
      const s = env.spreadsheet.sheet(name);
      return s ? { values: s.values(), formulas: [] } : undefined;
    });
    const row = wb.dimensions.flatMap((d) => d.rows).find((r) => r.sheet === item.sheet && r.row === item.row)!;
    const year = SAMPLE_PLAN.settings.firstYear;
    const cell = row.cells[budgetKey(year)]!;
    const { row: r, col } = parseA1(cell)!;
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName(item.sheet)!.getRange(r, col).setValue(999999);
    env.endExecution();

    const summary = call<ValidationSummary>(env, 'runValidate');
    const changed = summary.findings.filter((f) => f.code === 'REVIEW_CHANGED_AFTER_APPROVAL');
    expect(changed.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${item.sheet}!${cell}`]);
    expect(changed[0].message).toContain('“999999”');
    const shown = call<ReviewState>(env, 'getReview').items.find((i) => i.key === item.key)!;
    expect(shown.findings.map((f) => f.code)).toContain('REVIEW_CHANGED_AFTER_APPROVAL');
  });

  it('refuses with the settings cell to fill when no reviewer is named, and writes nothing', () => {
    const env = reviewAddon('');
    const state = call<ReviewState>(env, 'getReview');
    expect(state.reviewer).toBe('');
    const result = call<JobResult>(env, 'reviewMeasure', state.items[0].key, 'passed', '');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(SHEET.settings);
    expect(env.spreadsheet.sheetNames()).not.toContain(REVIEW_SHEET);
  });

  it('approving the whole plan records its figures; a later budget change is an error until approved again', () => {
    const env = reviewAddon(REVIEWER);
    expect(call<JobResult>(env, 'approvePlan').ok).toBe(true);
    expect(call<ReviewState>(env, 'getReview').plan.approved).toBe(true);
    const state = call<ReviewState>(env, 'getReview');
    const item = state.items[0];
    const wb = readWorkbook((name) => {
      const s = env.spreadsheet.sheet(name);
      return s ? { values: s.values(), formulas: [] } : undefined;
    });
    const row = wb.dimensions[0].rows[0];
    const { row: r, col } = parseA1(row.cells[budgetKey(SAMPLE_PLAN.settings.firstYear)]!)!;
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName(item.sheet)!.getRange(r, col).setValue(Number(row.measure.budgets[SAMPLE_PLAN.settings.firstYear] ?? 0) + 100);
    env.endExecution();
    const changed = call<ReviewState>(env, 'getReview').plan.changed;
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => f.severity === 'error' && f.message.startsWith('แก้ไขหลังอนุมัติ'))).toBe(true);
    call<JobResult>(env, 'approvePlan');
    expect(call<ReviewState>(env, 'getReview').plan.changed).toEqual([]);
  });

  it('writes the review summary memo to the executive: passed, returned with the reason, waiting; again over the same document', () => {
    const env = reviewAddon(REVIEWER);
    const state = call<ReviewState>(env, 'getReview');
    call<JobResult>(env, 'reviewMeasure', state.items[0].key, 'passed', '');
    call<JobResult>(env, 'reviewMeasure', state.items[1].key, 'returned', 'ตัวชี้วัดไม่มีค่าเป้าหมาย');
    const result = call<JobResult>(env, 'createReviewMemo');
    expect(result.ok).toBe(true);
    expect(result.links).toHaveLength(1);
    const docs = env.documents.list();
    expect(docs).toHaveLength(1);
    const text = env.documents.get(docs[0].id).text();
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain('รายงานผลการตรวจทาน');
    expect(text).toContain(`ตัวชี้วัดไม่มีค่าเป้าหมาย`);
    expect(text).toContain(state.items[1].name);
    expect(text).toContain(`ยังไม่ได้ตรวจ ${(SAMPLE_PLAN.measures.length - 2).toLocaleString('th-TH-u-nu-thai')} รายการ`);
    expect(text).toContain(REVIEWER);
    expect(text).toContain('ผู้ตรวจทานแผน'); // the position row is blank: the role itself
    // Re-running updates the same document.
    expect(call<JobResult>(env, 'createReviewMemo').links![0].url).toBe(result.links![0].url);
    expect(env.documents.list()).toHaveLength(1);
    // The same from the menu: the same document again, its link in a dialog.
    env.call('menuReviewMemo');
    expect(env.documents.list()).toHaveLength(1);
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog).toMatchObject({ title: 'บันทึกผลการตรวจทานเสนอผู้บริหาร' });
    expect(dialog.html).toContain(result.links![0].url);
  });

  it('the review memo prints the reviewer\'s position from its settings row', () => {
    const env = reviewAddon(REVIEWER);
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const settings = readSettings({ values: env.spreadsheet.sheet(SHEET.settings)!.values(), formulas: [] });
    ss.getSheetByName(SHEET.settings)!.getRange(settings.rows.reviewerPosition!, SETTINGS_VALUE_COL).setValue('หัวหน้าสำนักปลัดเทศบาล');
    env.endExecution();
    expect(call<JobResult>(env, 'createReviewMemo').ok).toBe(true);
    const text = env.documents.get(env.documents.list()[0].id).text();
    expect(text).toContain(`(${REVIEWER})\nหัวหน้าสำนักปลัดเทศบาล`);
    expect(text).not.toContain('ผู้ตรวจทานแผน\n');
  });

  it('a passed row gets a warning-only protection of its own; sending it back removes it', () => {
    const env = reviewAddon(REVIEWER);
    const item = call<ReviewState>(env, 'getReview').items[2];
    call<JobResult>(env, 'reviewMeasure', item.key, 'passed', '');
    call<JobResult>(env, 'reviewMeasure', item.key, 'passed', ''); // again: still one protection
    const mine = () => env.spreadsheet.sheet(item.sheet).protections().filter((p) => p.description.endsWith(item.key));
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).toMatchObject({ type: 'RANGE', warningOnly: true });
    expect(mine()[0].range).toMatch(new RegExp(`^A${item.row}:[A-Z]+${item.row}$`));
    call<JobResult>(env, 'reviewMeasure', item.key, 'returned', 'ขอรายละเอียดงบประมาณ');
    expect(mine()).toEqual([]);
  });
});
