import type { JobResult, Link } from '../../core/api';
import { h, link } from '../dom';
import type { ThaiError } from '../errors';

export function renderLinks(links: readonly Link[] | undefined): HTMLElement | null {
  if (!links?.length) return null;
  return h('ul', { class: 'links' }, ...links.map((l) => h('li', null, link(l.title || l.url, l.url))));
}

/** What a job did (or why it did not), its details, and links to what it created. */
export function renderResult(result: Pick<JobResult, 'ok' | 'message' | 'links'> & { readonly details?: readonly string[] }): HTMLElement {
  const details = result.details ?? [];
  return h('div', { class: `result ${result.ok ? 'ok' : 'error'}`, attrs: { role: result.ok ? 'status' : 'alert' } },
    h('p', { class: 'result-message' }, h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, result.ok ? '✓' : '!'), result.message || (result.ok ? 'เสร็จแล้ว' : 'ทำไม่สำเร็จ')),
    details.length ? h('ul', { class: 'details' }, ...details.map((d) => h('li', null, d))) : null,
    renderLinks(result.links),
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
