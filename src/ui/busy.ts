/**
 * One job at a time: while any job runs, every control that could start one is disabled.
 * Controls are marked with `data-job-control`; those created mid-job start disabled.
 */
let running = false;
const listeners: ((busy: boolean) => void)[] = [];

export function isBusy(): boolean {
  return running;
}

export function onBusyChange(fn: (busy: boolean) => void): void {
  listeners.push(fn);
}

function apply(): void {
  document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-job-control]').forEach((el) => (el.disabled = running));
  if (running) document.body.setAttribute('aria-busy', 'true');
  else document.body.removeAttribute('aria-busy');
  listeners.forEach((fn) => fn(running));
}

/** Marks a button as one that starts a job. */
export function jobControl<T extends HTMLButtonElement>(el: T): T {
  el.setAttribute('data-job-control', '');
  el.disabled = running;
  return el;
}

/** Runs `work` as the one job; refuses (returns false) when another job is running. */
export async function exclusive(work: () => Promise<void>): Promise<boolean> {
  if (running) return false;
  running = true;
  apply();
  try {
    await work();
  } finally {
    running = false;
    apply();
  }
  return true;
}
