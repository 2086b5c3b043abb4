import { getFramework } from '../framework/framework';
import type { PlanSettings } from '../plan/model';
import type { SheetSnapshot, WantedCell } from '../workbook/grid';
import { FIRST_DATA_ROW, SHEET } from '../workbook/layout';
import type { SheetPlan } from '../workbook/sheetPlan';
import { tableTabPlan } from '../workbook/tablePlan';
import { planIntro } from '../doc/templates/planIntro';
import { INTRO_COLUMNS, INTRO_TAB_COLOR, INTRO_TAB_TITLE, type IntroKey } from './layout';

/**
 * The tab's scaffold: a new tab gets the model sections naming the organisation; an existing one
 * only its missing headers (a section the officer cleared stays for validation to point at).
 */
export function introPlan(existing: SheetSnapshot | undefined, settings: PlanSettings): SheetPlan {
  const defaults = (columns: ReadonlyMap<IntroKey, number>): WantedCell[] => {
    if (existing) return [];
    const span = settings.firstYear === settings.lastYear ? `พ.ศ. ${settings.firstYear}` : `พ.ศ. ${settings.firstYear} – ${settings.lastYear}`;
    return planIntro(settings.orgName || 'หน่วยงาน', span, getFramework(settings.frameworkId)).flatMap((section, i) => [
      { row: FIRST_DATA_ROW + i, col: columns.get('title')!, value: section.title },
      { row: FIRST_DATA_ROW + i, col: columns.get('text')!, value: [...section.paragraphs, ...section.items.map((t, n) => `${n + 1}) ${t}`)].join('\n') },
    ]);
  };
  return tableTabPlan(existing, {
    name: SHEET.intro,
    title: INTRO_TAB_TITLE,
    columns: INTRO_COLUMNS,
    formats: {},
    rules: {},
    frozenColumns: 1,
    tabColor: INTRO_TAB_COLOR,
  }, defaults);
}
