/**
 * Layout writers: one generated plan printed the ways real plans print it (Word, PDF text,
 * Google Docs), then damaged the ways text extraction damages it. Each writer is a set of
 * choices, so the corpus covers their combinations rather than one document.
 */
import { getDimension, getFramework } from '../../../src/core/framework/framework';
import { DIMENSION_NOS } from '../../../src/core/framework/types';
import { toThaiDigits } from '../../../src/core/thai/digits';
import { formatBaht } from '../../../src/core/thai/money';
import { findPlace } from '../../../src/core/framework/framework';
import { chance, pick, rng, type GenMeasure, type GenPlan } from './plans';

export interface Layout {
  readonly name: string;
  /** "1. ชื่อโครงการ" and numbered fields per entry; "N. ชื่อโครงการ" (running number) and bare labels; "1)" fields. */
  readonly fields: 'numbered' | 'running' | 'paren';
  /** "โครงการ/กิจกรรม/มาตรการ ที่ N" above each entry. */
  readonly entryHeading: boolean;
  readonly colon: boolean;
  /** "วัตถุประสงค์ เพื่อ…": a label and its first content line on one line. */
  readonly joinLabel: boolean;
  readonly thaiDigits: boolean;
  /** Lines longer than this wrap (PDF); undefined: one line per paragraph (Word). */
  readonly wrap?: number;
  readonly marker: '1)' | '-' | '(1)';
  readonly table: 'none' | 'tabs' | 'cell-per-line';
  /** Sub-dimension and item headings in part 3 (plans with a table often leave them out). */
  readonly detailCodes: boolean;
  /** Outputs and outcomes as two fields; otherwise one "ตัวชี้วัด/ผลลัพธ์" field (outcomes only). */
  readonly outputsField: boolean;
  /** Quirks of one document: a measure with no detail entry, an entry printed twice, details numbered apart from the table, names worded differently. */
  readonly missingDetail?: boolean;
  readonly duplicateDetail?: boolean;
  readonly renumbered?: boolean;
  readonly nameVariant?: boolean;
  /** Part 3's dimension headings worded as the other guideline words them (sub-dimension and item titles stay). */
  readonly otherDimensionTitles?: boolean;
  /** Table rows as one line each: the name, then its amounts separated by spaces (PDF text of a narrow table). */
  readonly tableRowLines?: boolean;
  /** Tab rows without the empty cells merged cells leave on the left. */
  readonly dropEmptyCells?: boolean;
  /** The other wording of each label, as other plans print them ("วิธีการดำเนินงาน", "หน่วยงานรับผิดชอบ"). */
  readonly otherLabels?: boolean;
}

const OTHER_LABELS: Record<string, string> = {
  หลักการและเหตุผล: 'หลักการและเหตุผล/ที่มาของโครงการ',
  วัตถุประสงค์: 'วัตถุประสงค์ของโครงการ',
  เป้าหมาย: 'กลุ่มเป้าหมาย',
  วิธีดำเนินการ: 'วิธีการดำเนินงาน',
  ระยะเวลาดำเนินการ: 'ระยะเวลาในการดำเนินการ',
  งบประมาณดำเนินการ: 'งบประมาณที่ใช้ในการดำเนินการ',
  ผู้รับผิดชอบโครงการ: 'หน่วยงานที่รับผิดชอบ',
  'ตัวชี้วัด/ผลลัพธ์': 'ผลที่คาดว่าจะได้รับ',
};

export type Damage = 'blank-lines-removed' | 'indentation-removed' | 'lines-joined' | 'page-breaks';

const LABELS = {
  rationale: 'หลักการและเหตุผล',
  objectives: 'วัตถุประสงค์',
  targetGroup: 'เป้าหมาย',
  area: 'พื้นที่ดำเนินการ',
  method: 'วิธีดำเนินการ',
  duration: 'ระยะเวลาดำเนินการ',
  budgetText: 'งบประมาณดำเนินการ',
  responsible: 'ผู้รับผิดชอบโครงการ',
  outputs: 'ผลผลิต',
  outcomes: 'ตัวชี้วัด/ผลลัพธ์',
} as const;

/** What a measure's detail page says about its budget, as the truth's budgetText. */
export function budgetText(m: GenMeasure, years: readonly number[]): string {
  const amounts = years.map((y) => m.budgets[y] ?? 0);
  if (amounts.every((a) => a === 0)) return 'ไม่ใช้งบประมาณ';
  if (amounts.every((a) => a === amounts[0])) return `ปีละ ${formatBaht(amounts[0])} บาท`;
  return years.filter((y) => m.budgets[y]).map((y) => `ปี ${y} จำนวน ${formatBaht(m.budgets[y])} บาท`).join(' ');
}

/** Detail fields in print order, with how each is printed. */
function detailFields(m: GenMeasure, plan: GenPlan, layout: Layout): { label: string; lines: string[]; list: boolean }[] {
  const fields: { label: string; lines: string[]; list: boolean }[] = [
    { label: LABELS.rationale, lines: [...m.rationale], list: false },
    { label: LABELS.objectives, lines: [...m.objectives], list: true },
    { label: LABELS.targetGroup, lines: [...m.targetGroup], list: false },
  ];
  if (m.area) fields.push({ label: LABELS.area, lines: [m.area], list: false });
  fields.push(
    { label: LABELS.method, lines: [...m.method], list: true },
    { label: LABELS.duration, lines: [m.duration], list: false },
    { label: LABELS.budgetText, lines: [budgetText(m, plan.years)], list: false },
    { label: LABELS.responsible, lines: [m.responsible], list: false },
  );
  if (layout.outputsField) fields.push({ label: LABELS.outputs, lines: [...m.outputs], list: true }, { label: 'ผลลัพธ์', lines: [...m.outcomes], list: true });
  else fields.push({ label: LABELS.outcomes, lines: [...m.outcomes], list: true });
  return fields;
}

function marker(layout: Layout, i: number): string {
  switch (layout.marker) {
    case '1)':
      return `${i + 1}) `;
    case '(1)':
      return `(${i + 1}) `;
    case '-':
      return '- ';
  }
}

/** A paragraph cut at spaces to a width, as PDF text extraction gives it. */
function wrap(text: string, width: number | undefined): string[] {
  if (!width || text.length <= width) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

function entry(m: GenMeasure, running: number, plan: GenPlan, layout: Layout, nameShown: string): string[] {
  const out: string[] = [];
  if (layout.entryHeading) out.push(`โครงการ/กิจกรรม/มาตรการ ที่ ${running}`);
  const sep = layout.colon ? ' : ' : ' ';
  const num = (n: number) => (layout.fields === 'numbered' ? `${n}. ` : layout.fields === 'paren' ? `${n}) ` : '');
  out.push(`${layout.fields === 'running' ? `${running}. ` : num(1)}ชื่อโครงการ${sep}${nameShown}`);
  detailFields(m, plan, layout).forEach((f, i) => {
    const body = f.lines.flatMap((line, j) => {
      const text = f.list ? `${marker(layout, j)}${line}` : line;
      return wrap(text, layout.wrap).map((l, k) => (k === 0 ? l : `  ${l}`));
    });
    const label = `${num(i + 2)}${(layout.otherLabels && OTHER_LABELS[f.label]) || f.label}${layout.colon ? ' :' : ''}`;
    if (layout.joinLabel) out.push(`${label} ${body[0]}`, ...body.slice(1));
    else out.push(label, ...body.map((l) => `    ${l}`));
  });
  return out;
}

function amountCell(baht: number | undefined, r: () => number): string {
  if (baht) return formatBaht(baht);
  return chance(r, 0.5) ? '-' : '';
}

/** Part 2: the per-year plan table, per dimension, with a total row. */
function planTable(plan: GenPlan, layout: Layout, r: () => number, tableName: (m: GenMeasure) => string): string[] {
  const out: string[] = ['ส่วนที่ 2', 'แผนปฏิบัติการป้องกันการทุจริต'];
  const yearHeads = plan.years.map((y) => `ปี ${y}`);
  if (layout.table === 'tabs') out.push(['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...yearHeads.map((y) => `${y} งบประมาณ (บาท)`), 'หมายเหตุ'].join('\t'));
  else out.push('มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...yearHeads.flatMap((y) => [y, 'งบประมาณ', '(บาท)']), 'หมายเหตุ');
  for (const no of DIMENSION_NOS) {
    const mine = plan.measures.filter((m) => m.dimension === no);
    const dimTitle = `มิติที่ ${no} ${getDimension(plan.framework, no).title}`;
    let lastCode = '';
    let n = 0;
    if (layout.table === 'cell-per-line') out.push(dimTitle);
    for (const m of mine) {
      const place = findPlace(plan.framework, m.code)!;
      const codeCell = m.code !== lastCode ? `${m.code} ${(place.item ?? place.sub).title}` : '';
      lastCode = m.code;
      n++;
      const amounts = plan.years.map((y) => amountCell(m.budgets[y], r));
      const name = `${n}. ${tableName(m)}`;
      if (layout.table === 'tabs') {
        const cells = [n === 1 ? dimTitle : '', codeCell, name, ...amounts, m.budgets[plan.years[0]] ? 'ต่อเนื่อง' : ''];
        out.push((layout.dropEmptyCells ? cells.slice(cells.findIndex((c) => c !== '')) : cells).join('\t'));
      } else if (layout.tableRowLines) out.push(...(codeCell ? [codeCell] : []), [name, ...amounts.filter((a) => a !== '')].join(' '));
      else out.push(...(codeCell ? [codeCell] : []), ...wrap(name, layout.wrap), ...amounts);
    }
    const totals = plan.years.map((y) => mine.reduce((s, m) => s + (m.budgets[y] ?? 0), 0));
    const withAmounts = chance(r, 0.5);
    const totalCells = withAmounts ? totals.map((t) => (t ? formatBaht(t) : '-')) : [];
    if (layout.table === 'tabs') out.push([`รวม ${mine.length} โครงการ`, '', '', ...(withAmounts ? totalCells : plan.years.map(() => '')), ''].join('\t'));
    else out.push(`รวม ${mine.length} โครงการ`, ...totalCells);
  }
  return out;
}

/** Prints a plan in a layout; `seed` varies the small choices (blank cells as "-" or empty). */
export function writePlan(plan: GenPlan, layout: Layout, seed: number): string {
  const r = rng(seed);
  const skipped = layout.missingDetail ? plan.measures[Math.floor(plan.measures.length / 2)] : undefined;
  const twice = layout.duplicateDetail ? plan.measures[Math.floor(plan.measures.length / 3)] : undefined;
  // A slightly different wording in the table: a word dropped or quotes added, as retyped plans do.
  const variant = (m: GenMeasure) => {
    // The measure printed in the table only keeps its name: nothing else says what it is called.
    if (!layout.nameVariant || plan.measures.indexOf(m) % 3 !== 1 || m === skipped) return m.name;
    const shorter = m.name.replace(`ของ${plan.orgName}`, '');
    return shorter !== m.name ? shorter : m.name.replace(/^(โครงการ|กิจกรรม|มาตรการ)/, '$1 “') + '”';
  };
  const years = `(พ.ศ. ${plan.years[0]} – ${plan.years[plan.years.length - 1]})`;
  const lines: string[] = [
    `แผนปฏิบัติการป้องกันการทุจริต ${years}`,
    plan.orgName,
    'คำนำ',
    `${plan.orgName}ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต ${years} รวมทั้งสิ้นจำนวน ${plan.measures.length} โครงการ ดังนี้`,
    ...DIMENSION_NOS.map((no) => `มิติที่ ${no} ${getDimension(plan.framework, no).title} จำนวน ${plan.measures.filter((m) => m.dimension === no).length} โครงการ`),
    `${plan.orgName}`,
  ];
  if (layout.table !== 'none') lines.push(...planTable(plan, layout, r, variant));
  lines.push('ส่วนที่ 3', 'รายละเอียดโครงการ/กิจกรรม/มาตรการ');
  let running = 0;
  let lastCode = '';
  let lastSub = '';
  for (const no of DIMENSION_NOS) {
    const titles = layout.otherDimensionTitles ? getFramework(plan.framework.id === 'nacc-2566' ? 'nacc-2561' : 'nacc-2566') : plan.framework;
    lines.push(`มิติที่ ${no} ${getDimension(titles, no).title}`);
    for (const m of plan.measures.filter((x) => x.dimension === no)) {
      running++;
      if (layout.detailCodes && m.code !== lastCode) {
        const place = findPlace(plan.framework, m.code)!;
        if (place.item && place.sub.code !== lastSub) lines.push(`${place.sub.code} ${place.sub.title}`);
        lines.push(...wrap(`${m.code} ${(place.item ?? place.sub).title}`, layout.wrap));
        lastCode = m.code;
        lastSub = place.sub.code;
      }
      if (m === skipped) continue;
      const shown = layout.renumbered ? running + 100 : running;
      lines.push(...entry(m, shown, plan, layout, m.name));
      if (m === twice) lines.push(...entry(m, shown, plan, layout, m.name));
    }
  }
  let text = lines.join(layout.wrap ? '\n' : '\n\n');
  if (layout.thaiDigits) text = toThaiDigits(text);
  void pick;
  return text;
}

/** What extraction does to text: blank lines dropped, indentation dropped, a label joined with the line after it. */
export function damage(text: string, steps: readonly Damage[], seed: number): string {
  const r = rng(seed);
  let lines = text.split('\n');
  for (const step of steps) {
    switch (step) {
      case 'blank-lines-removed':
        lines = lines.filter((l) => l.trim() !== '');
        break;
      case 'indentation-removed':
        lines = lines.map((l) => l.trimStart());
        break;
      case 'page-breaks': {
        // Every 40 lines a page ends: its number, then the running header of the next page.
        const out: string[] = [];
        lines.forEach((line, i) => {
          out.push(line);
          if (i > 0 && i % 40 === 0) out.push(`- ${i / 40} -`, 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส');
        });
        lines = out;
        break;
      }
      case 'lines-joined': {
        const out: string[] = [];
        for (let i = 0; i < lines.length; i++) {
          const label = Object.values(LABELS).some((l) => lines[i].trim().replace(/^[\d๐-๙]+[.)]\s*/, '').replace(/\s*:$/, '') === l);
          let j = i + 1;
          while (j < lines.length && lines[j].trim() === '') j++;
          if (label && j < lines.length && chance(r, 0.5)) {
            out.push(`${lines[i]} ${lines[j].trim()}`);
            i = j;
          } else out.push(lines[i]);
        }
        lines = out;
        break;
      }
    }
  }
  return lines.join('\n');
}
