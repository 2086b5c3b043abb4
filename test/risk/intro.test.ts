/** ส่วนที่ ๑'s sections as editable text in the บทนำ tab: model text naming the organisation, read back, checked. */
import { readIntroSections } from '../../src/core/intro/read';
import { INTRO_SECTIONS } from '../../src/core/intro/layout';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { parseA1 } from '../../src/core/workbook/a1';
import { SHEET } from '../../src/core/workbook/layout';
import { buildBook, setCell, sourceOf } from '../fixtures/workbook';

const org = SAMPLE_PLAN.settings.orgName;

it('a new workbook gets the four sections the preface promises, naming the organisation, as paragraphs and items', () => {
  const sections = readIntroSections(buildBook(SAMPLE_PLAN.settings, []).get(SHEET.intro)!);
  expect(sections.map((s) => s.title)).toEqual([...INTRO_SECTIONS]);
  expect(sections[0].paragraphs.join(' ')).toContain(`${org}จึงได้จัดทำแผนปฏิบัติการป้องกันการทุจริต`);
  expect(sections[1].items[0]).toBe(`เพื่อยกระดับเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร${org}`);
  expect(sections[1].paragraphs).toEqual([]);
});

it('a section cleared, or a row gone, is a warning naming it', () => {
  const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  expect(validateWorkbook(sourceOf(book)).filter((f) => f.sheet === SHEET.intro)).toEqual([]);
  const goal = readIntroSections(book.get(SHEET.intro)!)[2];
  const at = parseA1(goal.cell)!;
  setCell(book, SHEET.intro, at.row, at.col, '');
  const found = validateWorkbook(sourceOf(book)).filter((f) => f.sheet === SHEET.intro);
  expect(found.map((f) => [f.code, f.cell])).toEqual([['INTRO_SECTION_EMPTY', goal.cell]]);
  expect(found[0].message).toContain('“เป้าหมาย”');
  setCell(book, SHEET.intro, at.row, at.col - 1, '');
  expect(validateWorkbook(sourceOf(book)).filter((f) => f.sheet === SHEET.intro).map((f) => f.code)).toEqual(['INTRO_SECTION_MISSING']);
});

it('the model text made before the organisation was renamed, or copied from another plan, is a warning on its section', () => {
  // The tab was made under an earlier name; the settings now carry the organisation's new name.
  const before = { ...SAMPLE_PLAN.settings, orgName: 'องค์การบริหารส่วนตำบลบ้านสวนหลวง', orgType: 'องค์การบริหารส่วนตำบล' as const };
  const book = buildBook(before, SAMPLE_PLAN.measures);
  const settings = buildBook(SAMPLE_PLAN.settings, []).get(SHEET.settings)!;
  book.set(SHEET.settings, settings);
  const found = validateWorkbook(sourceOf(book)).filter((f) => f.code === 'INTRO_ORG_NAME');
  const sections = readIntroSections(book.get(SHEET.intro)!);
  // Every section that names the organisation is flagged at its own cell, with both names.
  const naming = sections.filter((s) => [...s.paragraphs, ...s.items].join(' ').includes(before.orgName));
  expect(naming.length).toBeGreaterThan(1);
  expect(found.map((f) => f.cell)).toEqual(naming.map((s) => s.cell));
  expect(found[0].message).toContain('องค์การบริหารส่วนตำบลบ้านสวนหลวง');
  expect(found[0].fix).toContain(org);
});
