import { CHART_SIZE, barChartPng } from '../../core/chart/barChartPng';
import type { BarChart, PageSetup } from '../../core/doc/tree';
import { SPACING, alignment, fontAttributes, textWidth } from './styles';

type Body = GoogleAppsScript.Document.Body;

/** Share of the text width the picture takes: readable, and leaves room for the legend on the page. */
const WIDTH_SHARE = 0.7;

/**
 * A bar chart in Google Docs: its title, then the picture core/chart draws (DocumentApp cannot
 * make charts, and the Charts service would need another scope), centred and scaled to the page.
 */
export function appendBarChart(body: Body, chart: BarChart, page: PageSetup): void {
  body.appendParagraph(chart.title).setAttributes({ ...fontAttributes(), ...SPACING, BOLD: true, HORIZONTAL_ALIGNMENT: alignment('center') });
  // Blob bytes are Java bytes (−128…127).
  const bytes = Array.from(barChartPng(chart), (b) => (b > 127 ? b - 256 : b));
  const image = body.appendImage(Utilities.newBlob(bytes, 'image/png', 'chart.png'));
  const width = Math.round(textWidth(page) * WIDTH_SHARE);
  image.setWidth(width).setHeight(Math.round((width * CHART_SIZE.height) / CHART_SIZE.width));
  image.getParent().setAttributes({ HORIZONTAL_ALIGNMENT: alignment('center') });
}
