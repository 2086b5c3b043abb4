import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { BarChart } from '../../core/doc/tree';
import { DOC_FONT } from '../../core/doc/tree';
import type { DigitStyle } from '../../core/thai/digits';

/** Pixels at Word's 96 dpi. */
const PX_PER_CM = 96 / 2.54;

/**
 * Excel number formats: "[$-D000000]" writes the digits in Thai (the numeral-system prefix Word,
 * Excel and LibreOffice read), so the chart follows ข้อมูลหน่วยงาน → ตัวเลขในเอกสาร like the tables beside it.
 */
const NUMBER_FORMAT: Readonly<Record<DigitStyle, { readonly axis: string; readonly value: string }>> = {
  thai: { axis: '[$-D00041E]0', value: '[$-D00041E]0.00' },
  arabic: { axis: '0', value: '0.00' },
};

/** Black text at body-like sizes and a dark bar: legible when printed in black and white. */
const INK = '000000';
const BAR = '404040';

/**
 * A bar chart as a native Word chart (horizontal bars, values on the bars): Word and LibreOffice
 * draw it, and its data stays editable in Word. The bars keep the tree's order top to bottom.
 */
export function barChartParagraph(chart: BarChart, widthCm: number, digits: DigitStyle = 'thai'): Paragraph {
  const format = NUMBER_FORMAT[digits];
  const font = (size: number, bold = false) => ({ name: DOC_FONT.docx, size, bold, color: INK });
  const width = Math.round(widthCm * PX_PER_CM);
  const height = 110 + 52 * Math.max(1, chart.bars.length);
  return new Paragraph({
    alignment: 'center',
    children: [
      new ChartRun({
        type: 'bar',
        title: { text: chart.title, font: font(16, true) },
        legend: false,
        font: { name: DOC_FONT.docx, color: INK },
        categories: chart.bars.map((b) => b.label),
        series: [{ name: chart.unit || chart.title, values: chart.bars.map((b) => b.value), color: BAR }],
        categoryAxis: { reverseOrder: true, font: font(12) },
        valueAxis: { minimum: 0, ...(chart.max > 0 ? { maximum: chart.max } : {}), numberFormat: format.axis, font: font(12) },
        dataLabels: { value: true, numberFormat: format.value, font: font(14, true) },
        transformation: { width, height },
      }),
    ],
  });
}
