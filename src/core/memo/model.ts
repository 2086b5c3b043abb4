import type { MemoAbout, MonitoringRound } from '../api';
import { getFramework } from '../framework/framework';
import type { IntegrityYear } from '../integrity/report';
import { monitoringFigures, percentDone, percentSpent } from '../monitoring/figures';
import { ROUND_LABEL } from '../monitoring/period';
import type { MonitoringRow } from '../monitoring/read';
import { STATUS, PENDING_LABEL } from '../monitoring/status';
import { planFigures } from '../plan/figures';
import type { Plan, Signatory } from '../plan/model';
import type { CalendarDate } from '../thai/dates';
import { formatBaht } from '../thai/money';
import { orgAddress } from '../doc/templates/aroundPlan';
import { INTEGRITY_TITLE, fiscalYearLine } from '../doc/templates/integrityReport';
import { PLAN_TITLE } from '../doc/templates/context';
import type { MemoSettings } from './settings';

/**
 * บันทึกข้อความ that submits a report to the executive, as seed 001's: its fields in the order
 * of ระเบียบงานสารบรรณ, the facts computed from the report it covers, and the signatories from
 * the settings (sender = ผู้จัดทำรายงาน, the ปลัด = ผู้รับรองรายงาน, the executive). Texts carry
 * Arabic digits; the template applies the setting.
 */


/** What a memo covers, with what its facts are computed from. */
export type MemoCovers =
  | { readonly about: 'plan' }
  | { readonly about: 'integrity'; readonly year: IntegrityYear }
  | { readonly about: 'monitoring'; readonly fiscalYear: number; readonly round: MonitoringRound; readonly rows: readonly MonitoringRow[] };

export interface Memo {
  /** The file name: what is submitted, short. */
  readonly title: string;
  readonly office: string; // ส่วนราชการ
  readonly ref: string; // ที่
  readonly date: CalendarDate; // วันที่
  readonly subjects: readonly string[]; // เรื่อง (numbered when more than one)
  readonly to: string; // เรียน
  readonly background: readonly string[]; // ต้นเรื่อง
  readonly facts: readonly string[]; // ข้อเท็จจริง
  readonly regulations: readonly string[]; // ระเบียบ/กฎหมายที่เกี่ยวข้อง
  readonly proposal: readonly string[]; // ข้อเสนอแนะ/เพื่อพิจารณา
  readonly closing: string;
  readonly sender: Signatory;
  readonly reviewer: Signatory; // the ปลัด, who gives an opinion
  readonly executive: Signatory; // who orders
}

/** The headings of a memo's body, in official order. */
export const MEMO_SECTIONS = {
  background: 'ต้นเรื่อง',
  facts: 'ข้อเท็จจริง',
  regulations: 'ระเบียบ/กฎหมายที่เกี่ยวข้อง',
  proposal: 'ข้อเสนอแนะ/เพื่อพิจารณา',
} as const;

const MASTER_PLAN = 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็น การต่อต้านการทุจริตและประพฤติมิชอบ (พ.ศ. 2561–2580)';
const NACC_PLAN_GUIDE = 'แนวทางการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น ของสำนักงาน ป.ป.ช.';
const ITA = 'หลักเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงาน ป.ป.ช.';

/** The regulations each kind of memo cites, as data. */
export const MEMO_REGULATIONS: Readonly<Record<MemoAbout, readonly string[]>> = {
  plan: [MASTER_PLAN, NACC_PLAN_GUIDE],
  integrity: [MASTER_PLAN, ITA],
  monitoring: [MASTER_PLAN, NACC_PLAN_GUIDE, ITA],
};

export function buildMemo(plan: Plan, memo: MemoSettings, covers: MemoCovers, date: CalendarDate): Memo {
  const { settings } = plan;
  const body = bodyOf(plan, covers, memo.unit || settings.orgName);
  return {
    title: body.title,
    office: [memo.unit, orgAddress(settings)].filter((s) => s).join(' '),
    ref: memo.ref,
    date,
    subjects: body.subjects,
    to: settings.executive.position,
    background: [body.background],
    facts: body.facts,
    regulations: MEMO_REGULATIONS[covers.about],
    proposal: [body.proposal],
    closing: covers.about === 'plan' ? 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ' : 'จึงเรียนมาเพื่อโปรดทราบ',
    sender: settings.preparer,
    reviewer: settings.approver,
    executive: settings.executive,
  };
}

interface Body {
  readonly title: string;
  readonly subjects: readonly string[];
  readonly background: string;
  readonly facts: readonly string[];
  readonly proposal: string;
}

function bodyOf(plan: Plan, covers: MemoCovers, sender: string): Body {
  switch (covers.about) {
    case 'plan': return planBody(plan, sender);
    case 'integrity': return integrityBody(covers.year, sender);
    case 'monitoring': return monitoringBody(plan, covers, sender);
  }
}

const joined = (subjects: readonly string[]) => subjects.join(' และ');

function planBody(plan: Plan, sender: string): Body {
  const { settings } = plan;
  const span = settings.firstYear === settings.lastYear ? `พ.ศ. ${settings.firstYear}` : `พ.ศ. ${settings.firstYear}–${settings.lastYear}`;
  const title = `${PLAN_TITLE} ${span}`;
  const figures = planFigures(plan);
  const framework = getFramework(settings.frameworkId);
  return {
    title: `บันทึกข้อความ เสนอแผนปฏิบัติการป้องกันการทุจริต ${span}`,
    subjects: [`ขออนุมัติ${title}`],
    background: `ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้กำหนดแนวทางให้องค์กรปกครองส่วนท้องถิ่นจัดทำ${PLAN_TITLE} เพื่อใช้เป็นกรอบในการป้องกันการทุจริต และเป็นส่วนหนึ่งของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) นั้น`,
    facts: [
      `บัดนี้${sender} ได้จัดทำ${title} เสร็จเรียบร้อยแล้ว ประกอบด้วย ${framework.dimensions.length} มิติ รวม ${figures.total.count} โครงการ/กิจกรรม/มาตรการ งบประมาณรวม ${formatBaht(figures.total.total)} บาท ดังนี้`,
      ...framework.dimensions.map((d) => {
        const f = figures.byDimension.get(d.no)!;
        return `- มิติที่ ${d.no} ${d.title} จำนวน ${f.count} โครงการ/กิจกรรม/มาตรการ งบประมาณ ${formatBaht(f.total)} บาท`;
      }),
    ],
    proposal: `ดังนั้น เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงเห็นควรเสนอ${title} ต่อผู้บริหารเพื่อพิจารณาอนุมัติและประกาศใช้ และเผยแพร่ทางเว็บไซต์ของหน่วยงาน รายละเอียดตามเอกสารแนบท้ายนี้`,
  };
}

function integrityBody(year: IntegrityYear, sender: string): Body {
  const yearLine = fiscalYearLine(year.year);
  const subjects = [
    `จัดทำ${INTEGRITY_TITLE.measures} ${yearLine}`,
    ...(year.hasResults ? [`${INTEGRITY_TITLE.report} ${yearLine}`] : []),
  ];
  const reported = year.areas.flatMap((a) => a.practices).filter((p) => p.covered.result !== '').length;
  return {
    title: `บันทึกข้อความ เสนอ${year.hasResults ? 'รายงานผล' : ''}มาตรการส่งเสริมคุณธรรม ปีงบประมาณ ${year.year}`,
    subjects,
    background: `ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้กำหนดให้มีการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) กำหนดให้มีการ${joined(subjects)} นั้น`,
    facts: [
      `บัดนี้${sender} ได้ดำเนินการ${joined(subjects)} เสร็จเรียบร้อยแล้ว`,
      `${INTEGRITY_TITLE.measures} ${yearLine} ประกอบด้วย ${year.areas.length} ด้าน รวม ${year.practiceCount} มาตรการ/แนวทางการปฏิบัติ` +
        (year.hasResults ? ` มีผลการดำเนินการแล้ว ${reported} มาตรการ/แนวทางการปฏิบัติ` : ''),
    ],
    proposal: `ดังนั้น เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงขอรายงานการ${joined(subjects)} ให้ผู้บริหารทราบ รายละเอียดตามเอกสารแนบท้ายนี้`,
  };
}

function monitoringBody(plan: Plan, covers: Extract<MemoCovers, { about: 'monitoring' }>, sender: string): Body {
  const { settings } = plan;
  const report = `รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต ${fiscalYearLine(covers.fiscalYear)} รอบ ${ROUND_LABEL[covers.round]}`;
  const f = monitoringFigures(covers.rows, getFramework(settings.frameworkId)).total;
  const spent = percentSpent(f);
  return {
    title: `บันทึกข้อความ เสนอรายงานการกำกับติดตาม ปีงบประมาณ ${covers.fiscalYear} รอบ ${ROUND_LABEL[covers.round]}`,
    subjects: [report],
    background: `ตามที่${settings.orgName}ได้จัดทำ${PLAN_TITLE} และกำหนดให้มีการกำกับติดตามผลการดำเนินการตามแผน รอบ 6 เดือน และรอบ 12 เดือน เพื่อรายงานต่อผู้บริหารและเผยแพร่ต่อสาธารณะ นั้น`,
    facts: [
      `บัดนี้${sender} ได้จัดทำ${report} เสร็จเรียบร้อยแล้ว โครงการ/กิจกรรม/มาตรการตามแผนในปีงบประมาณนี้ จำนวน ${f.planned} รายการ ดังนี้`,
      `- ${STATUS.done} ${f.byStatus.done} รายการ (ร้อยละ ${percentDone(f).toFixed(2)})`,
      `- ${STATUS.inProgress} ${f.byStatus.inProgress} รายการ`,
      `- ${STATUS.notStarted} ${f.byStatus.notStarted} รายการ`,
      `- ${STATUS.cancelled} ${f.byStatus.cancelled} รายการ`,
      ...(f.pending ? [`- ${PENDING_LABEL} ${f.pending} รายการ`] : []),
      `งบประมาณตามแผน ${formatBaht(f.budgetPlanned)} บาท ใช้จริง ${formatBaht(f.spent)} บาท` + (spent === undefined ? '' : ` (ร้อยละ ${spent.toFixed(2)})`),
    ],
    proposal: `ดังนั้น เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงขอเสนอ${report} ให้ผู้บริหารทราบ และเห็นควรเผยแพร่ทางเว็บไซต์ของหน่วยงาน รายละเอียดตามเอกสารแนบท้ายนี้`,
  };
}
