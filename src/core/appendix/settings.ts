import type { CalendarDate } from '../thai/dates';
import { readThaiDate } from '../thai/readDate';
import { cleanText } from '../thai/text';
import { APPENDIX_OPTIONS } from '../workbook/layout';
import type { SettingsRead } from '../workbook/settings';

/** The settings of the plan's adoption (rows of ข้อมูลหน่วยงาน that are not part of the plan model). */
export interface AppendixSettings {
  /** Whether the whole plan ends with the ภาคผนวก (once the committee is typed). */
  readonly inPlan: boolean;
  /** The date the committee order and the adoption announcement carry; the day they are made when unset. */
  readonly adoptionDate?: CalendarDate;
}

export function appendixSettingsOf(read: SettingsRead | undefined): AppendixSettings {
  const adoptionDate = readThaiDate(read?.raw.adoptionDate);
  // Only the explicit "no" leaves it out: a missing row or an older workbook keeps the appendix.
  const inPlan = cleanText(read?.raw.appendixInPlan) !== APPENDIX_OPTIONS.separate;
  return { inPlan, ...(adoptionDate ? { adoptionDate } : {}) };
}
