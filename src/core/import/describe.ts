import type { ImportPreview, JobResult } from '../api';
import { dimensionSheetName } from '../workbook/layout';
import type { ImportPlan } from './intoWorkbook';
import type { ParsedPlan } from './parsePlan';
import { fieldFill, fillLines } from './fill';
import { describeProblem } from './problems';
import type { StatedCounts } from './stated';

/** What an import found and will do (preview) or did (result), in Thai, for the add-on and the command line. */

/** Names listed per dimension before "และอีก N รายการ". */
const NAMES_SHOWN = 5;

function statedLine(label: string, counts: StatedCounts): string | undefined {
  const parts = ['1', '2', '3', '4'].filter((k) => counts[k]).map((k) => `มิติที่ ${k} = ${counts[k].count}`);
  if (counts.total) parts.push(`รวม ${counts.total.count}`);
  return parts.length > 0 ? `${label}: ${parts.join(', ')}` : undefined;
}

/** The figures the document states, one line per place it states them. */
function statedLines(parsed: ParsedPlan): string[] {
  return [statedLine('จำนวนที่ระบุในคำนำ', parsed.stated.preface), statedLine('จำนวนที่ระบุในตารางสรุป', parsed.stated.table)].filter(
    (l): l is string => l !== undefined,
  );
}

function documentLine(parsed: ParsedPlan): string {
  const org = parsed.orgName || 'ไม่พบชื่อหน่วยงานในเอกสาร';
  const years = parsed.yearsStated ? `พ.ศ. ${parsed.firstYear}–${parsed.lastYear}` : `ไม่ระบุปี (ใช้ ${parsed.firstYear}–${parsed.lastYear} ตามแนวทาง)`;
  return `เอกสาร: ${org} (${years}) พบ ${parsed.measures.length} โครงการ/กิจกรรม/มาตรการ`;
}

function skippedText(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} และอีก ${names.length - NAMES_SHOWN} รายการ` : shown;
}

function dimensionLines(plan: ImportPlan, verb: string): string[] {
  return plan.dimensions
    .filter((d) => d.found > 0)
    .map((d) => {
      const skipped = d.skipped.length > 0 ? `, ข้าม ${d.skipped.length} รายการที่มีชื่ออยู่แล้ว (${skippedText(d.skipped)})` : '';
      return `${dimensionSheetName(d.dimension)}: พบ ${d.found}, ${verb} ${d.added}${skipped}`;
    });
}

function guidelineLines(parsed: ParsedPlan, plan: ImportPlan): string[] {
  const lines = [parsed.frameworkReason];
  if (parsed.frameworkId !== plan.settings.frameworkId) {
    lines.push('สมุดงานนี้ตั้งค่าแนวทางต่างจากเอกสาร: รหัสภารกิจแปลงตามชื่อภารกิจ (ถ้าต้องการใช้แนวทางของเอกสาร ให้แก้ "กรอบการจัดทำแผน" ในแผ่นงานข้อมูลหน่วยงานก่อนนำเข้า)');
  }
  return lines;
}

export function describePreview(parsed: ParsedPlan, plan: ImportPlan): ImportPreview {
  const total = plan.added.length;
  const skipped = plan.dimensions.reduce((n, d) => n + d.skipped.length, 0);
  const ok = parsed.measures.length > 0;
  const message = ok
    ? [
        documentLine(parsed),
        ...guidelineLines(parsed, plan),
        `จะเพิ่มแถวใหม่ ${total} รายการ${skipped > 0 ? ` และข้าม ${skipped} รายการที่มีชื่ออยู่แล้วในแผ่นงาน` : ''} ข้อมูลเดิมไม่ถูกเขียนทับ`,
        ...dimensionLines(plan, 'จะเพิ่ม'),
        ...fillLines(fieldFill(parsed)),
        ...statedLines(parsed),
      ].join('\n')
    : 'ไม่พบโครงการ/กิจกรรม/มาตรการในเอกสารนี้ ตรวจสอบว่าเป็นแผนปฏิบัติการป้องกันการทุจริตที่มีส่วนรายละเอียดโครงการ';
  return {
    ok,
    message,
    counts: plan.dimensions.map((d) => ({ dimension: d.dimension, count: d.found })),
    problems: plan.problems.map(describeProblem),
    fill: fieldFill(parsed),
  };
}

export function describeImport(parsed: ParsedPlan, plan: ImportPlan, scaffolded: boolean): JobResult {
  const skipped = plan.dimensions.reduce((n, d) => n + d.skipped.length, 0);
  const message =
    plan.added.length > 0
      ? `นำเข้าแผนเดิมแล้ว: เพิ่ม ${plan.added.length} โครงการ/กิจกรรม/มาตรการ${skipped > 0 ? ` (ข้าม ${skipped} รายการที่มีอยู่แล้ว)` : ''} ข้อมูลเดิมไม่ถูกเขียนทับ`
      : skipped > 0
        ? `ไม่มีรายการใหม่: ทั้ง ${skipped} รายการมีชื่ออยู่ในแผ่นงานแล้ว จึงไม่เพิ่มซ้ำ`
        : 'ไม่พบโครงการ/กิจกรรม/มาตรการที่จะนำเข้า';
  const details = [
    ...(scaffolded ? ['สร้างแผ่นงานของแผนตามข้อมูลในเอกสารก่อนนำเข้า'] : []),
    documentLine(parsed),
    ...guidelineLines(parsed, plan),
    ...dimensionLines(plan, 'เพิ่ม'),
    ...fillLines(fieldFill(parsed)),
    ...statedLines(parsed),
    ...(plan.statedWritten > 0 ? [`บันทึกตัวเลขที่เอกสารระบุ ${plan.statedWritten} ช่องในแผ่นงานสรุป (ใช้ตรวจสอบกับจำนวนจริง)`] : []),
    ...(plan.problems.length > 0 ? [`สิ่งที่ต้องตรวจสอบ ${plan.problems.length} รายการ:`, ...plan.problems.map(describeProblem)] : []),
  ];
  return { ok: plan.added.length > 0 || skipped > 0, message, details };
}
