/**
 * An imported plan compared with the plan it was printed from, field by field. Text is compared
 * as a reader would: Arabic or Thai digits alike, whitespace and PDF line breaks inside a
 * paragraph ignored, list items compared item by item without their typed markers.
 */
import type { ParsedPlan } from '../../../src/core/import/parsePlan';
import type { StatedCounts } from '../../../src/core/import/stated';
import type { Measure } from '../../../src/core/plan/model';
import { toArabicDigits } from '../../../src/core/thai/digits';
import { cleanText, comparisonKey, splitLines } from '../../../src/core/thai/text';
import type { GenMeasure, GenPlan } from './plans';
import { budgetText } from './writers';

export interface Comparison {
  fields: number;
  fieldsRight: number;
  /** Per dimension: found count equals the generated count. */
  countsRight: number;
  counts: number;
  budgetCells: number;
  budgetCellsRight: number;
  longestName: number;
  /** Stated counts (preface per dimension and total; the table's total rows) read as printed. */
  stated: number;
  statedRight: number;
  /** Budget cells wrong in rows a PLAN_TABLE_ROW problem names (the document lost which year an amount is). */
  budgetCellsFlagged: number;
  misses: string[];
}

const prose = (v: string) => cleanText(toArabicDigits(v));
const items = (v: string) => splitLines(toArabicDigits(v)).join('\n');
const LIST_KEYS = new Set(['objectives', 'targetGroup', 'method', 'outputs', 'outcomes']);

function expected(m: GenMeasure, plan: GenPlan, outputsField: boolean, hasDetail: boolean): Record<string, string> {
  const d = (v: string) => (hasDetail ? v : '');
  return {
    name: m.name,
    code: m.code,
    rationale: d(prose(m.rationale.join(' '))),
    objectives: d(m.objectives.join('\n')),
    targetGroup: d(m.targetGroup.join('\n')),
    area: d(m.area),
    method: d(m.method.join('\n')),
    duration: d(m.duration),
    budgetText: d(budgetText(m, plan.years)),
    responsible: m.responsible && hasDetail ? m.responsible : '',
    outputs: d(outputsField ? m.outputs.join('\n') : ''),
    outcomes: d(m.outcomes.join('\n')),
  };
}

function actual(m: Measure): Record<string, string> {
  return {
    name: prose(m.name),
    code: m.code,
    rationale: prose(m.details.rationale),
    objectives: items(m.details.objectives),
    targetGroup: items(m.details.targetGroup),
    area: prose(m.details.area),
    method: items(m.details.method),
    duration: prose(m.details.duration),
    budgetText: prose(m.details.budgetText),
    responsible: prose(m.responsible),
    outputs: items(m.details.outputs),
    outcomes: items(m.details.outcomes),
  };
}

export function compare(plan: GenPlan, parsed: ParsedPlan, opts: { outputsField: boolean; withoutDetail?: GenMeasure; table: boolean }): Comparison {
  const c: Comparison = { fields: 0, fieldsRight: 0, countsRight: 0, counts: 0, budgetCells: 0, budgetCellsRight: 0, longestName: 0, stated: 0, statedRight: 0, budgetCellsFlagged: 0, misses: [] };
  const flaggedRows = parsed.problems.filter((p) => p.code === 'PLAN_TABLE_ROW').map((p) => comparisonKey(p.text));
  const found = parsed.measures.map((x) => x.measure);
  for (const dim of [1, 2, 3, 4]) {
    c.counts++;
    const want = plan.measures.filter((m) => m.dimension === dim).length;
    const got = found.filter((m) => m.dimension === dim).length;
    if (want === got) c.countsRight++;
    else c.misses.push(`มิติ ${dim}: ${got} ≠ ${want}`);
    const places: [string, StatedCounts][] = [['คำนำ', parsed.stated.preface], ...(opts.table ? [['ตาราง', parsed.stated.table] as [string, StatedCounts]] : [])];
    for (const [where, counts] of places) {
      c.stated++;
      if (counts[String(dim)]?.count === want) c.statedRight++;
      else c.misses.push(`จำนวนที่ระบุใน${where} มิติ ${dim}: ${counts[String(dim)]?.count} ≠ ${want}`);
    }
  }
  const byName = new Map(found.map((m) => [comparisonKey(m.name), m]));
  for (const m of plan.measures) {
    const got = byName.get(comparisonKey(m.name));
    const want = expected(m, plan, opts.outputsField, m !== opts.withoutDetail);
    const have = got ? actual(got) : undefined;
    for (const [key, value] of Object.entries(want)) {
      c.fields++;
      const norm = LIST_KEYS.has(key) ? items : prose;
      if (have && have[key] === norm(value)) c.fieldsRight++;
      else c.misses.push(`${m.name.slice(0, 30)} ${key}: “${(have?.[key] ?? '(ไม่พบ)').slice(0, 60)}” ≠ “${value.slice(0, 60)}”`);
    }
    for (const y of plan.years) {
      c.budgetCells++;
      if (got && (got.budgets[y] ?? 0) === (m.budgets[y] ?? 0)) c.budgetCellsRight++;
      else if (flaggedRows.some((text) => text.includes(comparisonKey(m.name).slice(0, 40)))) c.budgetCellsFlagged++;
      else c.misses.push(`${m.name.slice(0, 30)} งบ ${y}: ${got?.budgets[y] ?? 0} ≠ ${m.budgets[y] ?? 0}`);
    }
  }
  c.longestName = Math.max(0, ...found.map((m) => m.name.length));
  return c;
}
