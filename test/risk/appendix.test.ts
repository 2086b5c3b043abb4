/**
 * The plan's ภาคผนวก: the order appointing the plan committee and the announcement adopting the
 * plan, from the คณะกรรมการจัดทำแผน tab and the settings, checked by their rules.
 */
import type { JobResult } from '../../src/core/api';
import { COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS, type CommitteeKey } from '../../src/core/appendix/layout';
import { readCommittee } from '../../src/core/appendix/read';
import { SAMPLE_COMMITTEE_ROWS } from '../../src/core/appendix/sampleCommittee';
import { plainText } from '../../src/core/doc/tree';
import { buildOtherDocs } from '../../src/core/otherDocs/build';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { APPENDIX_OPTIONS, SHEET } from '../../src/core/workbook/layout';
import { appendRows } from '../fixtures/aroundPlanBook';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { readPlanParts } from '../../src/core/doc/templates/planParts';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import { typeRows } from '../gas/aroundPlan';
import { loadAddon } from '../gas/harness';
import { fillPlan } from '../gas/planWorkbook';

const TODAY = { year: 2023, month: 9, day: 1 };

function committeeBook(rows: readonly Partial<Record<CommitteeKey, unknown>>[]): Book {
  const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  appendRows(book, SHEET.committee, COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS, rows);
  return book;
}
const request = { kind: 'appendix' as const, fiscalYear: 2566, today: TODAY };

it('the order lists the members by role (chair first, secretaries last), their duties, the date and the executive', () => {
  // Typed out of order, with a short role word ("เลขานุการ").
  const rows = [SAMPLE_COMMITTEE_ROWS[2], { ...SAMPLE_COMMITTEE_ROWS[5], role: 'เลขานุการ' }, SAMPLE_COMMITTEE_ROWS[0]];
  const built = buildOtherDocs(sourceOf(committeeBook(rows)), request);
  if (!built.ok) throw new Error(built.message);
  expect(built.docs.map((d) => d.key)).toEqual(['appendix-order', 'appendix-adoption']);
  const order = plainText(built.docs[0].tree).split('\n');
  expect(order.slice(0, 3)).toEqual([
    `คำสั่ง${SAMPLE_PLAN.settings.orgName}`,
    `ที่ ${'.'.repeat(24)}/๒๕๖๖`,
    'เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. ๒๕๖๖ – ๒๕๗๐)',
  ]);
  const members = order.filter((l) => /^[๑-๙]\. นา/.test(l));
  expect(members).toEqual([
    '๑. นายสมพงษ์ ใจซื่อ  ปลัดเทศบาลตำบลบ้านสวนหลวง  ประธานกรรมการ',
    '๒. นายประเสริฐ วงศ์ดี  ผู้อำนวยการกองคลัง  กรรมการ',
    '๓. นางสาวอรุณี มั่นคง  นักวิชาการตรวจสอบภายใน  กรรมการและเลขานุการ',
  ]);
  expect(order).toContain('สั่ง ณ วันที่ ๑ กันยายน พ.ศ. ๒๕๖๖');
  expect(order.join('\n')).toContain(SAMPLE_PLAN.settings.executive.name);
  const adoption = plainText(built.docs[1].tree);
  expect(adoption).toContain('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
  expect(adoption).toContain('ประกาศ ณ วันที่ ๑ กันยายน พ.ศ. ๒๕๖๖');
});

it('without members only the adoption announcement is made, and the reason is said', () => {
  const built = buildOtherDocs(sourceOf(committeeBook([])), request);
  if (!built.ok) throw new Error(built.message);
  expect(built.docs.map((d) => d.key)).toEqual(['appendix-adoption']);
  expect(built.details[0]).toContain('ยังไม่มีรายชื่อ');
});

it('rules: a role nobody knows, a member without a position, a committee with no secretary', () => {
  const book = committeeBook([SAMPLE_COMMITTEE_ROWS[0], { name: 'นายเอ บีซี', position: '', role: 'ผู้สังเกตการณ์' }]);
  const [, stranger] = readCommittee(book.get(SHEET.committee)!);
  const found = validateWorkbook(sourceOf(book)).filter((f) => f.sheet === SHEET.committee).map((f) => `${f.code} ${f.cell}`);
  expect(found).toEqual(expect.arrayContaining([
    `COMMITTEE_FIELD_EMPTY ${stranger.cells.position}`,
    `COMMITTEE_ROLE_UNKNOWN ${stranger.cells.role}`,
    expect.stringMatching(/^COMMITTEE_ROLE_MISSING /),
  ]));
  expect(validateWorkbook(sourceOf(committeeBook(SAMPLE_COMMITTEE_ROWS))).filter((f) => f.sheet === SHEET.committee)).toEqual([]);
});

it('the add-on makes both as Google Docs with a PDF each', () => {
  const env = loadAddon();
  fillPlan(env, SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  typeRows(env, SHEET.committee, COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS, SAMPLE_COMMITTEE_ROWS);
  env.endExecution();
  const result = env.call('createOtherDoc', 'appendix', 2566) as JobResult;
  expect(result.ok).toBe(true);
  expect(result.links!.filter((l) => !l.title.endsWith('(PDF)')).map((l) => l.title)).toEqual([
    `คำสั่งแต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ${SAMPLE_PLAN.settings.orgName}`,
    `ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ${SAMPLE_PLAN.settings.orgName} (พ.ศ. ๒๕๖๖ – ๒๕๗๐)`,
  ]);
  expect(result.links).toHaveLength(4);
});

describe('the adoption settings in ข้อมูลหน่วยงาน', () => {
  /** Types `value` into the settings row labelled for `key`, as a person would. */
  function typeSetting(book: Book, key: 'appendixInPlan' | 'adoptionDate', value: string): string {
    const row = locateSettingRows(book.get(SHEET.settings)!)[key]!;
    setCell(book, SHEET.settings, row, SETTINGS_VALUE_COL, value);
    return `B${row}`;
  }
  const planText = (book: Book) => {
    const read = sourceOf(book);
    const { plan } = readWorkbook(read);
    return plainText(planDocument(plan, readPlanParts(read, plan, TODAY)));
  };

  it('scaffold adds both rows, the appendix one with a dropdown that starts on "attach"', () => {
    const book = committeeBook(SAMPLE_COMMITTEE_ROWS);
    const settings = book.get(SHEET.settings)!;
    const rows = locateSettingRows(settings);
    expect(settings.values[rows.appendixInPlan! - 1][SETTINGS_VALUE_COL - 1]).toBe(APPENDIX_OPTIONS.attach);
    expect(settings.values[rows.adoptionDate! - 1][SETTINGS_VALUE_COL - 1]).toBe('');
    expect(planText(book)).toContain('ภาคผนวก');
  });

  it('"ไม่แนบ" leaves the ภาคผนวก out of the whole plan and its สารบัญ; the documents are still made on their own', () => {
    const book = committeeBook(SAMPLE_COMMITTEE_ROWS);
    typeSetting(book, 'appendixInPlan', APPENDIX_OPTIONS.separate);
    const text = planText(book);
    expect(text).not.toContain('ภาคผนวก');
    expect(text).not.toContain('คำสั่งแต่งตั้งคณะกรรมการ');
    const built = buildOtherDocs(sourceOf(book), request);
    expect(built.ok && built.docs.map((d) => d.key)).toEqual(['appendix-order', 'appendix-adoption']);
  });

  it('the adoption date dates the order and the announcement, in the plan and on their own', () => {
    const book = committeeBook(SAMPLE_COMMITTEE_ROWS);
    typeSetting(book, 'adoptionDate', '15 ก.ย. 2565');
    expect(planText(book)).toContain('สั่ง ณ วันที่ ๑๕ กันยายน พ.ศ. ๒๕๖๕');
    const built = buildOtherDocs(sourceOf(book), request);
    if (!built.ok) throw new Error(built.message);
    expect(plainText(built.docs[1].tree)).toContain('ประกาศ ณ วันที่ ๑๕ กันยายน พ.ศ. ๒๕๖๕');
    expect(validateWorkbook(sourceOf(book)).filter((f) => f.code === 'ADOPTION_DATE_UNREADABLE')).toEqual([]);
  });

  it('a date it cannot read is a warning naming its cell, and the documents fall back to the day they are made', () => {
    const book = committeeBook(SAMPLE_COMMITTEE_ROWS);
    const cell = typeSetting(book, 'adoptionDate', 'กลางเดือนกันยา');
    const [finding] = validateWorkbook(sourceOf(book)).filter((f) => f.code === 'ADOPTION_DATE_UNREADABLE');
    expect(finding).toMatchObject({ severity: 'warning', sheet: SHEET.settings, cell });
    expect(finding.message).toContain('กลางเดือนกันยา');
    expect(planText(book)).toContain('สั่ง ณ วันที่ ๑ กันยายน พ.ศ. ๒๕๖๖');
  });
});
