import { diceReaches } from './similarity';

/**
 * Finds, among many texts, the earlier ones whose bigram Dice with a given text reaches a
 * threshold, without comparing every pair: prefix filtering over shingles (Chaudhuri, Ganti and
 * Kaushik 2006; Xiao et al., "PPJoin", 2008).
 *
 * A text's bigram multiset is taken as a set of tokens (the k-th copy of a bigram is a token of
 * its own, so set overlap equals multiset overlap, and Dice stays the measure the rules use).
 * All tokens are ordered rarest first across the texts (ties by bigram, then a bigram's later
 * copies first, as they are never commoner). A text of n tokens that reaches Dice ≥ t with
 * another shares at least α = ⌈t·n / (2 − t)⌉ tokens with it, so the first n − α + 1 tokens of
 * each (their prefixes) share at least one token: only prefixes are indexed and probed.
 *
 * Tokens are never made one by one: a text's copies of a bigram that are equally common form a
 * run, the copies of a bigram in a prefix are a range (its last ones), and the index keeps one
 * list per bigram with each text's range. A long cell repeating a phrase costs its distinct
 * bigrams (a few thousand at most in Thai), not a token per letter.
 *
 * This is the stop list by document frequency, made safe: the common bigrams ("โครงการ",
 * "การ", "ของ") sort last and so fall outside nearly every prefix and are never indexed, yet no
 * pair is lost, because the prefix bound holds whatever the order. A text made only of common
 * bigrams keeps some of them in its prefix and is still found.
 *
 * Texts with the same key (the same words pasted into many rows) are indexed and compared once,
 * as a group: a plan with thousands of copied rows costs what its distinct texts cost. The
 * groups a group's text reaches are found by one walk over its prefix lists, kept while members
 * of the group remain to probe: each member picks the walk up where the last one left it.
 */

export type Bigrams = ReadonlyMap<string, number>;

/** A text to index: its bigrams, and a key equal for texts with equal bigrams (the text itself). */
export interface IndexedText {
  readonly key: string;
  readonly grams: Bigrams;
}

export interface ShingleIndex {
  /** What text `id` meets in the index (the texts added so far): probe before adding it. */
  probe(id: number): Probe;
  /** Indexes text `id` so that later texts find it. Ids must be added in ascending order. */
  add(id: number): void;
  /** How many distinct indexed texts hold this bigram (first copy) in their prefix: 0 for a stop-listed one. */
  postingCount(gram: string): number;
}

/**
 * One index's view of a probing text, combined by `firstCandidate`: the groups that may reach
 * the threshold with it, in ascending order of their first text (their head), each measured only
 * when it is taken.
 */
export interface Probe {
  /** The head of the next group that may reach, or Infinity when there is none left. */
  peek(): number;
  /** Whether the group `peek` gave reaches the threshold; moves past it. */
  take(): boolean;
  /** The ids (ascending, all added so far) of the texts in the group whose first text is `head`. */
  members(head: number): readonly number[];
}

/** A bigram in a text's prefix, with the copies of it (from–to, counted from 1) the prefix holds. */
interface PrefixGram {
  /** The bigram's number in the vocabulary. */
  readonly gram: number;
  readonly from: number;
  readonly to: number;
}

/** Texts (their group heads, ascending) holding a bigram in their prefix, and which of its copies each. */
interface Postings {
  readonly heads: number[];
  readonly from: number[];
  readonly to: number[];
}

/** How many texts hold at least `count` copies of a bigram, for each count some text holds, most first. */
type Levels = { readonly count: number; readonly texts: number }[];

/**
 * Prefix tokens two texts at the threshold share at least. The first k common tokens (in the
 * global order) of a pair with α common tokens lie within each text's first n − α + k tokens, so
 * prefixes k − 1 tokens longer than the minimum share k tokens. Asking for a few rather than one
 * spares comparing texts that happen to share one rare shingle (a number, a place) and no more.
 */
const SHARED = 3;

/**
 * An index over `texts` (undefined: a text never compared) for Dice ≥ `threshold` (0 < t ≤ 1).
 * Ids are positions in `texts`. Building it is linear in the texts' total size (plus a sort of
 * each distinct text's own bigrams).
 */
export function shingleIndex(texts: readonly (IndexedText | undefined)[], threshold: number): ShingleIndex {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold ${threshold} not in (0, 1]`);
  // Groups of equal texts, by the id of their first text (their head).
  const headOf = new Map<string, number>();
  const heads: (number | undefined)[] = texts.map((text, id) => {
    if (!text) return undefined;
    const head = headOf.get(text.key);
    if (head !== undefined) return head;
    headOf.set(text.key, id);
    return id;
  });
  const vocabulary = vocabularyOf(texts, heads);
  const { levels } = vocabulary;
  const sizes = texts.map((text) => (text ? sum(text.grams.values()) : 0));
  const needs = sizes.map((size) => needOf(size, threshold));
  const lastMember = new Map<number, number>();
  heads.forEach((head, id) => head !== undefined && lastMember.set(head, id));
  const prefixes = new Map<number, PrefixGram[]>();
  // Per rarity, a prefix's tokens while it is made (zeroed after).
  const tokensAt = new Float64Array(texts.length + 1);
  const members = new Map<number, number[]>();
  const postings: (Postings | undefined)[] = [];
  // Walks of groups with members still to probe.
  const walks = new Map<number, Walk>();
  const none: Probe = { peek: () => Infinity, take: () => false, members: () => [] };

  return {
    probe(id) {
      const head = heads[id];
      if (head === undefined) return none;
      const walk = walks.get(head) ?? walkOf(head);
      if (id === lastMember.get(head)) walks.delete(head);
      else walks.set(head, walk);
      walk.resume();
      let at = 0;
      return {
        peek: () => walk.head(at),
        take: () => {
          if (!walk.take(at)) return false;
          at++;
          return true;
        },
        members: (other) => members.get(other) ?? [],
      };
    },
    add(id) {
      const head = heads[id];
      if (head === undefined) return;
      const group = members.get(head);
      if (group) {
        group.push(id);
        return;
      }
      members.set(head, [id]);
      for (const { gram, from, to } of prefixOf(head)) {
        const list = postingsOf(gram);
        list.heads.push(head);
        list.from.push(from);
        list.to.push(to);
      }
    },
    postingCount: (gram) => postings[vocabulary.ids.get(gram) ?? -1]?.heads.length ?? 0,
  };

  function postingsOf(gram: number): Postings {
    return (postings[gram] ??= { heads: [], from: [], to: [] });
  }

  /** The walk over a group's prefix lists; lists not yet made are made, empty, as later texts may fill them. */
  function walkOf(head: number): Walk {
    const size = sizes[head];
    // Length filter: Dice ≥ t needs t·n/(2−t) ≤ m ≤ n·(2−t)/t.
    const min = (threshold * size) / (2 - threshold) - 1e-9;
    const max = (size * (2 - threshold)) / threshold + 1e-9;
    const reaches = (other: number, shared: number) =>
      other === head ||
      (shared >= Math.min(needs[head], needs[other]) && sizes[other] >= min && sizes[other] <= max && diceReaches(texts[other]!.grams, texts[head]!.grams, sizes[other], sizes[head], threshold));
    // A group that can reach shares at least `least` prefix tokens, so it is in some list besides
    // the longest ones holding fewer than `least` of this text's tokens: those are only looked up
    // (MergeSkip, Li, Lu and Lu 2008). Common shingles then cost a lookup per candidate, not a
    // step per text holding them.
    const least = Math.min(needs[head], needOf(Math.ceil(min), threshold));
    const lists = prefixOf(head)
      .map(({ gram, from, to }): GramCursor => {
        const { heads, from: theirFrom, to: theirTo } = postingsOf(gram);
        return { heads, from: theirFrom, to: theirTo, list: heads, at: 0, mine: { from, to } };
      })
      .sort((a, b) => b.list.length - a.list.length);
    let skipped = 0;
    let tokens = 0;
    const held = (c: GramCursor) => c.mine.to - c.mine.from + 1;
    while (skipped < lists.length && tokens + held(lists[skipped]) < least) tokens += held(lists[skipped++]);
    return new Walk(lists.slice(skipped), lists.slice(0, skipped), reaches);
  }

  /**
   * The tokens of a group's text, rarest first, cut to its prefix: per bigram, the range of its
   * copies there. Runs are not sorted: every run rarer than the rarest left out is taken whole,
   * so only the runs as common as the cut (held by `cut` texts) are ordered, by bigram.
   */
  function prefixOf(head: number): PrefixGram[] {
    let prefix = prefixes.get(head);
    if (prefix) return prefix;
    const { grams, counts } = vocabulary.texts[head]!;
    const size = sizes[head];
    const wanted = size - overlapOf(size, threshold) + needOf(size, threshold);
    // Tokens per rarity (texts holding them), to find the cut: the rarity at which the prefix ends.
    const rarities: number[] = [];
    for (let k = 0; k < grams.length; k++) {
      const held = levels[grams[k]];
      const n = counts[k];
      for (let i = held.length - 1; i >= 0 && held[i].count <= n; i--) {
        const f = held[i].texts;
        if (tokensAt[f] === 0) rarities.push(f);
        tokensAt[f] += held[i].count - (held[i + 1]?.count ?? 0);
      }
    }
    let cut = 0;
    let left = wanted;
    for (const f of Int32Array.from(rarities).sort()) {
      if (cut === 0 && tokensAt[f] >= left) cut = f;
      else if (cut === 0) left -= tokensAt[f];
      tokensAt[f] = 0;
    }
    prefix = [];
    const atCut: { gram: number; top: number; below: number; range: { from: number } | undefined }[] = [];
    for (let k = 0; k < grams.length; k++) {
      const gram = grams[k];
      const n = counts[k];
      const held = levels[gram];
      // The first run not taken whole. Later copies are held by fewer texts: a bigram's runs come
      // rarest first, and only the text's own (levels of n copies or fewer, the last ones) are walked.
      let i = held.length;
      while (i > 0 && held[i - 1].count <= n && held[i - 1].texts >= cut) i--;
      // Copies above `rest` are in runs taken whole.
      const rest = held[i]?.count ?? 0;
      const range = rest < n ? { gram, from: rest + 1, to: n } : undefined;
      if (range) prefix.push(range);
      if (held[i]?.texts === cut) atCut.push({ gram, top: rest, below: held[i + 1]?.count ?? 0, range });
    }
    const { bigrams } = vocabulary;
    atCut.sort((a, b) => (bigrams[a.gram] < bigrams[b.gram] ? -1 : bigrams[a.gram] > bigrams[b.gram] ? 1 : 0));
    for (const { gram, top, below, range } of atCut) {
      if (left <= 0) break;
      const taken = Math.min(top - below, left);
      left -= taken;
      if (range) range.from = top - taken + 1;
      else prefix.push({ gram, from: top - taken + 1, to: top });
    }
    prefixes.set(head, prefix);
    return prefix;
  }
}

/**
 * The group heads' bigrams, numbered: per number its text and levels, per head its bigrams' numbers
 * and counts. The prefixes and postings are made from these arrays, with no lookup by text.
 */
interface Vocabulary {
  readonly ids: ReadonlyMap<string, number>;
  readonly bigrams: readonly string[];
  readonly levels: readonly Levels[];
  readonly texts: readonly ({ readonly grams: Int32Array; readonly counts: Int32Array } | undefined)[];
}

function vocabularyOf(texts: readonly (IndexedText | undefined)[], heads: readonly (number | undefined)[]): Vocabulary {
  const ids = new Map<string, number>();
  const bigrams: string[] = [];
  const lists: number[][] = [];
  const numbered = texts.map((text, id) => {
    if (!text || heads[id] !== id) return undefined;
    const grams = new Int32Array(text.grams.size);
    const counts = new Int32Array(text.grams.size);
    let k = 0;
    for (const [gram, n] of text.grams) {
      let g = ids.get(gram);
      if (g === undefined) {
        ids.set(gram, (g = bigrams.length));
        bigrams.push(gram);
        lists.push([]);
      }
      lists[g].push(n);
      grams[k] = g;
      counts[k++] = n;
    }
    return { grams, counts };
  });
  const levels = lists.map((list) => {
    // Ascending by the typed array's own sort (no comparator), read from the end: most first.
    const sorted = list.length > 1 ? Int32Array.from(list).sort() : list;
    const out: { count: number; texts: number }[] = [];
    for (let i = sorted.length - 1, texts = 1; i >= 0; i--, texts++) {
      if (out.length && out[out.length - 1].count === sorted[i]) out[out.length - 1].texts = texts;
      else out.push({ count: sorted[i], texts });
    }
    return out;
  });
  return { ids, bigrams, levels, texts: numbered };
}

/** Prefix tokens a text of `size` tokens shares with any it reaches (fewer when it is too short for SHARED). */
function needOf(size: number, threshold: number): number {
  return Math.min(SHARED, overlapOf(size, threshold));
}

/** The fewest tokens a text of `size` tokens shares with any text it reaches Dice ≥ t with: ⌈t·n/(2−t)⌉. */
function overlapOf(size: number, threshold: number): number {
  // Rounded down a hair so that floating point can only lengthen the prefix (safe), never shorten it.
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

interface Cursor {
  readonly list: readonly number[];
  at: number;
}

/** A cursor over a bigram's postings, with the copies of the bigram the walking text's prefix holds. */
interface GramCursor extends Cursor, Postings {
  readonly mine: { readonly from: number; readonly to: number };
}

/** Prefix tokens two prefixes share at a bigram: the copies in both ranges. */
const sharedAt = (c: GramCursor, at: number) => Math.max(0, Math.min(c.mine.to, c.to[at]) - Math.max(c.mine.from, c.from[at]) + 1);

/**
 * A min-heap of cursors over ascending id lists that may grow at their end (an index's lists
 * while texts are added): a cursor that ran out is set aside, and `resume` takes it up again
 * once its list is longer.
 */
class Cursors<C extends Cursor = Cursor> {
  private readonly heap: C[] = [];
  private readonly spent: C[] = [];
  /** The smallest current id, or Infinity when empty. */
  peek(): number {
    return this.heap.length ? this.heap[0].list[this.heap[0].at] : Infinity;
  }
  /** The cursor at the smallest current id (the heap is not empty). */
  top(): C {
    return this.heap[0];
  }
  push(cursor: C): void {
    if (cursor.at >= cursor.list.length) {
      this.spent.push(cursor);
      return;
    }
    this.heap.push(cursor);
    for (let i = this.heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  /** Takes up again the cursors whose lists grew since they ran out. */
  resume(): void {
    for (const cursor of this.spent.splice(0)) this.push(cursor);
  }
  /** Moves the smallest cursor on. */
  next(): void {
    const top = this.heap[0];
    if (++top.at >= top.list.length) {
      this.spent.push(top);
      const end = this.heap.pop()!;
      if (this.heap.length === 0) return;
      this.heap[0] = end;
    }
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.heap.length && this.less(l, m)) m = l;
      if (r < this.heap.length && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private less(a: number, b: number): boolean {
    return this.heap[a].list[this.heap[a].at] < this.heap[b].list[this.heap[b].at];
  }
  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b], this.heap[a]];
  }
}

/**
 * The groups one group's text reaches, found by merging its prefix lists in ascending order of
 * head, a group at a time and no further than asked. Heads are added in ascending order, so
 * what the lists gained since the walk stopped lies beyond every head it passed.
 */
class Walk {
  private readonly cursors = new Cursors<GramCursor>();
  private readonly reached: number[] = [];

  constructor(
    merged: readonly GramCursor[],
    private readonly lookedUp: readonly GramCursor[],
    private readonly reaches: (head: number, shared: number) => boolean,
  ) {
    for (const cursor of merged) this.cursors.push(cursor);
  }

  /** Before probing again: takes in the groups added since. */
  resume(): void {
    this.cursors.resume();
  }

  /** The i-th reaching group's head if found already, else the next group's that may reach; Infinity past the last. */
  head(i: number): number {
    return i < this.reached.length ? this.reached[i] : this.cursors.peek();
  }

  /** Whether the group `head(i)` gave reaches the text; past the groups found already, measures it and walks on. */
  take(i: number): boolean {
    if (i < this.reached.length) return true;
    const head = this.cursors.peek();
    let shared = 0;
    while (this.cursors.peek() === head) {
      const cursor = this.cursors.top();
      shared += sharedAt(cursor, cursor.at);
      this.cursors.next();
    }
    for (const cursor of this.lookedUp) {
      const at = indexOf(cursor.list, head);
      if (at >= 0) shared += sharedAt(cursor, at);
    }
    if (!this.reaches(head, shared)) return false;
    this.reached.push(head);
    return true;
  }
}

/** Where an ascending list holds `id` (binary search), or −1. */
function indexOf(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === id ? lo : -1;
}

/**
 * The first text, in ascending id order, that reaches its probe's threshold with the probing text
 * in at least one of the probes and that `accept` takes; undefined when none does. `accept` is
 * called at most once per id, in ascending order, so the caller's first match is the one a scan
 * of every earlier text would find. Groups are walked lazily: an early match costs little however
 * many texts the index holds.
 */
export function firstCandidate(probes: readonly Probe[], accept: (id: number) => boolean): number | undefined {
  // Groups come out in ascending order of their first text; their other texts are all later, so
  // every text below the next group's head can be tried before that group is looked at.
  const texts = new Cursors();
  let tried = -1;
  for (;;) {
    let nextHead = Infinity;
    for (const probe of probes) nextHead = Math.min(nextHead, probe.peek());
    while (texts.peek() < nextHead) {
      const id = texts.peek();
      texts.next();
      if (id === tried) continue;
      tried = id;
      if (accept(id)) return id;
    }
    if (nextHead === Infinity) return undefined;
    for (const probe of probes) if (probe.peek() === nextHead && probe.take()) texts.push({ list: probe.members(nextHead), at: 0 });
  }
}
