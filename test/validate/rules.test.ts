/**
 * Every rule, one failing and one passing case each, on the sample plan's workbook: a clean
 * plan that one edit makes wrong (the finding must point at the edited cell, and nothing else
 * may be flagged) and a look-alike edit that is fine.
 */
import type { DimensionNo } from '../../src/core/framework/types';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import type { Finding } from '../../src/core/validate/finding';
import { RULE_SETS, ruleCatalogue } from '../../src/core/validate/ruleSets';
import { budgetRules } from '../../src/core/validate/rules/budgets';
import { codeRules } from '../../src/core/validate/rules/codes';
import { coverageRules } from '../../src/core/validate/rules/coverage';
import { duplicateRules } from '../../src/core/validate/rules/duplicates';
import { requiredRules } from '../../src/core/validate/rules/required';
import { settingsRules } from '../../src/core/validate/rules/settings';
import { statedRules } from '../../src/core/validate/rules/stated';
import { structureRules } from '../../src/core/validate/rules/structure';
import { summaryRules } from '../../src/core/validate/rules/summary';
import { textRules } from '../../src/core/validate/rules/text';
import { nameShapeRules } from '../../src/core/validate/rules/nameShape';
import { budgetGapRules } from '../../src/core/validate/rules/budgetGaps';
import { validateWorkbook } from '../../src/core/validate/validate';
import { a1, parseA1 } from '../../src/core/workbook/a1';
import { cellFormula } from '../../src/core/workbook/grid';
import { FIRST_DATA_ROW, HEADER_ROW, SHEET, budgetHeader, budgetKey, dimensionSheetName, type MeasureColumnKey } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { planScaffold } from '../../src/core/workbook/scaffold';
import { SETTINGS_VALUE_COL, readSettings } from '../../src/core/workbook/settings';
import type { SettingKey } from '../../src/core/workbook/layout';
import { EMPTY_SNAPSHOT, applyWrites } from '../../src/core/workbook/grid';
import { storedEmblemMarker } from '../../src/core/workbook/emblemTab';
import { buildBook, setCell, sourceOf, statedWrites, type Book } from '../fixtures/workbook';

const { settings, measures } = SAMPLE_PLAN;
const BASE = buildBook(settings, measures);
const BASE_READ = readWorkbook(sourceOf(BASE));

const clone = (b: Book): Book => new Map([...b].map(([k, v]) => [k, { values: v.values.map((r) => [...r]), formulas: v.formulas.map((r) => [...r]) }]));
const exercised = new Set<string>();

function run(edit: (book: Book) => void = () => undefined): string[] {
  const book = clone(BASE);
  edit(book);
  return validateWorkbook(sourceOf(book)).map(label);
}
const label = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/** The failing case: exactly these findings. Records the codes so the last test can check every rule has one. */
function expectOnly(found: string[], ...expected: string[]): void {
  expect(found).toEqual(expected);
  for (const e of expected) exercised.add(e.split(' ')[0]);
}

/** Where a measure's field is: dimension, index within its tab, column key. */
function at(dim: DimensionNo, index: number, key: MeasureColumnKey): { sheet: string; cell: string } {
  const row = BASE_READ.dimensions[dim - 1].rows[index];
  return { sheet: row.sheet, cell: row.cells[key]! };
}
const ref = (p: { sheet: string; cell: string }) => `${p.sheet}!${p.cell}`;

function put(book: Book, p: { sheet: string; cell: string }, value: unknown): void {
  const { row, col } = parseA1(p.cell)!;
  setCell(book, p.sheet, row, col, value);
}

function settingCell(key: SettingKey): { sheet: string; cell: string } {
  const row = readSettings(BASE.get(SHEET.settings)!).rows[key]!;
  return { sheet: SHEET.settings, cell: a1(row, SETTINGS_VALUE_COL) };
}

/** A cell of the สรุป tab by row code and column header. */
function summaryCell(book: Book, code: string, header: string): { sheet: string; cell: string } {
  const snap = book.get(SHEET.summary)!;
  const row = snap.values.findIndex((r) => r[1] === code) + 1;
  const col = snap.values[HEADER_ROW - 1].indexOf(header) + 1;
  return { sheet: SHEET.summary, cell: a1(row, col) };
}

it('the sample plan is clean: no error and no warning', () => {
  expect(run()).toEqual([]);
});

describe('structure', () => {
  it('SHEET_MISSING: a tab that is gone', () => {
    expectOnly(run((b) => b.delete(dimensionSheetName(4))), `SHEET_MISSING ${dimensionSheetName(4)}!`);
    expectOnly(run((b) => b.delete(SHEET.summary)), `SHEET_MISSING ${SHEET.summary}!`);
  });

  const renameTab = (b: Book, from: string, to: string) => {
    b.set(to, b.get(from)!);
    b.delete(from);
  };
  const firstName = (dim: DimensionNo) => at(dim, 0, 'name').cell;

  it('SHEET_NOT_READ: a renamed dimension tab beside the empty one scaffold added reports its stranded rows', () => {
    const renamed = 'มิติ 1 (แก้ไข)';
    const book = clone(BASE);
    renameTab(book, dimensionSheetName(1), renamed);
    for (const plan of planScaffold(sourceOf(book), settings)) book.set(plan.name, applyWrites(book.get(plan.name) ?? EMPTY_SNAPSHOT, plan.writes));
    const found = validateWorkbook(sourceOf(book));
    const stranded = found.filter((f) => f.code === 'SHEET_NOT_READ');
    expect(stranded.map(label)).toEqual([`SHEET_NOT_READ ${renamed}!${firstName(1)}`]);
    expect(stranded[0].message).toContain(`มีโครงการ/กิจกรรม/มาตรการ ${BASE_READ.dimensions[0].rows.length} แถวที่ไม่ถูกนับในแผน`);
    expect(stranded[0].fix).toContain(`“${dimensionSheetName(1)}”`);
    exercised.add('SHEET_NOT_READ');
    // A tab of notes, or a copy with no measure rows, is nobody's business.
    expect(run((b) => b.set('บันทึก', { values: [['หมายเหตุ'], ['ชื่อโครงการ/กิจกรรม/มาตรการ']], formulas: [[''], ['']] }))).toEqual([]);
  });

  it('SHEET_LOOK_ALIKE: a tab whose name differs only in a non-breaking space or Thai digits', () => {
    for (const lookAlike of ['มิติที่\u00a02', 'มิติที่ ๒', ' มิติที่  2']) {
      const found = run((b) => renameTab(b, dimensionSheetName(2), lookAlike));
      expect(found).toContain(`SHEET_LOOK_ALIKE ${lookAlike}!${firstName(2)}`);
      expect(found).toContain(`SHEET_MISSING ${dimensionSheetName(2)}!`);
    }
    exercised.add('SHEET_LOOK_ALIKE');
  });

  it('COLUMN_MISSING: a required header renamed away; an alias header is fine', () => {
    const header = { sheet: dimensionSheetName(2), cell: at(2, 0, 'responsible').cell.replace(/\d+$/, String(HEADER_ROW)) };
    const found = run((b) => put(b, header, 'ผู้ดูแล'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^COLUMN_MISSING ${dimensionSheetName(2)}!`));
    exercised.add('COLUMN_MISSING');
    expect(run((b) => put(b, header, 'หน่วยงานรับผิดชอบ'))).toEqual([]);
  });
});

describe('settings', () => {
  it('ORG_NAME_MISSING: no organisation name; one with stray spaces is fine', () => {
    expectOnly(run((b) => put(b, settingCell('orgName'), '  ')), `ORG_NAME_MISSING ${ref(settingCell('orgName'))}`);
    expect(run((b) => put(b, settingCell('orgName'), `  ${settings.orgName}\u00a0`))).toEqual([]);
  });

  it('YEAR_MISSING / YEAR_UNREADABLE: an empty or unreadable year; Thai digits and "พ.ศ." are read', () => {
    expectOnly(run((b) => put(b, settingCell('firstYear'), '')), `YEAR_MISSING ${ref(settingCell('firstYear'))}`);
    expectOnly(run((b) => put(b, settingCell('lastYear'), 'ปีหน้า')), `YEAR_UNREADABLE ${ref(settingCell('lastYear'))}`);
    expect(run((b) => { put(b, settingCell('firstYear'), '๒๕๖๖'); put(b, settingCell('lastYear'), 'พ.ศ. 2570'); })).toEqual([]);
  });

  it('YEAR_CHRISTIAN_ERA: 2023 typed for 2566', () => {
    const found = validateWorkbook(sourceOf((() => { const b = clone(BASE); put(b, settingCell('firstYear'), 2023); return b; })()));
    expectOnly(found.map(label), `YEAR_CHRISTIAN_ERA ${ref(settingCell('firstYear'))}`);
    expect(found[0].fix).toContain('2566');
  });

  it('YEARS_ORDER: the last year before the first; YEARS_SPAN: a plan of 7 years, while 4 years is fine', () => {
    expect(run((b) => put(b, settingCell('lastYear'), 2565))).toContain(`YEARS_ORDER ${ref(settingCell('lastYear'))}`);
    exercised.add('YEARS_ORDER');
    expect(run((b) => put(b, settingCell('lastYear'), 2572))).toContain(`YEARS_SPAN ${ref(settingCell('lastYear'))}`);
    exercised.add('YEARS_SPAN');
    expect(run((b) => put(b, settingCell('lastYear'), 2569)).filter((f) => f.startsWith('YEARS'))).toEqual([]);
  });

  it('ADOPTION_DATE_UNREADABLE: "ปลายเดือน ก.ย." is no date, while "15 ก.ย. 2565" and a blank cell are fine', () => {
    expectOnly(run((b) => put(b, settingCell('adoptionDate'), 'ปลายเดือน ก.ย.')), `ADOPTION_DATE_UNREADABLE ${ref(settingCell('adoptionDate'))}`);
    expectOnly(run((b) => put(b, settingCell('adoptionDate'), '15 ก.ย. 2565')));
  });

  it('EMBLEM_UNUSABLE: a .jpg or a web link cannot be the emblem PNG, while a .png path is left to the file check', () => {
    expectOnly(run((b) => put(b, settingCell('emblem'), 'ตรา/ตราเทศบาล.jpg')), `EMBLEM_UNUSABLE ${ref(settingCell('emblem'))}`);
    expectOnly(run((b) => put(b, settingCell('emblem'), 'https://drive.google.com/file/d/abc/view')), `EMBLEM_UNUSABLE ${ref(settingCell('emblem'))}`);
    expectOnly(run((b) => put(b, settingCell('emblem'), 'ตรา/ตราเทศบาล.png')));
  });

  it('EMBLEM_STORED_UNUSABLE: the marker of an uploaded emblem with no emblem tab behind it', () => {
    expectOnly(run((b) => put(b, settingCell('emblem'), storedEmblemMarker('ตรา.png'))), `EMBLEM_STORED_UNUSABLE ${ref(settingCell('emblem'))}`);
  });
});

describe('item codes', () => {
  it('CODE_MISSING: an empty code (as a merged cell reads); Thai digits and a trailing dot are read', () => {
    expectOnly(run((b) => put(b, at(1, 2, 'code'), '')), `CODE_MISSING ${ref(at(1, 2, 'code'))}`);
    expect(run((b) => put(b, at(1, 2, 'code'), ' ๑.๑.๓. '))).toEqual([]);
  });

  it('CODE_UNKNOWN: a code the framework does not have', () => {
    expectOnly(run((b) => put(b, at(1, 2, 'code'), '1.9.9')), `CODE_UNKNOWN ${ref(at(1, 2, 'code'))}`);
    expectOnly(run((b) => put(b, at(1, 2, 'code'), 'ข้อ ก')), `CODE_UNKNOWN ${ref(at(1, 2, 'code'))}`);
  });

  it('CODE_OTHER_DIMENSION: a dimension-2 code on the dimension-1 tab', () => {
    // The summary counts by code, so sub-dimension 1.1 also loses its only… no: 1.1 keeps 1.1.1 and 1.1.2.
    expectOnly(run((b) => put(b, at(1, 2, 'code'), '2.2.1')), `CODE_OTHER_DIMENSION ${ref(at(1, 2, 'code'))}`);
  });

  it('CODE_NOT_ITEM: a sub-dimension code where the framework has items; under the earlier guideline, whose 2.x have none, "2.1" is right', () => {
    expectOnly(run((b) => put(b, at(1, 2, 'code'), '1.1')), `CODE_NOT_ITEM ${ref(at(1, 2, 'code'))}`);
    const earlier = { ...settings, frameworkId: 'nacc-2561' as const, firstYear: 2561, lastYear: 2564 };
    const measure = { ...measures.find((m) => m.dimension === 2 && m.budgets[2566] === undefined)!, code: '2.1' };
    expect(validateWorkbook(sourceOf(buildBook(earlier, [measure]))).filter((f) => f.code.startsWith('CODE'))).toEqual([]);
  });
});

describe('required fields', () => {
  it('REQUIRED_EMPTY: no name, type or responsible unit; the fix guesses the type from the name', () => {
    expectOnly(run((b) => put(b, at(3, 1, 'responsible'), '')), `REQUIRED_EMPTY ${ref(at(3, 1, 'responsible'))}`);
    const book = clone(BASE);
    put(book, at(3, 1, 'type'), '');
    const [finding] = validateWorkbook(sourceOf(book));
    expect(label(finding)).toBe(`REQUIRED_EMPTY ${ref(at(3, 1, 'type'))}`);
    expect(finding.fix).toContain('“กิจกรรม”');
    expect(run((b) => put(b, at(3, 1, 'type'), ' กิจกรรม '))).toEqual([]);
  });

  it('TYPE_UNKNOWN: a type outside โครงการ / กิจกรรม / มาตรการ', () => {
    expectOnly(run((b) => put(b, at(3, 1, 'type'), 'แผนงาน')), `TYPE_UNKNOWN ${ref(at(3, 1, 'type'))}`);
  });
});

describe('budgets', () => {
  // Measure 1.2 of dimension 1: "ปีละ 20,000 บาท" over 20,000 in every year.
  const y2568 = at(1, 1, 'budget:2568');

  it('BUDGET_NOT_NUMBER / NEGATIVE / SATANG: unreadable money; "๒๐,๐๐๐-บาท" and "20000" as text are read', () => {
    expectOnly(run((b) => put(b, y2568, 'สองหมื่น')), `BUDGET_NOT_NUMBER ${ref(y2568)}`);
    expectOnly(run((b) => put(b, y2568, -20000)), `BUDGET_NEGATIVE ${ref(y2568)}`);
    expectOnly(run((b) => put(b, y2568, '20,000.555')), `BUDGET_SATANG ${ref(y2568)}`);
    expect(run((b) => put(b, y2568, '๒๐,๐๐๐-บาท'))).toEqual([]);
    expect(run((b) => put(b, y2568, '20000 '))).toEqual([]);
  });

  it('BUDGET_FORMULA_ERROR: a formula showing #REF! or #DIV/0!, or with no result, is never "no budget"', () => {
    expectOnly(run((b) => put(b, y2568, '#REF!')), `BUDGET_FORMULA_ERROR ${ref(y2568)}`);
    expectOnly(run((b) => put(b, y2568, '#DIV/0!')), `BUDGET_FORMULA_ERROR ${ref(y2568)}`);
    const noResult = (b: Book) => {
      put(b, y2568, '');
      const { row, col } = parseA1(y2568.cell)!;
      (b.get(y2568.sheet)!.formulas[row - 1] as string[])[col - 1] = '=SUM(Z1:Z2)';
    };
    // The detail text still says 20,000 a year: the mismatch is reported too, the formula first.
    expect(run(noResult)[0]).toBe(`BUDGET_FORMULA_ERROR ${ref(y2568)}`);
  });

  it('BUDGET_OUTSIDE_YEARS: an amount in a column for 2571; an empty column for it is harmless', () => {
    const sheet = dimensionSheetName(1);
    const lastCol = BASE.get(sheet)!.values[HEADER_ROW - 1].length;
    const header = { sheet, cell: a1(HEADER_ROW, lastCol + 1) };
    const amount = { sheet, cell: a1(parseA1(y2568.cell)!.row, lastCol + 1) };
    expectOnly(run((b) => { put(b, header, budgetHeader(2571)); put(b, amount, '15,000'); }), `BUDGET_OUTSIDE_YEARS ${ref(amount)}`);
    expect(run((b) => put(b, header, budgetHeader(2571)))).toEqual([]);
  });

  it('BUDGET_TEXT_MISMATCH: the detail text against the per-year columns, both readings of a single amount', () => {
    expectOnly(run((b) => put(b, y2568, 25000)), `BUDGET_TEXT_MISMATCH ${ref(at(1, 1, 'budgetText'))}`);
    expectOnly(run((b) => put(b, at(1, 0, 'budgetText'), '40,000-บาท')), `BUDGET_TEXT_MISMATCH ${ref(at(1, 0, 'budgetText'))}`);
    expectOnly(run((b) => put(b, at(1, 1, 'budgetText'), 'ไม่ใช้งบประมาณ')), `BUDGET_TEXT_MISMATCH ${ref(at(1, 1, 'budgetText'))}`);
    // The same amount read per year ("20,000-บาท", "งบประมาณ ๒๐,๐๐๐ บาท") or in total ("100,000 บาท").
    for (const text of ['20,000-บาท', 'งบประมาณ ๒๐,๐๐๐ บาท', 'รวม 100,000 บาท', '100,000.- บาท']) {
      expect(run((b) => put(b, at(1, 1, 'budgetText'), text))).toEqual([]);
    }
  });

  it('BUDGET_TEXT_NO_AMOUNT: a budget line with no amount over budgeted years; the same line with no budget is fine', () => {
    const text = 'ตามเทศบัญญัติงบประมาณรายจ่ายประจำปี';
    expectOnly(run((b) => put(b, at(1, 1, 'budgetText'), text)), `BUDGET_TEXT_NO_AMOUNT ${ref(at(1, 1, 'budgetText'))}`);
    expect(run((b) => put(b, at(1, 0, 'budgetText'), text))).toEqual([]);
  });
});

describe('duplicates', () => {
  it('NAME_DUPLICATE: the same name on another tab, however spaced', () => {
    const name = measures.find((m) => m.dimension === 1)!.name;
    expectOnly(run((b) => put(b, at(3, 0, 'name'), ` ${name.replace(' ', '  ')} `)), `NAME_DUPLICATE ${ref(at(3, 0, 'name'))}`);
  });

  it('MEASURE_SIMILAR: a near-copy of a name, or an alike name over copied details; distinct measures are not', () => {
    const name = measures.find((m) => m.dimension === 2 && m.no === '11')!.name; // มาตรการมอบอำนาจและกระจายอำนาจ…
    expectOnly(run((b) => put(b, at(4, 2, 'name'), name.replace('มาตรการมอบอำนาจ', 'มาตรการการมอบอำนาจ'))), `MEASURE_SIMILAR ${ref(at(4, 2, 'name'))}`);
    // Seed 003's pair: names at 0.79, the detail pages copied.
    const first = measures.find((m) => m.dimension === 3 && m.no === '4')!; // มาตรการจัดตั้งศูนย์รับเรื่องราวร้องทุกข์/ร้องเรียน…
    const alike = first.name.replace('จัดตั้งศูนย์รับเรื่องราว', 'จัดการเรื่องราว');
    const copy = (b: Book) => {
      put(b, at(3, 5, 'name'), alike);
      for (const key of ['rationale', 'objectives', 'targetGroup', 'method', 'outputs', 'outcomes'] as const) put(b, at(3, 5, key), first.details[key]);
    };
    expectOnly(run(copy), `MEASURE_SIMILAR ${ref(at(3, 5, 'name'))}`);
    expect(run((b) => put(b, at(3, 5, 'name'), alike))).toEqual([]);
  });

  it('NO_DUPLICATE: a number twice in one tab; the same number in another tab is fine', () => {
    expectOnly(run((b) => put(b, at(2, 3, 'no'), '๓')), `NO_DUPLICATE ${ref(at(2, 3, 'no'))}`);
    expect(run((b) => put(b, at(2, 3, 'no'), '4.'))).toEqual([]);
  });
});

describe('coverage', () => {
  it('DIMENSION_EMPTY and SUB_EMPTY: a dimension or sub-dimension with no measure', () => {
    const without = (keep: (code: string, dim: number) => boolean) => buildBook(settings, measures.filter((m) => keep(m.code, m.dimension)));
    const noDim4 = without((_, d) => d !== 4);
    expectOnly(validateWorkbook(sourceOf(noDim4)).map(label), `DIMENSION_EMPTY ${dimensionSheetName(4)}!C3`);
    const no12 = without((c) => !c.startsWith('1.2.'));
    expectOnly(validateWorkbook(sourceOf(no12)).map(label), `SUB_EMPTY ${ref(summaryCell(no12, '1.2', 'จำนวนโครงการ/กิจกรรม/มาตรการ'))}`);
  });
});

describe('stated figures', () => {
  const withStated = (stated: Record<string, unknown>, column: 'preface' | 'table' = 'table') => {
    const book = clone(BASE);
    book.set(SHEET.summary, applyWrites(book.get(SHEET.summary)!, statedWrites(book.get(SHEET.summary)!, settings, { [column]: stated })));
    return validateWorkbook(sourceOf(book)).map(label);
  };

  it('STATED_COUNT_MISMATCH: a figure that disagrees with the rows; right ones in Thai digits or with a word are fine', () => {
    expectOnly(withStated({ '2': 10 }, 'preface'), `STATED_COUNT_MISMATCH ${ref(summaryCell(BASE, '2', 'จำนวนที่ระบุในคำนำ'))}`);
    expect(withStated({ '1': '๘', '2': '11 โครงการ', '3': 7, '4': '7', '1.1': 3, total: '๓๓' })).toEqual([]);
  });

  it('STATED_NOT_NUMBER: a figure that is not a count', () => {
    expectOnly(withStated({ '3': 'เจ็ด' }), `STATED_NOT_NUMBER ${ref(summaryCell(BASE, '3', 'จำนวนที่ระบุในตารางสรุป'))}`);
  });
});

describe('summary formulas', () => {
  const countHeader = 'จำนวนโครงการ/กิจกรรม/มาตรการ';
  const count22 = summaryCell(BASE, '2.2', countHeader);

  it('SUMMARY_VALUE_OVER_FORMULA / CHANGED / MISSING: a typed value, another formula, an empty cell', () => {
    expectOnly(run((b) => put(b, count22, 5)), `SUMMARY_VALUE_OVER_FORMULA ${ref(count22)}`);
    expectOnly(run((b) => put(b, count22, '=COUNTIF(\'มิติที่ 2\'!$B$3:$B$100,"2.2*")')), `SUMMARY_FORMULA_CHANGED ${ref(count22)}`);
    expectOnly(run((b) => put(b, count22, '')), `SUMMARY_FORMULA_MISSING ${ref(count22)}`);
  });

  it('accepts the same formula respelt, and the suggested fix (clear, then scaffold) makes the tab clean again', () => {
    const formula = cellFormula(BASE.get(SHEET.summary)!, parseA1(count22.cell)!.row, parseA1(count22.cell)!.col);
    expect(run((b) => put(b, count22, formula.toLowerCase().replace(',', ', ').replace('countif', 'countif ')))).toEqual([]);
    const book = clone(BASE);
    put(book, count22, 5);
    put(book, count22, '');
    for (const plan of planScaffold(sourceOf(book))) book.set(plan.name, applyWrites(book.get(plan.name)!, plan.writes));
    expect(validateWorkbook(sourceOf(book))).toEqual([]);
  });

  /** The summary as an earlier version wrote it: every range stopped at row 2000. */
  const legacyBook = (): Book => {
    const book = clone(BASE);
    const summary = book.get(SHEET.summary)!;
    const formulas = summary.formulas.map((row) => row.map((f) => f
      .replace(/-(COUNTIF|SUM)\('[^']+'!\$[A-Z]+\$1:\$[A-Z]+\$2(,"\?\*")?\)/, '')
      .replace(/!\$([A-Z]+):\$\1\b/g, (_, c: string) => `!$${c}$3:$${c}$2000`)));
    book.set(SHEET.summary, { values: summary.values, formulas });
    return book;
  };

  it('SUMMARY_FORMULA_SHORT: an earlier version\'s formulas are fine until a tab grows past row 2000; scaffold widens them', () => {
    const legacy = legacyBook();
    expect(legacy.get(SHEET.summary)!.formulas.flat().filter((f) => f.includes('$2000')).length).toBeGreaterThan(40);
    expect(validateWorkbook(sourceOf(legacy))).toEqual([]);
    // A measure typed at row 2005 of มิติที่ 2.
    const rows2 = BASE_READ.dimensions[1].rows;
    const last = rows2[rows2.length - 1];
    const book = clone(legacy);
    const snap = book.get(last.sheet)!;
    const values = snap.values[last.row - 1];
    for (let c = 1; c <= values.length; c++) setCell(book, last.sheet, last.row, c, '');
    values.forEach((v, c) => setCell(book, last.sheet, 2005, c + 1, v));
    const found = validateWorkbook(sourceOf(book));
    expect(found.map((f) => f.code)).toEqual(['SUMMARY_FORMULA_SHORT']);
    expect(found[0].message).toContain('แผ่นงาน “มิติที่ 2” มีโครงการ 1 แถวหลังแถว 2000 (ถึงแถว 2005)');
    exercised.add('SUMMARY_FORMULA_SHORT');
    // Scaffold replaces its own old formulas (untouched ones only) with whole-column ones.
    for (const plan of planScaffold(sourceOf(book))) book.set(plan.name, applyWrites(book.get(plan.name) ?? EMPTY_SNAPSHOT, plan.writes));
    expect(book.get(SHEET.summary)!.formulas.flat().filter((f) => f.includes('$2000'))).toEqual([]);
    expect(validateWorkbook(sourceOf(book))).toEqual([]);
  });

  it('scaffold leaves a summary formula the person edited, even one with the old reach', () => {
    const book = legacyBook();
    const { row, col } = parseA1(count22.cell)!;
    const mine = '=COUNTIF(\'มิติที่ 2\'!$B$3:$B$2000,"2.2*")+1';
    setCell(book, SHEET.summary, row, col, mine);
    for (const plan of planScaffold(sourceOf(book))) book.set(plan.name, applyWrites(book.get(plan.name) ?? EMPTY_SNAPSHOT, plan.writes));
    expect(cellFormula(book.get(SHEET.summary)!, row, col)).toBe(mine);
  });

  it('SUMMARY_ROW_MISSING and SUMMARY_COLUMN_MISSING: a row or a column the formulas need is gone', () => {
    const code22 = { sheet: SHEET.summary, cell: count22.cell.replace(/^[A-Z]+/, 'B') };
    const rows = run((b) => put(b, code22, 'สองจุดสอง'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^SUMMARY_ROW_MISSING สรุป!B\d+$/);
    exercised.add('SUMMARY_ROW_MISSING');
    const header = { sheet: SHEET.summary, cell: count22.cell.replace(/\d+$/, String(HEADER_ROW)) };
    const cols = run((b) => put(b, header, 'จำนวน'));
    expect(cols).toHaveLength(1);
    expect(cols[0]).toMatch(/^SUMMARY_COLUMN_MISSING สรุป!/);
    exercised.add('SUMMARY_COLUMN_MISSING');
  });
});

describe('text', () => {
  it('ORG_NAME_VARIANT: the organisation misspelt (นาม่วง / นาม่อง); other text after its type is not', () => {
    const responsible = at(4, 0, 'responsible');
    expectOnly(run((b) => put(b, responsible, 'หน่วยตรวจสอบภายใน เทศบาลตำบลบ้านสวนหลวน')), `ORG_NAME_VARIANT ${ref(responsible)}`);
    expect(run((b) => put(b, responsible, 'หน่วยตรวจสอบภายใน เทศบาลตำบลในเขตอำเภอ'))).toEqual([]);
  });

  it('ORG_GENERIC: "องค์กรปกครองส่วนท้องถิ่น" where the organisation belongs, not in law or framework titles', () => {
    const outcomes = at(1, 0, 'outcomes');
    expectOnly(run((b) => put(b, outcomes, 'องค์กรปกครองส่วนท้องถิ่นมีการบริหารงานโดยยึดหลักธรรมาภิบาล')), `ORG_GENERIC ${ref(outcomes)}`);
    const name = at(2, 0, 'name');
    expectOnly(run((b) => put(b, name, 'มาตรการ “ปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารขององค์กรปกครองส่วนท้องถิ่น”')), `ORG_GENERIC ${ref(name)}`);
    const objectives = at(3, 0, 'objectives');
    for (const text of [
      'เพื่อจัดทำแผนพัฒนาตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น',
      'เพื่อส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น', // the framework's 3.1 title
      'เพื่อแลกเปลี่ยนเรียนรู้กับองค์กรปกครองส่วนท้องถิ่นอื่น',
    ]) {
      expect(run((b) => put(b, objectives, text))).toEqual([]);
    }
  });

  it('RESULT_SAME_AS_METHOD and RESULT_COPIED_FROM_ABOVE: outcomes repeating the method or the row above', () => {
    const method = measures.find((m) => m.dimension === 4 && m.no === '2')!.details.method;
    expectOnly(run((b) => put(b, at(4, 1, 'outcomes'), method)), `RESULT_SAME_AS_METHOD ${ref(at(4, 1, 'outcomes'))}`);
    const above = measures.find((m) => m.dimension === 4 && m.no === '1')!.details.outputs;
    expectOnly(run((b) => put(b, at(4, 1, 'outputs'), above)), `RESULT_COPIED_FROM_ABOVE ${ref(at(4, 1, 'outputs'))}`);
    expect(run((b) => { put(b, at(4, 0, 'outcomes'), '-'); put(b, at(4, 1, 'outcomes'), '-'); })).toEqual([]);
  });
});

describe('names and per-year budgets as an import may leave them', () => {
  const named = (dim: DimensionNo, index: number) => BASE_READ.dimensions[dim - 1].rows[index].measure.name;

  it('NAME_TOO_LONG: a name running into its detail text; a long real name is fine', () => {
    const rest = ' ผู้บริหาร สมาชิกสภาท้องถิ่น และพนักงานทุกคนได้รับการอบรมอย่างทั่วถึงและต่อเนื่องทุกปี'.repeat(3);
    expectOnly(run((b) => put(b, at(1, 0, 'name'), named(1, 0) + rest)), `NAME_TOO_LONG ${ref(at(1, 0, 'name'))}`);
    expect(run((b) => put(b, at(1, 0, 'name'), (named(1, 0) + rest).slice(0, 250)))).toEqual([]);
  });

  it('NAME_HOLDS_LABEL: a field label inside a name; the same word in a name\'s own wording is fine', () => {
    expectOnly(run((b) => put(b, at(1, 0, 'name'), `${named(1, 0)} หลักการและเหตุผล`)), `NAME_HOLDS_LABEL ${ref(at(1, 0, 'name'))}`);
    expect(run((b) => put(b, at(1, 0, 'name'), `${named(1, 0)} ที่ผิดวัตถุประสงค์`))).toEqual([]);
  });

  it('BUDGET_YEAR_BLANK: a blank year between budgeted years; a late start, or 0 typed, is fine', () => {
    const index = BASE_READ.dimensions[0].rows.findIndex((r) => r.measure.budgets[2566] && r.measure.budgets[2570]);
    const cell = (year: number) => at(1, index, budgetKey(year));
    const found = run((b) => put(b, cell(2568), ''));
    expect(found).toContain(`BUDGET_YEAR_BLANK ${ref(cell(2568))}`);
    exercised.add('BUDGET_YEAR_BLANK');
    expect(run((b) => put(b, cell(2566), '')).filter((f) => f.startsWith('BUDGET_YEAR_BLANK'))).toEqual([]);
    expect(run((b) => put(b, cell(2568), 0)).filter((f) => f.startsWith('BUDGET_YEAR_BLANK'))).toEqual([]);
  });
});

describe('what a real sheet holds', () => {
  it('reads blank rows in the middle, rows past a gap and numbers stored as text without a finding', () => {
    const book = clone(BASE);
    const snap = book.get(dimensionSheetName(2))!;
    const at5 = 4; // 0-based index of sheet row 5
    const blank = snap.values[0].map(() => '');
    book.set(dimensionSheetName(2), {
      values: [...snap.values.slice(0, at5), blank, blank, ...snap.values.slice(at5).map((r) => r.map((v) => (typeof v === 'number' ? ` ${v} ` : v)))],
      formulas: [...snap.formulas.slice(0, at5), blank.map(() => ''), blank.map(() => ''), ...snap.formulas.slice(at5)],
    });
    expect(validateWorkbook(sourceOf(book))).toEqual([]);
    expect(readWorkbook(sourceOf(book)).dimensions[1].rows).toHaveLength(measures.filter((m) => m.dimension === 2).length);
  });

  it('ignores rows numbered in advance with nothing else in them', () => {
    const count = measures.filter((m) => m.dimension === 4).length;
    const found = run((b) => {
      for (let i = 1; i <= 5; i++) put(b, { sheet: dimensionSheetName(4), cell: a1(FIRST_DATA_ROW + count + i, 1) }, count + i);
    });
    expect(found).toEqual([]);
  });
});

it('covers every rule of the plan rule sets with a failing case above', () => {
  const planSets = [structureRules, settingsRules, codeRules, requiredRules, budgetRules, duplicateRules, coverageRules, statedRules, summaryRules, textRules, nameShapeRules, budgetGapRules];
  expect(planSets.every((set) => RULE_SETS.includes(set))).toBe(true);
  expect([...exercised].sort()).toEqual(Object.keys(ruleCatalogue(planSets)).sort());
});
