import type { BarChart } from '../doc/tree';
import { toArabicDigits } from '../thai/digits';
import { GLYPH_HEIGHT, drawText, textWidth } from './bitmapFont';
import { encodePng } from './png';

/**
 * Draws a tree's bar chart as a PNG: vertical bars with their values on top, gridlines every
 * fifth of the scale, and under each bar the number in its label ("มิติที่ ๒" → 2). Thai labels
 * cannot be drawn without a font, so documents print them as a legend under the image.
 */

export const CHART_SIZE = { width: 1200, height: 640 } as const;

// Palette: 0 background, 1 axis, 2 grid, 3 text, 4 bars. Black text and one dark grey for the
// bars: the chart prints legibly in black and white (colours turned into near-identical greys).
const PALETTE = ['#ffffff', '#000000', '#c8c8c8', '#000000', '#404040'];
const BAR_COLOURS = PALETTE.length - 4;
const MARGIN = { left: 150, right: 40, top: 70, bottom: 100 };

export function barChartPng(chart: BarChart): Uint8Array {
  const { width, height } = CHART_SIZE;
  const pixels = new Uint8Array(width * height);
  const fill = (x: number, y: number, w: number, h: number, colour: number) => {
    for (let yy = Math.max(0, Math.round(y)); yy < Math.min(height, Math.round(y + h)); yy++) {
      pixels.fill(colour, yy * width + Math.max(0, Math.round(x)), yy * width + Math.min(width, Math.round(x + w)));
    }
  };
  const write = (text: string, x: number, y: number, scale: number) => drawText(text, x, y, scale, (dx, dy, s) => fill(dx, dy, s, s, 3));
  const plot = { left: MARGIN.left, top: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const max = chart.max > 0 ? chart.max : Math.max(1, ...chart.bars.map((b) => b.value));
  const yOf = (value: number) => plot.top + plot.height * (1 - Math.min(Math.max(value, 0), max) / max);

  for (let step = 0; step <= 5; step++) {
    const value = (max * step) / 5;
    const y = yOf(value);
    fill(plot.left, y - 1, plot.width, 2, step === 0 ? 1 : 2);
    const label = formatValue(value) + chart.unit;
    write(label, plot.left - 20 - textWidth(label, 4), y - (GLYPH_HEIGHT * 4) / 2, 4);
  }
  fill(plot.left - 2, plot.top, 3, plot.height, 1);

  const slot = plot.width / Math.max(1, chart.bars.length);
  const barWidth = Math.min(slot * 0.55, 180);
  chart.bars.forEach((bar, i) => {
    const x = plot.left + slot * i + (slot - barWidth) / 2;
    const top = yOf(bar.value);
    fill(x, top, barWidth, plot.top + plot.height - top, 4 + (i % BAR_COLOURS));
    const value = formatValue(bar.value) + chart.unit;
    write(value, x + (barWidth - textWidth(value, 4)) / 2, Math.max(4, top - 12 - GLYPH_HEIGHT * 4), 4);
    const mark = axisMark(bar.label, i);
    write(mark, x + (barWidth - textWidth(mark, 6)) / 2, plot.top + plot.height + 24, 6);
  });
  return encodePng({ width, height, palette: PALETTE, pixels });
}

/** The number a label names ("มิติที่ ๒" → "2"), else the bar's position. */
export function axisMark(label: string, index: number): string {
  return /\d+/.exec(toArabicDigits(label))?.[0] ?? String(index + 1);
}

/** 66.666 → "66.67", 50 → "50". */
function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}
