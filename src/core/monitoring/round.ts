import type { JobResult, MonitoringRound } from '../api';
import type { Measure, Plan } from '../plan/model';
import { cleanText } from '../thai/text';
import { EMPTY_SNAPSHOT, lastContentRow, planWrites, type GridWrite, type SheetSnapshot } from '../workbook/grid';
import { completeHeader } from '../workbook/headers';
import { FIRST_DATA_ROW, HEADER_ROW, SHEET, TITLE_ROW } from '../workbook/layout';
import type { ColumnFormat, SheetPlan } from '../workbook/sheetPlan';
import {
  CARRIED_KEYS, MONITORING_COLUMNS, MONITORING_FORMATS, MONITORING_FROZEN_COLUMNS, MONITORING_RULES, MONITORING_TAB_COLOR, MONITORING_TITLE,
  type MonitoringKey,
} from './layout';
import { ROUND_LABEL } from './period';
import { indexPlan, matchToPlan, measuresPlannedIn, type PlanMatch } from './planned';
import { measureKey, readMonitoringSheet, rowsOfRound, type MonitoringRow } from './read';

/** What "เริ่มรอบติดตาม" does to the ติดตามผล tab, planned without touching it. */
export interface RoundPlan {
  readonly fiscalYear: number;
  readonly round: MonitoringRound;
  readonly sheetPlan: SheetPlan;
  /** Measures that got a new row, in plan order. */
  readonly added: readonly Measure[];
  /** New 12-month rows that start from the officer's 6-month entries. */
  readonly carried: number;
  /** Rows of this round already on the tab (left exactly as they are). */
  readonly kept: number;
  /** Rows of this round whose measure was renamed or removed in the plan: reported, never deleted. */
  readonly flagged: readonly { readonly row: MonitoringRow; readonly match: Exclude<PlanMatch, { kind: 'planned' }> }[];
}

/**
 * Plans a round: the tab's title and headers where missing, then one new row per measure of
 * the plan that the round does not have yet (matched by code and name), appended below the
 * last used row as one rectangle. Filled rows are never touched; running it again adds nothing.
 * The 12-month round starts each new row from the same measure's 6-month entries.
 * The caller checks the year and round first (checkRoundRequest).
 */
export function planMonitoringRound(plan: Plan, existing: SheetSnapshot | undefined, fiscalYear: number, round: MonitoringRound): RoundPlan {
  const snap = existing ?? EMPTY_SNAPSHOT;
  const { columns, wanted } = completeHeader(snap, HEADER_ROW, MONITORING_COLUMNS);
  wanted.unshift({ row: TITLE_ROW, col: 1, value: MONITORING_TITLE });
  const read = readMonitoringSheet(snap);
  const current = rowsOfRound(read, fiscalYear, round);
  const seen = new Set(current.map((r) => measureKey(r.entry.code, r.entry.name)));
  const added = measuresPlannedIn(plan, fiscalYear).filter((m) => {
    const key = measureKey(m.code, m.name);
    if (seen.has(key)) return false;
    seen.add(key); // a measure typed twice in the plan gets one row
    return true;
  });
  const halfYear = new Map(round === 12 ? rowsOfRound(read, fiscalYear, 6).map((r) => [measureKey(r.entry.code, r.entry.name), r] as const) : []);
  let carried = 0;
  const newRows = added.map((m) => {
    const from = halfYear.get(measureKey(m.code, m.name));
    const carriedValues = from ? CARRIED_KEYS.map((k) => [k, from.raw[k] ?? ''] as const) : [];
    if (carriedValues.some(([, v]) => cleanText(v) !== '')) carried++;
    const cells: Partial<Record<MonitoringKey, unknown>> = {
      fiscalYear,
      round: ROUND_LABEL[round],
      dimension: m.dimension,
      code: m.code,
      name: m.name,
      planned: m.budgets[fiscalYear] ?? 0,
      ...Object.fromEntries(carriedValues),
    };
    return cells;
  });
  const firstNewRow = Math.max(lastContentRow(snap), HEADER_ROW) + 1;
  const writes = [...planWrites(snap, wanted), ...rowsRectangle(firstNewRow, columns, newRows)];
  const index = indexPlan(plan.measures);
  const flagged = current.flatMap((row) => {
    const match = matchToPlan(row.entry, index);
    return match.kind === 'planned' ? [] : [{ row, match }];
  });
  const newHeaderCols = new Set(wanted.filter((w) => w.row === HEADER_ROW).map((w) => w.col));
  return {
    fiscalYear,
    round,
    added,
    carried,
    kept: current.length,
    flagged,
    sheetPlan: {
      name: SHEET.monitoring,
      isNew: existing === undefined,
      title: MONITORING_TITLE,
      headerRow: HEADER_ROW,
      firstDataRow: FIRST_DATA_ROW,
      frozenColumns: MONITORING_FROZEN_COLUMNS,
      lastColumn: Math.max(...columns.values()),
      columns: MONITORING_COLUMNS.map((spec): ColumnFormat => {
        const col = columns.get(spec.key)!;
        return {
          col,
          isNew: newHeaderCols.has(col),
          width: spec.width,
          numberFormat: MONITORING_FORMATS[spec.key],
          wrap: spec.kind === 'longtext' || spec.kind === 'text',
          validation: MONITORING_RULES[spec.key],
        };
      }),
      cellRules: [],
      writes,
      tabColor: MONITORING_TAB_COLOR,
    },
  };
}

/**
 * The new rows as one rectangle over every monitoring column: rows below the last used row
 * are empty, so one setValues writes them all however many measures there are (planWrites
 * would split rows whose filled cells differ, e.g. carried-forward rows).
 */
function rowsRectangle(firstRow: number, columns: ReadonlyMap<MonitoringKey, number>, rows: readonly Partial<Record<MonitoringKey, unknown>>[]): GridWrite[] {
  if (rows.length === 0) return [];
  const cols = [...columns.values()];
  const from = Math.min(...cols);
  const width = Math.max(...cols) - from + 1;
  const values = rows.map((cells) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, col] of columns) line[col - from] = cells[key] ?? '';
    return line;
  });
  return [{ row: firstRow, col: from, values }];
}

/** Thai summary of a round for the user (menu alert, sidebar, command line). */
export function describeRound(p: RoundPlan): JobResult {
  const label = `ปีงบประมาณ ${p.fiscalYear} รอบ ${ROUND_LABEL[p.round]}`;
  const message = p.added.length
    ? `เพิ่มรายการติดตามผล${label} ${p.added.length} รายการ ในแผ่นงาน "${SHEET.monitoring}" กรอกสถานะ งบประมาณที่ใช้จริง และผลการดำเนินงานได้เลย`
    : `รายการติดตามผล${label} ครบทุกโครงการแล้ว ไม่มีรายการต้องเพิ่ม (ข้อมูลที่กรอกไว้ไม่ถูกแก้ไข)`;
  const details = [
    ...(p.kept ? [`มีอยู่เดิม ${p.kept} รายการ (ไม่แก้ไข)`] : []),
    ...(p.carried ? [`นำข้อมูลรอบ 6 เดือนมาเป็นค่าเริ่มต้น ${p.carried} รายการ (แก้ไขเป็นผลทั้งปีได้)`] : []),
    ...p.flagged.map(({ row, match }) => {
      const what = `แถว ${row.row} (${row.entry.code} ${row.entry.name})`;
      return match.kind === 'renamed'
        ? `${what}: ชื่อในแผนเปลี่ยนเป็น "${match.candidates.map((m) => m.name).join('" หรือ "')}" – แถวเดิมไม่ได้ลบ โปรดตรวจสอบ`
        : `${what}: ไม่พบโครงการนี้ในแผนแล้ว – แถวเดิมไม่ได้ลบ โปรดตรวจสอบ`;
    }),
  ];
  return { ok: true, message, details };
}
