import { readRoundInput } from '../core/monitoring/request';
import { calendarDate, fiscalYearOf } from '../core/thai/dates';
import { buildReport, startRound } from './monitoring';
import { showJobResult } from './resultDialog';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * The menu's way in: two prompts for the fiscal year and the round. What is typed is read here
 * (a wrong answer gets a Thai message and starts nothing); the plan years are checked by the job.
 */
function askRound(ui: Ui, title: string): { fiscalYear: number; round: number } | undefined {
  const current = fiscalYearOf(calendarDate(new Date()));
  const year = ui.prompt(title, `ปีงบประมาณ (พ.ศ.) เช่น ${current}`, ui.ButtonSet.OK_CANCEL);
  if (year.getSelectedButton() !== ui.Button.OK) return undefined;
  const round = ui.prompt(title, 'รอบการติดตาม: พิมพ์ 6 (รอบ ๖ เดือน: ต.ค.–มี.ค.) หรือ 12 (รอบ ๑๒ เดือน: ทั้งปีงบประมาณ)', ui.ButtonSet.OK_CANCEL);
  if (round.getSelectedButton() !== ui.Button.OK) return undefined;
  const request = readRoundInput(year.getResponseText(), round.getResponseText());
  if (!request.ok) {
    ui.alert(title, request.message, ui.ButtonSet.OK);
    return undefined;
  }
  return request;
}

export function startRoundFromMenu(title: string): void {
  const ui = SpreadsheetApp.getUi();
  const request = askRound(ui, title);
  if (request) showJobResult(ui, title, startRound(request.fiscalYear, request.round));
}

export function reportFromMenu(title: string): void {
  const ui = SpreadsheetApp.getUi();
  const request = askRound(ui, title);
  if (request) showJobResult(ui, title, buildReport(request.fiscalYear, request.round));
}
