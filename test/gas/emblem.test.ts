/**
 * The add-on and ตราหน่วยงาน: a PNG uploaded from the sidebar is kept in a hidden tab of the
 * spreadsheet and is the picture in the Google Docs it makes; a file path in the cell (which it
 * cannot open under drive.file, see README) leaves the built-in Garuda, and the result says so.
 */
import type { JobProgress, JobResult, SidebarState } from '../../src/core/api';
import { encodePng } from '../../src/core/chart/png';
import { builtInEmblem } from '../../src/core/doc/emblem';
import { SHEET } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import type { GasEnvironment } from '../fakes';
import { seed001Sheet } from './aroundPlan';
import { runJob } from './harness';
import { activeSpreadsheet } from './planWorkbook';

const DRIVE_LINK = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view';
const png = (ink: string) => encodePng({ width: 60, height: 90, palette: ['#ffffff', ink], pixels: new Uint8Array(60 * 90).map((_, i) => (i % 7 === 0 ? 1 : 0)) });
const RED = png('#7f0000');
const BLUE = png('#00007f');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function emblemCell(env: GasEnvironment) {
  const settings = activeSpreadsheet(env).getSheetByName(SHEET.settings)!;
  const row = locateSettingRows({ values: settings.getDataRange().getValues(), formulas: [] }).emblem!;
  return { range: settings.getRange(row, SETTINGS_VALUE_COL), cell: `${SHEET.settings}!B${row}` };
}

function withEmblemCell(value: string) {
  const env = seed001Sheet();
  const { range, cell } = emblemCell(env);
  range.setValue(value);
  env.calls.reset();
  return { env, cell };
}

function call<T>(env: GasEnvironment, fn: string, ...args: unknown[]): T {
  try {
    return env.call(fn, ...args) as T;
  } finally {
    env.endExecution();
  }
}

/** The images in the Google Doc a result links to, as Buffers (for readable comparisons). */
function imagesOf(env: GasEnvironment, title: string): Buffer[] {
  return env.documents.withName(title)[0].images().map((b) => Buffer.from(b));
}
const announcementImages = (env: GasEnvironment) => {
  const result = call<JobResult>(env, 'createOtherDoc', 'announcement', 2566);
  expect(result.ok).toBe(true);
  return { result, images: imagesOf(env, result.links![0].title) };
};

describe('an emblem uploaded from the sidebar', () => {
  it('is kept in a hidden tab, named in the cell, and is the picture of the announcement and the whole plan', () => {
    const env = seed001Sheet();
    const set = call<JobResult>(env, 'setEmblemImage', base64(RED), 'ตราเทศบาล.png');
    expect(set).toMatchObject({ ok: true, message: expect.stringContaining('ตราเทศบาล.png') });
    const tab = activeSpreadsheet(env).getSheetByName(SHEET.emblem)!;
    expect(tab.isSheetHidden()).toBe(true);
    expect(env.calls.byMethod()).not.toHaveProperty('DriveApp');
    expect(emblemCell(env).range.getValue()).toBe('ตราเทศบาล.png (เก็บในสเปรดชีต)');

    const { result, images } = announcementImages(env);
    expect(images).toEqual([Buffer.from(RED)]);
    expect(result.details.filter((d) => d.includes('ตราหน่วยงาน'))).toEqual([]);

    const steps = runJob(env, 'startPlanDoc');
    const last = steps[steps.length - 1] as JobProgress & { links?: { title: string }[] };
    expect(last.ok).toBe(true);
    expect(imagesOf(env, last.links![0].title)[0]).toEqual(Buffer.from(RED));

    const state = call<SidebarState>(env, 'getSidebarState');
    expect(state.emblem).toEqual({ stored: true, text: 'ตราเทศบาล.png (เก็บในสเปรดชีต)' });
  });

  it('a second upload replaces the first; ใช้ตราครุฑ removes it and the Garuda is back', () => {
    const env = seed001Sheet();
    call<JobResult>(env, 'setEmblemImage', base64(RED), 'แดง.png');
    expect(call<JobResult>(env, 'setEmblemImage', base64(BLUE), 'น้ำเงิน.png').ok).toBe(true);
    expect(activeSpreadsheet(env).getSheets().filter((s) => s.getName() === SHEET.emblem)).toHaveLength(1);
    expect(announcementImages(env).images).toEqual([Buffer.from(BLUE)]);

    expect(call<JobResult>(env, 'clearEmblemImage')).toMatchObject({ ok: true, message: expect.stringContaining('ตราครุฑ') });
    expect(activeSpreadsheet(env).getSheetByName(SHEET.emblem)).toBeNull();
    expect(emblemCell(env).range.getValue()).toBe('');
    const { result, images } = announcementImages(env);
    expect(images).toEqual([Buffer.from(builtInEmblem().png)]);
    expect(result.details.filter((d) => d.includes('ตราหน่วยงาน'))).toEqual([]);
  });

  it('a JPEG, a file over 1 MB or text that is not base64 is refused in Thai and nothing changes', () => {
    const env = seed001Sheet();
    const jpeg = call<JobResult>(env, 'setEmblemImage', base64(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16)), 'ตรา.jpg');
    expect(jpeg).toMatchObject({ ok: false, message: expect.stringContaining('JPEG') });
    const huge = new Uint8Array(1024 * 1024 + 1);
    huge.set(RED);
    expect(call<JobResult>(env, 'setEmblemImage', base64(huge), 'ใหญ่.png')).toMatchObject({ ok: false, message: expect.stringContaining('1 MB') });
    expect(call<JobResult>(env, 'setEmblemImage', 'ไม่ใช่ base64', 'ตรา.png')).toMatchObject({ ok: false, message: expect.stringContaining('อ่านไฟล์') });
    expect(activeSpreadsheet(env).getSheetByName(SHEET.emblem)).toBeNull();
    expect(emblemCell(env).range.getValue()).toBe('');
  });

  it('the cell shows the stored marker but the tab was deleted: the Garuda, and the result says why', () => {
    const env = seed001Sheet();
    call<JobResult>(env, 'setEmblemImage', base64(RED), 'ตรา.png');
    const ss = activeSpreadsheet(env);
    ss.deleteSheet(ss.getSheetByName(SHEET.emblem)!);
    const { result, images } = announcementImages(env);
    expect(images).toEqual([Buffer.from(builtInEmblem().png)]);
    expect(result.details.find((d) => d.includes('ตราหน่วยงาน'))).toContain('ไม่มีตราเก็บไว้');
  });
});

describe('a file path or link in the cell', () => {
  it('the announcement is made with the built-in Garuda and the result says to upload it in the sidebar', () => {
    const { env, cell } = withEmblemCell(DRIVE_LINK);
    const { result, images } = announcementImages(env);
    const notice = result.details.find((d) => d.includes('ตราหน่วยงาน'));
    expect(notice).toContain(cell);
    expect(notice).toContain('โปรแกรมบรรทัดคำสั่ง');
    expect(notice).toContain('อัปโหลด');
    expect(images).toEqual([Buffer.from(builtInEmblem().png)]);
    expect(Object.keys(env.calls.byMethod()).filter((m) => /alt|download|DriveApp/.test(m))).toEqual([]);
  });

  it('a blank emblem cell: no notice', () => {
    const { env } = withEmblemCell('');
    expect(announcementImages(env).result.details.filter((d) => d.includes('ตราหน่วยงาน'))).toEqual([]);
  });
});
