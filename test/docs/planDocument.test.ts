import { planDocument } from '../../src/core/doc/templates/planDocument';
import { docContext } from '../../src/core/doc/templates/context';
import { plainText, type Block, type Contents, type Table, type TableCell } from '../../src/core/doc/tree';
import { tableGrid } from '../../src/core/doc/tableGrid';
import { getFramework } from '../../src/core/framework/framework';
import { planYears, type Plan } from '../../src/core/plan/model';
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from '../../src/core/plan/sample';
import { toArabicDigits } from '../../src/core/thai/digits';
import { readBudget } from '../../src/core/thai/money';
import { SEED000_MEASURES, SEED000_SETTINGS, SEED000_STATED } from '../fixtures/seed000';

const cellText = (c: TableCell) => c.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('');
const tables = (blocks: readonly Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const budgetOf = (text: string) => {
  const b = readBudget(text);
  return b.kind === 'amount' ? b.baht : 0;
};
/** The grid of a table as text (covered positions empty), digits read as Arabic. */
function grid(t: Table): string[][] {
  const g = tableGrid(t);
  const out = Array.from({ length: g.rows }, () => new Array<string>(g.cols).fill(''));
  for (const { row, col, cell } of g.cells) out[row][col] = toArabicDigits(cellText(cell));
  return out;
}

/** A plan with dimension 2 cut to its first three measures: the documents must follow the rows. */
const SHORTER: Plan = { ...SAMPLE_PLAN, measures: SAMPLE_PLAN.measures.filter((m, i, all) => m.dimension !== 2 || all.slice(0, i).filter((x) => x.dimension === 2).length < 3) };

describe.each([
  ['the sample plan', SAMPLE_PLAN],
  ['the sample plan with rows deleted', SHORTER],
  ['seed 000 as typed into a workbook', { settings: SEED000_SETTINGS, measures: SEED000_MEASURES } as Plan],
])('the whole plan from %s', (_, plan) => {
  const tree = planDocument(plan);
  const text = toArabicDigits(plainText(tree));
  const framework = getFramework(plan.settings.frameworkId);
  const years = planYears(plan.settings);
  const inDim = (no: number) => plan.measures.filter((m) => m.dimension === no);
  const [summary, ...yearTables] = tables(tree.blocks);

  it('states in its preface the counts per dimension and the total, counted from the rows', () => {
    const preface = text.slice(text.indexOf('คำนำ'), text.indexOf('สารบัญ'));
    expect(preface).toContain(`รวมทั้งสิ้นจำนวน ${plan.measures.length} โครงการ/กิจกรรม/มาตรการ`);
    for (const d of framework.dimensions) expect(preface).toContain(`มิติที่ ${d.no} ${d.title} จำนวน ${inDim(d.no).length} โครงการ/กิจกรรม/มาตรการ`);
    const total = plan.measures.reduce((s, m) => s + Object.values(m.budgets).reduce((a, b) => a + b, 0), 0);
    expect(budgetOf(/งบประมาณรวม ([\d,]+) บาท/.exec(preface)![1])).toBe(total);
  });

  it('counts every sub-dimension and item in the summary table, with totals per dimension and overall', () => {
    const rows = grid(summary);
    const countOf = (label: string) => rows.find((r) => r[1].startsWith(`${label} `) || r[0] === label)!;
    for (const d of framework.dimensions) {
      for (const sub of d.subs) {
        const n = plan.measures.filter((m) => m.code === sub.code || m.code.startsWith(`${sub.code}.`)).length;
        expect([sub.code, countOf(sub.code)[2]]).toEqual([sub.code, n ? String(n) : '-']);
        for (const item of sub.items) {
          const k = plan.measures.filter((m) => m.code === item.code).length;
          expect([item.code, countOf(item.code)[2]]).toEqual([item.code, k ? String(k) : '-']);
        }
      }
      expect(rows.find((r) => r[0] === `รวม มิติที่ ${d.no}`)![2]).toBe(String(inDim(d.no).length || '-'));
    }
    expect(rows[rows.length - 1]).toEqual(['รวมทั้งสิ้น', '', String(plan.measures.length)]);
  });

  it('lists every measure of a dimension in its per-year table with its budgets, "-" where none, and the totals', () => {
    expect(yearTables).toHaveLength(framework.dimensions.length + 1);
    framework.dimensions.forEach((d, i) => {
      const t = yearTables[i];
      const rows = grid(t).slice(t.headerRows);
      const measures = inDim(d.no);
      expect(grid(t)[0].slice(3, 3 + years.length)).toEqual(years.map((y) => `ปี ${y}`));
      expect(rows.slice(0, -1).map((r) => r[2])).toEqual(measures.map((m, k) => `${k + 1}. ${m.name}`));
      measures.forEach((m, k) => {
        const cells = rows[k].slice(3, 3 + years.length);
        expect(cells.map(budgetOf)).toEqual(years.map((y) => m.budgets[y] ?? 0));
        for (const [j, c] of cells.entries()) if (!(m.budgets[years[j]] > 0)) expect(c).toBe('-');
      });
      const totals = rows[rows.length - 1];
      expect(totals[0]).toBe(`รวม มิติที่ ${d.no} จำนวน ${measures.length} โครงการ/กิจกรรม/มาตรการ`);
      expect(totals.slice(3, 3 + years.length).map(budgetOf)).toEqual(years.map((y) => measures.reduce((s, m) => s + (m.budgets[y] ?? 0), 0)));
      // The dimension cell spans every measure row; each item's cell spans its consecutive measures.
      expect(t.rows[t.headerRows].cells[0].rowSpan).toBe(Math.max(1, measures.length));
    });
  });

  it('prints every measure\'s detail in part 3, numbered within its dimension', () => {
    const part3 = text.slice(text.lastIndexOf('ส่วนที่ 3'));
    expect(part3.split('โครงการ/กิจกรรม/มาตรการ ที่ ').length - 1).toBe(plan.measures.length);
    for (const m of plan.measures) expect(part3).toContain(`1. ชื่อโครงการ : ${toArabicDigits(m.name)}`);
    for (const d of framework.dimensions) {
      const heading = `\nมิติที่ ${d.no} ${d.title}\n`;
      expect(part3.split(heading).length - 1).toBe(inDim(d.no).length > 0 ? 1 : 0);
      if (inDim(d.no).length === 0) continue;
      // Numbering restarts in each dimension and ends at its count.
      const from = part3.indexOf(heading);
      const next = part3.indexOf('\nมิติที่ ', from + 1);
      const section = part3.slice(from, next < 0 ? undefined : next);
      expect(section).toContain(`โครงการ/กิจกรรม/มาตรการ ที่ ${inDim(d.no).length}\n`);
      expect(section).not.toContain(`โครงการ/กิจกรรม/มาตรการ ที่ ${inDim(d.no).length + 1}\n`);
    }
  });
});

describe('the whole plan document', () => {
  const tree = planDocument(SAMPLE_PLAN);
  const ctx = docContext(SAMPLE_PLAN);

  it('opens with a cover naming the plan, its years and the organisation, then คำนำ and สารบัญ on their own pages', () => {
    const firstBreak = tree.blocks.findIndex((b) => b.kind === 'pageBreak');
    const cover = plainText({ ...tree, blocks: tree.blocks.slice(0, firstBreak) });
    expect(cover).toContain(ctx.d('(พ.ศ. 2566 – 2570)'));
    expect(cover).toContain(SAMPLE_SETTINGS.orgName);
    expect(cover).toContain(`อำเภอ${SAMPLE_SETTINGS.district} จังหวัด${SAMPLE_SETTINGS.province}`);
    expect(tree.blocks[firstBreak + 1]).toMatchObject({ kind: 'heading', runs: [{ text: 'คำนำ' }] });
  });

  it('lists in สารบัญ the parts and sections the document really has, each pointing at its heading for the page number', () => {
    const contents = tree.blocks.find((b): b is Contents => b.kind === 'contents')!;
    expect(contents.columns).toEqual(['หัวข้อ', 'หน้า']);
    expect(contents.entries.length).toBeGreaterThan(10);
    const anchored = new Map(tree.blocks.flatMap((b) => (b.kind === 'heading' && b.anchor ? [[b.anchor, b.runs.map((r) => r.text).join('')] as const] : [])));
    for (const entry of contents.entries) {
      const target = anchored.get(entry.anchor);
      // "ส่วนที่ ๑ บทนำ" points at the "ส่วนที่ ๑" heading; the others at a heading with their own words.
      expect([entry.text, target !== undefined && (entry.text.endsWith(target) || entry.text.startsWith(target) || target.endsWith(entry.text))]).toEqual([entry.text, true]);
    }
    // Every anchor is unique: Word would drop a second bookmark of the same name.
    const anchors = tree.blocks.flatMap((b) => (b.kind === 'heading' && b.anchor ? [b.anchor] : []));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('turns the pages to landscape for the per-year tables and back to portrait for part 3', () => {
    const setups = tree.blocks.flatMap((b) => (b.kind === 'pageBreak' && b.page ? [b.page.orientation] : []));
    expect(setups).toEqual(['landscape', 'landscape', 'landscape', 'landscape', 'landscape', 'portrait']);
    expect(tree.page.orientation).toBe('portrait');
  });

  it('follows the plan years of the earlier guideline: four budget columns and its dimension titles', () => {
    const plan: Plan = { settings: { ...SAMPLE_SETTINGS, frameworkId: 'nacc-2561', firstYear: 2561, lastYear: 2564 }, measures: [] };
    const t = planDocument(plan);
    const yearTable = tables(t.blocks)[1];
    expect(grid(yearTable)[0]).toEqual(['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2561', 'ปี 2562', 'ปี 2563', 'ปี 2564', 'หมายเหตุ']);
    expect(plainText(t)).toContain(docContext(plan).d(`มิติที่ 1 ${getFramework('nacc-2561').dimensions[0].title}`));
    expect(toArabicDigits(plainText(t))).toContain('รวมทั้งสิ้นจำนวน 0 โครงการ/กิจกรรม/มาตรการ');
  });

  it('corrects what a hand-typed plan got wrong: seed 000 states 27 and 42, its rows say otherwise', () => {
    const text = toArabicDigits(plainText(planDocument({ settings: SEED000_SETTINGS, measures: SEED000_MEASURES })));
    const stated = toArabicDigits(SEED000_STATED.preface.total);
    expect(text).not.toContain(`รวมทั้งสิ้นจำนวน ${stated} โครงการ`);
    expect(text).toContain(`รวมทั้งสิ้นจำนวน ${SEED000_MEASURES.length} โครงการ`);
  });
});
