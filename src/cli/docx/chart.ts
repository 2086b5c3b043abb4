import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { BarChart } from '../../core/doc/tree';
import { DOC_FONT } from '../../core/doc/tree';

/** Pixels at Word's 96 dpi. */
const PX_PER_CM = 96 / 2.54;

/**
 * A bar chart as a native Word chart (horizontal bars, values on the bars): Word and LibreOffice
 * draw it, and its data stays editable in Word. The bars keep the tree's order top to bottom.
 */
export function barChartParagraph(chart: BarChart, widthCm: number): Paragraph {
  const width = Math.round(widthCm * PX_PER_CM);
  const height = 90 + 36 * Math.max(1, chart.bars.length);
  return new Paragraph({
    alignment: 'center',
    children: [
      new ChartRun({
        type: 'bar',
        title: chart.title,
        legend: false,
        font: { name: DOC_FONT.docx },
        categories: chart.bars.map((b) => b.label),
        series: [{ name: chart.unit || chart.title, values: chart.bars.map((b) => b.value), color: '1F4E79' }],
        categoryAxis: { reverseOrder: true },
        valueAxis: { minimum: 0, ...(chart.max > 0 ? { maximum: chart.max } : {}) },
        dataLabels: { value: true },
        transformation: { width, height },
      }),
    ],
  });
}
