import type { DimensionNo } from '../framework/types';
import { bigrams, diceOf } from '../thai/similarity';
import { comparisonKey } from '../thai/text';
import type { PlanTableRow } from './planTable';

/**
 * Table rows paired with detail entries by their names. Plans retype a name between the table
 * and the detail page (quotes, a word dropped, the organisation's name added) and number the two
 * apart, so names are compared by similarity: the closest pairs first, each row and entry used
 * once, never across dimensions when both know theirs.
 */

/** Names at least this similar (Dice over character pairs) are the same measure retyped. */
export const SAME_NAME = 0.7;

export interface EntryName {
  readonly name: string;
  readonly dimension?: DimensionNo;
}

/** A name shorter than this that another contains is too generic to pair on containment alone. */
const MIN_CONTAINED = 12;

/**
 * How alike two names are. One name inside the other (the table leaves out "ของเทศบาล…" or a
 * qualifier) outranks any likeness of the letters: a long shared suffix such as the
 * organisation's name makes different measures look alike.
 */
function similarity(a: string, b: string, dice: number): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_CONTAINED && longer.includes(shorter) ? 1 + dice / 2 : dice;
}

/** For each entry, the row it pairs with (or undefined). */
export function matchRows(entries: readonly EntryName[], rows: readonly PlanTableRow[]): (PlanTableRow | undefined)[] {
  const out: (PlanTableRow | undefined)[] = entries.map(() => undefined);
  if (rows.length === 0) return out;
  const rowKeys = rows.map((r) => comparisonKey(r.name));
  const rowGrams = rowKeys.map((k) => bigrams(k));
  const pairs: { e: number; r: number; score: number }[] = [];
  entries.forEach((entry, e) => {
    const key = comparisonKey(entry.name);
    const grams = bigrams(key);
    rows.forEach((row, r) => {
      if (entry.dimension !== undefined && row.dimension !== undefined && entry.dimension !== row.dimension) return;
      const score = rowKeys[r] === key ? 2 : similarity(key, rowKeys[r], diceOf(grams, rowGrams[r]));
      if (score >= SAME_NAME) pairs.push({ e, r, score });
    });
  });
  // Closest first; equal scores in document order (the table and the details list measures in the same order).
  const apart = (p: { e: number; r: number }) => Math.abs(p.e / entries.length - p.r / rows.length);
  pairs.sort((a, b) => b.score - a.score || apart(a) - apart(b));
  const usedRows = new Set<number>();
  for (const { e, r } of pairs) {
    if (out[e] !== undefined || usedRows.has(r)) continue;
    out[e] = rows[r];
    usedRows.add(r);
  }
  return out;
}
