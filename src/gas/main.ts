/**
 * Entry points. Every export becomes a top-level function in build/addon/Code.js (see
 * scripts/build.mjs): menu handlers, triggers and the functions the sidebar calls.
 */
import type { JobProgress, JobResult, MonitoringRound, SidebarState } from '../core/api';
import { buildMenu, menuCaption } from './menu';
import { scaffoldWorkbook } from './scaffold';
import { buildReport, startRound } from './monitoring';
import { reportFromMenu, startRoundFromMenu } from './monitoringMenu';
import { showSidebar, sidebarState } from './sidebar';

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
  report(scaffoldWorkbook());
}

export function menuAbout(): void {
  SpreadsheetApp.getUi().alert(
    'เกี่ยวกับ Sujarit',
    'Sujarit ช่วยจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสในสเปรดชีต ' +
      'ตรวจสอบตัวเลข สร้างเอกสาร และรายงานผลการติดตามรอบ ๖ เดือน',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

/** Capabilities on the menu that are not built yet answer plainly instead of failing. */
function notReady(handler: string): void {
  SpreadsheetApp.getUi().alert(
    menuCaption(handler),
    'ความสามารถนี้ยังอยู่ระหว่างการพัฒนา จะเปิดให้ใช้ในรุ่นถัดไป',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function menuValidate(): void { notReady('menuValidate'); }
export function menuMeasureDocs(): void { notReady('menuMeasureDocs'); }
export function menuPlanDoc(): void { notReady('menuPlanDoc'); }
export function menuStartMonitoring(): void { startRoundFromMenu(menuCaption('menuStartMonitoring')); }
export function menuMonitoringReport(): void { reportFromMenu(menuCaption('menuMonitoringReport')); }
export function menuImport(): void { notReady('menuImport'); }
export function menuOtherDocs(): void { notReady('menuOtherDocs'); }

// Sidebar API (google.script.run targets).
export function getSidebarState(): SidebarState {
  return sidebarState();
}

export function runScaffold(): JobResult {
  return scaffoldWorkbook();
}

export function startMonitoringRound(fiscalYear: number, round: MonitoringRound): JobResult {
  return startRound(fiscalYear, round);
}

export function startMonitoringReport(fiscalYear: number, round: MonitoringRound): JobProgress {
  return buildReport(fiscalYear, round);
}

function report(result: JobResult): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(result.ok ? 'Sujarit' : 'Sujarit – ทำไม่สำเร็จ', [result.message, ...result.details].join('\n'), ui.ButtonSet.OK);
}
