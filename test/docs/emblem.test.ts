/**
 * The organisation's emblem: a PNG read by its header (size, checksum, whole file), set once in
 * ข้อมูลหน่วยงาน, and printed by every template that carries an emblem at its proportions.
 */
import { encodePng } from '../../src/core/chart/png';
import { EMBLEM_HEIGHT, EMBLEM_PIXELS, builtInEmblem } from '../../src/core/doc/emblem';
import { addOnEmblem, emblemSettingOf, emblemValueProblem } from '../../src/core/doc/emblemSetting';
import { coveringMemoDocument } from '../../src/core/doc/templates/coveringMemo';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import type { Emblem } from '../../src/core/doc/tree';
import { readPngImage, type PngImage } from '../../src/core/image/pngImage';
import { buildMemo } from '../../src/core/memo/model';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { SHEET } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows, readSettings } from '../../src/core/workbook/settings';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';

/** A tall 40×120 picture: proportions unlike the built-in 330×200. */
const TALL = encodePng({ width: 40, height: 120, palette: ['#ffffff', '#000000'], pixels: new Uint8Array(40 * 120).map((_, i) => i % 3 === 0 ? 1 : 0) });

const image = (bytes: Uint8Array): PngImage => {
  const read = readPngImage(bytes);
  if ('error' in read) throw new Error(read.error);
  return read;
};
const errorOf = (bytes: Uint8Array | number[]) => {
  const read = readPngImage(Uint8Array.from(bytes));
  return 'error' in read ? read.error : '';
};

describe('the PNG header reader', () => {
  it('reads the size of real PNGs: the encoder\'s and the built-in emblem', () => {
    expect(image(TALL).pixels).toEqual({ width: 40, height: 120 });
    expect(image(builtInEmblem().png).pixels).toEqual(EMBLEM_PIXELS);
  });

  it('refuses what is not a PNG, saying what it is', () => {
    expect(errorOf([])).toContain('ว่างเปล่า');
    expect(errorOf([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])).toContain('JPEG');
    expect(errorOf([...Buffer.from('%PDF-1.7\n')])).toContain('PDF');
    expect(errorOf([...Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')])).toContain('SVG');
    expect(errorOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toContain('ไม่ใช่ภาพ PNG');
  });

  it('refuses damaged PNGs: a header cut short or altered, a file cut before its end', () => {
    expect(errorOf(TALL.slice(0, 20))).toContain('IHDR');
    const altered = TALL.slice();
    altered[19] ^= 0x40; // the height's low byte: the checksum no longer matches
    expect(errorOf(altered)).toContain('รหัสตรวจสอบ');
    expect(errorOf(TALL.slice(0, TALL.length - 30))).toContain('ไม่ครบ');
  });
});

const emblems = (blocks: readonly { kind: string }[]) => blocks.filter((b): b is Emblem => b.kind === 'emblem');

describe('templates with the organisation\'s emblem', () => {
  const plan = { ...SAMPLE_PLAN, emblem: image(TALL) };

  it('the plan cover and the memo carry the custom picture at their printed heights, its proportions kept', () => {
    const [cover] = emblems(planDocument(plan).blocks);
    const memoTree = coveringMemoDocument(plan, buildMemo(plan, { unit: 'สำนักปลัด', ref: '' }, { about: 'plan' }, { year: 2024, month: 4, day: 1 }));
    const [memo] = emblems(memoTree.blocks);
    for (const [e, height] of [[cover, EMBLEM_HEIGHT.cover], [memo, EMBLEM_HEIGHT.memo]] as const) {
      expect(e.png).toBe(TALL);
      expect(e.pixels).toEqual({ width: 40, height: 120 });
      expect(e.heightCm).toBe(height);
    }
  });

  it('without one they carry the built-in Garuda', () => {
    const [cover] = emblems(planDocument(SAMPLE_PLAN).blocks);
    expect(cover.png).toBe(builtInEmblem().png);
    expect(cover.pixels).toEqual(EMBLEM_PIXELS);
  });
});

describe('the ตราหน่วยงาน setting', () => {
  const typed = (value: string): { book: Book; cell: string } => {
    const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
    const row = locateSettingRows(book.get(SHEET.settings)!).emblem!;
    setCell(book, SHEET.settings, row, SETTINGS_VALUE_COL, value);
    return { book, cell: `B${row}` };
  };

  it('a new workbook has the row, blank: the built-in Garuda, no finding, no notice', () => {
    const book = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
    const read = readSettings(book.get(SHEET.settings)!);
    expect(read.rows.emblem).toBeDefined();
    expect(emblemSettingOf(read)).toBeUndefined();
    expect(addOnEmblem(sourceOf(book))).toEqual({ notice: [] });
    expect(validateWorkbook(sourceOf(book)).filter((f) => f.code === 'EMBLEM_UNUSABLE')).toEqual([]);
  });

  it('names its cell; the add-on says it keeps the built-in Garuda', () => {
    const { book, cell } = typed('ตรา/ตราเทศบาล.png');
    const read = readSettings(book.get(SHEET.settings)!);
    expect(emblemSettingOf(read)).toEqual({ value: 'ตรา/ตราเทศบาล.png', cell: `${SHEET.settings}!${cell}` });
    const { image, notice } = addOnEmblem(sourceOf(book));
    expect(image).toBeUndefined();
    expect(notice[0]).toContain(`${SHEET.settings}!${cell}`);
    expect(notice[0]).toContain('ตราครุฑในตัว');
    expect(notice[0]).toContain('อัปโหลด');
  });

  it('a value that cannot be a PNG is a warning naming its cell; a plausible one is left to the file check', () => {
    expect(emblemValueProblem('ตรา.PNG')).toBeUndefined();
    expect(emblemValueProblem('C:\\ตรา\\ตราเทศบาล')).toBeUndefined();
    expect(emblemValueProblem('ตรา.jpg')).toContain('.jpg');
    expect(emblemValueProblem('https://drive.google.com/file/d/abc/view')).toContain('ลิงก์เว็บ');
    const { book, cell } = typed('ตราเทศบาล.jpeg');
    const [finding, ...rest] = validateWorkbook(sourceOf(book)).filter((f) => f.code === 'EMBLEM_UNUSABLE');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', sheet: SHEET.settings, cell });
    expect(finding.message).toContain('.jpeg');
  });
});
