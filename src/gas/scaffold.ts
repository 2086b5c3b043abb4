import type { JobResult } from '../core/api';
import { planScaffold } from '../core/workbook/scaffold';
import { describeScaffold } from '../core/workbook/scaffoldReport';
import { applySheetPlan } from './applySheetPlan';
import { withDocumentLock } from './lock';
import { snapshotSource } from './sheetsIO';

/** สร้าง/ปรับโครงแผน: reads every tab once, plans in core, applies per tab. Safe to re-run. */
export function scaffoldWorkbook(): JobResult {
  return withDocumentLock('ปรับโครงแผน', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plans = planScaffold(snapshotSource(ss));
    for (const plan of plans) {
      ss.toast(`กำลังจัดแผ่นงาน ${plan.name}…`, 'Sujarit', 5);
      applySheetPlan(ss, plan);
    }
    return describeScaffold(plans);
  });
}
