/**
 * The sidebar's jobs in headless Chromium: long jobs with progress and resume, one job at a
 * time, the monitoring and other-document forms, and the import preview → confirm flow.
 */
import type { ImportPreview, JobProgress, JobResult } from '../../src/core/api';
import { describeBrowser, eventually, FakeServer, gate, jobButtonsDisabled, STATE, useSidebar } from './harness';

const progress = (jobId: string, done: number, total: number, extra: Partial<JobProgress> = {}): JobProgress =>
  ({ jobId, done, total, finished: done >= total, ok: true, message: '', links: [], ...extra });

const DOC_LINKS = [
  { title: 'รายละเอียดโครงการ 1.1.1-01 อบรมคุณธรรมจริยธรรม', url: 'https://docs.google.com/document/d/doc1/edit' },
  { title: 'รายละเอียดโครงการ 1.1.1-02 ประกาศเจตจำนงสุจริต', url: 'https://docs.google.com/document/d/doc2/edit' },
];

describeBrowser('sidebar jobs in Chromium', () => {
  const sb = useSidebar();

  it('runs a long job to the end: continueJob until finished, progress 2 / 5 then 5 / 5, buttons disabled meanwhile, links after', async () => {
    const held = gate<JobProgress>();
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('startMeasureDocs', () => progress('job-7', 0, 5))
      .sequence('continueJob', progress('job-7', 2, 5, { message: 'กำลังสร้าง: อบรมคุณธรรมจริยธรรม' }), () => held.promise);
    const { page } = await sb.open(server);
    const card = page.locator('[data-card=measureDocs]');

    await page.locator('[data-job=measureDocs]').click();
    await card.locator('.progress-count', { hasText: '2 / 5' }).waitFor();
    await expect(card.locator('[role=progressbar]').getAttribute('aria-valuenow')).resolves.toBe('2');
    await expect(card.locator('.progress-label').textContent()).resolves.toBe('กำลังสร้าง: อบรมคุณธรรมจริยธรรม');
    const during = await jobButtonsDisabled(page);
    expect(during.length).toBeGreaterThanOrEqual(9); // 8 jobs, their submit buttons, and reload
    expect(during).not.toContain(false);
    await expect(page.locator('body').getAttribute('aria-busy')).resolves.toBe('true');

    held.open(progress('job-7', 5, 5, { message: 'สร้างเอกสารรายละเอียดโครงการครบ 5 โครงการ', links: DOC_LINKS }));
    await card.locator('.result.ok').waitFor();
    await expect(card.locator('.progress-count').textContent()).resolves.toBe('5 / 5');
    await expect(card.locator('.result-message').textContent()).resolves.toContain('สร้างเอกสารรายละเอียดโครงการครบ 5 โครงการ');
    const links = await card.locator('a.link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
    expect(links).toEqual(DOC_LINKS.map((l) => [l.title, l.url, '_blank', 'noopener noreferrer']));
    expect(await jobButtonsDisabled(page)).not.toContain(true);
    expect(server.calls.filter((c) => c.fn !== 'getSidebarState')).toEqual([
      { fn: 'startMeasureDocs', args: [] },
      { fn: 'continueJob', args: ['job-7'] },
      { fn: 'continueJob', args: ['job-7'] },
    ]);
  });

  it('a job that fails half way shows a Thai error, keeps the links made so far, and resumes from its cursor', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('startPlanDoc', () => progress('plan-1', 0, 3))
      .sequence('continueJob',
        progress('plan-1', 1, 3, { links: [DOC_LINKS[0]] }),
        () => { throw new Error('Exceeded maximum execution time'); },
        progress('plan-1', 3, 3, { message: 'สร้างเอกสารแผนเสร็จแล้ว', links: DOC_LINKS }));
    const { page } = await sb.open(server);
    const card = page.locator('[data-card=planDoc]');

    await page.locator('[data-job=planDoc]').click();
    await card.locator('.result.error').waitFor();
    await expect(card.locator('.result.error .result-message').textContent()).resolves.toContain('งานใช้เวลานานเกินกำหนดของ Google');
    await expect(card.locator('a.link').textContent()).resolves.toBe(DOC_LINKS[0].title);
    expect(await jobButtonsDisabled(page)).not.toContain(true);

    await card.getByRole('button', { name: 'ทำต่อจากที่ค้างไว้ (1 / 3)' }).click();
    await card.locator('.result.ok').waitFor();
    await expect(card.locator('.progress-count').textContent()).resolves.toBe('3 / 3');
    expect(await card.locator('a.link').count()).toBe(2);
    expect(server.callsOf('startPlanDoc')).toEqual([[]]);
    expect(server.callsOf('continueJob')).toEqual([['plan-1'], ['plan-1'], ['plan-1']]);
  });

  it('documents refused for errors list each error with what it would make wrong, select its cell, and can be made anyway', async () => {
    const blocker = {
      severity: 'error' as const, code: 'YEARS_ORDER', sheet: 'ข้อมูลหน่วยงาน', cell: 'B6', message: 'ปีเริ่มต้น (2570) อยู่หลังปีสิ้นสุด (2566)',
      fix: 'แก้ปีเริ่มต้นและปีสิ้นสุดให้เรียงกัน', harm: 'ชื่อแผน ปีในตาราง และงบประมาณรวมในเอกสารจะผิด',
    };
    const server = new FakeServer({ getSidebarState: () => STATE, selectCell: () => undefined })
      .on('startPlanDoc', (ignoreErrors) => ignoreErrors
        ? progress('plan-3', 3, 3, { message: 'สร้างเอกสารแผนเสร็จแล้ว', links: [DOC_LINKS[0]] })
        : progress('', 0, 0, { finished: true, ok: false, message: 'ยังไม่สร้างเอกสาร: พบข้อผิดพลาด 1 รายการที่จะทำให้เนื้อหาเอกสารผิด', blockers: [blocker] }));
    const { page } = await sb.open(server);
    const card = page.locator('[data-card=planDoc]');
    await page.locator('[data-job=planDoc]').click();
    await card.locator('.blocked').waitFor();
    await expect(card.locator('.result-message').textContent()).resolves.toContain('ยังไม่สร้างเอกสาร');
    await expect(card.locator('.finding-harm').textContent()).resolves.toBe(`ผลต่อเอกสาร: ${blocker.harm}`);
    await expect(card.locator('.finding-fix').textContent()).resolves.toContain(blocker.fix);
    await card.locator('button.finding').click();
    await eventually(() => server.callsOf('selectCell'), (calls) => expect(calls).toEqual([['ข้อมูลหน่วยงาน', 'B6']]));
    expect(await card.locator('a.link').count()).toBe(0);

    await card.getByRole('button', { name: 'สร้างทั้งที่ยังมีข้อผิดพลาด' }).click();
    await card.locator('.result.ok').waitFor();
    await expect(card.locator('a.link').textContent()).resolves.toBe(DOC_LINKS[0].title);
    expect(server.callsOf('startPlanDoc')).toEqual([[], [true]]);
  });

  it('a job that finishes not ok shows its message as an error', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('startPlanDoc', () => progress('plan-2', 0, 0, { finished: true, ok: false, message: 'ยังไม่ได้กำหนดโฟลเดอร์สำหรับเก็บเอกสาร กรอกในแผ่นงาน ข้อมูลหน่วยงาน' }));
    const { page } = await sb.open(server);
    await page.locator('[data-job=planDoc]').click();
    const error = page.locator('[data-card=planDoc] .result.error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('ยังไม่ได้กำหนดโฟลเดอร์สำหรับเก็บเอกสาร');
    expect(await page.locator('[data-card=planDoc] .progress').count()).toBe(0);
    expect(server.callsOf('continueJob')).toEqual([]);
  });

  it('runs one job at a time: every job button is disabled while any job runs, enabled after', async () => {
    const held = gate<JobResult>();
    const server = new FakeServer({ getSidebarState: () => STATE }).on('runScaffold', () => held.promise);
    const { page } = await sb.open(server);
    await page.locator('[data-job=otherDoc]').click(); // a form is open: its submit button too
    await page.locator('[data-job=scaffold]').click();
    await page.locator('[data-card=scaffold] .progress-box').waitFor();
    expect(await jobButtonsDisabled(page)).not.toContain(false);
    await page.locator('[data-submit=otherDoc]').click({ force: true }); // a disabled button does nothing
    await page.locator('[data-job=validate]').click({ force: true });
    held.open({ ok: true, message: 'โครงแผนครบแล้ว ไม่มีอะไรต้องเพิ่ม', details: [] });
    await page.locator('[data-card=scaffold] .result.ok').waitFor();
    await eventually(() => jobButtonsDisabled(page), (states) => expect(states).not.toContain(true));
    expect(server.calls.map((c) => c.fn)).toEqual(['getSidebarState', 'runScaffold', 'getSidebarState']);
  });

  it('เริ่มรอบติดตาม defaults to the current fiscal year (October starts the next) and sends the chosen round', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('startMonitoringRound', (year, round) => ({ ok: true, message: `เพิ่มแถวติดตามผล ปีงบประมาณ ${year} รอบ ${round} เดือน 34 แถว`, details: [] }));
    // 1 October 2025 (พ.ศ. 2568) is the first day of ปีงบประมาณ 2569.
    const { page } = await sb.open(server, { now: new Date('2025-10-01T08:00:00+07:00') });
    await page.locator('[data-job=monitoringRound]').click();
    const year = page.locator('#f-monitoringRound-year');
    await expect(year.inputValue()).resolves.toBe('2569');
    await expect(page.locator('#f-monitoringRound-year-help').textContent()).resolves.toBe('1 ต.ค. 2568 – 30 ก.ย. 2569');
    await page.getByText('รอบ 12 เดือน').first().click();
    await page.locator('[data-submit=monitoringRound]').click();
    const result = page.locator('[data-card=monitoringRound] .result.ok');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('ปีงบประมาณ 2569 รอบ 12 เดือน');
    expect(server.callsOf('startMonitoringRound')).toEqual([[2569, 12]]);
    await expect(page.locator('[data-form=monitoringRound]').isHidden()).resolves.toBe(true);

    // 30 September is still the old fiscal year.
    await sb.open(server, { now: new Date('2025-09-30T20:00:00+07:00') });
    await page.locator('[data-job=monitoringRound]').click();
    await expect(year.inputValue()).resolves.toBe('2568');
  });

  it('checks the year before calling: Thai digits are read, a Christian year is refused with a hint', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('startMonitoringReport', () => progress('rep-1', 1, 1, { message: 'สร้างรายงานรอบ 6 เดือนแล้ว', links: [{ title: 'รายงานรอบ 6 เดือน (PDF)', url: 'https://drive.google.com/file/d/rep' }] }));
    const { page } = await sb.open(server);
    await page.locator('[data-job=monitoringReport]').click();
    const year = page.locator('#f-monitoringReport-year');
    await expect(year.inputValue()).resolves.toBe('2568'); // 10 March 2025
    await year.fill('2025');
    await page.locator('[data-submit=monitoringReport]').click();
    await expect(page.locator('[data-form=monitoringReport] .field-error').first().textContent()).resolves.toContain('ปี ค.ศ.');
    await expect(page.locator('[data-form=monitoringReport] .field-error').first().textContent()).resolves.toContain('2568');
    await expect(page.locator('#f-monitoringReport-date').inputValue()).resolves.toBe('2025-03-10');
    await expect(year.getAttribute('aria-invalid')).resolves.not.toBeNull();
    expect(server.callsOf('startMonitoringReport')).toEqual([]);

    await year.fill('๒๕๖๗');
    await page.locator('[data-submit=monitoringReport]').click();
    await page.locator('[data-card=monitoringReport] .result.ok').waitFor();
    // The report date defaults to the user's today (10 March 2025) and goes with the call.
    expect(server.callsOf('startMonitoringReport')).toEqual([[2567, 6, '2025-03-10']]);
    await expect(page.locator('[data-card=monitoringReport] a.link').getAttribute('href')).resolves.toBe('https://drive.google.com/file/d/rep');
  });

  it('เอกสารประกอบ sends the chosen kind, fiscal year and (for a memo) what it submits to createOtherDoc', async () => {
    const server = new FakeServer({ getSidebarState: () => STATE })
      .on('createOtherDoc', (kind, year) => ({ ok: true, message: `สร้าง ${kind} ${year} แล้ว`, details: [], links: [{ title: 'บันทึกข้อความ', url: 'https://docs.google.com/document/d/memo' }] }));
    const { page } = await sb.open(server);
    await page.locator('[data-job=otherDoc]').click();
    const labels = await page.locator('#f-otherDoc-kind option').evaluateAll((os) => os.map((o) => o.textContent ?? ''));
    expect(labels).toEqual(expect.arrayContaining(['ประกาศนโยบาย/มาตรการ (ลงนามผู้บริหาร)', 'บันทึกข้อความเสนอแผนปฏิบัติการฯ']));
    await page.locator('#f-otherDoc-kind').selectOption({ label: 'บันทึกข้อความเสนอรายงานติดตามผล (รอบล่าสุด)' });
    await page.locator('#f-otherDoc-year').fill('2567');
    await page.locator('[data-submit=otherDoc]').click();
    await page.locator('[data-card=otherDoc] .result.ok').waitFor();
    await expect(page.locator('[data-card=otherDoc] a.link').textContent()).resolves.toBe('บันทึกข้อความ');
    expect(server.callsOf('createOtherDoc')).toEqual([['memo', 2567, { about: 'monitoring' }]]);
  });

  it('นำเข้าแผนเดิม from pasted text: preview shows counts per dimension and problems, confirm runs runImport with the same source', async () => {
    const preview: ImportPreview = {
      ok: true,
      message: 'อ่านแผนเดิมได้ 23 รายการ',
      counts: [{ dimension: 1, count: 8 }, { dimension: 2, count: 7 }, { dimension: 3, count: 5 }, { dimension: 4, count: 3 }],
      problems: ['บรรทัด 41: ไม่พบรหัสภารกิจของ “โครงการปลูกต้นไม้”', 'บรรทัด 77: งบประมาณ “สี่หมื่นบาท” อ่านไม่ได้'],
    };
    const server = new FakeServer()
      .sequence('getSidebarState', { ...STATE, totalCount: 0, totalBudget: 0 }, STATE)
      .on('previewImport', () => preview)
      .on('runImport', () => ({ ok: true, message: 'นำเข้าแล้ว 23 รายการ', details: ['มิติที่ 1: 8 รายการ'] }));
    const { page } = await sb.open(server);
    await expect(page.locator('#status').textContent()).resolves.toContain('นำเข้าแผนเดิม');

    await page.locator('[data-job=import]').click();
    await page.locator('[data-submit=import]').click(); // nothing to import yet
    await expect(page.locator('[data-form=import] .field-error').textContent()).resolves.toContain('วางลิงก์ Google Doc');
    await page.getByText('วางข้อความ', { exact: true }).click();
    const text = 'ส่วนที่ 2 แผนปฏิบัติการ\n1.1.1 โครงการอบรมคุณธรรมจริยธรรม 20,000 บาท';
    await page.locator('#f-import-text').fill(text);
    await page.locator('[data-submit=import]').click();

    const box = page.locator('[data-card=import] .preview');
    await box.waitFor();
    const rows = await box.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(rows).toEqual(['มิติที่ 18 รายการ', 'มิติที่ 27 รายการ', 'มิติที่ 35 รายการ', 'มิติที่ 43 รายการ']);
    await expect(box.locator('tfoot').textContent()).resolves.toBe('รวม23 รายการ');
    await expect(box.locator('.problems').textContent()).resolves.toContain('ส่วนที่อ่านไม่ได้ 2 รายการ');
    await expect(box.locator('.problems li').nth(1).textContent()).resolves.toBe(preview.problems[1]);
    expect(server.callsOf('runImport')).toEqual([]); // nothing written before confirming

    await box.getByRole('button', { name: 'ยืนยันนำเข้า 23 รายการ' }).click();
    await page.locator('[data-card=import] .result.ok', { hasText: 'นำเข้าแล้ว 23 รายการ' }).waitFor();
    await page.locator('#status tfoot', { hasText: '34' }).waitFor(); // status re-read
    expect(server.callsOf('previewImport')).toEqual([[{ kind: 'text', text }]]);
    expect(server.callsOf('runImport')).toEqual([[{ kind: 'text', text }]]);
    await expect(page.locator('[data-form=import]').isHidden()).resolves.toBe(true);
  });

  it('นำเข้าแผนเดิม preview: per dimension, how many measures have each field and their budgets; a field short of the count is marked', async () => {
    const filled = (count: number) => [{ field: 'รหัสภารกิจ', count }, { field: 'วัตถุประสงค์', count: 0 }];
    const preview: ImportPreview = {
      ok: true,
      message: 'อ่านแผนเดิมได้ 5 รายการ',
      counts: [{ dimension: 1, count: 2 }, { dimension: 2, count: 3 }],
      problems: [],
      fill: [
        { dimension: 1, measures: 2, filled: filled(2), budgets: [{ year: 2566, baht: 20000 }], totalBudget: 20000 },
        { dimension: 2, measures: 3, filled: filled(3), budgets: [{ year: 2566, baht: 1250000 }], totalBudget: 1250000 },
      ],
    };
    const server = new FakeServer().on('getSidebarState', () => STATE).on('previewImport', () => preview);
    const { page } = await sb.open(server);
    await page.locator('[data-job=import]').click();
    await page.getByText('วางข้อความ', { exact: true }).click();
    await page.locator('#f-import-text').fill('มิติที่ 1');
    await page.locator('[data-submit=import]').click();
    const table = page.locator('[data-card=import] table.fill');
    await table.waitFor();
    const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(rows).toEqual([
      ['มีข้อมูล', 'มิติ 1', 'มิติ 2'],
      ['รหัสภารกิจ', '2/2', '3/3'],
      ['วัตถุประสงค์', '0/2', '0/3'],
      ['งบรวม (บาท)', '20,000', '1,250,000'],
    ]);
    await expect(table.locator('td.short').count()).resolves.toBe(2);
  });

  it('นำเข้าแผนเดิม from a Google Doc link: a failed preview offers no confirm; editing the link discards a preview', async () => {
    const url = 'https://docs.google.com/document/d/1AbC/edit';
    const server = new FakeServer({ getSidebarState: () => STATE })
      .sequence('previewImport',
        { ok: false, message: 'เปิดเอกสารไม่ได้: บัญชีนี้ไม่มีสิทธิ์อ่าน', counts: [], problems: [] },
        { ok: true, message: 'อ่านได้ 2 รายการ', counts: [{ dimension: 1, count: 2 }], problems: [] });
    const { page } = await sb.open(server);
    await page.locator('[data-job=import]').click();
    await page.locator('#f-import-url').fill(url);
    await page.locator('[data-submit=import]').click();
    const card = page.locator('[data-card=import]');
    await card.locator('.preview.error').waitFor();
    await expect(card.locator('.preview').textContent()).resolves.toContain('บัญชีนี้ไม่มีสิทธิ์อ่าน');
    expect(await card.locator('[data-action=import-confirm]').count()).toBe(0);

    await page.locator('[data-submit=import]').click();
    await card.locator('[data-action=import-confirm]').waitFor();
    await page.locator('#f-import-url').fill(`${url}?x`);
    expect(await card.locator('.preview').count()).toBe(0);
    expect(server.callsOf('previewImport')).toEqual([[{ kind: 'doc', docUrlOrId: url }], [{ kind: 'doc', docUrlOrId: url }]]);
    expect(server.callsOf('runImport')).toEqual([]);
  });

  it('continues a job started from the menu as soon as it opens, in its card, and links the output folder', async () => {
    const state = {
      ...STATE,
      outputFolder: { title: 'Sujarit – เอกสารแผน', url: 'https://drive.google.com/drive/folders/f1' },
      unfinishedJobs: [{ jobId: 'menu-job', kind: 'measureDocs', done: 8, total: 12 }],
    };
    const server = new FakeServer({ getSidebarState: () => state })
      .sequence('continueJob', progress('menu-job', 10, 12), progress('menu-job', 12, 12, { message: 'สร้างเอกสารรายละเอียดโครงการครบ 12 ฉบับ', links: DOC_LINKS }));
    const { page } = await sb.open(server);
    const card = page.locator('[data-card=measureDocs]');
    await card.locator('.result.ok').waitFor();
    await expect(card.locator('.progress-count').textContent()).resolves.toBe('12 / 12');
    await expect(page.locator('#status .folder a').getAttribute('href')).resolves.toBe(state.outputFolder.url);
    await page.locator('#status [data-action=reload]').click();
    await eventually(() => server.calls.filter((c) => c.fn === 'getSidebarState').length, (n) => expect(n).toBe(2));
    // Followed once: a refreshed status never starts a second loop on the same job.
    expect(server.calls.filter((c) => c.fn !== 'getSidebarState')).toEqual([
      { fn: 'continueJob', args: ['menu-job'] },
      { fn: 'continueJob', args: ['menu-job'] },
    ]);
  });
});
