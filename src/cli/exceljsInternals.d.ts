// The few helpers of exceljs's own reader that the values-only reader (xlsxValues.ts) reuses, so
// that dates, number formats and shared formulas come out exactly as exceljs gives them.
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    excelToDate(v: unknown, date1904?: boolean): Date;
    isDateFmt(fmt: string | undefined): boolean;
    xmlDecode(text: string): string;
  };
  export default utils;
}
declare module 'exceljs/lib/utils/shared-formula' {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<number, { f: string } | undefined>;
  export default formats;
}
