import type { JobResult } from '../core/api';

/** Runs a job under the document lock so two people cannot change the same workbook at once. */
export function withDocumentLock(jobName: string, job: () => JobResult): JobResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) {
    return { ok: false, message: `มีผู้ใช้อื่นกำลัง${jobName}ในไฟล์นี้อยู่ กรุณารอสักครู่แล้วลองใหม่`, details: [] };
  }
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}
