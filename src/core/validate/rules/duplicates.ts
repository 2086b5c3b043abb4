import { MEASURE_TYPES } from '../../plan/model';
import { toArabicDigits } from '../../thai/digits';
import { firstCandidate, shingleIndex } from '../../thai/shingleIndex';
import { bigrams, diceOf } from '../../thai/similarity';
import { cleanText, comparisonKey } from '../../thai/text';
import type { MeasureRow } from '../../workbook/measures';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const RULES = {
  NAME_DUPLICATE: {
    severity: 'error',
    title: 'ชื่อโครงการซ้ำ',
    message: 'ชื่อ “{name}” ซ้ำกับ {other}',
    fix: 'ถ้าเป็นโครงการเดียวกัน ให้ลบแถวที่ซ้ำ ถ้าเป็นคนละโครงการ ให้ปรับชื่อให้แยกกันได้',
  },
  MEASURE_SIMILAR: {
    severity: 'warning',
    title: 'โครงการเกือบซ้ำกัน',
    message: '“{name}” {basis}คล้ายกับ {other} “{otherName}” มาก',
    fix: 'ตรวจว่าเป็นโครงการเดียวกันหรือไม่ ถ้าใช่ให้รวมเป็นแถวเดียว ถ้าไม่ใช่ให้ปรับชื่อให้เห็นความต่าง',
  },
  NO_DUPLICATE: {
    severity: 'error',
    title: 'ลำดับซ้ำ',
    message: 'ลำดับที่ {no} ซ้ำกับ {other}',
    fix: 'แก้ลำดับให้ไม่ซ้ำกันภายในแผ่นงานเดียวกัน',
  },
} as const;

const flag = reporter(RULES);

/**
 * Near-copies: names nearly the same once the type word and the organisation's own name are
 * set aside, or names alike with detail texts nearly the same. Measured by bigram Dice on the
 * seeds: the near-copy pair of seed 003 (จัดตั้งศูนย์รับ… / จัดการเรื่องราวร้องทุกข์…) has names
 * at 0.79 and details at 0.95; distinct measures of seed 000 and the sample stay below 0.75 on
 * names and 0.86 on details.
 */
const SAME_NAME = 0.9;
const ALIKE_NAME = 0.6;
const SAME_DETAILS = 0.9;
const MIN_NAME_LENGTH = 8;
const MIN_DETAILS_LENGTH = 200;
const DETAIL_FIELDS = ['rationale', 'objectives', 'targetGroup', 'method', 'outputs', 'outcomes'] as const;

const where = (r: MeasureRow, key: 'name' | 'no') => `${r.sheet}!${r.cells[key]}`;

/** Duplicate names anywhere in the plan (also across tabs), near-duplicates, and repeated numbers within a tab. */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  const rows = input.workbook.dimensions.flatMap((d) => d.rows).filter((r) => r.cells.name !== undefined && r.measure.name !== '');
  const { distinct, repeats } = candidatesOf(rows, input.workbook.plan.settings.orgName);
  const nearCopyOf = nearCopies(distinct);
  let at = 0;
  for (const r of rows) {
    const first = repeats.get(r);
    if (first) {
      findings.push(flag('NAME_DUPLICATE', r.sheet, r.cells.name!, { name: r.measure.name, other: where(first, 'name') }));
      continue;
    }
    const match = nearCopyOf[at++];
    if (match) findings.push(flag('MEASURE_SIMILAR', r.sheet, r.cells.name!, { name: r.measure.name, basis: match.basis, other: where(match.earlier.row, 'name'), otherName: match.earlier.row.measure.name }));
  }
  for (const dim of input.workbook.dimensions) {
    const firstByNo = new Map<string, MeasureRow>();
    for (const r of dim.rows) {
      const no = toArabicDigits(cleanText(r.raw.no)).replace(/\.$/, '');
      if (no === '' || r.cells.no === undefined) continue;
      const first = firstByNo.get(no);
      if (first) findings.push(flag('NO_DUPLICATE', r.sheet, r.cells.no, { no, other: where(first, 'no') }));
      else firstByNo.set(no, r);
    }
  }
  return findings;
}

/** Rows with a name: the first of each name is a candidate; a repeated one maps to that first. */
export function candidatesOf(rows: readonly MeasureRow[], orgName: string): { distinct: Candidate[]; repeats: Map<MeasureRow, MeasureRow> } {
  const orgKey = comparisonKey(orgName);
  // Exact duplicates first: a repeated name is reported as such and not compared again.
  const firstByName = new Map<string, MeasureRow>();
  const repeats = new Map<MeasureRow, MeasureRow>();
  const distinct: Candidate[] = [];
  for (const r of rows) {
    const key = comparisonKey(r.measure.name);
    const first = firstByName.get(key);
    if (first) {
      repeats.set(r, first);
      continue;
    }
    firstByName.set(key, r);
    const core = similarityKey(key, orgKey);
    distinct.push({ row: r, core, name: bigrams(core), nameLength: core.length });
  }
  return { distinct, repeats };
}

/**
 * Up to this many distinct names, every pair is compared: a plan's few dozen measures cost less
 * that way than building the indexes, and a details text's bigrams are made only for a pair
 * whose names are alike.
 */
const SCAN_UP_TO = 150;

/**
 * For each candidate, the first earlier one it nearly copies (what a scan of every earlier
 * candidate finds). Beyond SCAN_UP_TO, only the pairs a shingle index lets through are compared:
 * a near copy has names at Dice ≥ SAME_NAME or details at Dice ≥ SAME_DETAILS, so every pair that
 * can pass `nearCopy` shares a prefix shingle in one of the two indexes.
 */
export function nearCopies(distinct: Candidate[], how: 'scan' | 'index' = distinct.length <= SCAN_UP_TO ? 'scan' : 'index'): NearCopy[] {
  // Rows pasted from one another share one details text: its bigrams are made once.
  const byKey = new Map<string, Details>();
  for (const c of distinct) {
    if (c.nameLength < MIN_NAME_LENGTH) continue;
    const key = comparisonKey(DETAIL_FIELDS.map((f) => c.row.measure.details[f]).join(' '));
    let details = byKey.get(key);
    if (!details) byKey.set(key, (details = { key, length: key.length }));
    c.details = details;
  }
  if (how === 'scan') {
    return distinct.map((candidate, id) => {
      for (let j = 0; j < id; j++) {
        const basis = nearCopy(distinct[j], candidate);
        if (basis !== undefined) return { earlier: distinct[j], basis };
      }
      return undefined;
    });
  }
  const names = shingleIndex(distinct.map((c) => (c.nameLength >= MIN_NAME_LENGTH ? { key: c.core, grams: c.name } : undefined)), SAME_NAME);
  const details = shingleIndex(distinct.map((c) => (c.details && c.details.length >= MIN_DETAILS_LENGTH ? { key: c.details.key, grams: gramsOf(c.details) } : undefined)), SAME_DETAILS);
  return distinct.map((candidate, id) => {
    let basis: string | undefined;
    const earlier = firstCandidate([names.probe(id), details.probe(id)], (j) => (basis = nearCopy(distinct[j], candidate)) !== undefined);
    names.add(id);
    details.add(id);
    return earlier === undefined ? undefined : { earlier: distinct[earlier], basis: basis! };
  });
}

type NearCopy = { readonly earlier: Candidate; readonly basis: string } | undefined;

/** The rule's view of a measure with a name, distinct from every earlier one. */
export interface Candidate {
  readonly row: MeasureRow;
  readonly core: string;
  readonly name: Map<string, number>;
  readonly nameLength: number;
  /** Set by `nearCopies` for names long enough to compare. */
  details?: Details;
}

interface Details {
  readonly key: string;
  readonly length: number;
  /** Made when first compared. */
  grams?: Map<string, number>;
}

const gramsOf = (d: Details) => (d.grams ??= bigrams(d.key));

/** Why two measures look like one ("ชื่อ", "ชื่อและรายละเอียด"), or undefined when they do not. */
function nearCopy(a: Candidate, b: Candidate): string | undefined {
  if (a.nameLength < MIN_NAME_LENGTH || b.nameLength < MIN_NAME_LENGTH) return undefined;
  const names = diceOf(a.name, b.name);
  if (names >= SAME_NAME) return 'ชื่อ';
  if (names < ALIKE_NAME) return undefined;
  // Set for every name long enough to compare, as both are here.
  const da = a.details!;
  const db = b.details!;
  if (da.length < MIN_DETAILS_LENGTH || db.length < MIN_DETAILS_LENGTH) return undefined;
  return da === db || diceOf(gramsOf(da), gramsOf(db)) >= SAME_DETAILS ? 'ชื่อและรายละเอียด' : undefined;
}

/** A name's comparison key without its leading type word and the organisation's own name. */
function similarityKey(key: string, orgKey: string): string {
  let core = orgKey ? key.split(orgKey).join('') : key;
  for (const type of MEASURE_TYPES) if (core.startsWith(type)) core = core.slice(type.length);
  return core.replace(/ของ$/, '');
}

export const duplicateRules: RuleSet = { name: 'ชื่อและลำดับซ้ำ', rules: RULES, check };
