import type { JobResult } from '../../src/core/api';
import { SHEET } from '../../src/core/workbook/layout';
import type { GasEnvironment } from '../fakes';
import { SEED001_SETTINGS } from '../fixtures/seed001Integrity';
import { seed001Sheet } from '../gas/aroundPlan';
import { activeSpreadsheet } from '../gas/planWorkbook';

const folderOf = (env: GasEnvironment) => env.drive.folders().find((f) => f.name === SEED001_SETTINGS.outputFolder)!;

describe('createOtherDoc from the shipped bundle', () => {
  const env = seed001Sheet();
  const first = env.call('createOtherDoc', 'integrity', 2566) as JobResult;
  env.endExecution();
  const calls = env.calls.byMethod();
  const folder = folderOf(env);

  it('scaffolded the two tabs with the plan', () => {
    expect(activeSpreadsheet(env).getSheetByName(SHEET.integrity)).not.toBeNull();
    expect(activeSpreadsheet(env).getSheetByName(SHEET.announcement)).not.toBeNull();
  });

  it('writes the integrity measures and the results report as Google Docs with a PDF each, into the output folder', () => {
    expect(first.ok).toBe(true);
    expect(first.message).toContain(`ในโฟลเดอร์ "${SEED001_SETTINGS.outputFolder}"`);
    expect(first.links!.map((l) => l.title)).toEqual([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖ (PDF)',
      'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖', 'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖ (PDF)',
    ]);
    const files = env.drive.files(folder.id);
    expect(files.filter((f) => f.mimeType === 'application/vnd.google-apps.document')).toHaveLength(2);
    expect(files.filter((f) => f.mimeType === 'application/pdf')).toHaveLength(2);
    const report = env.documents.withName('รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖')[0];
    const text = report.text();
    expect(text).toContain('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(text).toContain('๗. กลไกและมาตรการในการแก้ไขและป้องกันการทำทุจริตภายในหน่วยงาน');
    expect(text).toContain('ผลลัพธ์/ความสำเร็จ');
  });

  it('reads each tab in one batch and writes nothing to the sheet', () => {
    expect(calls['Range.getValues'] ?? 0).toBeLessThanOrEqual(activeSpreadsheet(env).getSheets().length);
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
  });

  it('updates the same documents when run again, keeping their ids in DocumentProperties', () => {
    const ids = first.links!.filter((l) => !l.title.endsWith('(PDF)')).map((l) => l.url);
    const again = env.call('createOtherDoc', 'integrity', '2566') as JobResult;
    env.endExecution();
    expect(again.links!.filter((l) => !l.title.endsWith('(PDF)')).map((l) => l.url)).toEqual(ids);
    const live = env.drive.files(folder.id);
    expect(live.filter((f) => f.mimeType === 'application/vnd.google-apps.document')).toHaveLength(2);
    expect(live.filter((f) => f.mimeType === 'application/pdf')).toHaveLength(2);
  });

  it('writes the announcement and a covering memo, and answers in Thai when a year has no rows', () => {
    const announcement = env.call('createOtherDoc', 'announcement', 2567) as JobResult;
    env.endExecution();
    expect(announcement.ok).toBe(true);
    const doc = env.documents.withName(announcement.links![0].title)[0];
    expect(doc.text()).toContain('๑.๒.๓ แผนงาน หรือโครงการ/กิจกรรม');
    expect(doc.text()).toContain('ประกาศ ณ วันที่ ๓๑ มกราคม พ.ศ. ๒๕๖๐');
    const memo = env.call('createOtherDoc', 'memo', 2566, { about: 'integrity' }) as JobResult;
    env.endExecution();
    expect(memo.ok).toBe(true);
    expect(memo.links).toHaveLength(1);
    const memoText = env.documents.withName(memo.links![0].title)[0].text();
    expect(memoText.indexOf('ส่วนราชการ')).toBeLessThan(memoText.indexOf('ต้นเรื่อง'));
    expect(memoText).toContain('หน่วยตรวจสอบภายใน เทศบาลตำบลนาม่วง');
    const none = env.call('createOtherDoc', 'integrity', 2569) as JobResult;
    expect(none).toMatchObject({ ok: false });
    expect(none.message).toContain('ยังไม่มีมาตรการของปีงบประมาณ 2569');
  });
});

describe('the เอกสารประกอบ menu item', () => {
  it('asks for the kind, what the memo covers and the year, then shows the documents as links', () => {
    const env = seed001Sheet();
    env.ui.answerPrompt('3');
    env.ui.answerPrompt('มาตรการคุณธรรม');
    env.ui.answerPrompt('๒๕๖๖');
    env.call('menuOtherDocs');
    env.endExecution();
    expect(env.ui.prompts.map((p) => p.prompt)).toEqual([
      expect.stringContaining('1 = มาตรการส่งเสริมคุณธรรมและรายงานผล, 2 = ประกาศนโยบาย, 3 = บันทึกข้อความ'),
      expect.stringContaining('บันทึกข้อความนี้เสนอเรื่องใด'),
      expect.stringContaining('ปีงบประมาณ (พ.ศ.)'),
    ]);
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.kind).toBe('modeless');
    expect(dialog.html).toContain('บันทึกข้อความ เสนอรายงานผลมาตรการส่งเสริมคุณธรรม ปีงบประมาณ ๒๕๖๖');
    expect(dialog.html).toContain('https://docs.google.com/document/d/');
  });

  it('refuses an answer that is not a choice, and makes nothing', () => {
    const env = seed001Sheet();
    env.ui.answerPrompt('โปสเตอร์');
    env.call('menuOtherDocs');
    expect(env.ui.alerts[env.ui.alerts.length - 1].prompt).toContain('ไม่ใช่ตัวเลือก');
    expect(env.documents.count).toBe(0);
  });
});
