import { MEMO_SECTIONS, type Memo } from '../../memo/model';
import type { Plan, Signatory } from '../../plan/model';
import { formatThaiDate } from '../../thai/dates';
import { EMBLEM_HEIGHT, emblemBlock } from '../emblem';
import { OFFICIAL_PAGE, para, text, type Block, type DocumentTree, type Run } from '../tree';
import { SHORT_DOTS, bold } from './aroundPlan';
import { docContext } from './context';

/** The standard form's sizes: "บันทึกข้อความ" about 29 pt bold, the field labels 20 pt bold. */
const TITLE_PT = 29;
const LABEL_PT = 20;
/** วันที่ starts at the middle of the 16 cm text width, on the line of ที่. */
const DATE_TAB_CM = 8;

/** "ส่วนราชการ  …": the label bold at 20 pt, the value at body size. */
function field(label: string, value: string): Run[] {
  return [text(label, { bold: true, size: LABEL_PT }), text(`  ${value}`)];
}

/**
 * บันทึกข้อความ (ระเบียบงานสารบรรณ): the emblem at the left of the title line, ส่วนราชการ, ที่ and
 * วันที่ on one line, เรื่อง, เรียน, then ต้นเรื่อง,
 * ข้อเท็จจริง, ระเบียบ/กฎหมายที่เกี่ยวข้อง, ข้อเสนอแนะ/เพื่อพิจารณา, the closing and the sender's
 * signature, then room for the ปลัด's opinion and the executive's order, each with its signature.
 */
export function coveringMemoDocument(plan: Plan, memo: Memo): DocumentTree {
  const ctx = docContext(plan);
  const d = ctx.d;
  const section = (title: string, lines: readonly string[]): Block[] => [
    bold(title, { keepWithNext: true }),
    ...lines.map((l) => (l.startsWith('- ') ? para(d(l), { indent: 1 }) : para(d(l), { firstLineIndent: true, align: 'justify' }))),
  ];
  const subjects = memo.subjects.length > 1 ? memo.subjects.map((s, i) => `${i + 1}. ${s}`) : memo.subjects;
  const ref = d(memo.ref.endsWith('/') || memo.ref === '' ? memo.ref + SHORT_DOTS : memo.ref);
  const blocks: Block[] = [
    emblemBlock(plan.emblem, EMBLEM_HEIGHT.memo, 'left'),
    para([text('บันทึกข้อความ', { bold: true, size: TITLE_PT })], { align: 'center' }),
    para(field('ส่วนราชการ', d(memo.office))),
    para([...field('ที่', `${ref}\t`), ...field('วันที่', formatThaiDate(memo.date, ctx.digits))], { tabAt: DATE_TAB_CM }),
    para(field('เรื่อง', d(subjects[0] ?? ''))),
    ...subjects.slice(1).map((s) => para(d(s), { indent: 1 })),
    para([text('เรียน'), text(`  ${d(memo.to)}`)]),
    ...section(MEMO_SECTIONS.background, memo.background),
    ...section(MEMO_SECTIONS.facts, memo.facts),
    ...section(MEMO_SECTIONS.regulations, memo.regulations.map((r) => `- ${r}`)),
    ...section(MEMO_SECTIONS.proposal, memo.proposal),
    para(d(memo.closing), { firstLineIndent: true }),
    signature(memo.sender),
    ...handwritten(`ความเห็นของ${memo.reviewer.position || 'ปลัด'}`, memo.reviewer, d),
    ...handwritten(`คำสั่ง/ความเห็นของ${memo.executive.position || 'ผู้บริหาร'}`, memo.executive, d),
  ];
  return { title: d(memo.title), page: OFFICIAL_PAGE, digits: ctx.digits, blocks };
}

function signature(who: Signatory): Block {
  return { kind: 'signature', name: who.name, position: who.position };
}

/**
 * A heading dotted to the margin, then the signature of who writes there: seed 001's
 * "ความเห็นของปลัด….." form, which keeps the memo with its three signatures on two pages.
 */
function handwritten(title: string, who: Signatory, d: (t: string) => string): Block[] {
  return [bold(d(title), { keepWithNext: true, dotted: true }), signature(who)];
}
