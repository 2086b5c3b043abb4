import type { BlockerView, JobProgress } from '../../core/api';
import { BACKGROUND_BUDGET, resumeJob, startJob } from './runner';
import { jobProperties, unfinishedJobs } from './store';

/**
 * Jobs started from the menu run until shortly before the 6-minute limit. If work is left, the
 * sidebar opens and continues it batch by batch (each call a fresh 6 minutes): the path that
 * works everywhere. As a backstop, for when the sidebar is closed, a one-off time-driven trigger
 * is asked for: a minute later where Apps Script allows it (a bound script), else an hour later
 * (an installed add-on may run a clock trigger at most once an hour), else none; the message
 * says which. The trigger belongs to this spreadsheet: its id is kept in this spreadsheet's
 * document properties, and only that trigger is ever touched (getProjectTriggers spans every
 * spreadsheet of the person).
 */
export const CONTINUE_HANDLER = 'onJobTrigger';
const TRIGGER_KEY = 'sujarit.continueTrigger';
const DELAYS = [{ ms: 60_000, when: 'minute' }, { ms: 3_600_000, when: 'hour' }] as const;

export type Continuation = 'minute' | 'hour' | 'none';

/** The trigger this spreadsheet asked for, and how soon it runs. */
interface Pending {
  readonly uid: string;
  readonly when: Continuation;
}

function readPending(props: GoogleAppsScript.Properties.Properties): Pending | undefined {
  try {
    const parsed = JSON.parse(props.getProperty(TRIGGER_KEY) ?? 'null') as Pending | null;
    return typeof parsed?.uid === 'string' ? parsed : undefined;
  } catch (e) {
    return undefined;
  }
}

const CONTINUES: Record<Continuation, string> = {
  minute: 'ระบบจะทำต่อให้เองในอีกประมาณ ๑ นาที',
  hour: 'ถ้าปิดแผงควบคุม ระบบจะทำต่อให้เองภายในประมาณ ๑ ชั่วโมง (Google ให้ส่วนเสริมทำงานเบื้องหลังได้ชั่วโมงละครั้ง)',
  none: 'ถ้าปิดแผงควบคุม งานจะหยุดรอจนกว่าจะสั่งอีกครั้ง',
};

/** Asks for the backstop trigger unless this spreadsheet has one pending. */
export function scheduleContinuation(): Continuation {
  const props = jobProperties();
  const pending = readPending(props);
  try {
    if (pending && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === pending.uid)) return pending.when;
  } catch (e) {
    return 'none';
  }
  for (const delay of DELAYS) {
    try {
      const trigger = ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(delay.ms).create();
      props.setProperty(TRIGGER_KEY, JSON.stringify({ uid: trigger.getUniqueId(), when: delay.when } satisfies Pending));
      return delay.when;
    } catch (e) {
      // Not allowed at this frequency here (an add-on): try the next, or give up.
    }
  }
  return 'none';
}

/**
 * The trigger's handler: removes itself, then continues this spreadsheet's unfinished jobs and
 * asks again if work is left. Outside the spreadsheet's context (no document properties or lock)
 * it cannot know which jobs are its own, so it only removes itself: the sidebar continues them.
 */
export function continueScheduledJobs(event?: { triggerUid?: string }): void {
  const uid = event?.triggerUid ?? '';
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER && t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  }
  const props = PropertiesService.getDocumentProperties();
  if (!props || !LockService.getDocumentLock()) {
    console.warn('Sujarit: a continuation trigger ran outside its spreadsheet; the sidebar continues the job.');
    return;
  }
  if (readPending(props)?.uid === uid) props.deleteProperty(TRIGGER_KEY);
  const deadline = Date.now() + BACKGROUND_BUDGET.ms;
  let left = false;
  for (const job of unfinishedJobs(props)) {
    const ms = deadline - Date.now();
    if (ms <= 0) {
      left = true;
      break;
    }
    if (!resumeJob(job.id, { ms, units: BACKGROUND_BUDGET.units }).finished) left = true;
  }
  if (left) scheduleContinuation();
}

/** The first few refusing errors, one line each, for an alert. */
function blockerLines(blockers: readonly BlockerView[]): string[] {
  const lines = blockers.slice(0, 8).map((b) => `• ${b.cell ? `${b.sheet}!${b.cell}` : b.sheet}: ${b.message} (${b.harm})`);
  return blockers.length > 8 ? [...lines, `…และอีก ${blockers.length - 8} รายการ`] : lines;
}

/** A menu command: one long batch, then an alert with the result or with how the job goes on. */
export function runJobFromMenu(kindName: string, title: string, openSidebar: () => void): JobProgress {
  const p = startJob(kindName, BACKGROUND_BUDGET);
  let text = p.message;
  if (p.blockers?.length) text += `\n\n${blockerLines(p.blockers).join('\n')}\n\nแก้แล้วสั่งใหม่ หรือเปิดแถบด้านข้าง › สร้างเอกสาร แล้วเลือก “สร้างทั้งที่ยังมีข้อผิดพลาด”`;
  if (!p.finished) text += `\n\nงานยังไม่เสร็จ แผงควบคุมจะเปิดขึ้นและทำต่อจนเสร็จ (อย่าเพิ่งปิดแผง) ${CONTINUES[scheduleContinuation()]} เอกสารเดิมจะถูกปรับปรุง ไม่สร้างซ้ำ`;
  const ui = SpreadsheetApp.getUi();
  ui.alert(p.ok ? title : `${title} – ไม่สำเร็จ`, text, ui.ButtonSet.OK);
  if (!p.finished) openSidebar();
  return p;
}
