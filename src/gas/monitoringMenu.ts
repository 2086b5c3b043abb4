import type { JobProgress, JobResult } from '../core/api';
import { readRoundInput } from '../core/monitoring/request';
import { calendarDate, fiscalYearOf } from '../core/thai/dates';
import { escapeHtml } from '../ui/escape';
import { buildReport, startRound } from './monitoring';

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
  if (request) showResult(ui, title, startRound(request.fiscalYear, request.round));
}

export function reportFromMenu(title: string): void {
  const ui = SpreadsheetApp.getUi();
  const request = askRound(ui, title);
  if (request) showProgress(ui, title, buildReport(request.fiscalYear, request.round));
}

function showResult(ui: Ui, title: string, result: JobResult): void {
  ui.alert(result.ok ? title : `${title} – ทำไม่สำเร็จ`, [result.message, ...result.details].join('\n'), ui.ButtonSet.OK);
}

/** The documents' links must be clickable: a small dialog rather than an alert. */
function showProgress(ui: Ui, title: string, progress: JobProgress): void {
  if (!progress.ok || progress.links.length === 0) {
    ui.alert(progress.ok ? title : `${title} – ทำไม่สำเร็จ`, progress.message, ui.ButtonSet.OK);
    return;
  }
  const links = progress.links.map((l) => `<li><a href="${escapeHtml(l.url)}" target="_blank">${escapeHtml(l.title)}</a></li>`).join('');
  const html = `<div style="font-family:Sarabun,sans-serif;font-size:14px"><p>${escapeHtml(progress.message)}</p><ul>${links}</ul></div>`;
  ui.showModelessDialog(HtmlService.createHtmlOutput(html).setWidth(460).setHeight(220), title);
}
