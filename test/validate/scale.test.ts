/**
 * Issue 13 at scale: what the checks find does not change with the plan's size or a cell's
 * length, and they finish. No timing is asserted (`npm run bench` prints the figures); a
 * quadratic step would show here as a test that does not finish in jest's time limit.
 */
import { safeFileName } from '../../src/cli/fileName';
import type { Measure } from '../../src/core/plan/model';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { firstCandidate, shingleIndex } from '../../src/core/thai/shingleIndex';
import { bigrams, diceOf, editDistance } from '../../src/core/thai/similarity';
import type { Finding } from '../../src/core/validate/finding';
import { candidatesOf, duplicateRules, nearCopies as nearCopiesOf } from '../../src/core/validate/rules/duplicates';
import { misspeltOrg } from '../../src/core/validate/rules/text';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { madeUpNames, longCells, numbered } from '../fixtures/largePlans';
import { buildBook, sourceOf } from '../fixtures/workbook';
import { manyMeasures } from '../gas/harness';

const { settings } = SAMPLE_PLAN;
const label = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/**
 * Near-copy findings of a plan of `names.length` measures named as given (numbered per tab), as
 * "this row's name cell → the earlier row's". The details are the sample's, or none: then the
 * names alone decide.
 */
function nearCopies(names: readonly string[], details: 'sample' | 'none' = 'sample'): string[] {
  const measures = manyMeasures(names.length).map((m, i) => ({ ...m, name: names[i], ...(details === 'none' && { details: {} as Measure['details'] }) }));
  const book = buildBook(settings, numbered(measures));
  return validateWorkbook(sourceOf(book), [duplicateRules]).map((f) => `${label(f)} → ${/คล้ายกับ (\S+ \S+)/.exec(f.message)?.[1]}`);
}

// Seed 000's measure, and the near-copy the rules test plants (one word doubled).
const NAME = 'มาตรการมอบอำนาจและกระจายอำนาจการตัดสินใจของนายกเทศมนตรี';
const NEAR_COPY = NAME.replace('มาตรการมอบอำนาจ', 'มาตรการการมอบอำนาจ');

describe('near-copies among 5,000 measures', () => {
  it('a pair at the first and last rows is found, and nothing else', () => {
    const names = madeUpNames(5000);
    names[0] = NAME;
    names[names.length - 1] = NEAR_COPY;
    const found = nearCopies(names);
    expect(found).toHaveLength(1);
    // The first measure is on มิติที่ 1; the last, by manyMeasures' cycle, on the tab of the sample's last measure.
    expect(found[0]).toMatch(/^MEASURE_SIMILAR มิติที่ \d!C\d+ → มิติที่ 1!C3$/);
  });

  it('a phrase in every name (stop-listed by the index) neither hides the pair nor makes others alike', () => {
    const common = 'เพื่อความโปร่งใส';
    const names = madeUpNames(5000).map((n) => `${n}${common}`);
    names[1] = `${NAME}${common}`;
    names[4000] = `${NEAR_COPY}${common}`;
    // Names made alike by the phrase and over the same details are the rule's to report (names at
    // 0.6 and details at 0.9): without details, only the near-copy of the name is left.
    expect(nearCopies(names, 'none')).toEqual([expect.stringMatching(/^MEASURE_SIMILAR มิติที่ \d!C\d+ → มิติที่ 1!C4$/)]);
    // In the index: the phrase's bigrams are held by every name, so no prefix keeps them.
    const grams = names.map((n) => bigrams(n));
    const index = shingleIndex(names.map((key, i) => ({ key, grams: grams[i] })), 0.9);
    const pairs: number[][] = [];
    names.forEach((_, id) => {
      const match = firstCandidate([index.probe(id)], (j) => diceOf(grams[j], grams[id]) >= 0.9);
      if (match !== undefined) pairs.push([match, id]);
      index.add(id);
    });
    expect(pairs).toEqual([[1, 4000]]);
    expect(index.postingCount('ื่')).toBe(0);
    expect(index.postingCount('วา')).toBe(0);
    expect(index.postingCount('มอ')).toBeGreaterThan(0);
  });
});

describe('the index finds what comparing every pair finds', () => {
  it('on names and long repeated texts, with copies', () => {
    const words = madeUpNames(40, 7);
    const texts: string[] = [];
    for (let i = 0; i < 400; i++) {
      const base = words[i % words.length];
      // Copies, near-copies (one word more or less), repeats of a phrase many times over, and texts of their own.
      texts.push(i % 7 === 0 ? texts[i - 1] ?? base : i % 5 === 0 ? base.repeat(1 + (i % 23)) : i % 3 === 0 ? `${base}${words[(i * 7) % words.length].slice(0, 6)}` : `${base}${i}`);
    }
    const grams = texts.map((t) => bigrams(t));
    for (const threshold of [0.6, 0.9]) {
      const index = shingleIndex(texts.map((key, i) => ({ key, grams: grams[i] })), threshold);
      const found = texts.map((_, id) => {
        const match = firstCandidate([index.probe(id)], (j) => diceOf(grams[j], grams[id]) >= threshold);
        index.add(id);
        return match;
      });
      const pairwise = texts.map((_, id) => {
        const j = grams.slice(0, id).findIndex((g) => diceOf(g, grams[id]) >= threshold);
        return j < 0 ? undefined : j;
      });
      expect(found).toEqual(pairwise);
      expect(found.filter((m) => m !== undefined).length).toBeGreaterThan(100);
    }
  });
});

describe('the duplicate rule', () => {
  it('scanning every pair (a plan of a few dozen) and the index find the same near-copies', () => {
    // Sets of the sample renamed "(ชุดที่ n)" (near-copies by name, or by name and details),
    // names of their own over the sample's details, and details of their own.
    const own = madeUpNames(40, 5);
    const measures = manyMeasures(140).map((m, i) =>
      i % 4 === 1 ? { ...m, name: own[i % own.length] } : i % 9 === 2 ? { ...m, details: { ...m.details, method: `${own[i % own.length]} `.repeat(20) } } : m,
    );
    const rows = readWorkbook(sourceOf(buildBook(settings, numbered(measures)))).dimensions.flatMap((d) => d.rows);
    const found = (how: 'scan' | 'index') => {
      const { distinct } = candidatesOf(rows, settings.orgName);
      return nearCopiesOf(distinct, how).map((m, i) => (m ? `${distinct[i].row.cells.name} → ${m.earlier.row.sheet}!${m.earlier.row.cells.name} ${m.basis}` : ''));
    };
    const scanned = found('scan');
    expect(found('index')).toEqual(scanned);
    // Both kinds of near-copy are among them, and most measures have none.
    expect(scanned.filter((f) => f.endsWith(' ชื่อ')).length).toBeGreaterThan(5);
    expect(scanned.filter((f) => f.endsWith('ชื่อและรายละเอียด')).length).toBeGreaterThan(5);
    expect(scanned.filter((f) => f === '').length).toBeGreaterThan(40);
  });
});

describe('cells of 50,000 characters', () => {
  it('validate, with the same findings as at a quarter of the length', () => {
    const labels = (length: number) => validateWorkbook(sourceOf(buildBook(settings, longCells(length)))).map(label);
    const long = labels(50_000);
    expect(long).toEqual(labels(12_500));
    // Every name is far too long; no organisation name is misspelt, however often it is named.
    expect(long.filter((l) => l.startsWith('NAME_TOO_LONG'))).toHaveLength(SAMPLE_PLAN.measures.length);
    expect(long.filter((l) => l.startsWith('ORG_NAME_VARIANT'))).toEqual([]);
  });

  it('get a file name cut at a word, within the limit', () => {
    for (const m of longCells(50_000)) {
      const name = safeFileName(`${m.code} ${m.name}`);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(240);
      expect(name.startsWith(`${m.code} ${m.name.slice(0, 6)}`)).toBe(true);
    }
  });

  it('a misspelt organisation at the end of a long text is found', () => {
    const right = 'งานของเทศบาลตำบลบ้านสวนหลวง '.repeat(2000);
    const text = `${right}ร่วมกับเทศบาลตำบลบ้านสวนหลวน`;
    // The first close spelling, shortest first, as for a short text.
    expect(misspeltOrg(text, 'เทศบาลตำบล', 'บ้านสวนหลวง')).toBe('บ้านสวนหลว');
    expect(misspeltOrg(right, 'เทศบาลตำบล', 'บ้านสวนหลวง')).toBeUndefined();
  });
});

describe('editDistance with a cap', () => {
  it('is exact up to the cap and says "more" beyond it, however long the texts', () => {
    expect(editDistance('นาม่วง', 'นาม่อง')).toBe(1);
    expect(editDistance('นาม่วง', 'นาม่อง', 1)).toBe(1);
    expect(editDistance('กกตูม', 'กกตุม', 2)).toBe(1);
    expect(editDistance('บ้านสวนหลวง', 'ในเขตอำเภอ', 2)).toBe(3);
    const long = 'การป้องกันการทุจริต'.repeat(3000);
    expect(editDistance(long, `${long}ก`, 2)).toBe(1);
    expect(editDistance(long, `ข${long.slice(2)}`, 2)).toBe(2);
    expect(editDistance(long, long.split('').reverse().join(''), 2)).toBe(3);
  });
});
