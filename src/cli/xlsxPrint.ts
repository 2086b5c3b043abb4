import type ExcelJS from 'exceljs';
import { printSetup, type PrintCell } from '../core/workbook/printSetup';
import { columnLetter } from '../core/workbook/a1';

/**
 * The workbook's print setup in the .xlsx (exceljs pageSetup): A4, fit to one page wide, landscape
 * for wide tabs, the title and header rows repeated, rows tall enough for Thai and a print area
 * that ends with the data. Decided by core/workbook/printSetup from what each tab holds.
 */

/** exceljs column widths are in characters; about 7 px each plus padding, as Excel draws them. */
const PX_PER_CHAR = 7;
const A4 = 9; // OOXML paper size code

export function applyPrintSetup(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    const cells: PrintCell[] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value as unknown;
        if (v === null || v === undefined || v === '') return;
        cells.push({ row: r, col: c, kind: typeof v === 'object' && v !== null && 'formula' in v ? 'formula' : 'value' });
      }),
    );
    const widths = Array.from({ length: ws.columnCount }, (_, i) => Math.round((ws.getColumn(i + 1).width ?? 8.43) * PX_PER_CHAR + 5));
    const setup = printSetup(cells, widths);
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: A4,
      orientation: setup.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:${columnLetter(setup.lastCol)}${setup.lastRow}`,
      printTitlesRow: `${setup.titleRows[0]}:${setup.titleRows[1]}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.properties.defaultRowHeight = setup.rowHeightPt;
    // Rows given a height below it (exceljs writes 15 pt for rows it touched) grow to it; taller ones stay.
    ws.eachRow((row) => {
      if (row.height !== undefined && row.height < setup.rowHeightPt) row.height = setup.rowHeightPt;
    });
  });
}
