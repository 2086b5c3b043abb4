/**
 * ตรวจสอบแผน in the shipped bundle (build/addon/Code.js) under gas-local with the in-memory
 * Apps Script fakes: the findings tab, the marks and their clean-up, the sidebar summary,
 * and the number of service calls against the number of measures.
 */
import type { ValidationSummary } from '../../src/core/api';
import type { Measure } from '../../src/core/plan/model';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { MARK_BACKGROUND, NOTE_TAG } from '../../src/core/validate/marks';
import { SHEET } from '../../src/core/workbook/layout';
import { createGasEnvironment, type GasEnvironment } from '../fakes';
import { SEED000_MEASURES, SEED000_SETTINGS, SEED000_STATED } from '../fixtures/seed000';
import { buildBook, type Book } from '../fixtures/workbook';

/** A fresh spreadsheet holding the book's tabs (formulas as formulas), with the bundle loaded. */
function addonWith(book: Book): GasEnvironment {
  const sheets = Object.fromEntries([...book].map(([name, snap]) => [name, snap.values.map((row, r) => row.map((v, c) => snap.formulas[r]?.[c] || v))]));
  const env = createGasEnvironment({ sheets });
  env.load('build/addon');
  return env;
}

function validate(env: GasEnvironment): ValidationSummary {
  const summary = env.call('runValidate') as ValidationSummary;
  env.endExecution();
  return summary;
}

/** Everything a run may touch on every tab (values, formulas, notes, backgrounds), but the time of the check. */
function everything(env: GasEnvironment): unknown {
  return env.spreadsheet.sheetNames().map((name) => {
    const cells = env.spreadsheet.sheet(name).cells(name === SHEET.findings ? 'A2:F40' : 'A1:T40');
    return [name, cells.map((row) => row.map((c) => [c.value, c.formula, c.note, c.background]))];
  });
}

const seedBook = () => buildBook(SEED000_SETTINGS, SEED000_MEASURES, SEED000_STATED);

describe('ตรวจสอบแผน on the seed 000 workbook', () => {
  const env = addonWith(seedBook());
  const summary = validate(env);
  const gid = (name: string) => (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(name)!.getSheetId();

  it('answers the sidebar with counts, a Thai message and the findings, errors first', () => {
    expect(summary.errors).toBe(5);
    expect(summary.warnings).toBe(1);
    expect(summary.message).toContain('พบข้อผิดพลาด 5 รายการ และคำเตือน 1 รายการ');
    expect(summary.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      'error STATED_COUNT_MISMATCH สรุป!L4',
      'error STATED_COUNT_MISMATCH สรุป!L7',
      'error STATED_COUNT_MISMATCH สรุป!L9',
      'error STATED_COUNT_MISMATCH สรุป!K19',
      'error STATED_COUNT_MISMATCH สรุป!L19',
      'warning ORG_GENERIC มิติที่ 1!C3',
    ]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary); // plain JSON crosses google.script.run
  });

  it('writes one row per finding to ผลการตรวจสอบ, each with a link that selects the cell', () => {
    const tab = env.spreadsheet.sheet(SHEET.findings);
    const values = tab.values('A1:F8');
    expect(values[0][0]).toContain('พบข้อผิดพลาด 5 รายการ');
    expect(values[1]).toEqual(['ระดับ', 'รหัส', 'แผ่นงาน', 'ช่อง', 'ข้อความ', 'วิธีแก้ไข']);
    expect(values[3].slice(0, 3)).toEqual(['ข้อผิดพลาด', 'STATED_COUNT_MISMATCH', 'สรุป']);
    expect(values[3][4]).toBe('ตารางสรุปของเอกสารระบุว่ามิติที่ 2 มี 23 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 27 รายการ');
    expect(tab.formulas('D4')[0][0]).toBe(`=HYPERLINK("#gid=${gid(SHEET.summary)}&range=L7","สรุป!L7")`);
    expect(tab.formulas('D8')[0][0]).toBe(`=HYPERLINK("#gid=${gid('มิติที่ 1')}&range=C3","มิติที่ 1!C3")`);
    expect(values[7][0]).toBe('คำเตือน');
  });

  it('highlights each offending cell by severity and puts the message in its note', () => {
    const l7 = env.spreadsheet.sheet(SHEET.summary).cell('L7');
    expect(l7.background).toBe(MARK_BACKGROUND.error);
    expect(l7.note).toContain(NOTE_TAG);
    expect(l7.note).toContain('23');
    const c3 = env.spreadsheet.sheet('มิติที่ 1').cell('C3');
    expect(c3.background).toBe(MARK_BACKGROUND.warning);
    expect(c3.note).toContain('องค์กรปกครองส่วนท้องถิ่น');
  });

  it('selects a finding\'s cell for the sidebar', () => {
    env.call('selectCell', SHEET.summary, 'L9');
    expect(env.spreadsheet.activeSheetName()).toBe(SHEET.summary);
    expect(env.spreadsheet.activeRange()).toBe('L9');
  });
});

describe('marks over the user\'s own formatting and notes', () => {
  it('keeps the user\'s note and colour, and restores them once the finding is fixed', () => {
    const env = addonWith(seedBook());
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const summaryTab = ss.getSheetByName(SHEET.summary)!;
    summaryTab.getRange('L7').setNote('ตัวเลขจากหน้า ๕').setBackground('#d9ead3');
    summaryTab.getRange('L9').setBackground('#cfe2f3');
    validate(env);
    const marked = env.spreadsheet.sheet(SHEET.summary);
    expect(marked.cell('L7').note.startsWith('ตัวเลขจากหน้า ๕\n\n' + NOTE_TAG)).toBe(true);
    expect(marked.cell('L7').background).toBe(MARK_BACKGROUND.error);

    // The user corrects L7, and recolours L9 (still wrong) while it is marked.
    summaryTab.getRange('L7').setValue(27);
    summaryTab.getRange('L9').setBackground('#ffff00');
    const again = validate(env);
    expect(again.errors).toBe(4);
    expect(marked.cell('L7').note).toBe('ตัวเลขจากหน้า ๕');
    expect(marked.cell('L7').background).toBe('#d9ead3');
    expect(marked.cell('L9').background).toBe(MARK_BACKGROUND.error);

    // L9 fixed too: its colour is the one the user chose last, not Sujarit's and not the first one.
    summaryTab.getRange('L9').setBackground('#ffff00');
    summaryTab.getRange('L9').setValue(17);
    validate(env);
    expect(marked.cell('L9').background).toBe('#ffff00');
    expect(marked.cell('L9').note).toBe('');
  });

  it('a second run with nothing changed leaves every tab as it was', () => {
    const env = addonWith(seedBook());
    validate(env);
    const before = everything(env);
    validate(env);
    expect(everything(env)).toEqual(before);
  });

  it('a clean plan says so plainly, and the marks of earlier findings are cleared', () => {
    const env = addonWith(seedBook());
    validate(env);
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    // Every stated figure corrected to the rows, and measure 1 renamed as the municipality's own.
    const summaryTab = ss.getSheetByName(SHEET.summary)!;
    for (const [cell, value] of [['L4', 4], ['L7', 27], ['L9', 17], ['K19', 46], ['L19', 46]] as const) summaryTab.getRange(cell).setValue(value);
    ss.getSheetByName('มิติที่ 1')!.getRange('C3').setValue('โครงการเผยแพร่ความรู้ด้านกฎหมายแก่บุคลากร ผู้บริหาร และสมาชิกสภาเทศบาลเมืองสะเตงนอก');
    const clean = validate(env);
    expect(clean).toEqual({ errors: 0, warnings: 0, message: 'ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน', findings: [] });
    const tab = env.spreadsheet.sheet(SHEET.findings);
    expect(tab.values('A3:F3')[0][4]).toBe('ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน');
    expect(tab.values('A4:F9').flat().every((v) => v === '')).toBe(true);
    for (const [sheet, cell] of [[SHEET.summary, 'L7'], [SHEET.summary, 'K19'], ['มิติที่ 1', 'C3']]) {
      expect(env.spreadsheet.sheet(sheet).cell(cell).note).toBe('');
      expect(env.spreadsheet.sheet(sheet).cell(cell).background).toBe('#ffffff');
    }
  });

  it('the menu item shows the summary in an alert', () => {
    const env = addonWith(seedBook());
    env.call('menuValidate');
    const alert = env.ui.alerts[env.ui.alerts.length - 1];
    expect(alert.prompt).toContain('พบข้อผิดพลาด 5 รายการ');
    expect(alert.prompt).toContain('สรุป!L7');
  });
});

describe('batching', () => {
  /**
   * n measures spread over the four tabs (the sample's, cycled with numbered names), each tab
   * ending with a copy of its first name and the preface total stated wrong: findings on every
   * tab whatever n, so the comparison is about the number of measures alone.
   */
  function planOf(n: number): Measure[] {
    return ([1, 2, 3, 4] as const).flatMap((dim) => {
      const own = SAMPLE_PLAN.measures.filter((m) => m.dimension === dim);
      const rows = Array.from({ length: n / 4 - 1 }, (_, i): Measure => {
        const base = own[i % own.length];
        const round = Math.floor(i / own.length);
        return { ...base, no: String(i + 1), name: round === 0 ? base.name : `${base.name} (ชุดที่ ${round + 1})` };
      });
      return [...rows, { ...rows[0], no: String(n / 4) }];
    });
  }

  function callsFor(n: number): Record<string, number> {
    const measures = planOf(n);
    expect(measures).toHaveLength(n);
    const env = addonWith(buildBook(SAMPLE_PLAN.settings, measures, { preface: { total: 1 } }));
    env.calls.reset();
    const summary = validate(env);
    expect(new Set(summary.findings.map((f) => f.sheet))).toEqual(new Set([SHEET.summary, 'มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4']));
    return env.calls.byMethod();
  }

  it('makes the same service calls for 20 measures as for 500', () => {
    const few = callsFor(20);
    const many = callsFor(500);
    expect(many).toEqual(few);
    // One batched read per tab; per marked tab one getBackgrounds/getNotes and one setBackgrounds/setNotes.
    expect(few['Range.getFormulas']).toBe(few['Range.getValues']);
    expect(few['Range.getNotes']).toBe(5);
    expect(few['Range.setNotes']).toBe(5);
    expect(few['Range.setValues']).toBe(1);
    // eslint-disable-next-line no-console
    console.log(`service calls per validation, 20 and 500 measures: ${Object.values(few).reduce((a, b) => a + b, 0)} ${JSON.stringify(few)}`);
  });
});
