import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_WORKBOOK } from '../../src/cli/commands/demo';
import { runDemoQuietly } from '../fixtures/demoRun';
import { LAST_DATA_ROW, SHEET } from '../../src/core/workbook/layout';
import { THAI_ROW_HEIGHT_PT, printSetup } from '../../src/core/workbook/printSetup';

describe('printSetup (core)', () => {
  it('ends the print area at the last typed row: formulas filled down for future rows print nothing', () => {
    const cells = [
      { row: 1, col: 1, kind: 'value' as const },
      { row: 2, col: 1, kind: 'value' as const },
      { row: 40, col: 3, kind: 'value' as const },
      ...Array.from({ length: LAST_DATA_ROW - 2 }, (_, i) => ({ row: i + 3, col: 1, kind: 'formula' as const })),
    ];
    expect(printSetup(cells, [60, 100, 100])).toMatchObject({ lastRow: 40, lastCol: 3, orientation: 'portrait', rowHeightPt: THAI_ROW_HEIGHT_PT });
  });

  it('keeps formulas that are not filled down (a summary tab) and turns wide tabs to landscape', () => {
    const cells = [
      { row: 1, col: 1, kind: 'value' as const },
      { row: 12, col: 9, kind: 'formula' as const },
    ];
    expect(printSetup(cells, Array(9).fill(120))).toMatchObject({ lastRow: 12, lastCol: 9, orientation: 'landscape' });
  });
});

describe('the demo workbook prints on A4', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = await runDemoQuietly('sujarit-print-xlsx-');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, DEMO_WORKBOOK));
  }, 60000);

  it('sets A4, one page wide, the title and header rows repeated and rows tall enough for Thai on every tab', () => {
    wb.eachSheet((ws) => {
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight, ws.pageSetup.printTitlesRow]).toEqual([ws.name, 9, 1, 0, '1:2']);
      expect([ws.name, ws.properties.defaultRowHeight]).toEqual([ws.name, THAI_ROW_HEIGHT_PT]);
    });
  });

  it('prints the measures tabs landscape, and no tab down to the formulas\' last row', () => {
    const sheets: ExcelJS.Worksheet[] = [];
    wb.eachSheet((ws) => sheets.push(ws));
    const wide = sheets.filter((ws) => ws.name.startsWith('มิติ'));
    expect(wide.length).toBeGreaterThan(0);
    for (const ws of wide) expect([ws.name, ws.pageSetup.orientation]).toEqual([ws.name, 'landscape']);
    for (const ws of sheets) {
      const last = Number(/(\d+)$/.exec(String(ws.pageSetup.printArea))?.[1]);
      expect([ws.name, last < LAST_DATA_ROW]).toEqual([ws.name, true]);
    }
    const integrity = wb.getWorksheet(SHEET.integrity);
    if (integrity) expect(String(integrity.pageSetup.printArea)).not.toMatch(/2000$/);
  });
});
