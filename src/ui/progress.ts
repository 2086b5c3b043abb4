import type { JobProgress, Link } from '../core/api';
import { h } from './dom';
import { callServer } from './server';

/** A job that never finishes must not loop forever (each call is a 6-minute Apps Script execution). */
export const MAX_STEPS = 2000;

/**
 * Follows a long job: calls continueJob(jobId) until the server says finished, reporting every
 * step. Throws what the server throws; `onStep` has seen the last good progress by then, so the
 * caller can offer to resume from it.
 */
export async function followJob(
  first: JobProgress,
  onStep: (p: JobProgress) => void,
  next: (jobId: string) => Promise<JobProgress> = (jobId) => callServer('continueJob', jobId),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<JobProgress> {
  let p = first;
  let stalled = 0;
  onStep(p);
  for (let step = 0; !p.finished; step++) {
    if (step >= MAX_STEPS) throw new Error('งานนี้ไม่จบตามปกติ (เรียกต่อเกินจำนวนครั้งที่กำหนด)');
    // A step that moved nothing (e.g. queued behind another user's job) waits a little before asking again.
    if (stalled > 0) await wait(Math.min(1000 * stalled, 5000));
    const before = p.done;
    p = await next(p.jobId);
    stalled = p.done === before ? stalled + 1 : 0;
    onStep(p);
  }
  return p;
}

/** Every link a job reported along the way (a step may report only its own batch), once each. */
export class LinkCollector {
  private readonly byUrl = new Map<string, Link>();

  add(links: readonly Link[]): void {
    for (const l of links) if (!this.byUrl.has(l.url)) this.byUrl.set(l.url, l);
  }

  all(): Link[] {
    return [...this.byUrl.values()];
  }
}

/** "done / total" with a bar; an unknown total (0) shows a moving bar. */
export function renderProgress(p: Pick<JobProgress, 'done' | 'total' | 'message'>, label = 'กำลังทำงาน'): HTMLElement {
  const known = p.total > 0;
  const pct = known ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
  const bar = h('div', { class: 'bar' });
  if (known) bar.style.width = `${pct}%`;
  return h('div', { class: 'progress-box', attrs: { role: 'status' } },
    h('div', {
      class: known ? 'progress' : 'progress indeterminate',
      attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': p.total || undefined, 'aria-valuenow': known ? p.done : undefined, 'aria-label': label },
    }, bar),
    h('p', { class: 'progress-text' },
      h('span', { class: 'progress-label' }, p.message || `${label}…`),
      known ? h('span', { class: 'progress-count' }, `${p.done} / ${p.total}`) : null),
  );
}
