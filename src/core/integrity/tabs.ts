import { announcementPlan } from '../announcement/scaffold';
import { riskPlan } from '../risk/scaffold';
import { committeePlan } from '../appendix/scaffold';
import { SHEET } from '../workbook/layout';
import type { SnapshotSource } from '../workbook/scaffold';
import type { SheetPlan } from '../workbook/sheetPlan';
import { integrityPlan } from './scaffold';

/** The tabs of the documents around the plan (seeds 001 and 004), scaffolded with the plan's. */
export function aroundPlanTabs(read: SnapshotSource): SheetPlan[] {
  return [integrityPlan(read(SHEET.integrity)), announcementPlan(read(SHEET.announcement)), riskPlan(read(SHEET.risk)), committeePlan(read(SHEET.committee))];
}
