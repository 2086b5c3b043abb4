import { comparisonKey } from '../thai/text';
import { CONTINUED_KEYS, type ContinuedKey } from './layout';
import { stripTypedNumber } from './text';
import type { IntegrityRow } from './read';

/** A cell of a continued column: its text and how many practice rows it covers. */
export interface SpanCell {
  readonly text: string;
  readonly rowSpan: number;
}

export interface IntegrityPractice {
  /** Number within the area, computed: 1, 2, 3 … */
  readonly no: number;
  readonly text: string;
  /** A number typed at the start of the practice text, Arabic digits (ignored by the documents). */
  readonly typedNo?: string;
  readonly source: IntegrityRow;
  /** Per continued column: the cell that starts on this row, or undefined when the cell above covers it. */
  readonly cells: Readonly<Record<ContinuedKey, SpanCell | undefined>>;
  /** Per continued column: the text that applies to this practice, its own or the merged one above. */
  readonly covered: Readonly<Record<ContinuedKey, string>>;
}

export interface IntegrityArea {
  /** Number in the document, computed: areas are numbered 1…n in the order of their typed ด้านที่. */
  readonly no: number;
  readonly typedNo?: number;
  readonly title: string;
  readonly practices: readonly IntegrityPractice[];
}

export interface IntegrityYear {
  readonly year: number;
  readonly areas: readonly IntegrityArea[];
  readonly practiceCount: number;
  /** Whether any practice of the year has a result: the results report exists only then. */
  readonly hasResults: boolean;
}

/** The fiscal years the tab holds, in order. */
export function integrityYears(rows: readonly IntegrityRow[]): number[] {
  return [...new Set(rows.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort((a, b) => a - b);
}

/** Which area a row belongs to: its typed number, or its title when the number is missing. */
export function areaKey(row: IntegrityRow): string {
  return row.areaNo !== undefined ? `no:${row.areaNo}` : `title:${comparisonKey(stripTypedNumber(row.text.areaTitle).text)}`;
}

/**
 * One fiscal year of the tab as the documents print it: areas in the order of their typed
 * number (rows without one after, in sheet order), practices in sheet order, every number
 * computed so the document always counts 1, 2, 3 … whatever was typed.
 */
export function integrityYear(rows: readonly IntegrityRow[], year: number): IntegrityYear {
  const groups = new Map<string, IntegrityRow[]>();
  for (const row of rows.filter((r) => r.year === year)) {
    const key = areaKey(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const ordered = [...groups.values()].sort((a, b) => (a[0].areaNo ?? Infinity) - (b[0].areaNo ?? Infinity) || a[0].row - b[0].row);
  const areas = ordered.map((areaRows, i): IntegrityArea => {
    const titled = areaRows.find((r) => r.text.areaTitle !== '');
    return {
      no: i + 1,
      typedNo: areaRows[0].areaNo,
      title: titled ? stripTypedNumber(titled.text.areaTitle).text : '',
      practices: practicesOf(areaRows),
    };
  });
  const practices = areas.flatMap((a) => a.practices);
  return {
    year,
    areas,
    practiceCount: practices.length,
    hasResults: practices.some((p) => p.source.text.result !== '' || p.source.text.outcome !== ''),
  };
}

/** A blank continued cell joins the cell above (one merged cell in the document). */
function practicesOf(rows: readonly IntegrityRow[]): IntegrityPractice[] {
  const open: Partial<Record<ContinuedKey, { text: string; rowSpan: number }>> = {};
  return rows.map((row, i) => {
    const cells = {} as Record<ContinuedKey, SpanCell | undefined>;
    const covered = {} as Record<ContinuedKey, string>;
    for (const key of CONTINUED_KEYS) {
      const current = open[key];
      if (row.text[key] === '' && current) {
        current.rowSpan++;
        cells[key] = undefined;
      } else {
        const started = { text: row.text[key], rowSpan: 1 };
        open[key] = started;
        cells[key] = started;
      }
      covered[key] = open[key]!.text;
    }
    const { text, typed } = stripTypedNumber(row.text.practice);
    return { no: i + 1, text, typedNo: typed, source: row, cells, covered };
  });
}
