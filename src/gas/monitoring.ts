import type { JobProgress, JobResult, Link } from '../core/api';
import { monitoringReport } from '../core/doc/templates/monitoringReport';
import { readMonitoringSheet, rowsOfRound } from '../core/monitoring/read';
import { roundRequest } from '../core/monitoring/request';
import { describeRound, planMonitoringRound } from '../core/monitoring/round';
import { monitoringRules } from '../core/monitoring/rules';
import { ROUND_LABEL } from '../core/monitoring/period';
import { calendarDate } from '../core/thai/dates';
import { validateWorkbook } from '../core/validate/validate';
import { EMPTY_SNAPSHOT } from '../core/workbook/grid';
import { SHEET } from '../core/workbook/layout';
import { readWorkbook } from '../core/workbook/readPlan';
import { applySheetPlan } from './applySheetPlan';
import { exportPdf } from './docs/exportPdf';
import { renderToGoogleDoc } from './docs/renderDocument';
import { outputFolder } from './drive/outputFolder';
import { underDocumentLock, withDocumentLock } from './lock';
import { snapshotSource } from './sheetsIO';

/**
 * The ติดตามผล round and its report on the Apps Script side: every tab is read once, the core
 * plans, and the writes go out one rectangle at a time (see the measured calls in the tests).
 */

/** เริ่มรอบติดตาม: adds the round's missing rows; filled rows and other rounds stay as they are. */
export function startRound(fiscalYear: unknown, round: unknown): JobResult {
  return withDocumentLock('เริ่มรอบติดตามผล', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = snapshotSource(ss);
    const { plan } = readWorkbook(read);
    const request = roundRequest(plan.settings, fiscalYear, round);
    if (!request.ok) return { ok: false, message: request.message, details: [] };
    const roundPlan = planMonitoringRound(plan, read(SHEET.monitoring), request.fiscalYear, request.round);
    applySheetPlan(ss, roundPlan.sheetPlan);
    return describeRound(roundPlan);
  });
}

/** Where a round's report and its PDF live, so re-running updates the same document. */
const reportKey = (fiscalYear: number, round: number) => `sujarit.monitoringReport.${fiscalYear}.${round}`;

interface ReportIds {
  readonly docId: string;
  readonly pdfId?: string;
}

/**
 * รายงานการกำกับติดตาม of one round as a Google Doc and a PDF beside it in the output folder.
 * One document is quick to write, so the job finishes in this call.
 */
export function buildReport(fiscalYear: unknown, round: unknown): JobProgress {
  const jobId = `monitoringReport:${fiscalYear}:${round}`;
  const answer = (ok: boolean, message: string, links: readonly Link[] = []): JobProgress => ({ jobId, done: ok ? 1 : 0, total: 1, finished: true, ok, message, links });
  return underDocumentLock(
    () => {
      const read = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
      const { plan } = readWorkbook(read);
      const request = roundRequest(plan.settings, fiscalYear, round);
      if (!request.ok) return answer(false, request.message);
      const rows = rowsOfRound(readMonitoringSheet(read(SHEET.monitoring) ?? EMPTY_SNAPSHOT), request.fiscalYear, request.round);
      const label = `ปีงบประมาณ ${request.fiscalYear} รอบ ${ROUND_LABEL[request.round]}`;
      if (rows.length === 0) return answer(false, `ยังไม่มีรายการติดตามผล${label} กรุณาเลือก "เริ่มรอบติดตามผล" แล้วกรอกผลการดำเนินงานก่อน`);
      const tree = monitoringReport({ plan, fiscalYear: request.fiscalYear, round: request.round, rows, date: calendarDate(new Date()) });
      let folder: GoogleAppsScript.Drive.Folder;
      try {
        folder = outputFolder(plan.settings.outputFolder);
      } catch (e) {
        return answer(false, e instanceof Error ? e.message : String(e));
      }
      const props = PropertiesService.getDocumentProperties();
      const key = reportKey(request.fiscalYear, request.round);
      const previous = readIds(props.getProperty(key));
      const doc = renderToGoogleDoc(tree, { folder, existingId: previous?.docId });
      // Kept before the PDF is made: a run cut there must not leave a second document next time.
      props.setProperty(key, JSON.stringify({ docId: doc.id, pdfId: previous?.pdfId } satisfies ReportIds));
      const pdf = exportPdf(doc.id, folder, previous?.pdfId);
      props.setProperty(key, JSON.stringify({ docId: doc.id, pdfId: pdf.id } satisfies ReportIds));
      const findings = validateWorkbook(read, [monitoringRules]).length;
      const message =
        `${doc.created ? 'สร้าง' : 'ปรับปรุง'}รายงานการกำกับติดตาม${label} (${rows.length} รายการ) และไฟล์ PDF ในโฟลเดอร์ "${folder.getName()}" แล้ว` +
        (findings ? ` แผ่นงานติดตามผลมีข้อควรแก้ ${findings} รายการ เลือก "ตรวจสอบแผน" เพื่อดูตำแหน่ง แล้วสร้างรายงานใหม่` : '');
      return answer(true, message, [{ title: tree.title, url: doc.url }, { title: `${tree.title} (PDF)`, url: pdf.url }]);
    },
    () => answer(false, 'มีผู้ใช้อื่นกำลังทำงานกับไฟล์นี้อยู่ กรุณารอสักครู่แล้วลองใหม่'),
  );
}

function readIds(value: string | null): ReportIds | undefined {
  try {
    const parsed = value ? JSON.parse(value) : undefined;
    return typeof parsed?.docId === 'string' ? parsed : undefined;
  } catch (e) {
    return undefined;
  }
}
