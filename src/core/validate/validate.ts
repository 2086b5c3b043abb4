import { DIMENSION_NOS, getFramework } from '../framework/framework';
import { planFigures } from '../plan/figures';
import { planYears } from '../plan/model';
import { parseA1 } from '../workbook/a1';
import { SHEET, dimensionSheetName } from '../workbook/layout';
import { readWorkbook } from '../workbook/readPlan';
import { readOnce, type SnapshotSource } from '../workbook/scaffold';
import type { Finding } from './finding';
import type { RuleSet, ValidationInput } from './rule';
import { RULE_SETS } from './ruleSets';

/**
 * Checks a whole workbook: each tab is read once, every rule set runs on the same reading,
 * and the findings come back errors first, then in the order of the tabs, rows and columns.
 */
export function validateWorkbook(read: SnapshotSource, sets: readonly RuleSet[] = RULE_SETS): Finding[] {
  return validateInput(validationInput(read), sets);
}

/** The one reading of a workbook every rule set checks; a caller that also needs the plan reads it here once. */
export function validationInput(read: SnapshotSource): ValidationInput {
  const snapshot = readOnce(read);
  const workbook = readWorkbook(snapshot);
  const { settings } = workbook.plan;
  return {
    workbook,
    framework: getFramework(settings.frameworkId),
    years: planYears(settings),
    figures: planFigures(workbook.plan),
    snapshot,
  };
}

export function validateInput(input: ValidationInput, sets: readonly RuleSet[] = RULE_SETS): Finding[] {
  return sortFindings(sets.flatMap((set) => set.check(input)));
}

const SHEET_ORDER: readonly string[] = [SHEET.settings, ...DIMENSION_NOS.map(dimensionSheetName), SHEET.summary, SHEET.monitoring];

export function sortFindings(findings: readonly Finding[]): Finding[] {
  const sheetRank = (s: string) => {
    const i = SHEET_ORDER.indexOf(s);
    return i < 0 ? SHEET_ORDER.length : i;
  };
  const place = (f: Finding) => parseA1(f.cell) ?? { row: 0, col: 0 };
  return [...findings].sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    return (
      Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      pa.row - pb.row ||
      pa.col - pb.col ||
      a.code.localeCompare(b.code)
    );
  });
}
