import type { SidebarState } from '../../core/api';
import { jobControl } from '../busy';
import { h, link } from '../dom';
import type { ThaiError } from '../errors';
import { formatBaht, formatCount } from '../format';

export interface StatusActions {
  readonly scaffold: () => void;
  readonly reload: () => void;
}

/** Where the plan stands: organisation, plan years, framework, measures and budget per dimension. */
export function renderStatus(state: SidebarState, actions: StatusActions): HTMLElement[] {
  const head = h('div', { class: 'org' },
    h('p', { class: 'org-name' }, state.orgName || 'ยังไม่ได้กรอกชื่อหน่วยงาน'),
    h('p', { class: 'org-meta' }, state.years ? `แผนปี พ.ศ. ${state.years}` : 'ยังไม่ได้กำหนดปีของแผน'),
    state.frameworkLabel ? h('p', { class: 'org-meta muted' }, state.frameworkLabel) : null,
    !state.orgName ? h('p', { class: 'hint' }, 'กรอกชื่อหน่วยงานในแผ่นงาน “ข้อมูลหน่วยงาน”') : null,
  );

  const missing = state.missingSheets.length
    ? h('div', { class: 'callout warn', attrs: { role: 'note' } },
        h('p', null, h('strong', null, 'สเปรดชีตนี้ยังไม่มีแผ่นงาน: '), state.missingSheets.join(', ')),
        h('p', { class: 'hint' }, 'กด “ปรับโครงแผน” เพื่อสร้างแผ่นงานและหัวตารางที่ขาด ข้อมูลที่กรอกไว้จะไม่ถูกแก้ไข'),
        jobControl(h('button', { class: 'primary small', attrs: { type: 'button', 'data-action': 'scaffold-now' }, on: { click: actions.scaffold } }, 'ปรับโครงแผนตอนนี้')),
      )
    : null;

  // The dimension's title gets its own full-width line: at 300 px a title column would wrap to five lines.
  const rows = state.dimensions.flatMap((d) => [
    h('tr', { class: 'dim', attrs: { 'data-dimension': d.no } },
      h('td', null, h('span', { class: 'dim-no' }, `มิติที่ ${d.no}`)),
      h('td', { class: 'num' }, formatCount(d.count)),
      h('td', { class: 'num' }, formatBaht(d.budget))),
    h('tr', { class: 'dim-title-row' }, h('td', { class: 'dim-title', attrs: { colspan: 3 } }, d.title)),
  ]);
  const table = h('table', { class: 'dims' },
    h('thead', null, h('tr', null, h('th', null, 'มิติ'), h('th', { class: 'num' }, 'จำนวน'), h('th', { class: 'num' }, 'งบประมาณ (บาท)'))),
    h('tbody', null, ...rows),
    h('tfoot', null, h('tr', { class: 'total' }, h('td', null, 'รวม'), h('td', { class: 'num' }, formatCount(state.totalCount)), h('td', { class: 'num' }, formatBaht(state.totalBudget)))));

  const empty = state.totalCount === 0 && !state.missingSheets.length
    ? h('p', { class: 'hint' }, 'ยังไม่มีโครงการในแผน กรอกในแผ่นงาน “มิติที่ 1–4” หรือใช้ “นำเข้าแผนเดิม” ด้านล่าง')
    : null;

  const folder = state.outputFolder
    ? h('p', { class: 'hint folder' }, 'โฟลเดอร์เอกสาร: ', link(state.outputFolder.title, state.outputFolder.url))
    : null;

  return [head, missing, table, empty, folder, reloadButton(actions.reload)].filter((e): e is HTMLElement => e !== null);
}

export function renderStatusError(error: ThaiError, reload: () => void): HTMLElement[] {
  return [
    h('div', { class: 'result error', attrs: { role: 'alert' } },
      h('p', { class: 'result-message' }, `อ่านข้อมูลแผนไม่สำเร็จ: ${error.message}`),
      error.hint ? h('p', { class: 'hint' }, error.hint) : null,
      error.detail ? h('p', { class: 'detail' }, error.detail) : null),
    reloadButton(reload),
  ];
}

function reloadButton(reload: () => void): HTMLElement {
  return jobControl(h('button', { class: 'text small', attrs: { type: 'button', 'data-action': 'reload' }, on: { click: reload } }, '↻ อ่านข้อมูลแผนใหม่'));
}
