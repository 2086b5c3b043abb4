/**
 * The sidebar driving the shipped bundle: every google.script.run call from Chromium runs the
 * real server function of build/addon/Code.js under gas-local, on an in-memory spreadsheet.
 * google.script.run offers exactly the bundle's top-level functions, as Apps Script does.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerApi } from '../../src/core/api';
import { planFigures } from '../../src/core/plan/figures';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import type { GasEnvironment } from '../fakes';
import { loadAddon, typeMeasures } from '../gas/harness';
import { ARTIFACTS, describeBrowser, eventually, FakeServer, useSidebar, type FnName } from './harness';

const API: readonly FnName[] = [
  'getSidebarState', 'runScaffold', 'runValidate', 'selectCell', 'startMeasureDocs', 'startPlanDoc', 'continueJob',
  'startMonitoringRound', 'startMonitoringReport', 'previewImport', 'runImport', 'createOtherDoc',
] satisfies readonly (keyof ServerApi)[];

/** The sidebar's server: the real bundle, one Apps Script execution per call. */
function bundleServer(env: GasEnvironment): FakeServer {
  const code = readFileSync(join(__dirname, '../../build/addon/Code.js'), 'utf8');
  const server = new FakeServer().otherwise((fn, args) => {
    try {
      return env.call(fn, ...args);
    } finally {
      env.endExecution();
    }
  });
  for (const fn of API) if (!new RegExp(`^function ${fn}\\(`, 'm').test(code)) server.missing.add(fn);
  return server;
}

describeBrowser('sidebar driving the shipped bundle (gas-local)', () => {
  const sb = useSidebar();

  it('scaffolds a new spreadsheet, shows the plan, validates, selects a finding and makes the documents', async () => {
    const env = loadAddon();
    const server = bundleServer(env);
    const { page } = await sb.open(server);

    // A new spreadsheet: the sidebar names the missing tabs and offers to scaffold.
    const callout = page.locator('#status .callout');
    await expect(callout.textContent()).resolves.toContain('ข้อมูลหน่วยงาน');
    await callout.getByRole('button', { name: 'ปรับโครงแผนตอนนี้' }).click();
    await page.locator('[data-card=scaffold] .result.ok').waitFor();
    await page.locator('#status .org').waitFor();
    expect(await callout.count()).toBe(0);
    expect(env.spreadsheet.sheetNames()).toEqual(expect.arrayContaining(['ข้อมูลหน่วยงาน', 'มิติที่ 1', 'มิติที่ 4', 'สรุป']));

    // Staff type their measures; the status, re-read, shows the same figures as the core.
    typeMeasures(env, SAMPLE_PLAN.measures);
    await page.locator('#status [data-action=reload]').click();
    const figures = planFigures(SAMPLE_PLAN);
    const total = figures.total.total.toLocaleString('en-US');
    await page.locator('#status tfoot', { hasText: total }).waitFor();
    await expect(page.locator('#status tfoot').textContent()).resolves.toBe(`รวม${figures.total.count}${total}`);

    // ตรวจสอบแผน: the real findings; clicking one selects its cell in the spreadsheet.
    await page.locator('[data-job=validate]').click();
    const box = page.locator('[data-card=validate] .result.validation');
    await box.waitFor();
    const first = box.locator('.finding').first();
    const [sheet, cell] = ((await first.locator('.where').textContent()) ?? '').split(' · ');
    await first.click();
    await eventually(() => [env.spreadsheet.activeSheetName(), env.spreadsheet.activeRange()], (at) => expect(at).toEqual([sheet, cell]));

    // สร้างเอกสารรายละเอียดโครงการ: batches through continueJob to the end, every document linked once.
    // The organisation's name is still empty: the documents wait, naming that error; made when asked anyway.
    await page.locator('[data-job=measureDocs]').click();
    const card = page.locator('[data-card=measureDocs]');
    await card.locator('.blocked').waitFor({ timeout: 15000 });
    await expect(card.locator('.blocked .where').first().textContent()).resolves.toContain('ข้อมูลหน่วยงาน');
    await card.getByRole('button', { name: 'สร้างทั้งที่ยังมีข้อผิดพลาด' }).click();
    await card.locator('.result:not(.blocked)').waitFor({ timeout: 15000 });
    expect(await card.locator('.result.ok').count()).toBe(1);
    const n = SAMPLE_PLAN.measures.length;
    await expect(card.locator('.progress-count').textContent()).resolves.toBe(`${n} / ${n}`);
    expect(server.callsOf('continueJob').length).toBeGreaterThan(0);
    const hrefs = await card.locator('a.link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.length).toBeGreaterThanOrEqual(n);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-bundle.png'), fullPage: true, animations: 'disabled' });
  });
});
