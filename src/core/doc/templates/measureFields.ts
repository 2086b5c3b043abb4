import type { FrameworkId } from '../../framework/types';
import type { MeasureDetails } from '../../plan/model';

/**
 * The numbered fields of a measure's detail page, per guideline, with the seeds' wording:
 * 2566–2570 (seed 000) and the earlier guideline (seed 003). Data, not code: the template
 * numbers the fields it prints, so an optional field shifts the numbers after it.
 */

/** Where a field's text comes from: the measure's own columns or one of its detail fields. */
export type FieldSource = 'name' | 'responsible' | 'budget' | keyof MeasureDetails;

export interface FieldPart {
  readonly source: FieldSource;
  /** Printed above the part when more than one part has text ("ผลผลิต", "ผลลัพธ์"). */
  readonly label?: string;
}

export interface MeasureField {
  readonly label: string;
  readonly parts: readonly FieldPart[];
  /** The value follows the label on its line ("๑. ชื่อโครงการ : …"). */
  readonly inline?: boolean;
  /** Prose keeps each line a paragraph; items number a multi-line cell ("๑)", "๒)"). */
  readonly style: 'prose' | 'items';
  /** Printed only when the cell has text (otherwise a blank field prints "-"). */
  readonly whenGiven?: boolean;
}

const one = (source: FieldSource): readonly FieldPart[] => [{ source }];

const NAME: MeasureField = { label: 'ชื่อโครงการ', parts: one('name'), inline: true, style: 'items' };
const RATIONALE: MeasureField = { label: 'หลักการและเหตุผล', parts: one('rationale'), style: 'prose' };
const OBJECTIVES: MeasureField = { label: 'วัตถุประสงค์', parts: one('objectives'), style: 'items' };
const METHOD: MeasureField = { label: 'วิธีดำเนินการ', parts: one('method'), style: 'items' };
const DURATION: MeasureField = { label: 'ระยะเวลาดำเนินการ', parts: one('duration'), style: 'items' };
const BUDGET: MeasureField = { label: 'งบประมาณดำเนินการ', parts: one('budget'), style: 'items' };
const RESULTS: readonly FieldPart[] = [
  { source: 'outputs', label: 'ผลผลิต' },
  { source: 'outcomes', label: 'ผลลัพธ์' },
];

export const MEASURE_FIELDS: Readonly<Record<FrameworkId, readonly MeasureField[]>> = {
  'nacc-2566': [
    NAME,
    RATIONALE,
    OBJECTIVES,
    { label: 'กลุ่มเป้าหมาย', parts: one('targetGroup'), style: 'items' },
    { label: 'พื้นที่ดำเนินการ', parts: one('area'), style: 'items', whenGiven: true },
    METHOD,
    DURATION,
    BUDGET,
    { label: 'ผู้รับผิดชอบโครงการ', parts: one('responsible'), style: 'items' },
    { label: 'ผลผลิต/ผลลัพธ์', parts: RESULTS, style: 'items' },
  ],
  'nacc-2561': [
    NAME,
    RATIONALE,
    OBJECTIVES,
    { label: 'เป้าหมาย', parts: one('targetGroup'), style: 'items' },
    { label: 'พื้นที่ดำเนินการ', parts: one('area'), style: 'items' },
    METHOD,
    DURATION,
    BUDGET,
    { label: 'ผู้รับผิดชอบ', parts: one('responsible'), style: 'items' },
    { label: 'ตัวชี้วัด/ผลลัพธ์', parts: RESULTS, style: 'items' },
  ],
};
