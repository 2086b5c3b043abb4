import type { JobProgress, JobResult } from '../core/api';
import { escapeHtml } from '../core/escapeHtml';

type Ui = GoogleAppsScript.Base.Ui;

/** A job's outcome from a menu: a plain alert, or a small dialog when there are documents to click. */
export function showJobResult(ui: Ui, title: string, result: JobResult | JobProgress): void {
  const lines = [result.message, ...('details' in result ? result.details : [])];
  if (!result.ok || !result.links?.length) {
    ui.alert(result.ok ? title : `${title} – ทำไม่สำเร็จ`, lines.join('\n'), ui.ButtonSet.OK);
    return;
  }
  const text = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const links = result.links.map((l) => `<li><a href="${escapeHtml(l.url)}" target="_blank">${escapeHtml(l.title)}</a></li>`).join('');
  const html = `<div style="font-family:Sarabun,sans-serif;font-size:14px">${text}<ul>${links}</ul></div>`;
  ui.showModelessDialog(HtmlService.createHtmlOutput(html).setWidth(520).setHeight(320), title);
}
