import type { Framework } from '../framework/types';
import type { PlanFigures } from '../plan/figures';
import type { WorkbookRead } from '../workbook/readPlan';
import type { SnapshotSource } from '../workbook/scaffold';
import type { Finding, Severity } from './finding';

/**
 * A rule as data: its severity and Thai texts. `message` and `fix` are templates whose
 * `{name}` placeholders are filled per finding, so the wording lives in one place and the
 * catalogue can be listed (README, tests) without running anything.
 */
export interface RuleSpec {
  readonly severity: Severity;
  /** Short Thai name of the rule, for the list of rules. */
  readonly title: string;
  readonly message: string;
  readonly fix: string;
}

export type RuleCatalogue = Readonly<Record<string, RuleSpec>>;

/** What every rule set sees: the workbook read once, plus the framework, years and figures derived from it. */
export interface ValidationInput {
  readonly workbook: WorkbookRead;
  readonly framework: Framework;
  readonly years: readonly number[];
  readonly figures: PlanFigures;
  /** Any tab by name, read at most once per run (the ติดตามผล tab, say, for the monitoring rules). */
  readonly snapshot: SnapshotSource;
}

/** A group of rules checked together: its catalogue and the check that produces their findings. */
export interface RuleSet {
  readonly name: string;
  readonly rules: RuleCatalogue;
  check(input: ValidationInput): Finding[];
}

export type TemplateParams = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, params: TemplateParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Builds findings of one catalogue: `const flag = reporter(RULES)` then `flag('CODE', sheet, cell, {…})`. */
export function reporter<C extends RuleCatalogue>(rules: C) {
  return (code: keyof C & string, sheet: string, cell: string, params: TemplateParams = {}): Finding => {
    const rule = rules[code];
    return { severity: rule.severity, code, sheet, cell, message: fillTemplate(rule.message, params), fix: fillTemplate(rule.fix, params) };
  };
}
