import { toArabicDigits } from '../thai/digits';
import { cleanText } from '../thai/text';
import { NOISE_LINES, PAGE_NUMBER } from './patterns';

/**
 * The plan's text as lines, whatever it came from (Word, PDF, Google Docs, pasted): HTML
 * fragments and markdown left by converters removed, table cells kept apart, noise dropped.
 */
export interface SourceLine {
  /** 1-based line number in the text as given: what problems cite. */
  readonly no: number;
  /** The line as people read it; table cells joined by tabs. */
  readonly text: string;
  /**
   * Table cells, each as its <p> fragments (a converter's way of keeping a cell's paragraphs):
   * summary tables line their codes up with their counts through them. One cell for a plain line.
   */
  readonly cells: readonly (readonly string[])[];
  /** For recognition: Arabic digits, no leading bullet, no bold markers. */
  readonly key: string;
  /** A line with text (a page number, a running header) was dropped just before this one: the gap is not empty lines. */
  readonly afterNoise?: boolean;
}

const P_FRAGMENT = /<p>([\s\S]*?)<\/p>/g;
const TAG = /<\/?[a-z][^>]*>/gi;
const LEADING_BULLET = /^[-•·]\s+/;

function cellFragments(cell: string): string[] {
  const fragments = [...cell.matchAll(P_FRAGMENT)].map((m) => cleanText(m[1].replace(TAG, ' ')));
  return fragments.length > 0 ? fragments : [cleanText(cell.replace(TAG, ' '))];
}

/** Splits a raw line into cells: tab-separated, or a markdown table row "| a | b |". */
function splitCells(raw: string): string[] {
  const trimmed = raw.trim().replace(LEADING_BULLET, '');
  if (/^\|.*\|$/.test(trimmed)) return trimmed.slice(1, -1).split('|');
  return raw.split('\t');
}

function recognitionKey(text: string): string {
  return toArabicDigits(cleanText(text)).replace(LEADING_BULLET, '');
}

export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const pageBreaks: number[] = [];
  let dropped = false;
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const cells = splitCells(raw.replace(/\*\*/g, '')).map(cellFragments);
    const joined = cells.map((fragments) => fragments.filter((f) => f !== '').join(' '));
    if (joined.every((c) => c === '')) return;
    const lineText = cells.length > 1 ? joined.join('\t') : joined[0];
    const key = recognitionKey(lineText);
    // Tested before the bullet goes: "- 12 -" would otherwise read as a list item "12 -".
    if (PAGE_NUMBER.some((re) => re.test(toArabicDigits(cleanText(lineText))))) {
      pageBreaks.push(out.length);
      dropped = true;
      return;
    }
    if (NOISE_LINES.some((re) => re.test(key))) {
      dropped = true;
      return;
    }
    out.push({ no: i + 1, text: lineText, cells, key, ...(dropped ? { afterNoise: true } : {}) });
    dropped = false;
  });
  const running = runningHeaders(out, pageBreaks);
  if (running.size === 0) return out;
  const kept: SourceLine[] = [];
  dropped = false;
  for (const line of out) {
    if (running.has(line.key)) dropped = true;
    else {
      kept.push(dropped ? { ...line, afterNoise: true } : line);
      dropped = false;
    }
  }
  return kept;
}

/**
 * Running headers and footers of PDF text: the same line next to the page numbers, again and
 * again ("แผนปฏิบัติการป้องกันการทุจริต…" at the top of every page), which would otherwise land in
 * the middle of a measure's field. A line counts when it sits beside at least half the page
 * numbers (and twice at least): a measure's own text does not repeat like that.
 */
function runningHeaders(lines: readonly SourceLine[], pageBreaks: readonly number[]): Set<string> {
  const beside = new Map<string, number>();
  for (const at of pageBreaks) {
    const near = new Set([lines[at - 1]?.key, lines[at]?.key].filter((k): k is string => k !== undefined));
    for (const key of near) beside.set(key, (beside.get(key) ?? 0) + 1);
  }
  return new Set([...beside].filter(([, n]) => n >= 2 && n * 2 >= pageBreaks.length).map(([key]) => key));
}

export function isTableLine(line: SourceLine): boolean {
  return line.cells.length > 1;
}

/** A short quote of a line for messages. */
export function quote(text: string, max = 80): string {
  const t = cleanText(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
