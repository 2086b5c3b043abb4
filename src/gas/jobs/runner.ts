import type { JobProgress, Link } from '../../core/api';
import { explainError } from '../errors';
import { underDocumentLock } from '../lock';
import { JOB_KINDS } from './registry';
import { findJob, jobProperties, loadJob, saveJob } from './store';
import type { Batch, Budget, JobKind, JobState, StartOptions } from './types';

/** A sidebar call returns every few documents, so the sidebar can show progress. */
export const SIDEBAR_BUDGET: Budget = { ms: 240_000, units: 8 };
/** Menu and trigger runs work until shortly before Apps Script's 6-minute limit. */
export const BACKGROUND_BUDGET: Budget = { ms: 270_000, units: Number.MAX_SAFE_INTEGER };
/** An unfinished job untouched this long was abandoned: another person may start anew. */
const STALE_MS = 10 * 60_000;
const MAX_FAILURES = 3;

type AnyKind = JobKind<unknown>;
type AnyJob = JobState<unknown>;

/** Starts a new job of a kind (replacing one of the same kind left unfinished by the same person). */
export function startJob(kindName: string, budget: Budget, options: StartOptions = {}): JobProgress {
  const kind = jobKind(kindName);
  return underDocumentLock(() => {
    const props = jobProperties();
    const now = Date.now();
    const me = userKey();
    const current = loadJob(props, kind.kind);
    if (current && !current.finished && current.owner !== me && now - current.touchedAt < STALE_MS) {
      return { ...progress(current, []), finished: true, ok: false, message: `มีผู้ใช้อื่นกำลัง${kind.label}อยู่ (${current.done}/${current.total}) กรุณารอให้เสร็จแล้วลองใหม่` };
    }
    const begun = beginSafely(kind, options);
    if ('error' in begun) return { jobId: '', done: 0, total: 0, finished: true, ok: false, message: begun.error, links: [], blockers: begun.blockers };
    const job: AnyJob = {
      id: `${kind.kind}-${now.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`,
      kind: kind.kind, owner: me, startedAt: now, touchedAt: now,
      done: 0, total: begun.total, finished: false, ok: true, message: `เริ่ม${kind.label}`, failures: 0, data: begun.data,
    };
    saveJob(props, job);
    return runBatch(kind, job, budget);
  }, () => busyProgress(kind));
}

/** Runs the next batch of a job (any kind): what the sidebar calls until `finished`. */
export function resumeJob(jobId: string, budget: Budget): JobProgress {
  return underDocumentLock(() => {
    const job = findJob(jobProperties(), jobId);
    if (!job) return { jobId, done: 0, total: 0, finished: true, ok: false, message: 'ไม่พบงานนี้แล้ว (อาจเริ่มงานใหม่แทน) กรุณาสั่งใหม่อีกครั้ง', links: [] };
    if (job.finished) return progress(job, []);
    return runBatch(jobKind(job.kind), job, budget);
  }, () => ({ jobId, done: 0, total: 0, finished: false, ok: true, message: 'รอคิว: มีการสร้างเอกสารอื่นในไฟล์นี้อยู่', links: [] }));
}

/** A kind's setup, with any Apps Script error (Drive, quota…) turned into the job's Thai answer. */
function beginSafely(kind: AnyKind, options: StartOptions): ReturnType<AnyKind['begin']> {
  try {
    return kind.begin(options);
  } catch (e) {
    return { error: `${kind.label}ไม่สำเร็จ: ${explainError(e).message}` };
  }
}

function runBatch(kind: AnyKind, job: AnyJob, budget: Budget): JobProgress {
  const props = jobProperties();
  const deadline = Date.now() + budget.ms;
  let units = 0;
  let last = job;
  const links: Link[] = [];
  const batch: Batch<unknown> = {
    more: () => units < budget.units && Date.now() < deadline,
    save: (state) => {
      last = { ...state, touchedAt: Date.now() };
      saveJob(props, last);
    },
    unitDone: (state) => {
      units++;
      batch.save(state);
    },
    links,
  };
  try {
    last = { ...kind.run(job, batch), touchedAt: Date.now(), failures: 0 };
  } catch (e) {
    const failures = last.failures + 1;
    const { message: reason, final } = explainError(e);
    const stop = final || failures >= MAX_FAILURES;
    last = {
      ...last, failures, ok: false, finished: stop,
      message: stop ? `${kind.label}ไม่สำเร็จ: ${reason}` : `เกิดข้อขัดข้อง (${reason}) กำลังลองทำต่อจากจุดเดิม`,
    };
  }
  saveJob(props, last);
  return progress(last, links);
}

function progress(job: AnyJob, links: readonly Link[]): JobProgress {
  return { jobId: job.id, done: job.done, total: job.total, finished: job.finished, ok: job.ok, message: job.message, links };
}

function busyProgress(kind: AnyKind): JobProgress {
  return { jobId: '', done: 0, total: 0, finished: true, ok: false, message: `มีผู้ใช้อื่นกำลังทำงานในไฟล์นี้อยู่ กรุณารอสักครู่แล้ว${kind.label}ใหม่`, links: [] };
}

function jobKind(name: string): AnyKind {
  const kind = JOB_KINDS[name];
  if (!kind) throw new Error(`unknown job kind "${name}"`);
  return kind;
}

function userKey(): string {
  try {
    return Session.getTemporaryActiveUserKey();
  } catch (e) {
    return '';
  }
}
