import { orderedMembers, readCommittee, type CommitteeMember } from '../../appendix/read';
import { appendixSettingsOf } from '../../appendix/settings';
import { readIntroSections } from '../../intro/read';
import type { Plan } from '../../plan/model';
import { readRiskSheet, risksOfYear, type RiskRow } from '../../risk/read';
import type { CalendarDate } from '../../thai/dates';
import { planYears } from '../../plan/model';
import { SHEET } from '../../workbook/layout';
import type { SnapshotSource } from '../../workbook/scaffold';
import { readSettings } from '../../workbook/settings';
import type { IntroSection } from './planIntro';

/**
 * What the whole plan prints beyond its measures, from the tabs around them: ส่วนที่ ๑'s sections
 * as typed (the model text when the tab is missing), the risk table of the plan's first year that
 * has risks, and the ภาคผนวก (the committee order and the adoption announcement) once the
 * committee is typed, unless ข้อมูลหน่วยงาน says to print it separately only. Each part is absent when its tab has nothing, and the สารบัญ lists only what
 * is present.
 */
export interface PlanParts {
  readonly intro?: readonly IntroSection[];
  readonly risks?: { readonly fiscalYear: number; readonly rows: readonly RiskRow[] };
  readonly appendix?: { readonly members: readonly CommitteeMember[]; readonly date: CalendarDate };
}

export function readPlanParts(read: SnapshotSource, plan: Plan, today: CalendarDate): PlanParts {
  const introSnap = read(SHEET.intro);
  const intro = introSnap ? readIntroSections(introSnap).filter((s) => s.paragraphs.length + s.items.length > 0) : undefined;
  const riskSnap = read(SHEET.risk);
  const riskRows = riskSnap ? readRiskSheet(riskSnap).rows : [];
  const fiscalYear = planYears(plan.settings).find((y) => risksOfYear(riskRows, y).length > 0);
  const committeeSnap = read(SHEET.committee);
  const members = committeeSnap ? orderedMembers(readCommittee(committeeSnap)) : [];
  const settingsSnap = read(SHEET.settings);
  const adoption = appendixSettingsOf(settingsSnap ? readSettings(settingsSnap) : undefined);
  return {
    ...(intro && intro.length ? { intro } : {}),
    ...(fiscalYear !== undefined ? { risks: { fiscalYear, rows: risksOfYear(riskRows, fiscalYear) } } : {}),
    ...(members.length && adoption.inPlan ? { appendix: { members, date: adoption.adoptionDate ?? today } } : {}),
  };
}
