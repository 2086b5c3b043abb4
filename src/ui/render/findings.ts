import type { BlockerView, FindingView, ValidationSummary } from '../../core/api';
import { SEVERITY_LABEL } from '../../core/validate/finding';
import { h } from '../dom';

/** Counts by severity, the server's one-liner, and the findings; clicking one selects its cell. */
export function renderValidation(summary: ValidationSummary, select: (f: FindingView, item: HTMLElement) => void): HTMLElement {
  const clean = summary.errors === 0 && summary.warnings === 0;
  const shown = summary.findings.length;
  const total = summary.errors + summary.warnings;
  return h('div', { class: `result validation ${summary.errors ? 'error' : clean ? 'ok' : 'warn'}`, attrs: { role: 'status' } },
    h('p', { class: 'result-message' },
      h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, summary.errors ? '!' : '✓'),
      summary.message || (clean ? 'ไม่พบข้อผิดพลาด' : 'พบรายการที่ต้องแก้ไข')),
    h('p', { class: 'counts' },
      h('span', { class: `chip error${summary.errors ? '' : ' zero'}`, attrs: { 'data-count': 'error' } }, `${SEVERITY_LABEL.error} ${summary.errors}`),
      h('span', { class: `chip warning${summary.warnings ? '' : ' zero'}`, attrs: { 'data-count': 'warning' } }, `${SEVERITY_LABEL.warning} ${summary.warnings}`)),
    shown ? h('p', { class: 'hint' }, 'คลิกรายการเพื่อไปยังเซลล์ที่ต้องแก้') : null,
    shown ? h('ol', { class: 'findings' }, ...summary.findings.map((f) => findingItem(f, select))) : null,
    total > shown ? h('p', { class: 'hint' }, `แสดง ${shown} จาก ${total} รายการ ดูทั้งหมดในแผ่นงาน “ผลการตรวจสอบ”`) : null,
  );
}

/** Errors that stopped documents from being made: each with what it would make wrong, each selects its cell. */
export function renderBlockers(message: string, blockers: readonly BlockerView[], select: (f: FindingView, item: HTMLElement) => void): HTMLElement {
  return h('div', { class: 'result validation error blocked', attrs: { role: 'alert' } },
    h('p', { class: 'result-message' }, h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, '!'), message),
    h('p', { class: 'hint' }, 'คลิกรายการเพื่อไปยังเซลล์ที่ต้องแก้ แก้แล้วกดสร้างเอกสารอีกครั้ง'),
    h('ol', { class: 'findings' }, ...blockers.map((b) => findingItem(b, select, `ผลต่อเอกสาร: ${b.harm}`))),
  );
}

function findingItem(f: FindingView, select: (f: FindingView, item: HTMLElement) => void, note?: string): HTMLElement {
  const where = f.cell ? `${f.sheet} · ${f.cell}` : f.sheet;
  const item: HTMLElement = h('li', null,
    h('button', {
      class: `finding ${f.severity}`,
      attrs: { type: 'button', title: f.sheet ? `ไปที่ ${where}` : undefined, disabled: !f.sheet },
      on: { click: () => select(f, item) },
    },
      h('span', { class: 'finding-head' },
        h('span', { class: `sev ${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
        h('span', { class: 'where' }, where)),
      h('span', { class: 'finding-msg' }, f.message),
      note ? h('span', { class: 'finding-harm' }, note) : null,
      f.fix ? h('span', { class: 'finding-fix' }, `วิธีแก้: ${f.fix}`) : null));
  return item;
}
