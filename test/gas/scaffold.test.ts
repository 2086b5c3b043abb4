import { MENU } from '../../src/gas/menu';
import { SHEET, dimensionSheetName, measureColumns, PROTECTION_DESCRIPTION } from '../../src/core/workbook/layout';
import { SETTING_FIELDS } from '../../src/core/workbook/layout';
import { loadAddon, manyMeasures, typeMeasures } from './harness';
import type { GasEnvironment } from '../fakes';

const YEARS = [2566, 2567, 2568, 2569, 2570];
const TABS = [SHEET.settings, 'มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4', SHEET.summary];

const lastAlert = (env: GasEnvironment) => env.ui.alerts[env.ui.alerts.length - 1];

/** Every value and formula of every tab: what "never changes a user's cell" is checked against. */
function contents(env: GasEnvironment): Record<string, { values: unknown[][]; formulas: string[][] }> {
  return Object.fromEntries(
    env.spreadsheet.sheetNames().map((n) => [n, { values: env.spreadsheet.sheet(n).values(), formulas: env.spreadsheet.sheet(n).formulas() }]),
  );
}

describe('onOpen', () => {
  it('adds the Thai Sujarit menu with an item for every capability, each a real global function', () => {
    const env = loadAddon();
    env.call('onOpen', { authMode: 'LIMITED' });
    const items = env.ui.menuItems();
    const expected = MENU.flatMap((e) => (e === 'separator' ? [] : [e]));
    expect(env.ui.menus.map((m) => m.title)).toEqual(['Sujarit']);
    expect(items.map((i) => [i.caption, i.functionName])).toEqual(expected.map((e) => [e.caption, e.handler]));
    for (const item of items) expect(typeof env.globals[item.functionName]).toBe('function');
  });
});

describe('สร้าง/ปรับโครงแผน in the shipped bundle', () => {
  const env = loadAddon();
  env.call('menuScaffold');

  it('creates every tab with its title and headers', () => {
    for (const tab of TABS) expect(env.spreadsheet.sheetNames()).toContain(tab);
    const dim1 = env.spreadsheet.sheet('มิติที่ 1');
    expect(dim1.values('A1')[0][0]).toBe('มิติที่ 1 การสร้างวัฒนธรรมสุจริต');
    expect(dim1.values('2:2')[0].filter((v) => v !== '')).toEqual(measureColumns(YEARS).map((c) => c.header));
    const labels = env.spreadsheet.sheet(SHEET.settings).values(`A3:A${2 + SETTING_FIELDS.length}`).map((r) => r[0]);
    expect(labels).toEqual(SETTING_FIELDS.map((f) => f.label));
  });

  it('freezes and protects (warning only) the header rows, in the Thai font', () => {
    const dim2 = env.spreadsheet.sheet('มิติที่ 2');
    expect(dim2.frozenRows).toBe(2);
    expect(dim2.protections()).toEqual([expect.objectContaining({ type: 'RANGE', description: PROTECTION_DESCRIPTION, warningOnly: true })]);
    expect(dim2.cell('C3').fontFamily).toBe('Sarabun');
    expect(dim2.cell('C2').fontWeight).toBe('bold');
  });

  it('puts dropdowns on item code and type and number validation on budgets', () => {
    const dim3 = env.spreadsheet.sheet('มิติที่ 3');
    expect(dim3.cell('B10').validation).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2', '3.3.3'], true] });
    expect(dim3.cell('D10').validation).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['โครงการ', 'กิจกรรม', 'มาตรการ'], true], allowInvalid: false });
    expect(dim3.cell('E10').validation).toMatchObject({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0] });
    expect(dim3.cell('B10').numberFormat).toBe('@');
  });

  it('writes live summary formulas per dimension, sub-dimension and year, with grand totals', () => {
    const summary = env.spreadsheet.sheet(SHEET.summary);
    const formulas = summary.formulas();
    const values = summary.values();
    const row = values.findIndex((r) => r[1] === '4.3');
    expect(formulas[row][3]).toBe(`=COUNTIF('มิติที่ 4'!$B:$B,"4.3*")`);
    expect(formulas[row][8]).toBe(`=SUMIF('มิติที่ 4'!$B:$B,"4.3*",'มิติที่ 4'!$I:$I)`);
    expect(values.some((r) => r[0] === 'รวมทั้งสิ้น')).toBe(true);
  });

  it('reports what it did in Thai', () => {
    expect(lastAlert(env)?.prompt).toContain('สร้างแผ่นงานใหม่');
  });

  it('a second run on a filled workbook changes nothing a user typed', () => {
    typeMeasures(env, manyMeasures(25));
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName(SHEET.settings)!.getRange('B3').setValue('เทศบาลตำบลบ้านสวนหลวง');
    ss.getSheetByName(SHEET.summary)!.getRange('K4').setValue(7); // a stated figure typed by the user
    const before = contents(env);
    env.call('menuScaffold');
    expect(contents(env)).toEqual(before);
    expect(lastAlert(env)?.prompt).toContain('โครงแผนครบถ้วนแล้ว');
  });

  it('repairs a deleted header and a missing tab without touching the rows', () => {
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('มิติที่ 4')!.getRange('C2').setValue('');
    ss.deleteSheet(ss.getSheetByName(SHEET.summary)!);
    const rows = env.spreadsheet.sheet('มิติที่ 4').values('A3:Z20');
    env.call('menuScaffold');
    const dim4 = env.spreadsheet.sheet('มิติที่ 4');
    expect(dim4.values('A3:Z20')).toEqual(rows);
    expect(dim4.values('2:2')[0]).toContain('ชื่อโครงการ/กิจกรรม/มาตรการ');
    expect(env.spreadsheet.sheetNames()).toContain(SHEET.summary);
  });

  it('a tab renamed with a non-breaking space or Thai digits is renamed back, not joined by a look-alike', () => {
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('มิติที่ 2')!.setName('มิติที่\u00a02');
    ss.getSheetByName('มิติที่ 3')!.setName('มิติที่ ๓');
    const rows = env.spreadsheet.sheet('มิติที่\u00a02').values('A3:Z20');
    expect(rows.some((r) => r[2] !== '')).toBe(true);
    env.call('menuValidate');
    expect(env.spreadsheet.sheet(SHEET.findings).values().flat()).toEqual(expect.arrayContaining(['SHEET_LOOK_ALIKE']));
    env.call('menuScaffold');
    expect(env.spreadsheet.sheetNames().filter((n) => /มิติที่/.test(n))).toEqual(['มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4']);
    expect(env.spreadsheet.sheet('มิติที่ 2').values('A3:Z20')).toEqual(rows);
    expect(lastAlert(env)?.prompt).toContain('แก้ชื่อแผ่นงาน “มิติที่ ๓” เป็น “มิติที่ 3”');
  });
});

describe('batching', () => {
  function repairCalls(measures: number): { total: number; byMethod: Record<string, number> } {
    const env = loadAddon();
    env.call('menuScaffold');
    typeMeasures(env, manyMeasures(measures));
    env.call('menuScaffold');
    return { total: env.calls.total(), byMethod: env.calls.byMethod() };
  }

  it('scaffolding a plan of 500 measures costs the same service calls as one of 20', () => {
    const small = repairCalls(20);
    const large = repairCalls(500);
    console.log(`service calls to scaffold/repair: 20 measures → ${small.total}, 500 measures → ${large.total}`);
    expect(large.total).toBe(small.total);
    expect(large.byMethod['Range.setValues'] ?? 0).toBe(small.byMethod['Range.setValues'] ?? 0);
  });

  it('a fresh scaffold costs a bounded number of calls per tab (per column at most, never per row)', () => {
    const env = loadAddon();
    env.call('menuScaffold');
    const tabs = env.spreadsheet.sheetNames().length - 1; // the spreadsheet's own Sheet1 is left alone
    console.log(`service calls for a fresh scaffold of ${tabs} tabs: ${env.calls.total()}`);
    expect(env.calls.total()).toBeLessThan(100 * tabs);
  });
});

describe('sidebar', () => {
  it('opens from the menu and reports the plan as plain JSON', () => {
    const env = loadAddon();
    env.call('menuScaffold');
    typeMeasures(env, manyMeasures(33));
    env.call('menuOpenSidebar');
    expect(env.ui.sidebars).toHaveLength(1);
    const state = env.call('getSidebarState') as { totalCount: number; dimensions: { count: number }[]; missingSheets: string[] };
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.totalCount).toBe(33);
    expect(state.dimensions.map((d) => d.count)).toEqual([8, 11, 7, 7]);
    expect(state.missingSheets).toEqual([]);
  });

  it('says which tabs are missing before the scaffold', () => {
    const env = loadAddon();
    const state = env.call('getSidebarState') as { missingSheets: string[] };
    expect(state.missingSheets).toEqual(expect.arrayContaining([SHEET.settings, dimensionSheetName(1)]));
  });
});

describe('locking', () => {
  it('refuses plainly while someone else holds the document lock, changing nothing', () => {
    const env = loadAddon();
    env.locks.holdByOther();
    const result = env.call('runScaffold') as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('มีผู้ใช้อื่น');
    expect(env.spreadsheet.sheetNames()).not.toContain(SHEET.summary);
  });
});
