import type { RuleCatalogue, RuleSet, RuleSpec } from './rule';
import { budgetRules } from './rules/budgets';
import { codeRules } from './rules/codes';
import { coverageRules } from './rules/coverage';
import { duplicateRules } from './rules/duplicates';
import { requiredRules } from './rules/required';
import { settingsRules } from './rules/settings';
import { statedRules } from './rules/stated';
import { structureRules } from './rules/structure';
import { summaryRules } from './rules/summary';
import { textRules } from './rules/text';
import { monitoringRules } from '../monitoring/rules';
import { integrityRules } from '../integrity/rules';
import { announcementRules } from '../announcement/rules';
import { riskRules } from '../risk/rules';
import { committeeRules } from '../appendix/rules';
import { introRules } from '../intro/rules';
import { nameShapeRules } from './rules/nameShape';
import { budgetGapRules } from './rules/budgetGaps';
import { reviewRules } from '../review/rules';

/**
 * Every rule set validateWorkbook runs, in this order. To add rules (the ติดตามผล rows, the
 * integrity measures…): write `rules/<topic>.ts` exporting a RuleSet, with its own RULES
 * catalogue of codes that appear nowhere else, and list it here. It receives the same
 * ValidationInput (the workbook read once, plus `snapshot(name)` for any other tab), and its
 * findings are sorted, written to ผลการตรวจสอบ and marked in the sheet like all the others.
 */
export const RULE_SETS: readonly RuleSet[] = [
  structureRules,
  settingsRules,
  codeRules,
  requiredRules,
  budgetRules,
  duplicateRules,
  coverageRules,
  statedRules,
  summaryRules,
  textRules,
  monitoringRules,
  integrityRules,
  announcementRules,
  nameShapeRules,
  budgetGapRules,
  riskRules,
  committeeRules,
  introRules,
  reviewRules,
];

/** All rules by code, across the rule sets: the documented list of what Sujarit checks. */
export function ruleCatalogue(sets: readonly RuleSet[] = RULE_SETS): RuleCatalogue {
  const all: Record<string, RuleSpec> = {};
  for (const set of sets) {
    for (const [code, spec] of Object.entries(set.rules)) {
      if (code in all) throw new Error(`rule code ${code} is defined twice`);
      all[code] = spec;
    }
  }
  return all;
}
