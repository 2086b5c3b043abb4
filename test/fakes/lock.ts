/** LockService. The fake runs one execution; a test can pretend another execution holds a lock. */
import { outsideContainer } from './properties';
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { fail, signatureMismatch } from './errors';

export type LockScope = 'document' | 'script' | 'user';

export interface LockModel {
  /** Held by the code under test. */
  held: boolean;
  /** Held by "someone else": tryLock returns false and waitLock throws. */
  heldByOther: boolean;
  acquisitions: number;
  releases: number;
}

export function newLockModel(): LockModel {
  return { held: false, heldByOther: false, acquisitions: 0, releases: 0 };
}

export class LockService extends Fake {
  readonly [STATE]: Record<LockScope, LockModel>;

  constructor(runtime: Runtime, locks: Record<LockScope, LockModel>) {
    super(runtime);
    this[STATE] = locks;
  }

  /** Null outside a container (e.g. a trigger with no document), as in Apps Script. */
  getDocumentLock(): Lock { return outsideContainer(this) ? (null as unknown as Lock) : new Lock(this[RUNTIME], this[STATE].document); }
  getScriptLock(): Lock { return new Lock(this[RUNTIME], this[STATE].script); }
  getUserLock(): Lock { return new Lock(this[RUNTIME], this[STATE].user); }
}

export class Lock extends Fake {
  readonly [STATE]: LockModel;

  constructor(runtime: Runtime, model: LockModel) {
    super(runtime);
    this[STATE] = model;
  }

  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(this, 'tryLock', timeoutInMillis);
    return acquire(this[STATE]);
  }

  waitLock(timeoutInMillis: number): void {
    checkTimeout(this, 'waitLock', timeoutInMillis);
    if (!acquire(this[STATE])) throw fail(this, 'Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean { return this[STATE].held; }

  releaseLock(): void {
    if (this[STATE].held) this[STATE].releases++;
    this[STATE].held = false;
  }
}

instrument(LockService, 'LockService');
instrument(Lock, 'Lock');

function checkTimeout(lock: Lock, method: string, timeout: unknown): void {
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) {
    throw signatureMismatch(lock, `Lock.${method}`, [timeout]);
  }
}

/** Re-entrant within the execution, as Apps Script's locks are. */
function acquire(model: LockModel): boolean {
  if (model.heldByOther) return false;
  if (!model.held) model.acquisitions++;
  model.held = true;
  return true;
}
