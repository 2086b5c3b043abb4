import type { Memo } from '../memo/model';
import { MEMO_REGULATIONS } from '../memo/model';
import type { MemoSettings } from '../memo/settings';
import { orgAddress } from '../doc/templates/aroundPlan';
import { PLAN_TITLE } from '../doc/templates/context';
import { coveringMemoDocument } from '../doc/templates/coveringMemo';
import type { DocumentTree } from '../doc/tree';
import type { Plan } from '../plan/model';
import type { CalendarDate } from '../thai/dates';
import type { ReviewState } from './state';

export const REVIEW_MEMO_TITLE = 'บันทึกข้อความ รายงานผลการตรวจทานแผนปฏิบัติการป้องกันการทุจริต';

/**
 * The review's result to the executive, in the บันทึกข้อความ layout the covering memos use:
 * measures passed, those sent back with the reviewer's reasons, those still waiting, the open
 * findings and whether the whole plan is approved. The sender is the reviewer named in the settings.
 */
export function reviewMemo(plan: Plan, memo: MemoSettings, state: ReviewState, errors: number, warnings: number, date: CalendarDate): Memo {
  const { settings } = plan;
  const span = settings.firstYear === settings.lastYear ? `พ.ศ. ${settings.firstYear}` : `พ.ศ. ${settings.firstYear}–${settings.lastYear}`;
  const title = `${PLAN_TITLE} ${span}`;
  const total = state.items.length;
  const returned = state.items.filter((i) => i.status === 'returned');
  const changed = [...state.items.flatMap((i) => i.findings), ...state.otherFindings].filter((f) => f.message.startsWith('แก้ไขหลังอนุมัติ')).length;
  const facts = [
    `ผู้ตรวจทานได้ตรวจ${title} ของ${settings.orgName || 'หน่วยงาน'} รวม ${total} โครงการ/กิจกรรม/มาตรการ ผลดังนี้`,
    `- ผ่าน ${state.counts.passed} รายการ`,
    `- ส่งกลับแก้ไข ${state.counts.returned} รายการ${returned.length ? ' ได้แก่' : ''}`,
    ...returned.map((i) => `- ${i.code} ${i.name}: ${i.comment || 'ไม่ระบุเหตุผล'}`),
    `- ยังไม่ได้ตรวจ ${state.counts.pending} รายการ`,
    `- ผลการตรวจสอบแผนล่าสุด: ข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ${changed ? ` (ในจำนวนนี้แก้ไขหลังอนุมัติ ${changed} รายการ)` : ''}`,
    state.plan.approved ? `- อนุมัติทั้งแผนแล้วเมื่อ ${state.plan.date}${state.plan.changed.length ? ' แต่ตัวเลขของแผนเปลี่ยนไปหลังอนุมัติ' : ''}` : '- ยังไม่ได้อนุมัติทั้งแผน',
  ];
  const ready = state.counts.returned === 0 && state.counts.pending === 0 && errors === 0;
  return {
    title: `${REVIEW_MEMO_TITLE} ${span}`,
    office: [memo.unit, orgAddress(settings)].filter((s) => s).join(' '),
    ref: memo.ref,
    date,
    subjects: [`รายงานผลการตรวจทาน${title}`],
    to: settings.executive.position,
    background: [`ตามที่${memo.unit || settings.orgName} ได้จัดทำ${title} และส่งให้ตรวจทานก่อนเสนอผู้บริหารพิจารณาอนุมัติ นั้น`],
    facts,
    regulations: MEMO_REGULATIONS.plan,
    proposal: [ready
      ? `เห็นควรเสนอ${title} ต่อผู้บริหารเพื่อพิจารณาอนุมัติและประกาศใช้ต่อไป`
      : `เห็นควรให้ผู้รับผิดชอบแก้ไขรายการที่ส่งกลับและข้อผิดพลาดที่พบ แล้วส่งตรวจทานอีกครั้งก่อนเสนอพิจารณาอนุมัติ`],
    closing: 'จึงเรียนมาเพื่อโปรดทราบและพิจารณา',
    sender: { name: state.reviewer, position: state.reviewerPosition },
    reviewer: settings.approver,
    executive: settings.executive,
  };
}

export function reviewMemoDocument(plan: Plan, memo: MemoSettings, state: ReviewState, errors: number, warnings: number, date: CalendarDate): DocumentTree {
  return coveringMemoDocument(plan, reviewMemo(plan, memo, state, errors, warnings, date));
}
