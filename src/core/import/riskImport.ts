import type { PlanSettings } from '../plan/model';
import { RISK_INPUT_KEYS, type RiskKey } from '../risk/layout';
import { readRiskSheet } from '../risk/read';
import { comparisonKey } from '../thai/text';
import { planWrites, type GridWrite } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import type { SnapshotSource } from '../workbook/scaffold';
import { appendRecordCells } from '../workbook/tablePlan';
import { problem, type ImportProblem } from './problems';
import type { ImportedRisk } from './riskTable';

/**
 * The document's risk table into the ประเมินความเสี่ยง tab, for the plan's first year: new risks
 * only (a risk already typed is kept), into empty cells. The printed level has no likelihood and
 * impact behind it, so the import says which risks wait for a person to grade them.
 */
export function riskImportWrites(read: SnapshotSource, risks: readonly ImportedRisk[], settings: PlanSettings, problems: ImportProblem[]): GridWrite[] {
  if (risks.length === 0) return [];
  const snap = read(SHEET.risk);
  if (!snap) {
    problems.push(problem('RISK_TABLE', risks[0].line, `พบตารางการประเมินความเสี่ยง ${risks.length} ประเด็น แต่สมุดงานยังไม่มีแผ่นงาน ${SHEET.risk}: สั่ง ปรับโครงแผน แล้วนำเข้าอีกครั้ง`));
    return [];
  }
  const sheet = readRiskSheet(snap);
  const typed = new Set(sheet.rows.map((r) => comparisonKey(r.text.risk)));
  const fresh = risks.filter((r) => !typed.has(comparisonKey(r.risk)));
  const records = fresh.map((r): Partial<Record<RiskKey, unknown>> => ({
    year: settings.firstYear, process: r.process, risk: r.risk, control: r.control.replace(/\s+(?=[0-9๐-๙]{1,2}\))/g, '\n'),
  }));
  for (const r of fresh) {
    if (r.printedScore) problems.push(problem('RISK_TABLE', r.line, `ความเสี่ยงระดับ “${r.printedScore}” ในเอกสารไม่มีโอกาสและผลกระทบ: เลือกโอกาสและผลกระทบ 1–5 ในแผ่นงาน ${SHEET.risk} (ระบบคำนวณคะแนนและระดับให้)`, r.risk));
  }
  return planWrites(snap, appendRecordCells(snap, sheet.columns as ReadonlyMap<RiskKey, number>, RISK_INPUT_KEYS, records));
}

