import type { DimensionNo, Framework, FrameworkId } from '../framework/types';
import { EMPTY_DETAILS, typeFromName, type Measure, type MeasureDetails } from '../plan/model';
import type { DigitStyle } from '../thai/digits';
import { comparisonKey } from '../thai/text';
import { yearBudgetsFromDetail, type YearBudgets } from './budgets';
import { measureCode } from './codes';
import { fieldShape, fieldText } from './fields';
import { quote, sourceLines, type SourceLine } from './lines';
import { detectGuideline, digitStyleOf, findOrgName, findPlanYears } from './meta';
import type { FieldKey } from './patterns';
import { readPlanTables, type PlanTableRow, type PlanTables } from './planTable';
import { matchRows } from './matchRows';
import { NAME_MAX, nameLabel } from './names';
import { problem, type ImportProblem } from './problems';
import { readPrefaceFigures, readSummaryTables, type StatedFigures } from './stated';
import { readStructure, type MeasureDraft } from './structure';
import { readRiskTable, type ImportedRisk } from './riskTable';

/**
 * An existing plan's text (Word, PDF, Google Docs or pasted) read into the plan model: whose
 * plan and which years, which guideline, every measure with its place, details and budgets,
 * the figures the document states, and everything it could not place.
 */
export interface ImportedMeasure {
  readonly measure: Measure;
  /** Where the measure starts in the source text. */
  readonly line: number;
}

export interface ParsedPlan {
  readonly orgName: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** False when the document names no years and the guideline's are assumed. */
  readonly yearsStated: boolean;
  readonly frameworkId: FrameworkId;
  /** Thai: which guideline the document follows, and what told it. */
  readonly frameworkReason: string;
  readonly digits: DigitStyle;
  readonly measures: readonly ImportedMeasure[];
  readonly stated: StatedFigures;
  readonly problems: readonly ImportProblem[];
  /** ส่วนที่ ๑'s corruption-risk table, when the document has one. */
  readonly risks?: readonly ImportedRisk[];
}

const DETAIL_KEYS = Object.keys(EMPTY_DETAILS) as (keyof MeasureDetails)[];

export function parsePlan(text: string): ParsedPlan {
  const lines = sourceLines(text);
  const summary = readSummaryTables(lines);
  const tables = readPlanTables(lines);
  const structure = readStructure(lines, new Set([...summary.consumed, ...tables.consumed]));
  const statedYears = findPlanYears(lines);
  const { framework, reason } = detectGuideline({ dimensionHeadings: structure.dimensionHeadings, codeHeadings: [...structure.codeHeadings, ...tables.codeHeadings] }, statedYears);
  const years = statedYears ?? framework.defaultYears;
  const planYears = Array.from({ length: years.last - years.first + 1 }, (_, i) => years.first + i);
  const problems: ImportProblem[] = [...summary.problems, ...tables.problems];

  // Detail entries with a name, the same entry printed twice (same name, same dimension) kept once;
  // the same name in two dimensions is two measures (validation flags the name).
  const entries: { draft: MeasureDraft; name: string }[] = [];
  const seen = new Map<string, MeasureDraft>();
  const entryKey = (draft: MeasureDraft, name: string) => `${draft.dimension ?? ''} ${comparisonKey(name)}`;
  for (const draft of structure.drafts) {
    const name = fieldText(fieldShape('name'), draft.fields.get('name') ?? []);
    if (draft.stray.length > 0) problems.push(unplaced(draft.stray, 'ข้อความก่อนหัวข้อแรกของโครงการ ไม่ได้นำเข้า'));
    if (name === '') {
      problems.push(problem('NO_NAME', draft.line, 'พบรายละเอียดโครงการที่ไม่มีชื่อโครงการ: ไม่ได้นำเข้า', firstText(draft)));
      continue;
    }
    const first = seen.get(entryKey(draft, name));
    if (first) {
      problems.push(problem('DUPLICATE_ENTRY', draft.line, `รายละเอียดโครงการนี้ซ้ำกับที่บรรทัด ${first.line}: นำเข้าครั้งเดียว (ใช้รายละเอียดที่บรรทัด ${first.line})`, name));
      continue;
    }
    seen.set(entryKey(draft, name), draft);
    entries.push({ draft, name });
  }
  const rows = matchRows(entries.map((e) => ({ name: e.name, dimension: e.draft.dimension })), tables.rows);

  const measures: (ImportedMeasure & { order: number })[] = [];
  const unsettled: Unsettled[] = [];
  const measureText: string[] = [];
  entries.forEach(({ draft, name }, i) => {
    const field = (key: FieldKey) => fieldText(fieldShape(key), draft.fields.get(key) ?? []);
    const row = rows[i];
    // Codes from the table where it lists the row under a ภารกิจ, else from the headings above the entry.
    const { code, problems: codeProblems } = measureCode(framework, row?.heading ? { ...draft, item: row.heading, sub: undefined, stacked: [] } : draft, name);
    problems.push(...codeProblems);
    if (row) problems.push(...rowMismatches(row, draft, name, framework));
    else if (tables.rows.length > 0) {
      problems.push(problem('PLAN_TABLE_MISMATCH', draft.line, 'ไม่พบโครงการนี้ในตารางแผนงบประมาณรายปี: งบประมาณรายปีมาจากข้อความรายละเอียด', name));
    }
    const dimension = code ? (Number(code[0]) as DimensionNo) : row?.dimension ?? draft.dimension;
    if (dimension === undefined) {
      problems.push(problem('NO_DIMENSION', draft.line, 'ไม่ทราบว่าอยู่มิติใด (ไม่มีหัวข้อมิติหรือรหัสภารกิจ): ไม่ได้นำเข้า', name));
      return;
    }
    const details = Object.fromEntries(DETAIL_KEYS.map((k) => [k, field(k)])) as unknown as MeasureDetails;
    const type = typeFromName(name);
    if (type === '') problems.push(problem('NO_TYPE', draft.line, 'ชื่อไม่ได้ขึ้นต้นด้วยโครงการ/กิจกรรม/มาตรการ: โปรดเลือกประเภท', name));
    problems.push(...nameProblems(name, draft.line));
    // Plan-table budgets are the truth; the detail text counts only where there is no table row.
    const fromDetail = yearBudgetsFromDetail(details.budgetText, details.duration, planYears);
    const fromRow = row && rowBudgets(row, fromDetail, tables.years);
    if (row && !fromRow) unsettled.push({ at: measures.length, row, fallback: fromDetail });
    const yearBudgets: YearBudgets = row ? { kind: 'years', budgets: fromRow ?? {} } : fromDetail;
    measures.push({
      line: draft.line,
      order: row ? tables.rows.indexOf(row) : Infinity,
      measure: {
        dimension,
        no: draft.number ?? '',
        code,
        name,
        type,
        budgets: yearBudgets.kind === 'years' ? yearBudgets.budgets : {},
        responsible: field('responsible'),
        remark: row?.remark ?? '',
        details,
        docUrl: '',
      },
    });
    if (yearBudgets.kind === 'unknown') {
      problems.push(problem('BUDGET_PER_YEAR', draft.line, `ระบุงบประมาณรายปีไม่ได้ (${yearBudgets.reason}): เก็บข้อความไว้ในช่องงบประมาณ (ข้อความในรายละเอียด) โปรดกรอกงบรายปีเอง`, `${name}: ${details.budgetText}`));
    }
    measureText.push(...[...draft.fields.values()].flat());
  });
  // A measure the table lists with no detail entry: what the table says is imported, and the gap said.
  tables.rows.forEach((row, order) => {
    if (rows.includes(row)) return;
    const pseudo: MeasureDraft = { line: row.line, dimension: row.dimension, item: row.heading, stacked: [], fields: new Map(), stray: [] };
    const { code, problems: codeProblems } = measureCode(framework, pseudo, row.name);
    problems.push(...codeProblems);
    const dimension = code ? (Number(code[0]) as DimensionNo) : row.dimension;
    if (dimension === undefined) {
      problems.push(problem('PLAN_TABLE_ROW', row.line, 'แถวในตารางแผนงบประมาณไม่ตรงกับโครงการใดในรายละเอียด และไม่ทราบว่าอยู่มิติใด: ไม่ได้นำเข้า', row.text));
      return;
    }
    problems.push(problem('NO_DETAIL', row.line, 'โครงการในตารางแผนงบประมาณไม่มีรายละเอียดโครงการ (ส่วนที่ ๓): นำเข้าชื่อ รหัส และงบประมาณจากตาราง โปรดกรอกรายละเอียดเอง', row.name));
    problems.push(...nameProblems(row.name, row.line));
    const fromRow = rowBudgets(row, { kind: 'years', budgets: {} }, tables.years);
    if (!fromRow) unsettled.push({ at: measures.length, row, fallback: { kind: 'years', budgets: {} } });
    measures.push({
      line: row.line,
      order,
      measure: { dimension, no: '', code, name: row.name, type: typeFromName(row.name), budgets: fromRow ?? {}, responsible: '', remark: row.remark, details: EMPTY_DETAILS, docUrl: '' },
    });
  });
  settleFromTotals(measures, unsettled, tables, problems);
  // In the table's order where there is a table (the details may be numbered and ordered apart), then numbered per dimension.
  const ordered = measures.map((m, i) => ({ m, i })).sort((a, b) => a.m.measure.dimension - b.m.measure.dimension || a.m.order - b.m.order || a.i - b.i);
  const seq = new Map<DimensionNo, number>();
  const numbered: ImportedMeasure[] = ordered.map(({ m }) => {
    const dim = m.measure.dimension;
    seq.set(dim, (seq.get(dim) ?? 0) + 1);
    return { line: m.line, measure: { ...m.measure, no: m.measure.no || String(seq.get(dim)) } };
  });
  for (const group of groupLines(structure.orphans)) problems.push(unplaced(group, 'ข้อความนอกโครงการและหัวข้อ ไม่ได้นำเข้า'));
  if (numbered.length === 0) problems.push(problem('NOTHING_FOUND', 0, 'ไม่พบโครงการ/กิจกรรม/มาตรการ (หัวข้อ "โครงการ/กิจกรรม/มาตรการ ที่ …" หรือ "1. ชื่อโครงการ :") ในเอกสารนี้'));

  return {
    orgName: findOrgName(lines),
    firstYear: years.first,
    lastYear: years.last,
    yearsStated: statedYears !== undefined,
    frameworkId: framework.id,
    frameworkReason: reason,
    digits: digitStyleOf(measureText.join('\n')),
    measures: numbered,
    stated: { preface: readPrefaceFigures(lines, structure.firstMeasureLine), table: { ...tables.totals, ...summary.table } },
    problems: problems.sort((a, b) => a.line - b.line),
    risks: readRiskTable(lines),
  };
}

function firstText(draft: MeasureDraft): string {
  return [...draft.fields.values()].flat()[0] ?? draft.stray[0]?.text ?? '';
}

/** Consecutive lines (no other line of the document between them) as one problem each. */
function groupLines(lines: readonly SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && line.no - last[last.length - 1].no <= 2) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

function unplaced(lines: readonly SourceLine[], message: string): ImportProblem {
  const more = lines.length > 1 ? ` (${lines.length} บรรทัด)` : '';
  return problem('UNPLACED_TEXT', lines[0].no, message + more, lines.map((l) => l.text).join(' '));
}

/** What a detail entry and its table row disagree on, with both lines. */
function rowMismatches(row: PlanTableRow, draft: MeasureDraft, name: string, framework: Framework): ImportProblem[] {
  const out: ImportProblem[] = [];
  if (comparisonKey(row.name) !== comparisonKey(name)) {
    out.push(problem('PLAN_TABLE_MISMATCH', draft.line, `ชื่อในตารางแผน (บรรทัด ${row.line}) ต่างจากชื่อในรายละเอียด (บรรทัด ${draft.line}): ใช้ชื่อในรายละเอียด ตารางเขียนว่า “${quote(row.name, 60)}”`, name));
  }
  const detailHeading = draft.item ?? draft.sub;
  if (row.heading && detailHeading) {
    const table = measureCode(framework, { ...draft, item: row.heading, sub: undefined, stacked: [] }, name).code;
    const detail = measureCode(framework, draft, name).code;
    if (table !== detail) out.push(problem('PLAN_TABLE_MISMATCH', draft.line, `ตารางแผน (บรรทัด ${row.line}) จัดไว้ที่ ${table} แต่รายละเอียด (บรรทัด ${detailHeading.line}) อยู่ใต้ ${detail}: ใช้รหัสตามตาราง`, name));
  }
  return out;
}

/**
 * A row's budgets. Where empty cells were lost with the empty lines (one cell per line), the
 * amounts left cannot say their years: they are taken as the detail text's per-year budgets
 * when they agree with them. Undefined when nothing settles it (see settleFromTotals).
 */
function rowBudgets(row: PlanTableRow, fromDetail: YearBudgets, years: readonly number[]): Readonly<Record<number, number>> | undefined {
  if (row.budgets) return row.budgets;
  if (fromDetail.kind === 'years' && sameAmounts(years.map((y) => fromDetail.budgets[y] ?? 0), row.amounts ?? [])) return fromDetail.budgets;
  return undefined;
}

/** The same amounts in the same order, years without budget left out. */
function sameAmounts(a: readonly number[], b: readonly number[]): boolean {
  const x = a.filter((v) => v > 0);
  const y = b.filter((v) => v > 0);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

interface Unsettled {
  readonly at: number;
  readonly row: PlanTableRow;
  /** What the detail text says, used (and said) when the table cannot settle it. */
  readonly fallback: YearBudgets;
}

/**
 * Rows whose amounts lost their years, settled by the dimension's total row: when a dimension
 * has one such row and its total row prints amounts, that row's budget in a year is the total
 * less every other row's, accepted when it gives back the row's own amounts. Any other is a
 * problem naming the row.
 */
function settleFromTotals(measures: { measure: Measure }[], unsettled: readonly Unsettled[], tables: PlanTables, problems: ImportProblem[]): void {
  for (const u of unsettled) {
    const dimension = measures[u.at].measure.dimension;
    const total = tables.totalBudgets[String(dimension)];
    const alone = unsettled.filter((o) => measures[o.at].measure.dimension === dimension).length === 1;
    if (total && alone) {
      const others = measures.filter((m, i) => i !== u.at && m.measure.dimension === dimension);
      const derived = Object.fromEntries(tables.years.map((y) => [y, (total[y] ?? 0) - others.reduce((s, m) => s + (m.measure.budgets[y] ?? 0), 0)]));
      if (Object.values(derived).every((v) => v >= 0) && sameAmounts(tables.years.map((y) => derived[y]), u.row.amounts ?? [])) {
        measures[u.at] = { ...measures[u.at], measure: { ...measures[u.at].measure, budgets: Object.fromEntries(Object.entries(derived).filter(([, v]) => v > 0)) } };
        continue;
      }
    }
    const fallback = u.fallback.kind === 'years' ? u.fallback.budgets : {};
    measures[u.at] = { ...measures[u.at], measure: { ...measures[u.at].measure, budgets: fallback } };
    problems.push(problem('PLAN_TABLE_ROW', u.row.line, `แถวนี้ในตารางแผนมีจำนวนเงิน ${u.row.amounts?.length ?? 0} ช่อง แต่ตารางมี ${tables.years.length} ปี (ช่องว่างหายไป) จึงบอกไม่ได้ว่าเป็นงบของปีใด: ${u.fallback.kind === 'years' && Object.keys(fallback).length > 0 ? 'ใช้งบตามข้อความรายละเอียด' : 'ไม่ได้ใส่งบรายปี'} โปรดกรอกงบรายปีเอง`, u.row.text));
  }
}

/** A name the detail text ran into: too long, or holding a field's label. */
function nameProblems(name: string, line: number): ImportProblem[] {
  const label = nameLabel(name);
  if (name.length > NAME_MAX) return [problem('NAME_SUSPECT', line, `ชื่อโครงการยาว ${name.length} ตัวอักษร (เกิน ${NAME_MAX}): ข้อความรายละเอียดน่าจะปนเข้ามาในชื่อ โปรดตรวจสอบ`, name)];
  if (label) return [problem('NAME_SUSPECT', line, `ชื่อโครงการมีหัวข้อ “${label}” อยู่ข้างใน: ข้อความรายละเอียดน่าจะปนเข้ามาในชื่อ โปรดตรวจสอบ`, name)];
  return [];
}
