/**
 * The emblem kept in the spreadsheet (hidden tab SHEET.emblem): real PNG bytes go through the
 * writes, a snapshot and back unchanged; a damaged tab gives a Thai reason; the settings cell's
 * marker decides that documents use it.
 */
import { encodePng } from '../../src/core/chart/png';
import { addOnEmblem, emblemChoice } from '../../src/core/doc/emblemSetting';
import { decodeBase64, encodeBase64 } from '../../src/core/image/base64';
import { EMBLEM_TAB, EMBLEM_TAB_NOTE, MAX_EMBLEM_BYTES, emblemWrites, readStoredEmblem, storedEmblemMarker } from '../../src/core/workbook/emblemTab';
import { EMPTY_SNAPSHOT, applyWrites, type GridWrite, type SheetSnapshot } from '../../src/core/workbook/grid';
import { SHEET } from '../../src/core/workbook/layout';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import { buildBook, setCell, sourceOf } from '../fixtures/workbook';

/** Noise compresses badly, so this PNG spans several chunks. */
let seed = 1;
const noise = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const BIG = encodePng({ width: 300, height: 300, palette: Array.from({ length: 256 }, (_, i) => `#${i.toString(16).padStart(2, '0')}0000`), pixels: new Uint8Array(300 * 300).map(noise) });
const SMALL = encodePng({ width: 20, height: 30, palette: ['#ffffff', '#000000'], pixels: new Uint8Array(600).map((_, i) => i % 2) });

function written(fileName: string, bytes: Uint8Array): GridWrite[] {
  const result = emblemWrites(fileName, bytes);
  if ('error' in result) throw new Error(result.error);
  return result.writes;
}
const snapshotOf = (writes: readonly GridWrite[]): SheetSnapshot => applyWrites(EMPTY_SNAPSHOT, writes);

describe('base64', () => {
  it('matches Node for every length remainder and refuses what is not base64', () => {
    for (const bytes of [new Uint8Array(), Uint8Array.of(1), Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3), BIG]) {
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
    expect(decodeBase64('ab$d')).toBeUndefined();
    expect(decodeBase64('abc')).toBeUndefined();
    expect(decodeBase64('a=bc')).toBeUndefined();
  });
});

describe('the emblem tab', () => {
  it('round trip: one write, a note row, name/size/hash, chunks in column A, the same bytes back', () => {
    const writes = written('ตรา/ตราเทศบาล.png', BIG);
    expect(writes).toHaveLength(1);
    const snap = snapshotOf(writes);
    expect(snap.values[0][0]).toBe(EMBLEM_TAB_NOTE);
    expect(snap.values[1].slice(0, 2)).toEqual(['ตราเทศบาล.png', BIG.length]);
    const chunks = snap.values.slice(EMBLEM_TAB.firstChunkRow - 1).map((r) => String(r[0]));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(EMBLEM_TAB.chunkChars);
    const stored = readStoredEmblem(snap);
    expect(stored).toEqual({ fileName: 'ตราเทศบาล.png', image: { png: BIG, pixels: { width: 300, height: 300 } } });
  });

  it('rows left below the picture (an earlier, larger upload) are not read', () => {
    const snap = snapshotOf([...written('ใหญ่.png', BIG), ...written('เล็ก.png', SMALL)]);
    expect(readStoredEmblem(snap)).toMatchObject({ fileName: 'เล็ก.png', image: { png: SMALL } });
  });

  it('a damaged chunk, a changed size or a non-PNG give a Thai reason; no tab or an empty one, nothing', () => {
    const snap = snapshotOf(written('ตรา.png', BIG));
    const edited = { ...snap, values: snap.values.map((r, i) => (i === EMBLEM_TAB.firstChunkRow ? [`x${String(r[0]).slice(1)}`, ...r.slice(1)] : r)) };
    expect(readStoredEmblem(edited)).toEqual({ error: expect.stringContaining('รหัสตรวจสอบไม่ตรง') });
    const resized = { ...snap, values: snap.values.map((r, i) => (i === EMBLEM_TAB.infoRow - 1 ? [r[0], 'มาก', r[2]] : r)) };
    expect(readStoredEmblem(resized)).toEqual({ error: expect.stringContaining(SHEET.emblem) });
    expect(readStoredEmblem(undefined)).toBeUndefined();
    expect(readStoredEmblem(EMPTY_SNAPSHOT)).toBeUndefined();
  });

  it('refuses a JPEG, a cut-short PNG and a file over 1 MB, in Thai', () => {
    expect(emblemWrites('ตรา.png', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2))).toEqual({ error: expect.stringContaining('JPEG') });
    expect(emblemWrites('ตรา.png', SMALL.subarray(0, SMALL.length - 12))).toEqual({ error: expect.stringContaining('ไม่ครบ') });
    const huge = new Uint8Array(MAX_EMBLEM_BYTES + 1);
    huge.set(SMALL);
    expect(emblemWrites('ตรา.png', huge)).toEqual({ error: expect.stringContaining('1 MB') });
  });
});

const storedFindings = (source: Parameters<typeof validateWorkbook>[0]) => validateWorkbook(source).filter((f) => f.code === 'EMBLEM_STORED_UNUSABLE');

describe('which emblem documents carry', () => {
  const book = (cell: string, tab?: readonly GridWrite[]) => {
    const b = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
    setCell(b, SHEET.settings, locateSettingRows(b.get(SHEET.settings)!).emblem!, SETTINGS_VALUE_COL, cell);
    if (tab) b.set(SHEET.emblem, snapshotOf(tab));
    return sourceOf(b);
  };

  it('the marker and a stored emblem: that picture, in the add-on without a notice', () => {
    const source = book(storedEmblemMarker('ตรา.png'), written('ตรา.png', SMALL));
    expect(emblemChoice(source)).toMatchObject({ kind: 'stored', image: { png: SMALL } });
    expect(addOnEmblem(source)).toMatchObject({ image: { png: SMALL }, notice: [] });
    expect(storedFindings(source)).toEqual([]);
  });

  it('the marker without a stored emblem: unusable, the add-on keeps the Garuda and says why', () => {
    const source = book(storedEmblemMarker('ตรา.png'));
    expect(emblemChoice(source)).toMatchObject({ kind: 'unusable' });
    const { image, notice } = addOnEmblem(source);
    expect(image).toBeUndefined();
    expect(notice[0]).toContain('ไม่มีตราเก็บไว้');
    expect(notice[0]).toContain('ตราครุฑในตัว');
  });

  it('validation warns at the settings cell when the marker is set but the stored emblem is gone or damaged', () => {
    const cell = (source: ReturnType<typeof book>) => `B${locateSettingRows(source(SHEET.settings)!).emblem}`;
    const gone = book(storedEmblemMarker('ตรา.png'));
    const [finding, ...rest] = storedFindings(gone);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', sheet: SHEET.settings, cell: cell(gone) });
    expect(finding.message).toContain('ไม่มีตราเก็บไว้');
    expect(finding.message).toContain('ตราครุฑในตัว');
    const tab = written('ตรา.png', SMALL);
    const cut = tab.map((w) => ({ ...w, values: w.values.map((r, i) => (i === EMBLEM_TAB.firstChunkRow - 1 ? [String(r[0]).slice(0, 10), ...r.slice(1)] : r)) }));
    const [damaged] = storedFindings(book(storedEmblemMarker('ตรา.png'), cut));
    expect(damaged.message).toContain('ถูกแก้ไขหรือไม่ครบ');
    // A path is the command line's to check when it reads the file, not this rule's.
    expect(storedFindings(book('ตรา/อื่น.png'))).toEqual([]);
  });

  it('blank: the Garuda even when a tab is left; a path: the file, not the tab', () => {
    expect(emblemChoice(book('', written('ตรา.png', SMALL)))).toEqual({ kind: 'builtIn' });
    expect(emblemChoice(book('ตรา/อื่น.png', written('ตรา.png', SMALL)))).toMatchObject({ kind: 'file' });
  });
});
