/**
 * The ตรวจทาน step in Chromium driving the shipped bundle under gas-local: the supervisor walks
 * the measures, passes one, sends one back with a comment, sees a passed row edited by staff
 * flagged แก้ไขหลังอนุมัติ, approves the whole plan and writes the summary memo. Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { REVIEW_SHEET, REVIEW_STATUS, reviewColumn } from '../../src/core/review/layout';
import { keyedRows } from '../../src/core/review/reviewTab';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { parseA1 } from '../../src/core/workbook/a1';
import type { GasEnvironment } from '../fakes';
import { reviewAddon } from './addon';
import { ARTIFACTS, describeBrowser, eventually, FakeServer, useSidebar } from '../ui/harness';

const REVIEWER = 'นางวิไล ตรวจทาน';

function bundleServer(env: GasEnvironment): FakeServer {
  return new FakeServer().otherwise((fn, args) => {
    try {
      return env.call(fn, ...args);
    } finally {
      env.endExecution();
    }
  });
}

const reviewRows = (env: GasEnvironment) =>
  env.spreadsheet.sheet(REVIEW_SHEET).values().slice(2).map((r) => [r[reviewColumn('name') - 1], r[reviewColumn('status') - 1], r[reviewColumn('comment') - 1]]);

describeBrowser('ตรวจทาน in the sidebar (real bundle)', () => {
  const sb = useSidebar();

  it('walks, passes, returns with a comment, shows a change after approval, approves the plan', async () => {
    const env = reviewAddon(REVIEWER);
    const { page } = await sb.open(bundleServer(env));
    const box = page.locator('#review');
    await box.locator('[data-review=start]').click();
    await expect(box.locator('.reviewer').textContent()).resolves.toBe(`ผู้ตรวจ: ${REVIEWER}`);
    const [m0, m1] = SAMPLE_PLAN.measures;
    await expect(box.locator('.review-name').textContent()).resolves.toBe(m0.name);
    await expect(box.locator('.review-fields').textContent()).resolves.toContain(m0.responsible);

    await box.locator('[data-review=pass]').click();
    // The step moves on to the next measure waiting.
    await eventually(() => box.locator('.review-name').textContent(), (t) => expect(t).toBe(m1.name));
    await box.locator('textarea').fill('ระบุตัวชี้วัดเป็นตัวเลข');
    await box.locator('[data-review=return]').click();
    await eventually(() => box.locator('.review-counts').textContent(), (t) => expect(t).toContain('ส่งกลับ 1'));
    expect(reviewRows(env)).toEqual([
      [m0.name, REVIEW_STATUS.passed, ''],
      [m1.name, REVIEW_STATUS.returned, 'ระบุตัวชี้วัดเป็นตัวเลข'],
    ]);

    // Staff edit the passed row; the step shows what changed on it.
    const row = keyedRows(readWorkbook((name) => ({ values: env.spreadsheet.sheet(name)?.values() ?? [], formulas: [] })))[0].row;
    const { row: r, col } = parseA1(row.cells.responsible!)!;
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName(row.sheet)!.getRange(r, col).setValue('กองยุทธศาสตร์');
    env.endExecution();
    await box.locator('[data-review=approve-plan]').click();
    await eventually(() => box.locator('.review-plan').textContent(), (t) => expect(t).toContain(`อนุมัติทั้งแผนแล้ว (${REVIEWER}`));
    await box.locator('[data-review=prev]').click();
    await expect(box.locator('.review-name').textContent()).resolves.toBe(m0.name);
    const findings = await box.locator('.review-findings li').allTextContents();
    expect(findings.some((f) => f.includes('แก้ไขหลังอนุมัติ') && f.includes('กองยุทธศาสตร์'))).toBe(true);
    await box.locator('[data-review=memo]').click();
    await eventually(() => box.textContent(), (t) => expect(t).toContain('สร้างบันทึกข้อความสรุปผลการตรวจทานแล้ว'));
    expect(env.documents.list()).toHaveLength(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-review.png'), fullPage: true });
  });
});
