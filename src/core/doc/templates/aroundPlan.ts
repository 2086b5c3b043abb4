import type { PlanSettings } from '../../plan/model';
import { THAI_MONTHS, toBuddhistYear, type CalendarDate } from '../../thai/dates';
import { para, text, type Paragraph } from '../tree';

/**
 * Pieces shared by the documents around the plan (integrity report, announcement, memo).
 * Texts are returned with Arabic digits; templates pass them through ctx.d.
 */

/** "เทศบาลตำบลนาม่วง อำเภอกุดบาก จังหวัดสกลนคร": the parts the settings have. */
export function orgAddress(settings: Pick<PlanSettings, 'orgName' | 'district' | 'province'>): string {
  return [settings.orgName, settings.district && `อำเภอ${settings.district}`, settings.province && `จังหวัด${settings.province}`].filter((s) => s).join(' ');
}

/** "๓๑ มกราคม พ.ศ. ๒๕๖๐" as ประกาศ and คำสั่ง print it (formatThaiDate leaves out "พ.ศ."). */
export function formalDate(date: CalendarDate): string {
  return `${date.day} ${THAI_MONTHS[date.month - 1]} พ.ศ. ${toBuddhistYear(date.year)}`;
}

/** An unassigned ที่, dotted to be filled by hand. */
export const SHORT_DOTS = '.'.repeat(24);

/** A whole line of dots to the right margin, to be filled by hand (the ปลัด's opinion, the executive's order). */
export const dottedLine = (opts: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph => para('', { ...opts, dotted: true });

/** A label in bold followed by its value: "ส่วนราชการ  หน่วยตรวจสอบภายใน …". */
export function labelled(label: string, value: string, opts: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  return para([text(label, { bold: true }), text(`  ${value}`)], opts);
}

export const bold = (t: string, opts: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph => para([text(t, { bold: true })], opts);
