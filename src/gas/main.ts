/**
 * Entry points. Every export becomes a top-level function in build/addon/Code.js (see
 * scripts/build.mjs): menu handlers, triggers and the functions the sidebar calls.
 */
import type {
  ImportPreview, ImportSource, JobProgress, JobResult, MonitoringRound, OtherDocKind, OtherDocOptions, SidebarState, ValidationSummary,
} from '../core/api';
import { buildMenu, menuCaption } from './menu';
import { resumeJob, SIDEBAR_BUDGET, startJob } from './jobs/runner';
import { continueScheduledJobs, runJobFromMenu } from './jobs/trigger';
import { scaffoldWorkbook } from './scaffold';
import { importFromMenu, previewImportJob, runImportJob } from './importPlan';
import { buildReport, startRound } from './monitoring';
import { reportFromMenu, startRoundFromMenu } from './monitoringMenu';
import { showSidebar, sidebarState } from './sidebar';
import { showJobResult } from './resultDialog';
import { runValidation, selectFindingCell, validateFromMenu } from './validate/run';
import { createOtherDocs, otherDocsFromMenu } from './otherDocs';
import { approveWholePlan, getReviewState, recordReview, writeReviewMemo } from './review';
import { clearEmblem, storeEmblem } from './emblem';
import type { DecisionKind } from '../core/review/decide';
import type { ReviewState } from '../core/review/state';

/**
 * Simple trigger. As an add-on it may run in AuthMode.NONE (not yet used in this file): then only
 * the menu may be built, so nothing here reads properties or the sheet.
 */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(): void {
  onOpen();
}

export function menuOpenSidebar(): void {
  showSidebar();
}

export function menuScaffold(): void {
  showJobResult(SpreadsheetApp.getUi(), 'Sujarit', scaffoldWorkbook());
}

export function menuAbout(): void {
  SpreadsheetApp.getUi().alert(
    'เกี่ยวกับ Sujarit',
    'Sujarit ช่วยจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสในสเปรดชีต ' +
      'ตรวจสอบตัวเลข สร้างเอกสาร และรายงานผลการติดตามรอบ ๖ เดือน',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function menuValidate(): void { validateFromMenu(menuCaption('menuValidate')); }
export function menuMeasureDocs(): void { runJobFromMenu('measureDocs', menuCaption('menuMeasureDocs'), showSidebar); }
export function menuPlanDoc(): void { runJobFromMenu('planDoc', menuCaption('menuPlanDoc'), showSidebar); }
export function menuStartMonitoring(): void { startRoundFromMenu(menuCaption('menuStartMonitoring')); }
export function menuMonitoringReport(): void { reportFromMenu(menuCaption('menuMonitoringReport')); }
export function menuImport(): void { importFromMenu(menuCaption('menuImport')); }
export function menuOtherDocs(): void { otherDocsFromMenu(menuCaption('menuOtherDocs')); }
export function menuReviewMemo(): void { showJobResult(SpreadsheetApp.getUi(), menuCaption('menuReviewMemo'), writeReviewMemo()); }

// Sidebar API (google.script.run targets).
export function getSidebarState(): SidebarState {
  return sidebarState();
}

export function runScaffold(): JobResult {
  return scaffoldWorkbook();
}

export function runValidate(): ValidationSummary {
  return runValidation();
}

export function selectCell(sheet: string, cell: string): void {
  selectFindingCell(sheet, cell);
}

/** `ignoreErrors`: the person chose to make the documents although validation found errors that make them wrong. */
export function startMeasureDocs(ignoreErrors?: boolean): JobProgress {
  return startJob('measureDocs', SIDEBAR_BUDGET, { ignoreErrors: ignoreErrors === true });
}

export function startPlanDoc(ignoreErrors?: boolean): JobProgress {
  return startJob('planDoc', SIDEBAR_BUDGET, { ignoreErrors: ignoreErrors === true });
}

/** The next batch of any long job (documents, reports) until `finished`. */
export function continueJob(jobId: string): JobProgress {
  return resumeJob(jobId, SIDEBAR_BUDGET);
}

/** Time-driven trigger: continues jobs started from the menu (see jobs/trigger.ts). */
export function onJobTrigger(event?: { triggerUid?: string }): void {
  continueScheduledJobs(event);
}

export function startMonitoringRound(fiscalYear: number, round: MonitoringRound): JobResult {
  return startRound(fiscalYear, round);
}

export function startMonitoringReport(fiscalYear: number, round: MonitoringRound, reportDate?: string): JobProgress {
  return buildReport(fiscalYear, round, reportDate);
}

/** นำเข้าแผนเดิม, dry run: what the document holds and what importing would add. */
export function previewImport(source: ImportSource): ImportPreview {
  return previewImportJob(source);
}

export function runImport(source: ImportSource): JobResult {
  return runImportJob(source);
}

/** เอกสารประกอบ: the integrity measures and report, the announcement, or a covering memo, for a fiscal year. */
export function createOtherDoc(kind: OtherDocKind, fiscalYear: number, options?: OtherDocOptions): JobResult {
  return createOtherDocs(kind, fiscalYear, options);
}

// ตรวจทาน (supervisor review): the sidebar step's state, ผ่าน / ส่งกลับ per measure, and approving the whole plan.
export function getReview(): ReviewState {
  return getReviewState();
}

export function reviewMeasure(key: string, status: DecisionKind, comment: string): JobResult {
  return recordReview(key, status, comment);
}

export function approvePlan(comment?: string): JobResult {
  return approveWholePlan(comment);
}

/** สรุปผลการตรวจทาน: the บันทึกข้อความ to the executive. */
export function createReviewMemo(): JobResult {
  return writeReviewMemo();
}

/** ตราหน่วยงาน: a PNG the person chose in the sidebar (base64), kept in the spreadsheet for every document. */
export function setEmblemImage(base64: string, fileName: string): JobResult {
  return storeEmblem(base64, fileName);
}

export function clearEmblemImage(): JobResult {
  return clearEmblem();
}
