/**
 * The spreadsheet fakes and call counting, used directly and through gas-local (the way the
 * shipped bundle is tested).
 */
import { ALL_SCOPES } from './scopes';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createGasEnvironment, type GasEnvironment } from './index';

/** A throwaway Apps Script project: top-level functions in Code.js plus HTML files. */
function writeProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-fakes-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const CODE = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem('Set up sheets', 'setUpSheets')
    .addSeparator()
    .addSubMenu(ui.createMenu('Tools').addItem('Write rows', 'writeRows'))
    .addToUi();
}

function setUpSheets() {
  var sheet = SpreadsheetApp.getActive().insertSheet('Plan');
  sheet.getRange(1, 1, 1, 3).setValues([['No', 'Project', 'Budget']]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  PropertiesService.getDocumentProperties().setProperty('setUp', 'yes');
  return sheet.getName();
}

/** Batched: one read of the sheet, one write, whatever n is. */
function writeRows(n) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Plan');
  var rows = [];
  for (var i = 0; i < n; i++) rows.push([i + 1, 'Project ' + (i + 1), (i + 1) * 1000]);
  sheet.getRange(2, 1, rows.length, 3).setValues(rows);
  return rows.length;
}

/** Not batched: one write per row. */
function writeRowsOneByOne(n) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Plan');
  for (var i = 0; i < n; i++) sheet.getRange(i + 2, 1, 1, 3).setValues([[i + 1, 'P', 0]]);
}

function readBack() {
  var values = SpreadsheetApp.getActive().getSheetByName('Plan').getDataRange().getValues();
  return { isArray: Array.isArray(values), isSandboxArray: values instanceof Array, rowIsArray: values[1] instanceof Array, row: values[1] };
}

function dateRoundTrip() {
  var range = SpreadsheetApp.getActive().getSheetByName('Plan').getRange('E1');
  range.setValue(new Date(Date.UTC(2024, 0, 15, 3)));
  var value = range.getValue();
  return { isDate: value instanceof Date, tag: Object.prototype.toString.call(value), time: value.getTime() };
}

function duplicateSheetError() {
  try {
    SpreadsheetApp.getActive().insertSheet('Plan');
    return null;
  } catch (e) {
    return { isError: e instanceof Error, name: e.name, message: e.message };
  }
}

function include(name) {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

function showSidebar() {
  var template = HtmlService.createTemplateFromFile('Sidebar');
  template.title = 'Plan <2567>';
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle('Sujarit'));
}

function confirmReset() {
  var ui = SpreadsheetApp.getUi();
  return ui.alert('Reset', 'Delete all rows?', ui.ButtonSet.YES_NO) === ui.Button.YES;
}
`;

describe('through gas-local', () => {
  let env: GasEnvironment;
  let dir: string;

  beforeEach(() => {
    dir = writeProject({
      'Code.js': CODE,
      'Sidebar.html': '<h1><?= title ?></h1><?!= include("Style") ?>',
      'Style.html': '<style>h1 { color: teal; }</style>',
    });
    env = createGasEnvironment({ htmlDir: dir });
    env.load(dir);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('onOpen builds the add-on menu with handler names', () => {
    env.call('onOpen', { authMode: env.globals.ScriptApp.AuthMode.FULL });
    expect(env.ui.menuItems()).toEqual([
      { path: 'Sujarit > Set up sheets', caption: 'Set up sheets', functionName: 'setUpSheets' },
      { path: 'Sujarit > Tools > Write rows', caption: 'Write rows', functionName: 'writeRows' },
    ]);
    expect(env.ui.menus[0].addon).toBe(true);
    for (const item of env.ui.menuItems()) expect(typeof env.globals[item.functionName]).toBe('function');
  });

  test('sheet set-up is visible in the fake state', () => {
    expect(env.call('setUpSheets')).toBe('Plan');
    const plan = env.spreadsheet.sheet('Plan');
    expect(plan.values()).toEqual([['No', 'Project', 'Budget']]);
    expect(plan.cell('B1').fontWeight).toBe('bold');
    expect(plan.frozenRows).toBe(1);
    expect(env.spreadsheet.activeSheetName()).toBe('Plan');
    expect(env.properties.get('document')).toEqual({ setUp: 'yes' });
  });

  test('batched writes cost the same number of service calls for 10 and 500 rows', () => {
    env.call('setUpSheets');
    env.calls.reset();
    env.call('writeRows', 10);
    const small = env.calls.byMethod();
    env.calls.reset();
    env.call('writeRows', 500);
    expect(env.calls.byMethod()).toEqual(small);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.spreadsheet.sheet('Plan').lastRow).toBe(501);
  });

  test('unbatched writes are caught by the counter', () => {
    env.call('setUpSheets');
    env.calls.reset();
    env.call('writeRowsOneByOne', 20);
    expect(env.calls.count('Range.setValues')).toBe(20);
    expect(env.calls.total('Sheet.')).toBe(20);
  });

  test('arrays and dates crossing the vm realm behave as in Apps Script', () => {
    env.call('setUpSheets');
    env.call('writeRows', 3);
    expect(env.call('readBack')).toEqual({ isArray: true, isSandboxArray: true, rowIsArray: true, row: [1, 'Project 1', 1000] });
    const date = env.call('dateRoundTrip') as { isDate: boolean; tag: string; time: number };
    expect(date).toEqual({ isDate: true, tag: '[object Date]', time: Date.UTC(2024, 0, 15, 3) });
    expect(env.spreadsheet.sheet('Plan').cell('E1').value).toEqual(new Date(Date.UTC(2024, 0, 15, 3)));
  });

  test('service errors are Error instances in the sandbox, worded like Apps Script', () => {
    env.call('setUpSheets');
    expect(env.call('duplicateSheetError')).toEqual({
      isError: true,
      name: 'Exception',
      message: 'A sheet with the name "Plan" already exists. Please enter another name.',
    });
  });

  test('templates print escaped values and call the script\'s include()', () => {
    env.call('showSidebar');
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].title).toBe('Sujarit');
    expect(env.ui.sidebars[0].html).toBe('<h1>Plan &#60;2567&#62;</h1><style>h1 { color: teal; }</style>');
  });

  test('alerts answer from the script, defaulting to the first button', () => {
    expect(env.call('confirmReset')).toBe(true);
    env.ui.answerAlert('NO');
    expect(env.call('confirmReset')).toBe(false);
    expect(env.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['Reset', 'Delete all rows?', 'YES_NO', 'YES'],
      ['Reset', 'Delete all rows?', 'YES_NO', 'NO'],
    ]);
  });
});

describe('call counting', () => {
  test('counts outermost calls only, per method and in order; seeding is free', () => {
    const env = createGasEnvironment({ sheets: { Data: [['a', 1], ['b', 2]] } });
    expect(env.calls.total()).toBe(0);
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    const values = sheet.getDataRange().getValues();
    sheet.getRange(3, 1, 1, 2).setValues([['c', 3]]);
    sheet.appendRow(['d', 4]); // internally uses Range.setValues: not counted again
    expect(values).toEqual([['a', 1], ['b', 2]]);
    expect(env.calls.sequence()).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSheetByName', 'Sheet.getDataRange', 'Range.getValues',
      'Sheet.getRange', 'Range.setValues', 'Sheet.appendRow',
    ]);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.calls.total()).toBe(7);
    env.calls.reset();
    expect(env.calls.byMethod()).toEqual({});
  });
});

describe('SpreadsheetApp fake', () => {
  let env: GasEnvironment;
  const app = () => env.globals.SpreadsheetApp;
  const sheet = (name = 'Sheet1') => app().getActive().getSheetByName(name)!;

  beforeEach(() => {
    env = createGasEnvironment({ oauthScopes: ALL_SCOPES });
  });

  test('a new sheet is 1000 × 26 and empty', () => {
    const s = sheet();
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([1000, 26, 0, 0]);
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    expect(s.getRange('A1').getValue()).toBe('');
  });

  test('getRange accepts A1 forms and coordinates', () => {
    const s = sheet();
    expect(s.getRange('B3').getA1Notation()).toBe('B3');
    expect(s.getRange('A1:C10').getNumRows()).toBe(10);
    const column = s.getRange('A:A');
    expect([column.getRow(), column.getNumRows(), column.getNumColumns()]).toEqual([1, 1000, 1]);
    const row = s.getRange('2:2');
    expect([row.getRow(), row.getNumRows(), row.getNumColumns()]).toEqual([2, 1, 26]);
    expect(s.getRange('$B$2:C').getA1Notation()).toBe('B2:C1000');
    expect(s.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(app().getActive().getRange("'Sheet1'!D4").getA1Notation()).toBe('D4');
    expect(() => s.getRange('nonsense!!')).toThrow('Range not found');
  });

  test('ranges outside the grid fail until the sheet is grown', () => {
    const s = sheet();
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1.5, 1)).toThrow("don't match the method signature for SpreadsheetApp.Sheet.getRange");
    s.insertRowsAfter(1000, 5);
    s.insertColumnsAfter(26, 2);
    expect(s.getRange(1005, 28).getA1Notation()).toBe('AB1005');
  });

  test('setValues checks dimensions like Apps Script', () => {
    const range = sheet().getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues('x' as never)).toThrow("don't match the method signature");
    expect(() => range.setValue([[1]])).toThrow("don't match the method signature");
  });

  test('writes are interpreted like typed input', () => {
    const s = sheet();
    s.getRange('A1:H1').setValues([['123', '007', "'007", 'TRUE', '12.5%', '1,234.5', '2024-01-15', '=SUM(1,2)']]);
    const [values] = s.getRange('A1:H1').getValues();
    expect(values.slice(0, 6)).toEqual([123, 7, '007', true, 0.125, 1234.5]);
    expect(values[6]).toEqual(new Date('2024-01-14T17:00:00Z')); // midnight in Asia/Bangkok
    expect(values[7]).toBe(''); // no formula engine: formula cells read as ''
    expect(s.getRange('H1').getFormula()).toBe('=SUM(1,2)');
    expect(env.spreadsheet.sheet('Sheet1').cell('H1').formula).toBe('=SUM(1,2)');
    s.getRange('A2').setNumberFormat('@').setValue('007');
    expect(s.getRange('A2').getValue()).toBe('007');
    expect(s.getLastRow()).toBe(2);
  });

  test('display values follow simple number and date formats', () => {
    const s = sheet();
    s.getRange('A1:C1').setValues([[1234.5, 0.256, new Date(Date.UTC(2024, 2, 5))]]);
    s.getRange('A1:C1').setNumberFormats([['#,##0.00', '0.0%', 'dd/mm/yyyy']]);
    expect(s.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', '25.6%', '05/03/2024']]);
  });

  test('getLastRow/getLastColumn ignore formatting and notes', () => {
    const s = sheet();
    s.getRange('D10').setBackground('#ff0000').setNote('note');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange('C4').setValue('x');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([4, 3]);
  });

  test('formats, notes and rich-text links are stored per cell', () => {
    const s = sheet();
    s.getRange('A1:B1')
      .setBackgrounds([['red', '#00FF00']])
      .setFontFamily('Sarabun')
      .setFontSize(14)
      .setFontWeights([['bold', 'normal']])
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle')
      .setWrap(true)
      .setNotes([['n1', 'n2']]);
    const a1 = env.spreadsheet.sheet('Sheet1').cell('A1');
    expect(a1).toMatchObject({
      background: '#ff0000', fontFamily: 'Sarabun', fontSize: 14, fontWeight: 'bold', horizontalAlignment: 'center',
      verticalAlignment: 'middle', wrapStrategy: 'WRAP', note: 'n1',
    });
    expect(s.getRange('A1:B1').getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(s.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    const link = app().newRichTextValue().setText('เอกสาร').setLinkUrl('https://docs.google.com/x').build();
    s.getRange('C1').setRichTextValue(link);
    expect(s.getRange('C1').getValue()).toBe('เอกสาร');
    expect(s.getRange('C1').getRichTextValue()!.getLinkUrl()).toBe('https://docs.google.com/x');
    expect(env.spreadsheet.sheet('Sheet1').cell('C1').link).toBe('https://docs.google.com/x');
    s.getRange('C1').setValue('plain');
    expect(env.spreadsheet.sheet('Sheet1').cell('C1').link).toBeNull();
    expect(s.getRange('D1').setValue(5).getRichTextValue()).toBeNull();
  });

  test('data validation: builder, inspection and rejected writes', () => {
    const s = sheet();
    const rule = app().newDataValidation().requireValueInList(['ยังไม่เริ่ม', 'ดำเนินการ', 'เสร็จ'], true).setAllowInvalid(false).setHelpText('เลือกสถานะ').build();
    s.getRange('C2:C5').setDataValidation(rule);
    const got = s.getRange('C3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app().DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['ยังไม่เริ่ม', 'ดำเนินการ', 'เสร็จ'], true]);
    expect([got.getAllowInvalid(), got.getHelpText()]).toEqual([false, 'เลือกสถานะ']);
    expect(env.spreadsheet.sheet('Sheet1').cell('C5').validation).toEqual({
      criteria: 'VALUE_IN_LIST', values: [['ยังไม่เริ่ม', 'ดำเนินการ', 'เสร็จ'], true], allowInvalid: false, helpText: 'เลือกสถานะ',
    });
    s.getRange('C2').setValue('เสร็จ');
    expect(() => s.getRange('C2:C3').setValues([['เสร็จ'], ['oops']])).toThrow(
      'The data you entered in cell C3 violates the data validation rules set on this cell.',
    );
    expect(s.getRange('C2').getValue()).toBe('เสร็จ'); // the rejected write changed nothing
    const numbers = app().newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    s.getRange('D2').setDataValidation(numbers).setValue(-1); // allowInvalid defaults to true: a warning only
    expect(s.getRange('D2').getValue()).toBe(-1);
    const source = app().newDataValidation().requireValueInRange(s.getRange('F1:F2')).setAllowInvalid(false).build();
    s.getRange('F1:F2').setValues([['x'], ['y']]);
    s.getRange('G1').setDataValidation(source);
    expect(env.spreadsheet.sheet('Sheet1').cell('G1').validation!.values).toEqual(['Sheet1!F1:F2', true]);
    expect(() => s.getRange('G1').setValue('z')).toThrow('violates the data validation rules');
    s.getRange('C2:C5').clearDataValidations();
    expect(s.getRange('C2').getDataValidation()).toBeNull();
  });

  test('insertSheet, names, order and deleting', () => {
    const ss = app().getActive();
    const plan = ss.insertSheet('Plan');
    expect(ss.getActiveSheet().getName()).toBe('Plan');
    expect(() => ss.insertSheet('plan')).toThrow('A sheet with the name "plan" already exists. Please enter another name.');
    ss.insertSheet('Cover', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cover', 'Sheet1', 'Plan']);
    expect(plan.getIndex()).toBe(3);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    ss.setActiveSheet(plan);
    ss.moveActiveSheet(1);
    expect(env.spreadsheet.sheetNames()).toEqual(['Plan', 'Cover', 'Sheet1', 'Sheet4']);
    expect(() => plan.setName('Cover')).toThrow('already exists');
    ss.deleteSheet(ss.getSheetByName('Sheet4')!);
    expect(ss.getSheetByName('Sheet4')).toBeNull();
    expect(sheet('Sheet1').getSheetId()).toBe(0);
    expect(plan.getSheetId()).not.toBe(0);
  });

  test('rows and columns: insert, delete, hide, widths; merges move with inserts', () => {
    const s = sheet();
    s.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    s.getRange('B2:C2').merge();
    s.insertRowsBefore(2, 2);
    expect(s.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'b', 'c']);
    expect(env.spreadsheet.sheet('Sheet1').merges()).toEqual(['B4:C4']);
    s.deleteRows(2, 2);
    expect(s.getMaxRows()).toBe(1000);
    expect(() => s.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    s.setColumnWidth(2, 250);
    s.setColumnWidths(3, 2, 80);
    s.hideColumns(5, 2);
    const inspected = env.spreadsheet.sheet('Sheet1');
    expect([inspected.columnWidth('B'), inspected.columnWidth(4), s.getColumnWidth(1)]).toEqual([250, 80, 100]);
    expect(inspected.hiddenColumns()).toEqual([5, 6]);
    expect(s.getRange('B2').isPartOfMerge()).toBe(true);
    expect(() => s.getRange('B2').breakApart()).toThrow('You must select all cells in a merged range');
    s.getRange('B2:C2').breakApart();
    expect(inspected.merges()).toEqual([]);
  });

  test('protections', () => {
    const s = sheet();
    const p = s.getRange('A1:C1').protect().setDescription('หัวตาราง').setWarningOnly(true);
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    const whole = s.protect();
    expect(s.protect().getProtectionType()).toBe('SHEET'); // asking again returns the same protection
    whole.removeEditors(whole.getEditors());
    whole.setUnprotectedRanges([s.getRange('D2:D9')]);
    expect(env.spreadsheet.sheet('Sheet1').protections()).toEqual([
      { type: 'RANGE', range: 'A1:C1', description: 'หัวตาราง', warningOnly: true, editors: ['user@example.com'], domainEdit: true, unprotected: [] },
      { type: 'SHEET', range: 'A1:Z1000', description: '', warningOnly: false, editors: ['user@example.com'], domainEdit: true, unprotected: ['D2:D9'] },
    ]);
    expect(s.getProtections(app().ProtectionType.RANGE)).toHaveLength(1);
    s.getProtections(app().ProtectionType.RANGE)[0].remove();
    expect(app().getActive().getProtections(app().ProtectionType.RANGE)).toHaveLength(0);
  });

  test('conditional formats, named ranges, frozen panes, toasts, active range', () => {
    const ss = app().getActive();
    const s = sheet();
    const rule = app().newConditionalFormatRule().whenTextEqualTo('เสร็จ').setBackground('#b7e1cd').setRanges([s.getRange('C2:C100')]).build();
    s.setConditionalFormatRules([...s.getConditionalFormatRules(), rule]);
    expect(env.spreadsheet.sheet('Sheet1').conditionalRules()).toEqual([
      { condition: { type: 'TEXT_EQUAL_TO', values: ['เสร็จ'] }, format: { background: '#b7e1cd' }, ranges: ['C2:C100'] },
    ]);
    ss.setNamedRange('Statuses', s.getRange('H1:H5'));
    expect(ss.getRangeByName('Statuses')!.getA1Notation()).toBe('H1:H5');
    expect(env.spreadsheet.namedRanges()).toEqual({ Statuses: 'Sheet1!H1:H5' });
    s.setFrozenRows(2);
    s.setFrozenColumns(1);
    expect([s.getFrozenRows(), s.getFrozenColumns()]).toEqual([2, 1]);
    ss.toast('บันทึกแล้ว', 'Sujarit', 3);
    expect(env.spreadsheet.toasts).toEqual([{ message: 'บันทึกแล้ว', title: 'Sujarit', timeoutSeconds: 3 }]);
    s.getRange('B2:C3').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2:C3');
    env.spreadsheet.setActive('Sheet1', 'E5');
    expect(app().getActiveRange()!.getA1Notation()).toBe('E5');
  });

  test('seeding: exact values, formulas, grid grows to fit', () => {
    const big = Array.from({ length: 1200 }, (_, i) => [i, '007', i === 0 ? '=A2*2' : '']);
    const seeded = env.spreadsheet.seedSheet('Big', big);
    expect([seeded.maxRows, seeded.lastRow, seeded.lastColumn]).toEqual([1200, 1200, 3]); // a formula is content
    expect(seeded.values('A1:C2')).toEqual([[0, '007', ''], [1, '007', '']]);
    expect(seeded.formulas('C1')).toEqual([['=A2*2']]);
    expect(env.calls.total()).toBe(0);
  });

  test('getUi() fails in a trigger context', () => {
    env.ui.setAvailable(false);
    expect(() => app().getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
