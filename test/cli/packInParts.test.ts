/**
 * The whole-plan document is rendered and packed a part at a time (its memory is that of one
 * part, not of all the measures), and the file is the same as the one rendered whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeDocx } from '../../src/cli/docx/renderDocx';
import { PART_WEIGHT, planParts, tableSlices, writeDocxInParts } from '../../src/cli/docx/packInParts';
import { writePlanDocuments } from '../../src/cli/docJobs';
import { safeFileName } from '../../src/cli/fileName';
import { measureDetailDocument } from '../../src/core/doc/templates/measureDetail';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { OFFICIAL_PAGE, cell, para, text, type Table, type TableRow } from '../../src/core/doc/tree';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import type { Plan } from '../../src/core/plan/model';
import { manyMeasures } from '../gas/harness';
import { fullBook } from '../fixtures/planWithParts';
import { sourceOf } from '../fixtures/workbook';
import { readPlanParts } from '../../src/core/doc/templates/planParts';
import { readWorkbook } from '../../src/core/workbook/readPlan';

const dir = mkdtempSync(join(tmpdir(), 'sujarit-parts-'));
const entry = async (path: string, name: string) => (await JSZip.loadAsync(readFileSync(path))).file(name)!.async('string');
const planOf = (n: number): Plan => ({ ...SAMPLE_PLAN, measures: manyMeasures(n) });
/** The docx library counts bookmark and drawing ids across every document of the process; the parts number them from 1. */
const idsFromOne = (xml: string) => {
  const bookmarks = new Map<string, number>();
  let drawing = 0;
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g, (_, start: string, id: string) => `${start}${bookmarks.get(id) ?? bookmarks.set(id, bookmarks.size + 1).get(id)}"`)
    .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
};

describe('the whole plan packed in parts', () => {
  // The plan with every part around its measures: the risk table, ส่วนที่ ๑ as typed, the ภาคผนวก.
  const withParts = () => {
    const read = sourceOf(fullBook());
    const { plan } = readWorkbook(read);
    return planDocument(plan, readPlanParts(read, plan, { year: 2022, month: 9, day: 20 }));
  };
  it.each([
    ['66 measures', 7, () => planDocument(planOf(66))],
    ['66 measures', 40, () => planDocument(planOf(66))],
    ['the sample with its risks, บทนำ and ภาคผนวก', 7, withParts],
  ])('is the document rendered whole: %s in parts of %i rows (tables cut between rows, sections, emblem and page numbers kept)', async (what, weight, make) => {
    const tree = make();
    const whole = join(dir, `whole-${weight}-${what}.docx`);
    const parts = join(dir, `parts-${weight}-${what}.docx`);
    await writeDocx(tree, whole);
    await writeDocxInParts(tree, parts, weight);
    // Many parts, a table cut into several (at the small weight), and each of the plan's section changes crossed.
    const planned = [...planParts(tree, weight)];
    expect(planned.length).toBeGreaterThan(10);
    if (weight < 10) expect(planned.some((p) => p.continuesTable && p.leavesTableOpen)).toBe(true);
    expect(planned.filter((p) => p.end === 'section')).toHaveLength(tree.blocks.filter((b) => b.kind === 'pageBreak' && b.page).length);
    expect(await entry(parts, 'word/document.xml')).toBe(idsFromOne(await entry(whole, 'word/document.xml')));
    for (const name of ['word/styles.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml', 'word/settings.xml']) {
      expect(await entry(parts, name)).toBe(await entry(whole, name));
    }
    const names = async (path: string) => Object.keys((await JSZip.loadAsync(readFileSync(path))).files).sort();
    expect(await names(parts)).toEqual(await names(whole));
  });

  it('renders no part heavier than its weight, however many measures (5,000)', () => {
    const tree = planDocument(planOf(5000));
    const parts = [...planParts(tree)];
    // Tables are cut inside row spans too (the per-year plan's dimension column spans all its rows).
    const load = (p: (typeof parts)[number]) => p.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : b.kind === 'list' ? b.items.length : 1), 0);
    expect(parts.reduce((n, p) => Math.max(n, load(p)), 0)).toBeLessThanOrEqual(PART_WEIGHT + 60);
    expect(parts.length).toBeGreaterThan(100);
    // Every block (or table row) is in exactly one part.
    const rows = (blocks: readonly { kind: string; rows?: readonly unknown[] }[]) => blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows!.length : 1), 0);
    const sectionBreaks = tree.blocks.filter((b) => b.kind === 'pageBreak' && b.page).length;
    expect(parts.reduce((n, p) => n + rows(p.blocks), 0)).toBeGreaterThanOrEqual(rows(tree.blocks));
    expect(parts.reduce((n, p) => n + rows(p.blocks), 0)).toBeLessThanOrEqual(rows(tree.blocks) + sectionBreaks);
  });

  it('never cuts a table inside a row span, and keeps the header rows with the first piece', () => {
    const row = (t: string, rowSpan?: number) => ({ cells: [cell(t, rowSpan ? { rowSpan } : {}), cell(`${t}-b`)] });
    const rows = [row('h'), row('1'), row('2', 3), { cells: [cell('3-b')] }, { cells: [cell('4-b')] }, row('5'), row('6'), row('7')];
    const table: Table = { kind: 'table', widths: [1, 1], headerRows: 1, rows };
    const slices = tableSlices(table, 2, 16);
    expect(slices.map((s) => s.rows.length)).toEqual([2, 3, 2, 1]);
    expect(slices.map((s) => s.headerRows)).toEqual([1, 0, 0, 0]);
    expect(slices.flatMap((s) => s.rows)).toEqual(rows);
    // Every piece is drawn with the widths of the whole table, not refitted to its own rows.
    expect(new Set(slices.map((s) => JSON.stringify(s.fitted))).size).toBe(1);
  });

  it('cuts a cell spanning many rows, never in its last rows, and the file is the one rendered whole', async () => {
    // Column 1 spans rows 1–14 (its text has a link); column 2 spans rows 3–7; the header repeats in the whole table.
    const rows: TableRow[] = [{ cells: [cell('h0'), cell('h1'), cell('h2')] }];
    for (let r = 1; r <= 20; r++) {
      const cells = [cell(`a${r}`)];
      if (r === 1) cells.push(cell([para([text('ยาว '), text('ลิงก์', { link: 'https://example.org/x' })], { align: 'center' })], { rowSpan: 14, shade: '#f2f2f2', verticalAlign: 'middle' }));
      if (r > 14) cells.push(cell(`b${r}`));
      if (r === 3) cells.push(cell('c3', { rowSpan: 5 }));
      else if (r < 3 || r > 7) cells.push(cell(`c${r}`));
      rows.push({ cells });
    }
    const table: Table = { kind: 'table', widths: [1, 2, 2], headerRows: 1, rows };
    const slices = tableSlices(table, 3, 16);
    // Not inside rows 3–7's short span, nor within the last 3 rows of the tall one (rows 12–14).
    expect(slices.map((s) => s.rows.length)).toEqual([3, 5, 3, 4, 3, 3]);
    expect(slices.map((s) => s.carried?.cells.map((c) => c.rowSpan ?? 1))).toEqual([undefined, [1, 13], [1, 8], [1, 5], undefined, undefined]);
    expect(slices.flatMap((s) => s.rows)).toEqual(rows);

    const tree = { title: 'ตารางยาว', page: OFFICIAL_PAGE, blocks: [para('ก่อนตาราง'), table, para('หลังตาราง')] };
    const whole = join(dir, 'whole-span.docx');
    const parts = join(dir, 'parts-span.docx');
    await writeDocx(tree, whole);
    await writeDocxInParts(tree, parts, 3);
    // The docx library gives each hyperlink a random relationship id: they are compared by order.
    const linkIds = (xmls: string[]) => {
      const ids = new Map<string, string>();
      return xmls.map((xml) => xml.replace(/rId[\w-]{12,}/g, (id) => ids.get(id) ?? ids.set(id, `link${ids.size + 1}`).get(id)!));
    };
    const [parted, partedRels] = linkIds([await entry(parts, 'word/document.xml'), await entry(parts, 'word/_rels/document.xml.rels')]);
    const [rendered] = linkIds([idsFromOne(await entry(whole, 'word/document.xml'))]);
    expect(parted).toContain('link1');
    expect(parted).toBe(rendered);
    // The link's relationship once, not again for the carried rows the cell was rendered in.
    expect(partedRels.match(/Target="https:\/\/example.org\/x"/g)).toHaveLength(1);
    expect(partedRels).toContain('Id="link1"');
  });
});

describe('docs writes each file as it is made', () => {
  it('after a failure on document N, documents 1..N-1 are on disk and complete', async () => {
    const plan = planOf(6);
    const out = join(dir, 'fails-at-4');
    // A folder where the fourth document would go: writing it fails.
    mkdirSync(join(out, `${safeFileName(measureDetailDocument(plan, 3).title)}.docx`), { recursive: true });
    await expect(writePlanDocuments(plan, out)).rejects.toThrow();
    for (let i = 0; i < 3; i++) {
      const xml = await entry(join(out, `${safeFileName(measureDetailDocument(plan, i).title)}.docx`), 'word/document.xml');
      expect(xml).toContain(plan.measures[i].name.slice(0, 20));
    }
    // No temporary file is left behind.
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a whole plan a person edited: run again, the plan goes beside it, and an untouched one is replaced', async () => {
    const plan = planOf(4);
    const out = join(dir, 'edited-plan');
    const first = await writePlanDocuments(plan, out);
    const edited = Buffer.concat([readFileSync(first.plan), Buffer.from('edited')]);
    writeFileSync(first.plan, edited);
    const second = await writePlanDocuments(plan, out);
    expect(second.plan).toBe(first.plan.replace(/\.docx$/, ' (2).docx'));
    expect(readFileSync(first.plan)).toEqual(edited);
    expect(await entry(second.plan, 'word/document.xml')).toContain(plan.measures[3].name.slice(0, 20));
    // The plan written in parts is in the ledger as Sujarit's own: a third run replaces it in place.
    const third = await writePlanDocuments(plan, out);
    expect(third.plan).toBe(second.plan);
    expect(third.measures).toEqual(first.measures);
  });
});
