import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { renderDocx } from '../../src/cli/docx/renderDocx';
import { safeFileName } from '../../src/cli/fileName';
import { measureDetailDocument, measureDocTitle } from '../../src/core/doc/templates/measureDetail';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { docContext } from '../../src/core/doc/templates/context';
import { OFFICIAL_PAGE, type DocumentTree } from '../../src/core/doc/tree';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { DEMO_DOCS, DEMO_WORKBOOK } from '../../src/cli/commands/demo';

const CLI = join(__dirname, '../../build/cli.js');
const N = SAMPLE_PLAN.measures.length;

async function parts(buffer: Buffer): Promise<{ document: string; styles: string; files: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string'), files: Object.keys(zip.files) };
}

/** Each <w:p>'s text, tabs as "\t", XML entities decoded. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : m[1])).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  );
}

function treeLines(tree: DocumentTree): string[] {
  return tree.blocks.flatMap((b) => {
    if (b.kind === 'paragraph' || b.kind === 'heading') return [b.runs.map((r) => r.text).join('')];
    if (b.kind === 'list') return b.items.map((i, k) => `${String(k + 1).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])})\t${i.runs.map((r) => r.text).join('')}`);
    return [];
  });
}

describe('.docx rendering', () => {
  it('writes a measure document paragraph for paragraph, in TH Sarabun New 16 pt on A4 with the official margins', async () => {
    const tree = measureDetailDocument(SAMPLE_PLAN, 4);
    const { document, styles } = await parts(await renderDocx(tree));
    expect(paragraphs(document)).toEqual(treeLines(tree));
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New"/s);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="32"\/><w:szCs w:val="32"\/>/s);
    const cm = (v: number) => String(Math.round((v * 1440) / 2.54));
    expect(document).toContain(`<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>`);
    const m = OFFICIAL_PAGE.margins;
    expect(document).toMatch(new RegExp(`<w:pgMar w:top="${cm(m.top)}" w:right="${cm(m.right)}" w:bottom="${cm(m.bottom)}" w:left="${cm(m.left)}"`));
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:b\/>.*?รายละเอียดโครงการ\/กิจกรรม\/มาตรการ/s);
  });

  it('writes the whole plan with landscape sections for the per-year tables, merged cells and repeated header rows', async () => {
    const tree = planDocument(SAMPLE_PLAN);
    const { document } = await parts(await renderDocx(tree));
    const sections = [...document.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['portrait', 'landscape', 'landscape', 'landscape', 'landscape', 'landscape', 'portrait']);
    expect(document.match(/<w:tbl>/g)).toHaveLength(6);
    // The long per-year tables repeat their two header rows; the short summaries fit a page and do not.
    expect(document.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(1 + 4 * 2);
    // มิติ cell of dimension 1 spans its 8 measures: one restart, then continuations in the rows below.
    expect(document).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(document.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)!.length).toBeGreaterThan(N);
    expect(document).toMatch(/<w:gridSpan w:val="3"\/>/);
    const text = paragraphs(document).join('\n');
    expect(text).toContain('รวมทั้งสิ้นจำนวน ๓๓ โครงการ/กิจกรรม/มาตรการ');
    for (const m of SAMPLE_PLAN.measures) expect(text).toContain(docContext(SAMPLE_PLAN).d(m.name));
  });

  it('draws a bar chart as a native chart with its labels and values', async () => {
    const tree: DocumentTree = {
      title: 'กราฟ', page: OFFICIAL_PAGE,
      blocks: [{ kind: 'barChart', title: 'ร้อยละของโครงการที่ดำเนินการแล้ว', unit: '%', max: 100, bars: [{ label: 'มิติที่ ๑', value: 75 }, { label: 'มิติที่ ๒', value: 40 }] }],
    };
    const zip = await JSZip.loadAsync(await renderDocx(tree));
    const chart = await zip.file(/word\/charts\/chart\d*\.xml/)[0].async('string');
    expect(chart).toContain('<c:barDir val="bar"/>');
    for (const s of ['มิติที่ ๑', 'มิติที่ ๒', '<c:v>75</c:v>', '<c:v>40</c:v>', 'ร้อยละของโครงการที่ดำเนินการแล้ว']) expect(chart).toContain(s);
  });
});

describe('file names', () => {
  it('are safe on any file system: no path characters, bounded length, not cut inside a Thai syllable', () => {
    expect(safeFileName('๓.๒.๒ มาตรการจัดตั้งศูนย์รับเรื่องราวร้องทุกข์/ร้องเรียน: "ด่วน"?')).toBe('๓.๒.๒ มาตรการจัดตั้งศูนย์รับเรื่องราวร้องทุกข์-ร้องเรียน- -ด่วน--');
    const long = safeFileName(`๑.๑.๑ ${'โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมาย'.repeat(5)}`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(240);
    expect(long).not.toMatch(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]$/);
  });
});

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sujarit-docs-'));
  const demoOut = join(dir, 'out');
  const demoLog = execFileSync('node', [CLI, 'demo', '--out', demoOut], { encoding: 'utf8' });
  const docsOut = join(dir, 'docs');
  const run = () => execFileSync('node', [CLI, 'docs', '--in', join(demoOut, DEMO_WORKBOOK), '--out', docsOut], { encoding: 'utf8' });
  const docsLog = run();

  it('`demo` writes every measure document and the whole plan beside the workbook', () => {
    const files = readdirSync(join(demoOut, DEMO_DOCS)).filter((f) => f.endsWith('.docx'));
    expect(files).toHaveLength(N + 1);
    expect(demoLog).toContain(`เอกสารรายละเอียดโครงการ ${N} ไฟล์`);
  });

  it('`docs` reads the workbook back and writes one .docx per measure, named by code and name, and the plan', async () => {
    const ctx = docContext(SAMPLE_PLAN);
    const files = readdirSync(docsOut).filter((f) => f.endsWith('.docx')).sort();
    const expected = [...SAMPLE_PLAN.measures.map((m) => `${safeFileName(measureDocTitle(ctx, m))}.docx`), `${safeFileName(planDocument(SAMPLE_PLAN).title)}.docx`].sort();
    expect(files).toEqual(expected);
    expect(files).toEqual(readdirSync(join(demoOut, DEMO_DOCS)).filter((f) => f.endsWith('.docx')).sort());
    for (const [i, m] of SAMPLE_PLAN.measures.entries()) {
      if (i % 8 !== 0) continue;
      const { document } = await parts(readFileSync(join(docsOut, `${safeFileName(measureDocTitle(ctx, m))}.docx`)));
      expect(paragraphs(document).join('\n')).toContain(`๑. ชื่อโครงการ : ${ctx.d(m.name)}`);
    }
    expect(docsLog).toContain(`เอกสารแผนทั้งฉบับ: ${join(docsOut, expected.find((f) => f.startsWith('แผนปฏิบัติการ'))!)}`);
  });

  it('running `docs` again replaces the same files, but never one a person edited since', () => {
    const before = readdirSync(docsOut).sort();
    const log = run();
    expect(readdirSync(docsOut).sort()).toEqual(before);
    expect(log).not.toContain('ไม่ได้สร้างในครั้งนี้');
    const edited = before.find((f) => f.endsWith('.docx'))!;
    appendFileSync(join(docsOut, edited), 'typed by the officer');
    const typed = readFileSync(join(docsOut, edited));
    const third = run();
    expect(readFileSync(join(docsOut, edited)).equals(typed)).toBe(true);
    const beside = edited.replace(/\.docx$/, ' (2).docx');
    expect(third).toContain(join(docsOut, beside));
    expect(readdirSync(docsOut).sort()).toEqual([...before, beside].sort());
  });
});
