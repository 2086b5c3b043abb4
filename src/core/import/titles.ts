import { FRAMEWORKS, findByTitle, findPlace, getDimension, type Place } from '../framework/framework';
import type { DimensionNo, Framework } from '../framework/types';
import { diceOf, bigrams } from '../thai/similarity';
import { comparisonKey } from '../thai/text';

/**
 * Comparing the titles a document prints with the catalogues'. Plans retype the titles
 * ("การเปิดเผยข้อมูลและพัฒนา…" for "การเปิดเผยข้อมูลการบริหารและพัฒนา…"), cut them at a page
 * end, or OCR them with slips, so equality is too strict: the Dice coefficient over character
 * pairs of the comparison keys tolerates that and still tells different titles apart.
 */
export function titleSimilarity(a: string, b: string): number {
  return diceOf(keyBigrams(a), keyBigrams(b));
}

// Catalogue titles are compared again and again: their pairs are kept.
const BIGRAMS = new Map<string, Map<string, number>>();

function keyBigrams(title: string): Map<string, number> {
  let grams = BIGRAMS.get(title);
  if (!grams) {
    grams = bigrams(comparisonKey(title));
    if (BIGRAMS.size < 5000) BIGRAMS.set(title, grams);
  }
  return grams;
}

/** A title this similar to a catalogue's names the same node. */
export const SAME_TITLE = 0.6;
/** A heading inside a measure's text must look at least this much like a catalogue title. */
export const HEADING_LIKE = 0.45;

export interface TitleMatch {
  readonly place: Place;
  readonly code: string;
  readonly score: number;
}

function placeCode(place: Place): string {
  return (place.item ?? place.sub).code;
}

function placeTitle(place: Place): string {
  return (place.item ?? place.sub).title;
}

/** How well a title fits the node a code names in a framework (0 when the code is not there). */
export function codeTitleScore(framework: Framework, code: string, title: string): number {
  const place = findPlace(framework, code);
  return place ? titleSimilarity(title, placeTitle(place)) : 0;
}

export function dimensionTitleScore(framework: Framework, no: DimensionNo, title: string): number {
  return titleSimilarity(title, getDimension(framework, no).title);
}

/**
 * The catalogue node whose title fits best, optionally within one dimension. A title that
 * contains or is contained in a catalogue title (findByTitle: cut at a page end) counts as
 * a match however short the shared part's pairs are.
 */
export function bestTitleMatch(framework: Framework, title: string, dimension?: DimensionNo): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  const contained = findByTitle(framework, title);
  if (contained && (dimension === undefined || contained.dimension.no === dimension)) {
    best = { place: contained, code: placeCode(contained), score: Math.max(SAME_TITLE, titleSimilarity(title, placeTitle(contained))) };
  }
  for (const dim of framework.dimensions) {
    if (dimension !== undefined && dim.no !== dimension) continue;
    for (const sub of dim.subs) {
      const nodes: Place[] = [{ dimension: dim, sub }, ...sub.items.map((item) => ({ dimension: dim, sub, item }))];
      for (const place of nodes) {
        const score = titleSimilarity(title, placeTitle(place));
        if (!best || score > best.score) best = { place, code: placeCode(place), score };
      }
    }
  }
  return best;
}

/** How much a heading's title looks like any catalogue's title for its code or anywhere. */
export function headingLikeness(code: string, title: string): number {
  let score = 0;
  for (const fw of FRAMEWORKS) {
    score = Math.max(score, codeTitleScore(fw, code, title), bestTitleMatch(fw, title)?.score ?? 0);
  }
  return score;
}
