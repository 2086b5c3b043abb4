import { measureBody, measureDetailDocument } from '../../src/core/doc/templates/measureDetail';
import { docContext } from '../../src/core/doc/templates/context';
import { OFFICIAL_PAGE, plainText, type Block, type DocumentTree, type Paragraph } from '../../src/core/doc/tree';
import { NACC_2566 } from '../../src/core/framework/nacc2566';
import type { Measure, Plan, PlanSettings } from '../../src/core/plan/model';
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from '../../src/core/plan/sample';
import { toArabicDigits, withDigits, type DigitStyle } from '../../src/core/thai/digits';
import { formatBaht } from '../../src/core/thai/money';
import { splitLines } from '../../src/core/thai/text';
import { describeWithSeeds } from '../seeds';
import { readSeedPages, type SeedPage } from './seedPages';

const SEED_2566 = readSeedPages('000_7a6659e46c76b2d7.txt');
const SEED_2561 = readSeedPages('003_e4ac5d120ad28f13.txt');

const settings = (frameworkId: PlanSettings['frameworkId'], digits: DigitStyle, years: [number, number]): PlanSettings =>
  ({ ...SAMPLE_SETTINGS, frameworkId, digits, firstYear: years[0], lastYear: years[1] });
const SEED_CASES: [string, SeedPage[], PlanSettings][] = [
  ['seed 000 (2566–2570, 9 fields)', SEED_2566, settings('nacc-2566', 'arabic', [2566, 2570])],
  ['seed 003 (earlier guideline, 10 fields)', SEED_2561, settings('nacc-2561', 'thai', [2562, 2564])],
];

const textOf = (blocks: Block[]) => plainText({ title: '', page: OFFICIAL_PAGE, blocks });
const labelOf = (p: SeedPage['fields'][number]) => `${p.no}. ${p.label}`;
/** "1. ชื่อโครงการ : …" and "2. หลักการและเหตุผล" → "1. ชื่อโครงการ", "2. หลักการและเหตุผล" (Arabic digits). */
function fieldLabels(blocks: readonly Block[]): string[] {
  return blocks
    .filter((b): b is Paragraph => b.kind === 'paragraph' && b.runs[0]?.bold === true)
    .map((b) => toArabicDigits(b.runs[0].text).replace(/ : $/, ''))
    .filter((t) => /^\d{1,2}\. /.test(t));
}

/** The label sequence most of a seed's pages use: its house wording. */
function commonSequence(pages: readonly SeedPage[]): string {
  const counts = new Map<string, number>();
  for (const p of pages) counts.set(p.fields.map(labelOf).join(' | '), (counts.get(p.fields.map(labelOf).join(' | ')) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describeWithSeeds.each(SEED_CASES)('measure detail fields on %s', (_, pages, planSettings) => {
  const common = commonSequence(pages);
  const canonical = pages.filter((p) => p.fields.map(labelOf).join(' | ') === common);
  const body = (m: Measure) => measureBody(docContext({ settings: planSettings, measures: [m] }), m, 1);

  it('the seed has detail pages, most of them worded alike', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(canonical.length).toBeGreaterThanOrEqual(4);
  });

  it('prints the seed\'s fields in the seed\'s order and wording, numbered as the seed numbers them', () => {
    for (const page of canonical) expect(fieldLabels(body(page.measure)).join(' | ')).toBe(common);
  });

  it('keeps every line of the page, in order, each multi-line cell as numbered items', () => {
    for (const page of canonical) {
      const blocks = body(page.measure);
      const text = toArabicDigits(blocks.map((b) => (b.kind === 'list' ? b.items.map((i) => i.runs.map((r) => r.text).join('')).join('\n') : b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n'));
      let from = 0;
      for (const field of page.fields) {
        for (const line of field.lines) {
          const content = toArabicDigits(splitLines(line)[0] ?? '');
          if (content === '' || content === 'ผลผลิต' || content === 'ผลลัพธ์') continue;
          const at = text.indexOf(content, from);
          expect({ field: field.label, content, found: at >= 0 }).toEqual({ field: field.label, content, found: true });
          from = at;
        }
      }
      const objectives = splitLines(page.measure.details.objectives).length;
      if (objectives > 1) expect(blocks.some((b) => b.kind === 'list' && b.ordered && b.items.length === objectives)).toBe(true);
    }
  });

  it('writes every digit in the setting\'s style, the seed\'s own text included', () => {
    const other: DigitStyle = planSettings.digits === 'thai' ? 'arabic' : 'thai';
    const text = textOf(measureBody(docContext({ settings: { ...planSettings, digits: other }, measures: [] }), canonical[0].measure, 7));
    expect(text).not.toMatch(other === 'thai' ? /[0-9]/ : /[๐-๙]/);
    expect(text).toContain(withDigits('ที่ 7', other));
  });
});

describe('measure detail document', () => {
  const plan: Plan = SAMPLE_PLAN;
  const ctx = docContext(plan);

  it('is headed by its dimension, sub-dimension and item titles from the framework, then its number in the dimension', () => {
    const index = plan.measures.findIndex((m) => m.dimension === 2) + 2;
    const m = plan.measures[index];
    const tree = measureDetailDocument(plan, index);
    const dim = NACC_2566.dimensions.find((d) => d.no === m.dimension)!;
    const sub = dim.subs.find((s) => m.code.startsWith(`${s.code}.`))!;
    const item = sub.items.find((i) => i.code === m.code)!;
    const lines = plainText(tree).split('\n');
    const at = (t: string) => lines.indexOf(ctx.d(t));
    expect(at(`มิติที่ ${dim.no} ${dim.title}`)).toBeGreaterThan(0);
    expect(at(`${sub.code} ${sub.title}`)).toBe(at(`มิติที่ ${dim.no} ${dim.title}`) + 1);
    expect(at(`${item.code} ${item.title}`)).toBe(at(`${sub.code} ${sub.title}`) + 1);
    expect(lines[at(`${item.code} ${item.title}`) + 1]).toBe(ctx.d('โครงการ/กิจกรรม/มาตรการ ที่ 3'));
    expect(tree.title).toBe(ctx.d(`${m.code} ${m.name}`));
    expect(tree.digits).toBe('thai');
  });

  it('prints พื้นที่ดำเนินการ under the 2566 guideline only when given, numbering the fields after it', () => {
    const m = plan.measures[0];
    const withArea = fieldLabels(measureBody(ctx, m, 1));
    const without = fieldLabels(measureBody(ctx, { ...m, details: { ...m.details, area: '' } }, 1));
    expect(withArea).toContain('5. พื้นที่ดำเนินการ');
    expect(withArea[withArea.length - 1]).toBe('10. ผลผลิต/ผลลัพธ์');
    expect(without).not.toContain('5. พื้นที่ดำเนินการ');
    expect(without[without.length - 1]).toBe('9. ผลผลิต/ผลลัพธ์');
  });

  it('prints "-" for an empty field and the per-year budget when no budget text was written', () => {
    const m = plan.measures.find((x) => Object.keys(x.budgets).length > 0)!;
    const blank = { ...m, details: { ...m.details, budgetText: '', method: '' } };
    const lines = textOf(measureBody(ctx, blank, 1)).split('\n');
    expect(lines[lines.indexOf(ctx.d('6. วิธีดำเนินการ')) + 1]).toBe('-');
    const amounts = Object.values(m.budgets);
    const budgetLine = lines[lines.indexOf(ctx.d('8. งบประมาณดำเนินการ')) + 1];
    if (amounts.every((a) => a === amounts[0]) && amounts.length === 5) expect(budgetLine).toBe(ctx.d(`ปีละ ${formatBaht(amounts[0])} บาท`));
    else for (const [y, b] of Object.entries(m.budgets)) expect(budgetLine).toContain(ctx.d(`ปี ${y}: ${formatBaht(b)} บาท`));
  });

  it('numbers measures within their dimension from the rows, whatever the ลำดับ column says', () => {
    const renumbered: Plan = { ...plan, measures: plan.measures.map((m) => ({ ...m, no: '99' })) };
    const dims = renumbered.measures.map((m) => m.dimension);
    renumbered.measures.forEach((m, i) => {
      const expected = dims.slice(0, i + 1).filter((d) => d === m.dimension).length;
      expect(plainText(measureDetailDocument(renumbered, i) as DocumentTree)).toContain(ctx.d(`โครงการ/กิจกรรม/มาตรการ ที่ ${expected}\n`));
    });
  });
});
