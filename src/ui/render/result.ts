import type { JobResult, Link } from '../../core/api';
import { h, link } from '../dom';
import type { ThaiError } from '../errors';

export function renderLinks(links: readonly Link[] | undefined): HTMLElement | null {
  if (!links?.length) return null;
  return h('ul', { class: 'links' }, ...links.map((l) => h('li', null, link(l.title || l.url, l.url))));
}

/**
 * Links of a long job: those of its last answer (e.g. the output folder) in view, the rest of
 * what it made along the way folded under a count when there are many.
 */
export function renderJobLinks(last: readonly Link[], all: readonly Link[]): HTMLElement | null {
  const shown = new Set(last.map((l) => l.url));
  const rest = all.filter((l) => !shown.has(l.url));
  if (rest.length <= 3) return renderLinks([...last, ...rest]);
  const fold = h('details', { class: 'more-links' }, h('summary', null, `เอกสารที่สร้างทั้งหมด ${rest.length} รายการ`), renderLinks(rest));
  return h('div', null, renderLinks(last), fold);
}

/** What a job did (or why it did not), its details, and links to what it created. */
export function renderResult(result: Pick<JobResult, 'ok' | 'message' | 'links'> & { readonly details?: readonly string[]; readonly allLinks?: readonly Link[] }): HTMLElement {
  const details = result.details ?? [];
  return h('div', { class: `result ${result.ok ? 'ok' : 'error'}`, attrs: { role: result.ok ? 'status' : 'alert' } },
    h('p', { class: 'result-message' }, h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, result.ok ? '✓' : '!'), result.message || (result.ok ? 'เสร็จแล้ว' : 'ทำไม่สำเร็จ')),
    details.length ? h('ul', { class: 'details' }, ...details.map((d) => h('li', null, d))) : null,
    result.allLinks ? renderJobLinks(result.links ?? [], result.allLinks) : renderLinks(result.links),
  );
}

export function renderError(error: ThaiError, ...extra: (HTMLElement | null)[]): HTMLElement {
  return h('div', { class: 'result error', attrs: { role: 'alert' } },
    h('p', { class: 'result-message' }, h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, '!'), `ทำไม่สำเร็จ: ${error.message}`),
    error.hint ? h('p', { class: 'hint' }, error.hint) : null,
    error.detail ? h('p', { class: 'detail' }, error.detail) : null,
    ...extra,
  );
}

export function renderWorking(text = 'กำลังทำงาน…'): HTMLElement {
  return h('div', { class: 'progress-box', attrs: { role: 'status' } },
    h('div', { class: 'progress indeterminate', attrs: { role: 'progressbar', 'aria-label': text } }, h('div', { class: 'bar' })),
    h('p', { class: 'progress-text' }, h('span', { class: 'progress-label' }, text)));
}
