import type { ImportPreview } from '../../core/api';
import { jobControl } from '../busy';
import { h } from '../dom';
import { formatCount } from '../format';

/** What an import would bring in, per dimension, and what the reader could not place; then confirm. */
export function renderImportPreview(preview: ImportPreview, confirm: () => void, cancel: () => void): HTMLElement {
  const total = preview.counts.reduce((s, c) => s + c.count, 0);
  const canImport = preview.ok && total > 0;
  return h('div', { class: `result preview ${preview.ok ? (preview.problems.length ? 'warn' : 'ok') : 'error'}`, attrs: { role: 'status' } },
    h('p', { class: 'result-message' }, preview.message || (preview.ok ? 'ตัวอย่างก่อนนำเข้า' : 'อ่านแผนเดิมไม่สำเร็จ')),
    preview.counts.length
      ? h('table', { class: 'dims compact' },
          h('tbody', null, ...preview.counts.map((c) => h('tr', null, h('td', null, `มิติที่ ${c.dimension}`), h('td', { class: 'num' }, `${formatCount(c.count)} รายการ`)))),
          h('tfoot', null, h('tr', { class: 'total' }, h('td', null, 'รวม'), h('td', { class: 'num' }, `${formatCount(total)} รายการ`))))
      : null,
    preview.problems.length
      ? h('div', { class: 'problems' },
          h('p', null, h('strong', null, `ส่วนที่อ่านไม่ได้ ${preview.problems.length} รายการ`), ' (จะไม่ถูกนำเข้า ตรวจและกรอกเองภายหลัง)'),
          h('ul', null, ...preview.problems.map((p) => h('li', null, p))))
      : null,
    h('div', { class: 'actions' },
      canImport ? jobControl(h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'import-confirm' }, on: { click: confirm } }, `ยืนยันนำเข้า ${formatCount(total)} รายการ`)) : null,
      h('button', { class: 'text', attrs: { type: 'button', 'data-action': 'import-cancel' }, on: { click: cancel } }, canImport ? 'ยกเลิก' : 'ปิด')),
  );
}
