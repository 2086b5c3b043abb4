/**
 * The measure detail pages of the seeds (real published plans), read from their extracted text
 * for the template tests: each page's numbered field labels in order, and the measure they
 * describe. Seed 000 follows the 2566–2570 guideline (9 fields), seed 003 the earlier one (10).
 */
import { EMPTY_DETAILS, type Measure, type MeasureDetails } from '../../src/core/plan/model';
import type { DimensionNo } from '../../src/core/framework/types';
import { toArabicDigits } from '../../src/core/thai/digits';
import { seedText } from '../seeds';

export interface SeedField {
  readonly no: number;
  readonly label: string;
  /** Lines under the label (or after "label :"), as printed (list markers included). */
  readonly lines: readonly string[];
}

export interface SeedPage {
  readonly code: string;
  readonly fields: readonly SeedField[];
  readonly measure: Measure;
}

const FIELD = /^([0-9๐-๙]{1,2})\.\s*(ชื่อโครงการ|หลักการและเหตุผล[^\s]*|วัตถุประสงค์|กลุ่มเป้าหมาย|เป้าหมาย[^\s]*|พื้นที่ดำเนินการ|วิธี[^\s]*ดำเนิน[^\s]*|ระยะเวลา[^\s]*|งบประมาณ[^\s]*|ผู้รับผิดชอบ[^\s]*|ผลผลิต\/ผลลัพธ์|ตัวชี้วัด\/ผลลัพธ์)\s*(?::\s*(.*))?$/;
const CODE = /^([0-9๐-๙]\.[0-9๐-๙](?:\.[0-9๐-๙])?)(?:\s|$)/;

export function readSeedPages(file: string): SeedPage[] {
  const lines = seedText(file).split('\n').map((l) => l.replace(/\*\*/g, '').trim());
  const pages: SeedPage[] = [];
  let code = '';
  let fields: SeedField[] | null = null;
  const close = () => {
    if (fields && fields.length > 0 && fields[0].label === 'ชื่อโครงการ') pages.push({ code, fields, measure: toMeasure(code, fields) });
    fields = null;
  };
  for (const line of lines) {
    if (line === '' || line === '#####') continue;
    const field = FIELD.exec(line);
    if (field) {
      const no = Number(toArabicDigits(field[1]));
      if (no === 1) close();
      fields ??= [];
      fields.push({ no, label: field[2], lines: field[3] ? [field[3].trim()] : [] });
      continue;
    }
    const heading = CODE.exec(line);
    if (heading || /^ม[ิ]?ติที่ /.test(line) || /^โครงการ\/กิจกรรม\/มาตรการ ที่/.test(line)) {
      close();
      if (heading) code = toArabicDigits(heading[1]);
      continue;
    }
    const current = fields?.[fields.length - 1];
    if (current) (current.lines as string[]).push(line);
  }
  close();
  return pages;
}

function toMeasure(code: string, fields: readonly SeedField[]): Measure {
  const get = (label: RegExp) => fields.find((f) => label.test(f.label))?.lines ?? [];
  // Typed as a planner would paste them: one item per line, markers and all (the template drops them).
  const items = (label: RegExp) => get(label).join('\n');
  const results = get(/ผลผลิต\/ผลลัพธ์|ตัวชี้วัด/);
  const split = results.indexOf('ผลลัพธ์');
  const outputs = results[0] === 'ผลผลิต' ? results.slice(1, split < 0 ? undefined : split) : [];
  const outcomes = results[0] === 'ผลผลิต' ? (split < 0 ? [] : results.slice(split + 1)) : results;
  const details: MeasureDetails = {
    ...EMPTY_DETAILS,
    rationale: get(/หลักการ/).join('\n'),
    objectives: items(/วัตถุประสงค์/),
    targetGroup: items(/เป้าหมาย/),
    area: items(/พื้นที่/),
    method: items(/วิธี/),
    duration: items(/ระยะเวลา/),
    budgetText: items(/งบประมาณ/),
    outputs: outputs.join('\n'),
    outcomes: outcomes.join('\n'),
  };
  return {
    dimension: Number(code[0]) as DimensionNo,
    no: '1',
    code,
    name: get(/ชื่อโครงการ/).join(' ').trim(),
    type: '',
    budgets: {},
    responsible: get(/ผู้รับผิดชอบ/).join(' ').trim(),
    remark: '',
    details,
    docUrl: '',
  };
}
