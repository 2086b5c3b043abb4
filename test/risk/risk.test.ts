/**
 * The corruption-risk assessment (ส่วนที่ ๑ of seed 000, and the ITA's yearly assessment and its
 * management results): the tab's scaffold, its rules, its documents, and the add-on making them.
 */
import type { JobResult } from '../../src/core/api';
import { plainText } from '../../src/core/doc/tree';
import { buildOtherDocs } from '../../src/core/otherDocs/build';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { RISK_COLUMNS, RISK_INPUT_KEYS, RISK_LEVELS, type RiskKey } from '../../src/core/risk/layout';
import { readRiskSheet } from '../../src/core/risk/read';
import { riskPlan } from '../../src/core/risk/scaffold';
import { levelFormula, levelOf } from '../../src/core/risk/score';
import { SAMPLE_RISK_ROWS, SAMPLE_RISK_YEAR } from '../../src/core/risk/sampleRisks';
import { validateWorkbook } from '../../src/core/validate/validate';
import { parseA1 } from '../../src/core/workbook/a1';
import { cellFormula } from '../../src/core/workbook/grid';
import { SHEET } from '../../src/core/workbook/layout';
import { appendRows } from '../fixtures/aroundPlanBook';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';
import { typeRows } from '../gas/aroundPlan';
import { loadAddon } from '../gas/harness';
import { activeSpreadsheet, fillPlan } from '../gas/planWorkbook';

const TODAY = { year: 2024, month: 3, day: 15 };

function riskBook(rows: readonly Partial<Record<RiskKey, unknown>>[] = SAMPLE_RISK_ROWS): Book {
  const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  appendRows(book, SHEET.risk, RISK_COLUMNS, RISK_INPUT_KEYS, rows);
  return book;
}
const riskFindings = (book: Book) => validateWorkbook(sourceOf(book)).filter((f) => f.sheet === SHEET.risk).map((f) => `${f.code} ${f.cell}`);
const cellOf = (book: Book, index: number, key: RiskKey) => readRiskSheet(book.get(SHEET.risk)!).rows[index].cells[key]!;

describe('the ประเมินความเสี่ยง tab', () => {
  it('is scaffolded with the plan: headers, 1–5 dropdowns, and score, level and ลำดับ as formulas', () => {
    const book = riskBook([]);
    const snap = book.get(SHEET.risk)!;
    expect(snap.values[1].filter((v) => v !== '')).toEqual(RISK_COLUMNS.map((c) => c.header));
    const plan = riskPlan(snap);
    const column = (key: RiskKey) => plan.columns.find((c) => c.col === RISK_COLUMNS.findIndex((s) => s.key === key) + 1)!;
    expect(column('likelihood').validation).toMatchObject({ kind: 'list', values: ['1', '2', '3', '4', '5'] });
    expect(column('impact').validation).toMatchObject({ kind: 'list', values: ['1', '2', '3', '4', '5'] });
    const withRows = riskBook();
    const score = parseA1(cellOf(withRows, 0, 'score'))!;
    const level = parseA1(cellOf(withRows, 0, 'level'))!;
    expect(cellFormula(withRows.get(SHEET.risk)!, score.row, score.col)).toBe('=IF(OR(E3="",F3=""),"",E3*F3)');
    expect(cellFormula(withRows.get(SHEET.risk)!, level.row, level.col)).toBe('=IF(G3="","",IF(G3<5,"ต่ำ",IF(G3<10,"ปานกลาง",IF(G3<17,"สูง","สูงมาก"))))');
  });

  it('reads grades, computes score and level from the same thresholds the formula uses', () => {
    const rows = readRiskSheet(riskBook().get(SHEET.risk)!).rows;
    expect(rows.map((r) => [r.score, r.level])).toEqual([[12, 'high'], [6, 'medium'], [15, 'high'], [8, 'medium'], [4, 'low']]);
    for (const l of RISK_LEVELS) {
      expect(levelOf(l.from)).toBe(l.level);
      if (l.from > 1) expect(levelFormula(3, 'G')).toContain(`G3<${l.from},`);
    }
    expect(levelOf(25)).toBe('veryHigh');
  });

  it('the sample risks validate clean', () => {
    expect(riskFindings(riskBook())).toEqual([]);
  });

  it('a high risk with no control and no plan measure, a link to nothing, a grade of 7, a score typed over its formula', () => {
    const high = { year: SAMPLE_RISK_YEAR, process: 'การจัดเก็บรายได้', risk: 'การละเว้นการจัดเก็บภาษีให้ผู้ใกล้ชิด', likelihood: 4, impact: 4 };
    const book = riskBook([high, { ...SAMPLE_RISK_ROWS[1], planLink: '9.9.9 โครงการที่ไม่มี' }, { ...SAMPLE_RISK_ROWS[4], impact: 7 }, SAMPLE_RISK_ROWS[0]]);
    const score = parseA1(cellOf(book, 3, 'score'))!;
    setCell(book, SHEET.risk, score.row, score.col, 10); // 3 × 4 is 12
    expect(riskFindings(book)).toEqual([
      `RISK_HIGH_NO_CONTROL ${cellOf(book, 0, 'control')}`,
      `RISK_HIGH_NO_MEASURE ${cellOf(book, 0, 'planLink')}`,
      `RISK_LINK_UNKNOWN ${cellOf(book, 1, 'planLink')}`,
      `RISK_GRADE_INVALID ${cellOf(book, 2, 'impact')}`,
      `RISK_SCORE_MISMATCH ${cellOf(book, 3, 'score')}`,
    ]);
    const mismatch = validateWorkbook(sourceOf(book)).find((f) => f.code === 'RISK_SCORE_MISMATCH')!;
    expect(mismatch.message).toBe('คะแนน “10” ไม่ตรงกับโอกาส 3 × ผลกระทบ 4 = 12');
  });
});

describe('the risk documents', () => {
  const built = buildOtherDocs(sourceOf(riskBook()), { kind: 'risk', fiscalYear: SAMPLE_RISK_YEAR, today: TODAY });

  it('the assessment and, with statuses typed, the management results, each as a PDF too', () => {
    if (!built.ok) throw new Error(built.message);
    expect(built.docs.map((d) => [d.key, d.tree.title, d.pdf])).toEqual([
      [`risk-assessment-${SAMPLE_RISK_YEAR}`, 'การประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗', true],
      [`risk-management-${SAMPLE_RISK_YEAR}`, 'ผลการบริหารจัดการความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗', true],
    ]);
    const assessment = plainText(built.docs[0].tree);
    expect(assessment).toContain('ลำดับที่\tขั้นตอน/งานดำเนินงาน\tประเด็นความเสี่ยงการทุจริต\tโอกาส\tผลกระทบ\tRisk Score');
    expect(assessment).toContain('๑๕ (สูง)');
    // The level on a line of its own: "๖ (ปานกลาง)" on one line is wider than the column.
    const table = built.docs[0].tree.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const at = table.rows[0].cells.findIndex((c) => plainText({ ...built.docs[0].tree, blocks: c.blocks }) === 'Risk Score');
    expect(at).toBeGreaterThan(0);
    expect(table.rows.slice(1).filter((row) => row.cells[at].blocks.length === 2).length).toBeGreaterThan(0);
    const management = plainText(built.docs[1].tree);
    expect(management).toContain('ดำเนินการตามมาตรการควบคุมแล้ว ๔ ประเด็น');
    expect(management).toContain('๒.๒.๒ มาตรการ NO Gift Policy');
  });

  it('a year with no risk says so in Thai', () => {
    const none = buildOtherDocs(sourceOf(riskBook()), { kind: 'risk', fiscalYear: 2568, today: TODAY });
    expect(none).toMatchObject({ ok: false, message: expect.stringContaining('ยังไม่มีความเสี่ยงของปีงบประมาณ 2568') });
  });
});

it('the add-on makes both risk documents (with PDFs) into the output folder', () => {
  const env = loadAddon();
  fillPlan(env, SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  typeRows(env, SHEET.risk, RISK_COLUMNS, RISK_INPUT_KEYS, SAMPLE_RISK_ROWS);
  env.endExecution();
  const result = env.call('createOtherDoc', 'risk', SAMPLE_RISK_YEAR) as JobResult;
  expect(result.ok).toBe(true);
  expect(result.links!.map((l) => l.title)).toEqual([
    'การประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗', 'การประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗ (PDF)',
    'ผลการบริหารจัดการความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗', 'ผลการบริหารจัดการความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗ (PDF)',
  ]);
  expect(env.documents.withName('การประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๗')[0].text()).toContain('การเรียกรับเงินหรือผลประโยชน์');
  expect(activeSpreadsheet(env).getSheetByName(SHEET.risk)).not.toBeNull();
});
