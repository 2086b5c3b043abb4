import type { JobResult } from '../core/api';

/** How long a second person waits for the first one's step before being told to try later. */
const WAIT_MS = 10000;

/** Runs `job` under the document lock, or answers `busy()` when someone else holds it. */
export function underDocumentLock<T>(job: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  // Null outside a spreadsheet's context (e.g. a trigger): no way to keep two people apart there.
  if (!lock) throw new Error('คำสั่งนี้ต้องสั่งจากในสเปรดชีต (เปิดไฟล์แล้วใช้เมนูหรือแผงควบคุม Sujarit)');
  if (!lock.tryLock(WAIT_MS)) return busy();
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}

/** Runs a job under the document lock so two people cannot change the same workbook at once. */
export function withDocumentLock(jobName: string, job: () => JobResult): JobResult {
  return underDocumentLock(job, () => ({ ok: false, message: `มีผู้ใช้อื่นกำลัง${jobName}ในไฟล์นี้อยู่ กรุณารอสักครู่แล้วลองใหม่`, details: [] }));
}
