import type { DimensionNo, FrameworkId } from '../framework/types';
import { EMPTY_DETAILS, typeFromName, type Measure, type MeasureDetails } from '../plan/model';
import type { DigitStyle } from '../thai/digits';
import { comparisonKey } from '../thai/text';
import { yearBudgetsFromDetail } from './budgets';
import { measureCode } from './codes';
import { fieldShape, fieldText } from './fields';
import { sourceLines, type SourceLine } from './lines';
import { detectGuideline, digitStyleOf, findOrgName, findPlanYears } from './meta';
import type { FieldKey } from './patterns';
import { readPlanTables, type PlanTableRow } from './planTable';
import { problem, type ImportProblem } from './problems';
import { readPrefaceFigures, readSummaryTables, type StatedFigures } from './stated';
import { readStructure, type MeasureDraft } from './structure';

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
}

const DETAIL_KEYS = Object.keys(EMPTY_DETAILS) as (keyof MeasureDetails)[];

export function parsePlan(text: string): ParsedPlan {
  const lines = sourceLines(text);
  const summary = readSummaryTables(lines);
  const tables = readPlanTables(lines);
  const structure = readStructure(lines, new Set([...summary.consumed, ...tables.consumed]));
  const statedYears = findPlanYears(lines);
  const { framework, reason } = detectGuideline(structure, statedYears);
  const years = statedYears ?? framework.defaultYears;
  const planYears = Array.from({ length: years.last - years.first + 1 }, (_, i) => years.first + i);
  const problems: ImportProblem[] = [...summary.problems, ...tables.problems];

  const tableRows = new Map(tables.rows.map((r) => [comparisonKey(r.name), r]));
  const usedRows = new Set<PlanTableRow>();
  const measures: ImportedMeasure[] = [];
  const seq = new Map<DimensionNo, number>();
  const measureText: string[] = [];
  for (const draft of structure.drafts) {
    const field = (key: FieldKey) => fieldText(fieldShape(key), draft.fields.get(key) ?? []);
    const name = field('name');
    if (draft.stray.length > 0) problems.push(unplaced(draft.stray, 'ข้อความก่อนหัวข้อแรกของโครงการ ไม่ได้นำเข้า'));
    if (name === '') {
      problems.push(problem('NO_NAME', draft.line, 'พบรายละเอียดโครงการที่ไม่มีชื่อโครงการ: ไม่ได้นำเข้า', firstText(draft)));
      continue;
    }
    const { code, problems: codeProblems } = measureCode(framework, draft, name);
    problems.push(...codeProblems);
    const dimension = code ? (Number(code[0]) as DimensionNo) : draft.dimension;
    if (dimension === undefined) {
      problems.push(problem('NO_DIMENSION', draft.line, 'ไม่ทราบว่าอยู่มิติใด (ไม่มีหัวข้อมิติหรือรหัสภารกิจ): ไม่ได้นำเข้า', name));
      continue;
    }
    seq.set(dimension, (seq.get(dimension) ?? 0) + 1);
    const details = Object.fromEntries(DETAIL_KEYS.map((k) => [k, field(k)])) as unknown as MeasureDetails;
    const type = typeFromName(name);
    if (type === '') problems.push(problem('NO_TYPE', draft.line, 'ชื่อไม่ได้ขึ้นต้นด้วยโครงการ/กิจกรรม/มาตรการ: โปรดเลือกประเภท', name));
    // Plan-table budgets are the truth; the detail text counts only where there is no table row.
    const row = tableRows.get(comparisonKey(name));
    if (row) usedRows.add(row);
    const yearBudgets = row ? ({ kind: 'years', budgets: row.budgets } as const) : yearBudgetsFromDetail(details.budgetText, details.duration, planYears);
    measures.push({
      line: draft.line,
      measure: {
        dimension,
        no: draft.number ?? String(seq.get(dimension)),
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
  }
  for (const row of tables.rows) {
    if (!usedRows.has(row)) problems.push(problem('PLAN_TABLE_ROW', row.line, 'แถวในตารางแผนงบประมาณไม่ตรงกับชื่อโครงการใดในรายละเอียด: ไม่ได้นำเข้า', row.text));
  }
  for (const group of groupLines(structure.orphans)) problems.push(unplaced(group, 'ข้อความนอกโครงการและหัวข้อ ไม่ได้นำเข้า'));
  if (measures.length === 0) problems.push(problem('NOTHING_FOUND', 0, 'ไม่พบโครงการ/กิจกรรม/มาตรการ (หัวข้อ "โครงการ/กิจกรรม/มาตรการ ที่ …" หรือ "1. ชื่อโครงการ :") ในเอกสารนี้'));

  return {
    orgName: findOrgName(lines),
    firstYear: years.first,
    lastYear: years.last,
    yearsStated: statedYears !== undefined,
    frameworkId: framework.id,
    frameworkReason: reason,
    digits: digitStyleOf(measureText.join('\n')),
    measures,
    stated: { preface: readPrefaceFigures(lines, structure.firstMeasureLine), table: summary.table },
    problems: problems.sort((a, b) => a.line - b.line),
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
