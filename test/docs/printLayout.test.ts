import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { renderDocx } from '../../src/cli/docx/renderDocx';
import { fitColumns, headerWords, textWidthCm, unbreakablePieces } from '../../src/core/doc/columnWidths';
import { EMBLEM_PIXELS, builtInEmblem } from '../../src/core/doc/emblem';
import { signatureLines } from '../../src/core/doc/signatureLines';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { cell, para, type Table } from '../../src/core/doc/tree';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';

/** What makes a document look official on paper, checked in the tree, the widths and the .docx XML. */

async function docxParts(buffer: Buffer): Promise<{ document: string; headers: string[]; media: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files);
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    headers: await Promise.all(names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string'))),
    media: names.filter((n) => n.startsWith('word/media/')),
  };
}

describe('column widths from content', () => {
  const amountTable = (amount: string): Table => ({
    kind: 'table',
    widths: [12, 1, 1],
    headerRows: 1,
    fontSize: 14,
    rows: [
      { cells: [cell('โครงการ/กิจกรรม/มาตรการ'), cell('ปี ๒๕๖๗'), cell('รวม')] },
      { cells: [cell('โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการบริหารงานตามหลักธรรมาภิบาล'), cell(amount), cell(amount)] },
    ],
  });

  it('gives an amount column at least the width of its widest amount, taken from the text column', () => {
    const widths = fitColumns(amountTable('๑,๑๕๐,๐๐๐'), 16);
    const need = textWidthCm('๑,๑๕๐,๐๐๐', 14);
    expect(widths[1]).toBeGreaterThan(need);
    expect(widths[2]).toBeGreaterThan(need);
    // The proportions alone would give each 16/14 ≈ 1.1 cm: the amount would wrap.
    expect(16 / 14).toBeLessThan(need);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(16, 6);
  });

  it('keeps the tree proportions when everything fits', () => {
    const table: Table = { kind: 'table', widths: [1, 1], headerRows: 0, rows: [{ cells: [cell('๑๐'), cell('๒๐')] }] };
    expect(fitColumns(table, 16)).toEqual([8, 8]);
  });

  it('breaks header words only between words: "ผู้รับผิดชอบ" and "โครงการ" stay whole', () => {
    expect(headerWords('หน่วยงานรับผิดชอบ')).toEqual(['หน่วยงาน', 'รับผิดชอบ']);
    expect(headerWords('ผู้รับผิดชอบ')).toEqual(['ผู้รับผิดชอบ']);
    expect(unbreakablePieces('จำนวนโครงการ/กิจกรรม/มาตรการตามแผน', true)).toEqual(['จำนวน', 'โครงการ', '/', 'กิจกรรม', '/', 'มาตรการ', 'ตาม', 'แผน']);
    expect(unbreakablePieces('งบประมาณตามแผน (บาท)', true)).toEqual(['งบ', 'ประมาณ', 'ตาม', 'แผน', '(', 'บาท', ')']);
    // In body text only figures are kept whole, and short labels' words.
    expect(unbreakablePieces('ใช้งบประมาณ ๑๙๕,๐๐๐ บาท คิดเป็นร้อยละ ๕๐.๑๐ ของงบประมาณตามแผนทั้งหมดของเทศบาล', false)).toEqual(['๑๙๕,๐๐๐', '๕๐.๑๐']);
  });

  it('measures Thai digits wider than Arabic ones and marks above the line as nothing', () => {
    expect(textWidthCm('๑๑๕,๐๐๐', 16)).toBeGreaterThan(textWidthCm('115,000', 16));
    expect(textWidthCm('กี่', 16)).toBeCloseTo(textWidthCm('ก', 16), 6);
  });
});

describe('the built-in emblem', () => {
  it('is a PNG of the size it says, drawn in black on white with grey edges', () => {
    const { png } = builtInEmblem();
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([EMBLEM_PIXELS.width, EMBLEM_PIXELS.height]);
    // IDAT → one filter byte per row, then one palette index per pixel: ink in the middle, paper at the corner.
    const idat = Buffer.from(png).indexOf('IDAT');
    const length = view.getUint32(idat - 4);
    const raw = inflateSync(Buffer.from(png.subarray(idat + 4, idat + 4 + length)));
    const { width, height } = EMBLEM_PIXELS;
    expect(raw.length).toBe((width + 1) * height);
    // Undo the rows' "Up" filter (filter byte 2): each byte adds the one above it.
    const pixels = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) pixels[y * width + x] = (raw[y * (width + 1) + 1 + x] + (raw[y * (width + 1)] === 2 ? pixels[(y - 1) * width + x] : 0)) & 255;
    }
    expect(pixels[(height - 1) * width]).toBe(0);
    expect(pixels[Math.round(height * 0.55) * width + width / 2]).toBe(Math.max(...pixels)); // the body, fully inked
    const inked = pixels.filter((p) => p > 0).length;
    expect(inked / (width * height)).toBeGreaterThan(0.15);
  });
});

describe('signature blocks', () => {
  it('keep every line with the next, so a block never splits over two pages', () => {
    const lines = signatureLines({ kind: 'signature', label: 'ผู้รายงาน', name: 'นางสาวมาลัย ซื่อตรง', position: 'นิติกรชำนาญการ', date: 'วันที่ ๓๑ มีนาคม ๒๕๖๗' });
    expect(lines.map((l) => !!l.keepWithNext)).toEqual([true, true, true, false]);
  });
});

describe('the plan as .docx on paper', () => {
  let parts: Awaited<ReturnType<typeof docxParts>>;
  beforeAll(async () => {
    parts = await docxParts(await renderDocx(planDocument(SAMPLE_PLAN)));
  });

  it('numbers pages in Thai digits at the top centre from the second page: the cover has an empty first-page header', () => {
    expect(parts.document).toMatch(/<w:titlePg\/>/);
    expect(parts.document).toMatch(/<w:pgNumType w:fmt="thaiNumbers"\/>/);
    const numbered = parts.headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) expect(h).toMatch(/<w:jc w:val="center"\/>/);
    expect(parts.headers.some((h) => !/PAGE/.test(h) && !/<w:t[ >]/.test(h))).toBe(true);
  });

  it('prints สารบัญ entries with a dotted leader to a page reference of a bookmark on their heading', () => {
    const refs = [...parts.document.matchAll(/PAGEREF (\w+)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    const bookmarks = new Set([...parts.document.matchAll(/<w:bookmarkStart [^>]*w:name="(\w+)"/g)].map((m) => m[1]));
    for (const r of refs) expect([r, bookmarks.has(r)]).toEqual([r, true]);
    expect(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/.test(parts.document)).toBe(true);
  });

  it('never splits a table row across pages (rows under a tall merged cell excepted: LibreOffice would move the whole group)', () => {
    expect(parts.document.match(/<w:cantSplit\/>/g)!.length).toBeGreaterThan(10);
  });

  it('puts the emblem on the cover', () => {
    expect(parts.media.length).toBeGreaterThan(0);
    const cover = parts.document.slice(0, parts.document.indexOf('คำนำ'));
    expect(cover).toMatch(/<w:drawing>/);
  });

  it('justifies Thai prose with distributed spacing', async () => {
    const justified = await docxParts(await renderDocx({ title: 't', page: planDocument(SAMPLE_PLAN).page, blocks: [para('ตามที่เทศบาลได้จัดทำแผน', { align: 'justify' })] }));
    expect(justified.document).toContain('<w:jc w:val="thaiDistribute"/>');
  });
});
