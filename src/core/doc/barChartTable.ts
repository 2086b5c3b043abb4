import { cell, para, text, type BarChart, type Table } from './tree';

/** Longest bar, in block characters; the cell is sized for it. */
const FULL_BAR = 20;

/**
 * A bar chart as a table (label | bar of block characters | value): what renderers without
 * drawing (Google Docs through DocumentApp) print. Values arrive with the digits already final
 * in `label`; the value column uses the chart's own number as given.
 */
export function barChartTable(chart: BarChart, formatValue: (value: number) => string = (v) => String(v)): Table {
  const scale = chart.max > 0 ? FULL_BAR / chart.max : 0;
  return {
    kind: 'table',
    widths: [5, 8, 2.5],
    headerRows: 1,
    rows: [
      { cells: [cell([para([text(chart.title, { bold: true })], { align: 'center' })], { colSpan: 3, shade: '#dbe7f3' })] },
      ...chart.bars.map((bar) => ({
        cells: [
          cell(bar.label),
          cell('█'.repeat(Math.max(0, Math.min(FULL_BAR, Math.round(bar.value * scale))))),
          cell([para(`${formatValue(bar.value)}${chart.unit}`, { align: 'right' })]),
        ],
      })),
    ],
  };
}
