/**
 * The ตรวจทาน step: the supervisor walks the plan measure by measure (fields, findings, document
 * link), passes it or sends it back with a comment, and approves the whole plan. The reviewer's
 * name comes from the settings tab (the server reads it), never from the signed-in account.
 */
import type { JobResult } from '../core/api';
import type { ReviewItem, ReviewState } from '../core/review/state';
import { SEVERITY_LABEL } from '../core/validate/finding';
import { fill, h, link } from './dom';
import { thaiError } from './errors';
import { renderError, renderResult, renderWorking } from './render/result';
import { callServer } from './server';

export function mountReview(box: HTMLElement): void {
  let state: ReviewState | undefined;
  let index = 0;
  let note: HTMLElement | null = null;

  const start = h('button', { class: 'primary', attrs: { type: 'button', 'data-review': 'start' }, on: { click: () => void load() } }, 'เริ่มตรวจทาน');
  fill(box, h('h2', null, 'ตรวจทาน'), h('p', { class: 'hint' }, 'สำหรับผู้ตรวจ: ดูทีละรายการ กด “ผ่าน” หรือ “ส่งกลับแก้ไข” พร้อมความเห็น ผลบันทึกในแผ่นงาน “ตรวจทาน”'), start);

  async function load(keepKey?: string): Promise<void> {
    fill(box, h('h2', null, 'ตรวจทาน'), renderWorking('กำลังอ่านแผนและผลการตรวจ…'));
    try {
      state = await callServer('getReview');
      const at = keepKey ? state.items.findIndex((i) => i.key === keepKey) : -1;
      index = at >= 0 ? nextPending(state, at) : Math.max(0, state.items.findIndex((i) => i.status !== 'passed'));
      render();
    } catch (e) {
      fill(box, h('h2', null, 'ตรวจทาน'), renderError(thaiError(e)), start);
    }
  }

  function render(): void {
    if (!state) return;
    const s = state;
    const item = s.items[index];
    fill(box,
      h('h2', null, 'ตรวจทาน'),
      s.reviewer
        ? h('p', { class: 'reviewer' }, `ผู้ตรวจ: ${s.reviewer}`)
        : h('p', { class: 'callout' }, 'ยังไม่ได้ระบุผู้ตรวจ: กรอก “ชื่อผู้ตรวจทานแผน” ในแผ่นงาน “ข้อมูลหน่วยงาน” ก่อนบันทึกผล'),
      h('p', { class: 'counts review-counts' },
        h('span', { class: 'chip' }, `รอตรวจ ${s.counts.pending}`),
        h('span', { class: 'chip ok' }, `ผ่าน ${s.counts.passed}`),
        h('span', { class: 'chip warning' }, `ส่งกลับ ${s.counts.returned}`)),
      note,
      item ? renderItem(s, item) : h('p', { class: 'muted' }, 'แผนยังไม่มีรายการให้ตรวจ'),
      renderPlan(s),
    );
  }

  function renderItem(s: ReviewState, item: ReviewItem): HTMLElement {
    const comment = h('textarea', { attrs: { rows: 3, 'aria-label': 'ความเห็นผู้ตรวจ', placeholder: 'ความเห็นผู้ตรวจ (ต้องกรอกเมื่อส่งกลับแก้ไข)' } });
    comment.value = item.comment;
    const decide = (status: 'passed' | 'returned') => () => void act(() => callServer('reviewMeasure', item.key, status, comment.value), item.key);
    const nav = (step: number) => () => {
      index = Math.min(s.items.length - 1, Math.max(0, index + step));
      note = null;
      render();
    };
    return h('article', { class: 'review-item', attrs: { 'data-key': item.key } },
      h('p', { class: 'review-pos' }, `รายการที่ ${index + 1} จาก ${s.items.length} · ${item.sheet} แถว ${item.row}`),
      h('h3', { class: 'review-name' }, item.name),
      h('p', { class: `review-status ${item.status}` }, `สถานะ: ${item.statusLabel}`, item.reviewer ? ` (${item.reviewer} ${item.date})` : ''),
      h('dl', { class: 'review-fields' }, ...item.fields.flatMap(([label, value]) => [h('dt', null, label), h('dd', null, value)])),
      item.docUrl ? link('เปิดเอกสารรายละเอียด', item.docUrl) : h('p', { class: 'muted' }, 'ยังไม่มีเอกสารรายละเอียด'),
      item.findings.length
        ? h('ul', { class: 'review-findings' }, ...item.findings.map((f) => h('li', { class: `finding ${f.severity}` }, `${SEVERITY_LABEL[f.severity]} ${f.cell}: ${f.message}`)))
        : h('p', { class: 'muted review-clean' }, 'ไม่พบข้อผิดพลาดในแถวนี้'),
      comment,
      h('div', { class: 'review-actions' },
        h('button', { class: 'primary', attrs: { type: 'button', 'data-review': 'pass', disabled: !s.reviewer }, on: { click: decide('passed') } }, 'ผ่าน'),
        h('button', { attrs: { type: 'button', 'data-review': 'return', disabled: !s.reviewer }, on: { click: decide('returned') } }, 'ส่งกลับแก้ไข')),
      h('div', { class: 'review-nav' },
        h('button', { attrs: { type: 'button', 'data-review': 'prev', disabled: index === 0 }, on: { click: nav(-1) } }, '‹ ก่อนหน้า'),
        h('button', { attrs: { type: 'button', 'data-review': 'next', disabled: index >= s.items.length - 1 }, on: { click: nav(1) } }, 'ถัดไป ›')),
    );
  }

  function renderPlan(s: ReviewState): HTMLElement {
    return h('section', { class: 'review-plan' },
      h('p', null, s.plan.approved ? `อนุมัติทั้งแผนแล้ว (${s.plan.reviewer} ${s.plan.date})` : 'ยังไม่ได้อนุมัติทั้งแผน'),
      s.plan.changed.length ? h('ul', { class: 'review-findings' }, ...s.plan.changed.map((f) => h('li', { class: 'finding error' }, f.message))) : null,
      h('button', { attrs: { type: 'button', 'data-review': 'approve-plan', disabled: !s.reviewer }, on: { click: () => void act(() => callServer('approvePlan')) } }, 'อนุมัติทั้งแผน (บันทึกจำนวนและงบประมาณรายมิติ)'),
      h('button', { attrs: { type: 'button', 'data-review': 'memo', disabled: !s.reviewer }, on: { click: () => void act(() => callServer('createReviewMemo')) } }, 'สร้างบันทึกข้อความสรุปผลการตรวจทาน'));
  }

  async function act(call: () => Promise<JobResult>, key?: string): Promise<void> {
    box.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const result = await call();
      note = renderResult(result);
      if (result.ok) await load(key);
      else render();
    } catch (e) {
      note = renderError(thaiError(e));
      render();
    }
  }
}

/** After a decision: the next measure still waiting (or returned), else the same one. */
function nextPending(state: ReviewState, from: number): number {
  for (let i = 1; i <= state.items.length; i++) {
    const j = (from + i) % state.items.length;
    if (state.items[j].status === 'pending') return j;
  }
  return from;
}
