import type { JobProgress } from '../../core/api';
import { BACKGROUND_BUDGET, resumeJob, startJob } from './runner';
import { jobProperties, unfinishedJobs } from './store';

/**
 * Jobs started from the menu run until shortly before the 6-minute limit, then continue by
 * themselves through a one-off time-driven trigger a minute later (needs the script.scriptapp
 * scope). Where triggers are not allowed (an add-on limits them), the message says to run
 * the command again from the sidebar, which updates the same documents without duplicates.
 */
export const CONTINUE_HANDLER = 'onJobTrigger';
const AFTER_MS = 60_000;

/** Schedules the continuation unless one is pending; false when triggers are not available. */
export function scheduleContinuation(): boolean {
  try {
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === CONTINUE_HANDLER)) return true;
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(AFTER_MS).create();
    return true;
  } catch (e) {
    return false;
  }
}

/** The trigger's handler: removes itself, continues every unfinished job, and reschedules if work is left. */
export function continueScheduledJobs(): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  }
  const deadline = Date.now() + BACKGROUND_BUDGET.ms;
  let left = false;
  for (const job of unfinishedJobs(jobProperties())) {
    const ms = deadline - Date.now();
    if (ms <= 0) {
      left = true;
      break;
    }
    if (!resumeJob(job.id, { ms, units: BACKGROUND_BUDGET.units }).finished) left = true;
  }
  if (left) scheduleContinuation();
}

/** A menu command: one long batch, then an alert with the result or with how the job will go on. */
export function runJobFromMenu(kindName: string, title: string): JobProgress {
  const p = startJob(kindName, BACKGROUND_BUDGET);
  let text = p.message;
  if (!p.finished) {
    text += scheduleContinuation()
      ? '\n\nงานยังไม่เสร็จ ระบบจะทำต่อให้โดยอัตโนมัติในอีกประมาณ 1 นาที'
      : '\n\nงานยังไม่เสร็จ กรุณาเปิดแผงควบคุมแล้วสั่งอีกครั้ง ระบบจะปรับปรุงเอกสารเดิมโดยไม่สร้างซ้ำ';
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(p.ok ? title : `${title} – ไม่สำเร็จ`, text, ui.ButtonSet.OK);
  return p;
}
