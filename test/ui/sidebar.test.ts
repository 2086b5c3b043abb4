/**
 * The sidebar in headless Chromium: status, escaping, validation findings, Thai errors, and the
 * screenshot in test-artifacts/sidebar.png. Needs `npm run build` first (npm test does it).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobProgress, SidebarState, ValidationSummary } from '../../src/core/api';
import { ARTIFACTS, describeBrowser, eventually, FakeServer, gate, jobButtonsDisabled, STATE, useSidebar } from './harness';

const JOB_LABELS = [
  'ปรับโครงแผน', 'นำเข้าแผนเดิม', 'ตรวจสอบแผน',
  'สร้างเอกสารรายละเอียดโครงการ', 'สร้างเอกสารแผน', 'เอกสารประกอบ',
  'เริ่มรอบติดตาม', 'สร้างรายงานรอบ 6 เดือน / 12 เดือน',
];

const XSS_IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const XSS_SCRIPT = '<script>window.__xss=2;alert(2)</script>';

const VALIDATION: ValidationSummary = {
  errors: 2,
  warnings: 1,
  message: 'พบข้อผิดพลาด 2 รายการ คำเตือน 1 รายการ',
  findings: [
    { severity: 'error', code: 'BUDGET_NEGATIVE', sheet: 'มิติที่ 1', cell: 'F7', message: 'งบประมาณ พ.ศ. 2567 ติดลบ (-5,000)', fix: 'กรอกจำนวนเงินที่ไม่ติดลบ หรือเว้นว่างถ้าไม่ใช้งบประมาณ' },
    { severity: 'error', code: 'CODE_UNKNOWN', sheet: 'มิติที่ 2', cell: 'B12', message: 'รหัสภารกิจ 2.4.1 ไม่มีในกรอบ พ.ศ. 2566–2570', fix: 'เลือกรหัสจากรายการ' },
    { severity: 'warning', code: 'NEAR_DUPLICATE', sheet: 'มิติที่ 3', cell: 'C9', message: 'ชื่อโครงการคล้ายกับแถว 8 มาก', fix: 'ตรวจว่าเป็นโครงการเดียวกันหรือไม่' },
  ],
};

describeBrowser('sidebar in Chromium', () => {
  const sb = useSidebar();

  it('shows where the plan stands: organisation, years, framework, measures and budget per dimension', async () => {
    const { page, server } = await sb.open(new FakeServer({ getSidebarState: () => STATE }));
    const status = page.locator('#status');
    await expect(status.locator('.org-name').textContent()).resolves.toBe('เทศบาลตำบลบ้านสวนหลวง');
    await expect(status.textContent()).resolves.toContain('แผนปี พ.ศ. 2566–2570');
    await expect(status.textContent()).resolves.toContain('กรอบแผนปฏิบัติการป้องกันการทุจริตฯ พ.ศ. 2566–2570');
    const rows = await page.$$eval('#status tr.dim', (trs) => trs.map((tr) => Array.prototype.map.call(tr.querySelectorAll('td'), (td: Element) => td.textContent)));
    expect(rows).toEqual([
      ['มิติที่ 1', '9', '285,000'],
      ['มิติที่ 2', '12', '40,000'],
      ['มิติที่ 3', '7', '150,000'],
      ['มิติที่ 4', '6', '0'],
    ]);
    await expect(page.locator('#status tfoot').textContent()).resolves.toBe('รวม34475,000');
    await expect(page.locator('#status td.dim-title').first().textContent()).resolves.toBe('การสร้างวัฒนธรรมสุจริต');
    expect(await page.locator('#status .callout').count()).toBe(0);
    // One button per job, in Thai, all enabled.
    expect(await page.$$eval('[data-job] .job-label', (els) => els.map((el) => el.firstChild?.textContent))).toEqual(JOB_LABELS);
    expect(await jobButtonsDisabled(page)).not.toContain(true);
    expect(server.calls).toEqual([{ fn: 'getSidebarState', args: [] }]);
  });

  it('prompts to scaffold when tabs are missing, runs runScaffold, and re-reads the status', async () => {
    const server = new FakeServer()
      .sequence('getSidebarState', { ...STATE, orgName: '', totalCount: 0, totalBudget: 0, missingSheets: ['ข้อมูลหน่วยงาน', 'มิติที่ 3'] }, STATE)
      .on('runScaffold', () => ({ ok: true, message: 'สร้างแผ่นงานที่ขาดแล้ว 2 แผ่นงาน', details: ['ข้อมูลหน่วยงาน', 'มิติที่ 3'] }));
    const { page } = await sb.open(server);
    const callout = page.locator('#status .callout');
    await expect(callout.textContent()).resolves.toContain('ข้อมูลหน่วยงาน, มิติที่ 3');
    await expect(page.locator('#status .org-name').textContent()).resolves.toBe('ยังไม่ได้กรอกชื่อหน่วยงาน');
    await callout.getByRole('button', { name: 'ปรับโครงแผนตอนนี้' }).click();
    await page.locator('[data-card=scaffold] .result.ok').waitFor();
    await expect(page.locator('[data-card=scaffold] .result').textContent()).resolves.toContain('สร้างแผ่นงานที่ขาดแล้ว 2 แผ่นงาน');
    await page.locator('#status .org-name', { hasText: 'เทศบาลตำบลบ้านสวนหลวง' }).waitFor();
    expect(await callout.count()).toBe(0);
    expect(server.calls.map((c) => c.fn)).toEqual(['getSidebarState', 'runScaffold', 'getSidebarState']);
  });

  it('escapes whatever the sheet holds: markup in names, findings and results shows as text and never runs', async () => {
    const state: SidebarState = {
      ...STATE,
      orgName: XSS_SCRIPT,
      dimensions: STATE.dimensions.map((d) => (d.no === 2 ? { ...d, title: XSS_IMG } : d)),
      missingSheets: [XSS_IMG],
    };
    const server = new FakeServer({
      getSidebarState: () => state,
      runValidate: () => ({
        errors: 1, warnings: 0, message: XSS_SCRIPT,
        findings: [{ severity: 'error', code: 'X', sheet: XSS_IMG, cell: 'C5', message: `ชื่อโครงการ ${XSS_IMG} ซ้ำ`, fix: XSS_SCRIPT }],
      }),
      runScaffold: () => ({
        ok: true, message: XSS_IMG, details: [XSS_SCRIPT],
        links: [{ title: XSS_IMG, url: 'https://docs.google.com/document/d/abc' }, { title: 'ลิงก์อันตราย', url: 'javascript:window.__xss=3' }],
      }),
      selectCell: () => undefined,
    });
    const { page, dialogs } = await sb.open(server);
    await expect(page.locator('#status .org-name').textContent()).resolves.toBe(XSS_SCRIPT);
    await expect(page.locator('#status td.dim-title').nth(1).textContent()).resolves.toBe(XSS_IMG);
    await expect(page.locator('#status .callout').textContent()).resolves.toContain(XSS_IMG);

    await page.locator('[data-job=validate]').click();
    const finding = page.locator('.finding').first();
    await expect(finding.locator('.finding-msg').textContent()).resolves.toBe(`ชื่อโครงการ ${XSS_IMG} ซ้ำ`);
    await expect(finding.locator('.finding-fix').textContent()).resolves.toBe(`วิธีแก้: ${XSS_SCRIPT}`);
    await expect(page.locator('[data-card=validate] .result-message').textContent()).resolves.toContain(XSS_SCRIPT);
    await finding.click();
    await eventually(() => server.callsOf('selectCell'), (calls) => expect(calls).toEqual([[XSS_IMG, 'C5']]));

    await page.locator('[data-job=scaffold]').click();
    const result = page.locator('[data-card=scaffold] .result');
    await result.waitFor();
    await expect(result.locator('.result-message').textContent()).resolves.toContain(XSS_IMG);
    await expect(result.locator('.details li').textContent()).resolves.toBe(XSS_SCRIPT);
    await expect(result.locator('a.link').textContent()).resolves.toBe(XSS_IMG);
    // A javascript: URL is never made a link: its title shows as plain text.
    expect(await result.locator('a', { hasText: 'ลิงก์อันตราย' }).count()).toBe(0);
    await expect(result.locator('.unsafe').textContent()).resolves.toBe('ลิงก์อันตราย');
    await result.locator('.unsafe').click();

    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(1); // only the sidebar's own
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('lists validation findings with counts by severity; clicking one selects its cell', async () => {
    const server = new FakeServer({
      getSidebarState: () => STATE,
      runValidate: () => ({ ...VALIDATION, errors: 40, warnings: 20 }),
      selectCell: () => undefined,
    });
    const { page } = await sb.open(server);
    await page.locator('[data-job=validate]').click();
    const box = page.locator('[data-card=validate] .result.validation');
    await box.waitFor();
    await expect(box.locator('[data-count=error]').textContent()).resolves.toBe('ข้อผิดพลาด 40');
    await expect(box.locator('[data-count=warning]').textContent()).resolves.toBe('คำเตือน 20');
    await expect(box.locator('.result-message').textContent()).resolves.toContain(VALIDATION.message);
    expect(await box.locator('.finding').count()).toBe(3);
    await expect(box.locator('.finding').nth(1).textContent()).resolves.toContain('มิติที่ 2 · B12');
    await expect(box.textContent()).resolves.toContain('แสดง 3 จาก 60 รายการ');

    await box.locator('.finding').nth(1).click();
    await box.locator('.finding').nth(2).click();
    await eventually(() => server.callsOf('selectCell'), (calls) => expect(calls).toEqual([['มิติที่ 2', 'B12'], ['มิติที่ 3', 'C9']]));
    expect(await box.locator('li.selected').count()).toBe(1);
    await expect(box.locator('li.selected').textContent()).resolves.toContain('C9');
    expect(server.callsOf('runValidate')).toEqual([[]]);
  });

  it('says so plainly when the plan has no findings', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE, runValidate: () => ({ errors: 0, warnings: 0, message: 'ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน', findings: [] }) });
    const { page } = await sb.open(server);
    await page.locator('[data-job=validate]').click();
    const box = page.locator('[data-card=validate] .result.ok');
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain('ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน');
    expect(await box.locator('.finding').count()).toBe(0);
  });

  it('shows a clear Thai error when a job fails, and enables the buttons again', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .sequence('runScaffold',
        () => { throw new Error('ไม่พบแผ่นงาน ข้อมูลหน่วยงาน กรุณาตรวจชื่อแผ่นงาน'); },
        () => { throw new Error('Exception: Lock timeout: another process was holding the lock for too long.'); },
        () => { throw new Error('TypeError: Cannot read properties of undefined (reading "getRange")'); });
    const { page } = await sb.open(server);
    const out = page.locator('[data-card=scaffold] .job-out');

    await page.locator('[data-job=scaffold]').click();
    await out.locator('.result.error').waitFor();
    await expect(out.locator('.result-message').textContent()).resolves.toBe('!ทำไม่สำเร็จ: ไม่พบแผ่นงาน ข้อมูลหน่วยงาน กรุณาตรวจชื่อแผ่นงาน');
    expect(await jobButtonsDisabled(page)).not.toContain(true);

    await page.locator('[data-job=scaffold]').click();
    await out.locator('.result-message', { hasText: 'มีผู้อื่นกำลังทำงาน' }).waitFor();
    await expect(out.textContent()).resolves.toContain('รอสักครู่ แล้วกดอีกครั้ง');
    await expect(out.locator('.detail').textContent()).resolves.toContain('Lock timeout');

    await page.locator('[data-job=scaffold]').click();
    await out.locator('.result-message', { hasText: 'เกิดข้อผิดพลาดที่ไม่คาดคิด' }).waitFor();
    await expect(out.locator('.detail').textContent()).resolves.toContain('getRange');
    expect(await jobButtonsDisabled(page)).not.toContain(true);
  });

  it('says a capability is not ready yet when its server function does not exist', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE });
    server.missing.add('startPlanDoc');
    const { page } = await sb.open(server);
    await page.locator('[data-job=planDoc]').click();
    const out = page.locator('[data-card=planDoc] .result.error');
    await out.waitFor();
    await expect(out.textContent()).resolves.toContain('ความสามารถนี้ยังไม่พร้อมใช้งานในรุ่นนี้');
    await expect(out.textContent()).resolves.toContain('startPlanDoc');
    expect(server.callsOf('startPlanDoc')).toEqual([]);
    expect(await jobButtonsDisabled(page)).not.toContain(true);
  });

  it('shows a Thai error with a retry when the status cannot be read', async () => {
    const server = new FakeServer().sequence('getSidebarState', () => { throw new Error('Exception: Authorization is required to perform that action.'); }, STATE);
    const { page } = await sb.open(server);
    const status = page.locator('#status');
    await expect(status.textContent()).resolves.toContain('อ่านข้อมูลแผนไม่สำเร็จ: Sujarit ยังไม่ได้รับอนุญาตให้ทำงานนี้');
    await status.getByRole('button', { name: /อ่านข้อมูลแผนใหม่/ }).click();
    await status.locator('.org-name', { hasText: 'เทศบาลตำบลบ้านสวนหลวง' }).waitFor();
  });

  it('makes no request outside the page but the Sarabun font, and saves screenshots to test-artifacts/', async () => {
    const held = gate<JobProgress>();
    const server = new FakeServer({ getSidebarState: () => STATE, runValidate: () => VALIDATION, selectCell: () => undefined })
      .on('startPlanDoc', () => ({ jobId: 'j2', done: 5, total: 5, finished: true, ok: true, message: 'สร้างเอกสารแผนเสร็จแล้ว', links: [
        { title: 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570', url: 'https://docs.google.com/document/d/plan' },
        { title: 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570 (PDF)', url: 'https://drive.google.com/file/d/plan-pdf' },
      ] }))
      .on('startMeasureDocs', () => ({ jobId: 'j1', done: 0, total: 34, finished: false, ok: true, message: '', links: [] }))
      .sequence('continueJob', { jobId: 'j1', done: 12, total: 34, finished: false, ok: true, message: 'กำลังสร้าง: โครงการอบรมคุณธรรมจริยธรรม', links: [] }, () => held.promise);
    const { page, external } = await sb.open(server);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shoot = async (name: string) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
    };

    // At rest: the status, a validation with findings (one selected), a finished document with links, a form open.
    await page.locator('[data-job=validate]').click();
    await page.locator('.finding').first().click();
    await page.locator('[data-job=planDoc]').click();
    await page.locator('[data-card=planDoc] .result.ok').waitFor();
    await page.locator('[data-job=monitoringRound]').click();
    await shoot('sidebar.png');

    // Mid-job: progress 12 / 34, every job button disabled.
    await page.locator('[data-job=measureDocs]').click();
    await page.locator('[data-card=measureDocs] .progress-count', { hasText: '12 / 34' }).waitFor();
    await shoot('sidebar-progress.png');
    held.open({ jobId: 'j1', done: 34, total: 34, finished: true, ok: true, message: 'สร้างเอกสารครบ 34 โครงการ', links: [] });
    await page.locator('[data-card=measureDocs] .result.ok').waitFor();

    expect(external).toEqual([]);
    // The Sarabun faces came from the (intercepted) Google Fonts stylesheet and loaded.
    expect(await page.evaluate(() => {
      let loaded = 0;
      document.fonts.forEach((f) => { if (f.family.includes('Sarabun') && f.status === 'loaded') loaded++; });
      return loaded;
    })).toBeGreaterThan(0);
  });
});
