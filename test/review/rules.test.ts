/**
 * The review and its fingerprints on the sample plan's workbook: a supervisor passes or returns
 * measures (rows written into the ตรวจทาน tab exactly as the add-on writes them), then staff edit
 * the plan and validation must say what changed, field by field, at the changed cell.
 */
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { approvePlanRow, decideMeasure, type Decision } from '../../src/core/review/decide';
import { PLAN_KEY, REVIEW_SHEET, reviewColumn } from '../../src/core/review/layout';
import { keyedRows, readReviewTab, reviewWrites } from '../../src/core/review/reviewTab';
import { validateWorkbook } from '../../src/core/validate/validate';
import { a1 } from '../../src/core/workbook/a1';
import { SHEET, budgetKey, type MeasureColumnKey } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SETTINGS_VALUE_COL } from '../../src/core/workbook/settings';
import { applyWrites, EMPTY_SNAPSHOT, lastContentRow } from '../../src/core/workbook/grid';
import { parseA1 } from '../../src/core/workbook/a1';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';

const { settings, measures } = SAMPLE_PLAN;
const REVIEWER = 'นางสาวสมศรี ตรวจดี';
const DATE = '5 ธันวาคม 2569';

function book(reviewer = REVIEWER): Book {
  const b = buildBook(settings, measures);
  const row = readWorkbook(sourceOf(b)).settings!.rows.reviewerName!;
  setCell(b, SHEET.settings, row, SETTINGS_VALUE_COL, reviewer);
  return b;
}

const keys = (b: Book) => keyedRows(readWorkbook(sourceOf(b)));

function decide(b: Book, index: number, status: Decision['status'], comment = ''): void {
  const key = keys(b)[index].key;
  const write = decideMeasure(readWorkbook(sourceOf(b)), b.get(REVIEW_SHEET), { key, status, comment, date: DATE });
  if (!write.ok) throw new Error(write.message);
  b.set(REVIEW_SHEET, applyWrites(b.get(REVIEW_SHEET) ?? EMPTY_SNAPSHOT, reviewWrites(b.get(REVIEW_SHEET), write.row, write.cells)));
}

function approvePlan(b: Book): void {
  const write = approvePlanRow(readWorkbook(sourceOf(b)), b.get(REVIEW_SHEET), DATE);
  if (!write.ok) throw new Error(write.message);
  b.set(REVIEW_SHEET, applyWrites(b.get(REVIEW_SHEET) ?? EMPTY_SNAPSHOT, reviewWrites(b.get(REVIEW_SHEET), write.row, write.cells)));
}

const reviewFindings = (b: Book) => validateWorkbook(sourceOf(b)).filter((f) => f.code.startsWith('REVIEW_'));

/** Sets a measure's field (by its index in the plan's reading order) as a user typing. */
function edit(b: Book, index: number, key: MeasureColumnKey, value: unknown): string {
  const row = keys(b)[index].row;
  const cell = row.cells[key]!;
  const { row: r, col } = parseA1(cell)!;
  setCell(b, row.sheet, r, col, value);
  return `${row.sheet}!${cell}`;
}

const firstYear = settings.firstYear;

it('a passed measure stays clean, and the review tab itself is not taken for plan rows', () => {
  const plain = validateWorkbook(sourceOf(book()));
  const b = book();
  decide(b, 0, 'passed');
  decide(b, 3, 'passed');
  expect(validateWorkbook(sourceOf(b))).toEqual(plain);
  const records = readReviewTab(b.get(REVIEW_SHEET));
  expect(records.map((r) => [r.status, r.reviewer, r.date, r.name])).toEqual([
    ['passed', REVIEWER, DATE, measures[0].name],
    ['passed', REVIEWER, DATE, keys(b)[3].row.measure.name],
  ]);
  expect(records[0].approved.name).toBe(measures[0].name);
});

it('reports each changed field after approval at its own cell, with the approved and the new value', () => {
  const b = book();
  const i = keys(b).findIndex((k) => (k.row.measure.budgets[firstYear] ?? 0) > 0);
  decide(b, i, 'passed');
  const before = keys(b)[i].row.measure.budgets[firstYear];
  const budgetCell = edit(b, i, budgetKey(firstYear), before + 5000);
  const respCell = edit(b, i, 'responsible', 'กองคลัง');
  const found = reviewFindings(b);
  expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
    `REVIEW_CHANGED_AFTER_APPROVAL ${budgetCell}`,
    `REVIEW_CHANGED_AFTER_APPROVAL ${respCell}`,
  ]);
  expect(found.every((f) => f.severity === 'error')).toBe(true);
  expect(found[0].message).toContain('แก้ไขหลังอนุมัติ');
  expect(found[0].message).toContain(`“${before}” เป็น “${before + 5000}”`);
  expect(found[1].message).toContain(`“${measures[i].responsible}” เป็น “กองคลัง”`);
  expect(found[1].message).toContain(REVIEWER);
});

it('follows a renamed measure by its place and reports the new name; approving again clears it in the same row', () => {
  const b = book();
  decide(b, 1, 'passed');
  const nameCell = edit(b, 1, 'name', 'โครงการที่ถูกเปลี่ยนชื่อ');
  const found = reviewFindings(b);
  expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([`REVIEW_CHANGED_AFTER_APPROVAL ${nameCell}`]);
  expect(found[0].message).toContain('โครงการที่ถูกเปลี่ยนชื่อ');
  const rowsBefore = lastContentRow(b.get(REVIEW_SHEET)!);
  decide(b, 1, 'passed');
  expect(lastContentRow(b.get(REVIEW_SHEET)!)).toBe(rowsBefore);
  expect(reviewFindings(b)).toEqual([]);
});

it('follows a measure both moved to another row and renamed by the rest of its content, and reports the rename there', () => {
  const b = book();
  decide(b, 1, 'passed');
  const { sheet, row } = keys(b)[1].row;
  const snap = b.get(sheet)!;
  const values = snap.values[row - 1];
  const to = lastContentRow(snap) + 2;
  values.forEach((v, c) => {
    setCell(b, sheet, to, c + 1, v);
    setCell(b, sheet, row, c + 1, '');
  });
  const moved = keys(b).find((k) => k.row.row === to)!.row;
  setCell(b, sheet, to, parseA1(moved.cells.name!)!.col, 'โครงการที่ย้ายแถวและเปลี่ยนชื่อ');
  const found = reviewFindings(b);
  expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([`REVIEW_CHANGED_AFTER_APPROVAL ${sheet}!${moved.cells.name}`]);
  expect(found[0].message).toContain('โครงการที่ย้ายแถวและเปลี่ยนชื่อ');
});

it('does not take a different measure for a deleted one because they share a code and a responsible unit', () => {
  const b = book();
  decide(b, 1, 'passed');
  const { sheet, row } = keys(b)[1].row;
  const snap = b.get(sheet)!;
  const to = lastContentRow(snap) + 2;
  // Another measure typed at another row, sharing only the type and the responsible unit.
  snap.values[row - 1].forEach((_, c) => setCell(b, sheet, row, c + 1, ''));
  const other = keys(b)[3].row;
  b.get(other.sheet)!.values[other.row - 1].forEach((v, c) => setCell(b, sheet, to, c + 1, v));
  setCell(b, sheet, to, parseA1(other.cells.name!)!.col, 'โครงการใหม่ที่ไม่เกี่ยวข้อง');
  expect(reviewFindings(b).map((f) => f.code)).toEqual(['REVIEW_APPROVED_MISSING']);
});

it('ignores the document link Sujarit writes itself', () => {
  const b = book();
  decide(b, 0, 'passed');
  edit(b, 0, 'docUrl', 'https://docs.google.com/document/d/abc/edit');
  expect(reviewFindings(b)).toEqual([]);
});

it('an approved measure deleted is an error on its review row', () => {
  const b = book();
  decide(b, 2, 'passed');
  const row = keys(b)[2].row;
  for (const cell of Object.values(row.cells)) {
    const { row: r, col } = parseA1(cell!)!;
    setCell(b, row.sheet, r, col, '');
  }
  const found = reviewFindings(b);
  expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([`REVIEW_APPROVED_MISSING ${REVIEW_SHEET}!${a1(3, reviewColumn('name'))}`]);
});

it('a returned measure shows the comment to staff as a warning and is not checked for changes', () => {
  const b = book();
  decide(b, 0, 'returned', 'งบประมาณไม่ตรงกับข้อบัญญัติ');
  edit(b, 0, 'responsible', 'กองช่าง');
  const found = reviewFindings(b);
  expect(found.map((f) => [f.code, f.severity])).toEqual([['REVIEW_RETURNED', 'warning']]);
  expect(found[0].message).toContain('งบประมาณไม่ตรงกับข้อบัญญัติ');
  expect(`${found[0].sheet}!${found[0].cell}`).toBe(`${keys(b)[0].row.sheet}!${keys(b)[0].row.cells.name}`);
});

it('refuses without a reviewer name in the settings, and a return without a comment', () => {
  const b = book('');
  const wb = readWorkbook(sourceOf(b));
  const key = keys(b)[0].key;
  const noName = decideMeasure(wb, undefined, { key, status: 'passed', comment: '', date: DATE });
  expect(noName.ok).toBe(false);
  expect(!noName.ok && noName.message).toContain(`“${SHEET.settings}” ช่อง B${wb.settings!.rows.reviewerName}`);
  const noComment = decideMeasure(readWorkbook(sourceOf(book())), undefined, { key, status: 'returned', comment: '  ', date: DATE });
  expect(noComment.ok).toBe(false);
});

it('a broken approved-values cell is reported, not silently trusted', () => {
  const b = book();
  decide(b, 0, 'passed');
  setCell(b, REVIEW_SHEET, 3, reviewColumn('approved'), '{เสีย');
  expect(reviewFindings(b).map((f) => `${f.code} ${f.cell}`)).toEqual([`REVIEW_APPROVAL_BROKEN ${a1(3, reviewColumn('approved'))}`]);
});

it('the plan approved as a whole: a measure added later changes its figures, an error until approved again', () => {
  const b = book();
  approvePlan(b);
  expect(reviewFindings(b)).toEqual([]);
  const plan = readReviewTab(b.get(REVIEW_SHEET)).find((r) => r.key === PLAN_KEY)!;
  const d1 = measures.filter((m) => m.dimension === 1);
  expect(plan.approved['dim1:count']).toBe(String(d1.length));
  const added = d1[0];
  const last = keys(b).filter((k) => k.row.sheet === keys(b)[0].row.sheet).pop()!.row;
  const { col: nameCol } = parseA1(last.cells.name!)!;
  const { col: budgetCol } = parseA1(last.cells[budgetKey(firstYear)]!)!;
  setCell(b, last.sheet, last.row + 1, nameCol, `${added.name} (เพิ่มภายหลัง)`);
  setCell(b, last.sheet, last.row + 1, budgetCol, 12000);
  const found = reviewFindings(b).filter((f) => f.code === 'REVIEW_PLAN_CHANGED');
  const messages = found.map((f) => f.message);
  expect(messages).toContainEqual(expect.stringContaining(`มิติที่ 1 จำนวนรายการ เปลี่ยนจาก ${d1.length} เป็น ${d1.length + 1}`));
  expect(messages).toContainEqual(expect.stringContaining(`ทั้งแผน จำนวนรายการ เปลี่ยนจาก ${measures.length} เป็น ${measures.length + 1}`));
  expect(messages.some((m) => m.startsWith('แก้ไขหลังอนุมัติ: มิติที่ 2'))).toBe(false);
  approvePlan(b);
  expect(reviewFindings(b).filter((f) => f.code === 'REVIEW_PLAN_CHANGED')).toEqual([]);
  expect(readReviewTab(b.get(REVIEW_SHEET)).filter((r) => r.key === PLAN_KEY)).toHaveLength(1);
});

it('a comment typed as "=…" is written as text, never as a formula', () => {
  const b = book();
  decide(b, 0, 'returned', '=HYPERLINK("http://example.com")');
  const cell = b.get(REVIEW_SHEET)!.values[2][reviewColumn('comment') - 1];
  expect(cell).toBe(`'=HYPERLINK("http://example.com")`);
});
