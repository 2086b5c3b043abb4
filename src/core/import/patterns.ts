/**
 * What the importer recognises in a plan's text, as data. Every pattern runs on a line's
 * recognition key (see lines.ts): Arabic digits, single spaces, no bullet or bold markers.
 * The variants come from the seeds: OCR and typing slips included ("มติที่", "มิตินี้").
 */
import type { MeasureDetails } from '../plan/model';

/** A page number on its own line: "- 12 -", "หน้า 12", "หน้า 12 จาก 75". */
export const PAGE_NUMBER: readonly RegExp[] = [/^[-–—]\s*\d{1,3}\s*[-–—]$/, /^หน้า\s*\d{1,3}(\s*(จาก|\/)\s*\d{1,3})?$/];

/** Lines that carry nothing: separators, page numbers, empty markdown table rows. */
export const NOISE_LINES: readonly RegExp[] = [
  /^#+$/,
  /^[\s|:-]*\|[\s|:-]*$/, // markdown table separators and empty rows ("|---|---|", "- | | |")
  ...PAGE_NUMBER,
];

/** "มิติที่ 2 การบริหาร…": the dimension number and what follows it. */
export const DIMENSION_HEADING = /^ม[ิี]?ติ\s*(?:ที่|นี้|ที)\s*([1-4])(?![\d.])\s*(.*)$/;

/** "โครงการ/กิจกรรม/มาตรการ ที่ 12": a measure's own heading in part 3. */
export const MEASURE_HEADING = /^(?:(?:โครงการ|กิจกรรม|มาตรการ)\s*\/?\s*){1,3}ที่\s*(\d{1,3})$/;

/** "2.2", "2.2.2 การจัดทำ…", "๓.๑.๑" alone: a sub-dimension or item heading ("2.1.1)" is a list number). */
export const CODE_HEADING = /^([1-4])\.(\d{1,2})(?:\.(\d{1,2}))?\.?(?![\d.)])\s*(.*)$/;

/** A list item's marker at the start of a line: "1)", "1.", "(1)", "-", "•" (not "2.1 …", a sub-number in the text). */
export const LIST_MARKER = /^(?:\(?\d{1,2}[.)](?!\d)|[-•*·])/;

/** "1. ชื่อโครงการ : …", "๑๐. ตัวชี้วัด/ผลลัพธ์": a numbered detail field. */
export const NUMBERED_FIELD = /^(\d{1,2})\s*[.)]\s*(.+)$/;

/**
 * "ส่วนที่ 3 …", "ภาคผนวก", the title of a measure's own document: a part of the document
 * starts; no measure runs across it, and its title lines are not a measure's text.
 */
export const PART_HEADING = /^(?:ส่วนที่\s*\d+|ภาคผนวก|บทที่\s*\d+|รายละเอียดโครงการ\s*\/\s*กิจกรรม\s*\/\s*มาตรการ)(?:\s|$)/;
/** A part heading is a short line; a long one is a sentence that happens to start that way. */
export const PART_HEADING_MAX = 80;

export type FieldKey = keyof MeasureDetails | 'name' | 'responsible';

/**
 * How a field's text is kept: one line (names, budgets), prose with its line breaks, or a
 * list whose items lose their typed numbering (the documents number them).
 */
export type FieldShape = 'line' | 'prose' | 'items';

export interface FieldSpec {
  readonly key: FieldKey;
  /** Labels as the seeds and both guidelines print them; a heading matches the longest label it starts with. */
  readonly labels: readonly string[];
  readonly shape: FieldShape;
}

/** Detail fields in document order (2566–2570: 9 fields; earlier guideline: 10, with พื้นที่ดำเนินการ). */
export const FIELD_SPECS: readonly FieldSpec[] = [
  { key: 'name', labels: ['ชื่อโครงการ/กิจกรรม/มาตรการ', 'ชื่อโครงการ', 'ชื่อกิจกรรม', 'ชื่อมาตรการ'], shape: 'line' },
  { key: 'rationale', labels: ['หลักการและเหตุผล', 'ที่มาและความสำคัญ', 'ความเป็นมา'], shape: 'prose' },
  { key: 'objectives', labels: ['วัตถุประสงค์'], shape: 'items' },
  { key: 'targetGroup', labels: ['กลุ่มเป้าหมาย', 'เป้าหมาย'], shape: 'items' },
  { key: 'area', labels: ['พื้นที่ดำเนินการ', 'สถานที่ดำเนินการ'], shape: 'line' },
  {
    key: 'method',
    labels: ['วิธีดำเนินการ', 'วิธีการดำเนินการ', 'วิธีดำเนินงาน', 'วิธีการดำเนินงาน', 'ขั้นตอนการดำเนินการ', 'ขั้นตอนการดำเนินงาน', 'ขั้นตอนดำเนินการ'],
    shape: 'items',
  },
  { key: 'duration', labels: ['ระยะเวลาดำเนินการ', 'ระยะเวลาการดำเนินการ', 'ระยะเวลาดำเนินงาน', 'ระยะเวลาการดำเนินงาน', 'ระยะเวลา'], shape: 'line' },
  { key: 'budgetText', labels: ['งบประมาณ'], shape: 'line' },
  { key: 'responsible', labels: ['ผู้รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'หน่วยงานที่รับผิดชอบ'], shape: 'line' },
  { key: 'outputs', labels: ['ผลผลิต'], shape: 'items' },
  // A combined "ผลผลิต/ผลลัพธ์" field opens on the outcomes; its "ผลผลิต" sub-heading moves the text back.
  { key: 'outcomes', labels: ['ผลผลิต/ผลลัพธ์', 'ตัวชี้วัด/ผลลัพธ์', 'ผลลัพธ์/ตัวชี้วัด', 'ตัวชี้วัด', 'ผลลัพธ์', 'ผลที่คาดว่าจะได้รับ'], shape: 'items' },
];

/** How much longer than its label a field heading may be ("งบประมาณที่ใช้ในการดำเนินการ"). */
export const LABEL_SLACK = 26;
/**
 * What may follow a label on an unnumbered heading line ("งบประมาณดำเนินการ", "ผู้รับผิดชอบ
 * โครงการ", "หลักการและเหตุผล/ที่มา…"): Word and Google Docs keep an automatic "7." out of the
 * text, so the words themselves must tell a heading from a list item ("งบประมาณรายจ่ายประจำปี").
 */
export const LABEL_TAIL = /^(?:\/.*|(?:ที่ใช้|ที่|ใน|การ|ของ|ดำเนิน|งาน|โครงการ|กิจกรรม|มาตรการ)*)$/;

/** Figures a document states (preface and summary table). */
export const STATED = {
  /** "มิติที่ ๒ การบริหาร… จำนวน ๒๗ โครงการ/กิจกรรม/มาตรการ" */
  prefaceDimension: /^ม[ิี]?ติ\s*(?:ที่|นี้)\s*([1-4])(?!\d).*?จำนวน\s*(\d[\d,]*)\s*(?:โครงการ|กิจกรรม|มาตรการ)/,
  /** "รวมทั้งสิ้นจำนวน ๔๒ โครงการ" */
  prefaceTotal: /รวม(?:ทั้งสิ้น|ทั้งหมด)?\s*(?:จำนวน)?\s*(\d[\d,]*)\s*(?:โครงการ|กิจกรรม|มาตรการ)/,
  /** The summary table's title line. */
  tableTitle: /ตารางสรุป|สรุปจำนวนโครงการ/,
  /** Its count column's header ("จำนวนโครงการ/กิจกรรม/มาตรการ", "จำนวน"). */
  countHeader: /^จำนวน/,
  /** "รวม มิติที่ 2" */
  dimensionTotal: /^รวม\s*ม[ิี]?ติ\s*(?:ที่)?\s*([1-4])$/,
  /** "รวมทั้งสิ้น" */
  grandTotal: /^รวม(?:ทั้งสิ้น|ทั้งหมด)$/,
  /** Codes inside a flattened cell: "2.1 การเปิดเผย… 2.1.1 การเปิดเผย…". */
  codeInCell: /(?:^|\s)([1-4]\.\d{1,2}(?:\.\d{1,2})?)(?=\s|$)/g,
} as const;

/** "(พ.ศ. 2566 – 2570)", "2562 - 2564": a span of Buddhist years. */
export const YEAR_RANGE = /(25\d\d)\s*[-–—]\s*(25\d\d)/g;
/** "ปีงบประมาณ พ.ศ. 2567" not followed by "– 2570": one fiscal year. */
export const SINGLE_YEAR = /(?:ปีงบประมาณ|ปี)\s*(?:พ\.\s?ศ\.\s*)?(25\d\d)(?!\s*[-–—]\s*25\d\d)/g;
/** A year the plan title names: lines that speak of the plan weigh more than any other span. */
export const PLAN_TITLE_WORD = /แผน/;

/** A per-year plan table's cells when PDF text puts one cell per line (see planTable.ts). */
export const PLAN_TABLE = {
  /** "ปี 2566", "ปีงบประมาณ 2566", "ปี พ.ศ. 2566", "พ.ศ. 2566": a year column's header. */
  yearCell: /^(?:งบประมาณ\s*)?(?:ปี\s*(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.\s*)?|พ\.\s?ศ\.\s*)(25\d\d)(?:\s*\(?บาท\)?)?$/,
  /** The other header cells: มิติ, ภารกิจ, โครงการ/กิจกรรม/มาตรการ, งบประมาณ, (บาท), หมายเหตุ, ลำดับ. */
  headerCell: /^(?:มิติ|ภารกิจ(?:ตามมิติ)?|(?:โครงการ|กิจกรรม|มาตรการ)(?:\s*\/\s*(?:กิจกรรม|มาตรการ))*|งบประมาณ(?:\s*\(บาท\))?|\(บาท\)|บาท|หมายเหตุ|ลำดับ(?:ที่)?)$/,
  /** "20,000", "5000", "20,000 บาท", "-". */
  amountCell: /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?:\s*บาท)?|[-–—])$/,
  /** The table's own running number before a name. */
  rowNumber: /^\(?[0-9๐-๙]{1,3}\s*[.)]\s*/,
  /** A row's first line: its name (perhaps numbered), or its number alone. */
  rowStart: /^(?:\(?\d{1,3}\s*[.)]\s*)?["“]?\s*(?:โครงการ|กิจกรรม|มาตรการ)|^\(?\d{1,3}\s*[.)]$/,
  /** "รวม 17 โครงการ", "รวม มิติที่ 1 จำนวน 8 โครงการ/…", "รวมทั้งสิ้น 50 โครงการ", "รวม": a total row (all, dimension, count). */
  totalRow: /^รวม(ทั้งสิ้น|ทั้งหมด)?\s*(?:ม[ิี]?ติ\s*(?:ที่)?\s*([1-4])\s*)?(?:จำนวน\s*)?(\d[\d,]*)?\s*(?:โครงการ|กิจกรรม|มาตรการ|$)/,
  /** Where part 3 starts without a part heading: the first detail entry. */
  detailStart: /^(?:\d{1,3}\s*[.)]\s*)?ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)/,
} as const;
