import { tableGrid } from './tableGrid';
import { DOC_FONT, type List, type Paragraph, type Table } from './tree';

/**
 * Column widths from a table's content, shared by both renderers so Docs and Word lay a table
 * out alike. The tree's widths are the starting proportions; a column then gets at least the
 * room its longest unbreakable piece needs: an amount, a percentage, a date's figures, a code
 * ("๑๑๕,๐๐๐" must never wrap), and each word of a header (so "ผู้รับผิดชอบ" is never cut
 * mid-word). Thai has no spaces between words: header words are found with the small vocabulary
 * below, the words our headers are made of; Word, LibreOffice and Docs then break a header at
 * these boundaries or finer ones, never inside a word. The room is taken from the columns of
 * running text, which wrap between words anyway.
 */

const PT_PER_CM = 72 / 2.54;
/** Cell padding both renderers use (1 mm each side) plus a little slack for rounding in the layout. */
const CELL_PADDING_CM = 0.2 + 0.12;

/**
 * Advance widths in em of TH Sarabun New (measured on Laksaman, its metric twin, bold face:
 * the wider of the two): Thai digits are wider than Arabic ones; marks above and below take no room.
 */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e)) return 0;
  if (c >= 0x0e50 && c <= 0x0e59) return 0.69;
  if (ch === 'เ' || ch === 'โ' || ch === 'ใ' || ch === 'ไ') return 0.38;
  if (ch === 'ะ' || ch === 'า' || ch === 'ำ' || ch === 'แ') return 0.56;
  if (c >= 0x0e01 && c <= 0x0e5b) return 0.62;
  if (c >= 0x30 && c <= 0x39) return 0.57;
  if (ch === ',' || ch === '.' || ch === ':' || ch === ';') return 0.26;
  if (ch === ' ') return 0.33;
  if (ch === '(' || ch === ')' || ch === '-' || ch === '/') return 0.33;
  if (ch === '%') return 0.88;
  return 0.6;
}

/** Estimated printed width of a text in cm at a font size in points. */
export function textWidthCm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return (em * sizePt) / PT_PER_CM;
}

const DIGIT = /[0-9๐-๙]/;
/** A figure: digits with separators, signs, a percent or brackets, and nothing else. */
const FIGURE = /^[-–−+(]?[0-9๐-๙][0-9๐-๙,.:/%]*\)?$/;

/** Words of the tables' headers, longest first so "ใช้จริง" wins over "ใช้". */
const HEADER_WORDS = [
  // Where Word and LibreOffice may break a compound ("ดำเนิน|การ", "งบ|ประมาณ") it is two words here;
  // "ผู้รับผิดชอบ" (one word in their dictionaries), "โครงการ" and the like no line may cut.
  'โครงการ', 'กิจกรรม', 'มาตรการ', 'จำนวน', 'ตาม', 'แผน', 'ดำเนิน', 'การ', 'แล้ว', 'อยู่', 'ระหว่าง', 'ยัง', 'ไม่', 'ยกเลิก', 'รายงาน',
  'ร้อยละ', 'ใช้', 'จริง', 'งบ', 'ประมาณ', 'ระยะ', 'เวลา', 'หน่วยงาน', 'ผู้รับผิดชอบ', 'รับผิดชอบ', 'ตัวชี้วัด', 'แผนงาน', 'ขั้นตอน', 'วิธี',
  'แนวทาง', 'ปฏิบัติ', 'ความ', 'สำเร็จ', 'ผลลัพธ์', 'ภารกิจ', 'มิติ', 'หมายเหตุ', 'สถานะ', 'รหัส', 'บาท', 'ที่', 'ผล', 'รอ', 'หรือ',
  // Short labels in body cells: durations and the units that answer for a measure.
  'ปี', 'ประชาสัมพันธ์', 'สำนัก', 'ปลัด', 'เทศบาล', 'งาน', 'กอง', 'คลัง', 'ช่าง', 'ศึกษา', 'สาธารณสุข', 'นิติ', 'ตรวจสอบ', 'ภายใน',
  'ทุก', 'ส่วน', 'ราชการ', 'บุคคล', 'ตลอด', 'เดือน', 'ทั้ง',
  // Words of the risk table's labels (ขั้นตอน/งานดำเนินงาน, its first column).
  'กระบวนการ', 'ลำดับ', 'จัดซื้อ', 'จัดจ้าง', 'พัสดุ', 'ทรัพย์สิน', 'อนุญาต', 'บริการ', 'ประชาชน', 'เบิกจ่าย', 'เงิน',
].sort((a, b) => b.length - a.length);

/** Splits run-together Thai into the vocabulary's words (text between known words stays one piece). */
export function headerWords(text: string): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (let i = 0; i < text.length; ) {
    const word = HEADER_WORDS.find((w) => text.startsWith(w, i));
    if (word) {
      if (pending) pieces.push(pending);
      pending = '';
      pieces.push(word);
      i += word.length;
    } else {
      pending += text[i];
      i++;
    }
  }
  if (pending) pieces.push(pending);
  return pieces;
}

/** A body cell this short is a label (a duration, a unit): its words are kept whole too. */
const LABEL_CHARS = 40;
/** A label's piece outside the vocabulary counts at most this wide (cm): Word finds the words inside it. */
const LABEL_PIECE_CAP = 2.2;

/** Pieces of a cell's text that must stay on one line. */
export function unbreakablePieces(text: string, header: boolean): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (header) return words.flatMap((w) => w.split(/(?<=\/)/)).flatMap(headerWords);
  const figures = words.filter((w) => DIGIT.test(w) && FIGURE.test(w));
  if (text.length > LABEL_CHARS) return figures;
  return [...figures, ...words.filter((w) => !FIGURE.test(w)).flatMap((w) => w.split(/(?<=\/)/)).flatMap(headerWords)];
}

/** Lines a header may wrap to before its column is widened. */
const HEADER_LINES = 3;

/** A column of running text keeps at least this much (cm), or its share when that is less… */
const TEXT_COLUMN_FLOOR = 2.5;
/** …and at least this part of its share. */
const TEXT_SHARE_KEPT = 0.75;

function blockTexts(b: Paragraph | List): string[] {
  const runs = (rs: readonly { text: string }[]) => rs.map((r) => r.text).join('');
  return b.kind === 'paragraph' ? [runs(b.runs)] : b.items.map((i) => runs(i.runs));
}

/** Each column's width in cm for a table `widthCm` wide. */
export function fitColumns(table: Table, widthCm: number): number[] {
  const grid = tableGrid(table);
  const cols = Math.max(grid.cols, table.widths.length);
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const start = Array.from({ length: cols }, (_, c) => ((table.widths[c] ?? 0) / total) * widthCm);
  const size = table.fontSize ?? DOC_FONT.size;
  // Figures must fit (hard); words of headers and labels should (soft).
  const hard = new Array<number>(cols).fill(0);
  const soft = new Array<number>(cols).fill(0);
  for (const { row, col, cell } of grid.cells) {
    if ((cell.colSpan ?? 1) > 1) continue;
    const pieces = cell.blocks.flatMap(blockTexts).flatMap((t) => unbreakablePieces(t, row < table.headerRows));
    // A header should take at most three lines: a header wrapped word by word down a narrow column wastes the row.
    if (row < table.headerRows) {
      const whole = cell.blocks.flatMap(blockTexts).reduce((m, t) => Math.max(m, textWidthCm(t, size)), 0);
      soft[col] = Math.max(soft[col], whole / HEADER_LINES + CELL_PADDING_CM);
    }
    for (const p of pieces) {
      const width = textWidthCm(p, size) + CELL_PADDING_CM;
      if (FIGURE.test(p)) hard[col] = Math.max(hard[col], width);
      else soft[col] = Math.max(soft[col], row < table.headerRows ? width : Math.min(width, LABEL_PIECE_CAP + CELL_PADDING_CM));
    }
  }
  // A column of running text keeps most of its intended share: the name of a measure needs the room more than a header needs one line less.
  const floor = (c: number) => Math.min(start[c], Math.max(TEXT_COLUMN_FLOOR, start[c] * TEXT_SHARE_KEPT));
  const need = soft.map((n, c) => Math.max(n, hard[c], floor(c)));
  return spread(start, need, hard, widthCm);
}

/** Raises columns below their need, taking the room from the others in proportion to what they can spare. */
function spread(start: readonly number[], need: readonly number[], hard: readonly number[], widthCm: number): number[] {
  const totalNeed = need.reduce((a, b) => a + b, 0);
  if (totalNeed >= widthCm) {
    // Not enough room for every word: figures keep their width, the rest share what is left by need.
    const hardTotal = hard.reduce((a, b) => a + b, 0);
    if (hardTotal >= widthCm) return hard.map((n) => (n / hardTotal) * widthCm);
    const extra = need.map((n, c) => n - hard[c]);
    const extraTotal = extra.reduce((a, b) => a + b, 0);
    return hard.map((h, c) => h + (extra[c] / extraTotal) * (widthCm - hardTotal));
  }
  const widths = start.map((w, c) => Math.max(w, need[c]));
  const excess = widths.reduce((a, b) => a + b, 0) - widthCm;
  if (excess <= 1e-9) return widths;
  const spare = widths.map((w, c) => (start[c] > need[c] ? w - need[c] : 0));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => w - (spare[c] / spareTotal) * excess);
}
