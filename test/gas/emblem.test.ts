/**
 * The add-on and ข้อมูลหน่วยงาน → ตราหน่วยงาน: under drive.file it cannot open a PNG the person
 * put in their Drive (see README), so its documents keep the built-in Garuda and the result says
 * so, naming the cell; nothing is read from Drive for it.
 */
import type { JobResult } from '../../src/core/api';
import { builtInEmblem } from '../../src/core/doc/emblem';
import { SHEET } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import { seed001Sheet } from './aroundPlan';
import { activeSpreadsheet } from './planWorkbook';

const DRIVE_LINK = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view';

function withEmblemCell(value: string) {
  const env = seed001Sheet();
  const settings = activeSpreadsheet(env).getSheetByName(SHEET.settings)!;
  const row = locateSettingRows({ values: settings.getDataRange().getValues(), formulas: [] }).emblem!;
  settings.getRange(row, SETTINGS_VALUE_COL).setValue(value);
  env.calls.reset();
  return { env, cell: `${SHEET.settings}!B${row}` };
}

it('a set emblem: the announcement is made with the built-in Garuda and the result says the setting is for the command line', () => {
  const { env, cell } = withEmblemCell(DRIVE_LINK);
  const result = env.call('createOtherDoc', 'announcement', 2566) as JobResult;
  expect(result.ok).toBe(true);
  const notice = result.details.find((d) => d.includes('ตราหน่วยงาน'));
  expect(notice).toContain(cell);
  expect(notice).toContain('โปรแกรมบรรทัดคำสั่ง');
  expect(notice).toContain('ตราครุฑในตัว');
  const doc = env.documents.withName(result.links![0].title)[0];
  const image = doc.toJSON().children.find((c) => c.type === 'inlineImage');
  expect(image).toMatchObject({ contentType: 'image/png', bytes: builtInEmblem().png.length });
  expect(Object.keys(env.calls.byMethod()).filter((m) => /alt|download|DriveApp/.test(m))).toEqual([]);
});

it('a blank emblem cell: no notice', () => {
  const { env } = withEmblemCell('');
  const result = env.call('createOtherDoc', 'announcement', 2566) as JobResult;
  expect(result.ok).toBe(true);
  expect(result.details.filter((d) => d.includes('ตราหน่วยงาน'))).toEqual([]);
});
