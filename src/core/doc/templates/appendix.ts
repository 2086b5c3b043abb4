import type { CommitteeMember } from '../../appendix/read';
import { COMMITTEE_DUTIES } from '../../appendix/layout';
import type { Plan } from '../../plan/model';
import { toBuddhistYear, type CalendarDate } from '../../thai/dates';
import { listLabel } from '../listLabel';
import { OFFICIAL_PAGE, heading, para, type Block, type DocumentTree } from '../tree';
import { SHORT_DOTS, bold, formalDate } from './aroundPlan';
import { PLAN_TITLE, docContext, yearSpan, type DocContext } from './context';

/**
 * The plan's ภาคผนวก, in the layout of คำสั่ง and ประกาศ (ระเบียบงานสารบรรณ): the order appointing
 * the plan committee (members by role, their duties, the date and the executive's signature; the
 * order's number is left to the registry, as the memo's ที่ is) and the announcement adopting the
 * plan. Both name the organisation and the plan's years; digits follow the settings.
 */

export const APPENDIX_TITLE = {
  order: 'คำสั่งแต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต',
  adoption: 'ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต',
} as const;

const RULE = '---------------------------------';

export function committeeOrderDocument(plan: Plan, members: readonly CommitteeMember[], date: CalendarDate): DocumentTree {
  const ctx = docContext(plan);
  const { orgName, executive } = plan.settings;
  const blocks: Block[] = [
    heading(1, ctx.d(`คำสั่ง${orgName}`)),
    bold(ctx.d(`ที่ ${SHORT_DOTS}/${toBuddhistYear(date.year)}`), { align: 'center' }),
    bold(ctx.d(`เรื่อง แต่งตั้งคณะกรรมการจัดทำ${PLAN_TITLE} (${yearSpan(ctx)})`), { align: 'center' }),
    para(RULE, { align: 'center' }),
    para(ctx.d(`เพื่อให้การจัดทำ${PLAN_TITLE}ของ${orgName} เป็นไปตามกรอบแนวทางของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) และใช้เป็นแนวทางในการป้องกันการทุจริตของหน่วยงานอย่างเป็นรูปธรรม จึงแต่งตั้งคณะกรรมการจัดทำ${PLAN_TITLE} ประกอบด้วย`), { firstLineIndent: true, align: 'justify' }),
    ...members.map((m, i) => para(ctx.d(`${i + 1}. ${m.text.name}  ${m.text.position}  ${m.role ?? m.text.role}`), { indent: 1 })),
    para(ctx.d('ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้'), { firstLineIndent: true }),
    ...numbered(ctx, COMMITTEE_DUTIES),
    para(ctx.d('ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'), { firstLineIndent: true }),
    para(ctx.d(`สั่ง ณ วันที่ ${formalDate(date)}`), { indent: 3 }),
    { kind: 'signature', name: executive.name, position: executive.position },
  ];
  return { title: ctx.d(`${APPENDIX_TITLE.order} ${orgName}`), page: OFFICIAL_PAGE, digits: ctx.digits, blocks };
}

export function adoptionDocument(plan: Plan, date: CalendarDate): DocumentTree {
  const ctx = docContext(plan);
  const { orgName, executive } = plan.settings;
  const span = yearSpan(ctx);
  const p = (t: string) => para(ctx.d(t), { firstLineIndent: true, align: 'justify' });
  const blocks: Block[] = [
    heading(1, ctx.d(`ประกาศ${orgName}`)),
    bold(ctx.d(`เรื่อง ประกาศใช้${PLAN_TITLE} (${span})`), { align: 'center' }),
    para(RULE, { align: 'center' }),
    p(`ตามที่สำนักงาน ป.ป.ช. ได้กำหนดกรอบการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น เพื่อให้องค์กรปกครองส่วนท้องถิ่นใช้เป็นแนวทางในการป้องกันการทุจริตและยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) นั้น`),
    p(`${orgName}ได้จัดทำ${PLAN_TITLE} (${span}) โดยคณะกรรมการจัดทำแผนเรียบร้อยแล้ว จึงประกาศใช้${PLAN_TITLE} (${span}) ของ${orgName} เพื่อเป็นแนวทางในการดำเนินการป้องกันการทุจริตของหน่วยงานต่อไป รายละเอียดปรากฏตามแผนแนบท้ายประกาศนี้`),
    p('จึงประกาศให้ทราบโดยทั่วกัน'),
    para(ctx.d(`ประกาศ ณ วันที่ ${formalDate(date)}`), { indent: 3 }),
    { kind: 'signature', name: executive.name, position: executive.position },
  ];
  return { title: ctx.d(`${APPENDIX_TITLE.adoption} ${orgName} (${span})`), page: OFFICIAL_PAGE, digits: ctx.digits, blocks };
}

function numbered(ctx: DocContext, items: readonly string[]): Block[] {
  return items.map((item, i) => para(ctx.d(`${listLabel(true, i, ctx.digits)} ${item}`), { indent: 1 }));
}
