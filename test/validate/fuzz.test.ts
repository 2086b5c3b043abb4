/**
 * Random junk in every input cell — settings, every column of the dimension tabs, the stated
 * figures, the summary formulas — never makes validation throw, and every finding stays well
 * formed: a known code, a real cell, a filled-in Thai message.
 */
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { cellsToInspect, planMarks } from '../../src/core/validate/marks';
import { RULE_SETS, ruleCatalogue } from '../../src/core/validate/ruleSets';
import { validateWorkbook } from '../../src/core/validate/validate';
import { parseA1 } from '../../src/core/workbook/a1';
import type { SheetSnapshot } from '../../src/core/workbook/grid';
import { FIRST_DATA_ROW } from '../../src/core/workbook/layout';
import { buildBook, sourceOf, type Book } from '../fixtures/workbook';

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '๒๕๖๖', '2023', '-', '–', '40,000-บาท', 'ไม่ใช้งบประมาณ', 'ปีละ', 'ปี 2599:', 'รวม', '1.1.1', '๙.๙.๙', '2.2', '.', ',', '=', '"', "'",
  'โครงการ', 'องค์กรปกครองส่วนท้องถิ่น', 'ขององค์กรปกครองส่วนท้องถิ่น', 'เทศบาลตำบลบ้านสวนหลวน', 'เทศบาลตำบล', '\n', '\t', '\u200b', ' ',
  'NaN', '1e309', '-0', '0.005', '99999999999999999999', 'บาท', '(๑)', '•', '[Sujarit]', 'มิติที่ 1', '#REF!',
];

function junk(next: () => number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  switch (Math.floor(next() * 8)) {
    case 0: return '';
    case 1: return pick([NaN, Infinity, -Infinity, -1, 0, 0.1 + 0.2, 2566, 2023, 1e21, -0.005]);
    case 2: return next() < 0.5;
    case 3: return new Date(Math.floor(next() * 4e12));
    case 4: return null;
    case 5: return Array.from({ length: 1 + Math.floor(next() * 120) }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
    default: return Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(PIECES)).join(pick(['', ' ', '\n']));
  }
}

/** Every cell of every tab from the first data row (settings: the value column too) replaced with junk, some blanked. */
function scramble(book: Book, next: () => number): Book {
  const out: Book = new Map();
  for (const [name, snap] of book) {
    const rows = snap.values.length + 3;
    const width = Math.max(...snap.values.map((r) => r.length)) + 2;
    const values: unknown[][] = [];
    const formulas: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      for (let c = 0; c < width; c++) {
        const keep = r < FIRST_DATA_ROW - 1 || (c === 0 && next() < 0.7) || next() < 0.3;
        const formula = snap.formulas[r]?.[c] ?? '';
        values[r][c] = keep ? (snap.values[r]?.[c] ?? '') : junk(next);
        formulas[r][c] = keep ? formula : next() < 0.05 ? `=${String(junk(next))}` : '';
      }
    }
    out.set(name, { values, formulas } satisfies SheetSnapshot);
  }
  return out;
}

const codes = new Set(Object.keys(ruleCatalogue(RULE_SETS)));
const base = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures, { preface: { '1': 8, total: 33 } });

it.each(Array.from({ length: 10 }, (_, i) => i + 1))('junk workbook #%i: no throw, well-formed findings, marks plan', (seed) => {
  const next = random(seed);
  const book = scramble(base, next);
  if (next() < 0.2) book.delete([...book.keys()][Math.floor(next() * book.size)]);
  const findings = validateWorkbook(sourceOf(book));
  expect(findings.length).toBeGreaterThan(0);
  const malformed = findings.filter((f) =>
    !codes.has(f.code) ||
    (f.severity !== 'error' && f.severity !== 'warning') ||
    (f.cell !== '' && parseA1(f.cell) === undefined) ||
    f.message === '' || f.fix === '' ||
    /\{[a-z]+\}/i.test(`${f.message} ${f.fix}`)); // a template placeholder left unfilled
  expect(malformed).toEqual([]);
  const inspect = cellsToInspect(findings, [], (sheet) => book.has(sheet));
  const looks = new Map([...inspect].map(([sheet, cells]) => [sheet, new Map(cells.map((c) => [c, { background: '#ffffff', note: String(junk(next) ?? '') }]))]));
  expect(() => planMarks(findings, [], looks)).not.toThrow();
});
