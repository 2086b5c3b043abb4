import type { BlockerView, Link } from '../../core/api';

/**
 * A long job that runs in batches, one Apps Script execution each (the sidebar calling
 * continueJob, or a time-driven trigger). Its state lives in DocumentProperties, saved after
 * every unit of work, so a batch cut at any point resumes from the last saved unit.
 */
export interface JobState<D> {
  readonly id: string;
  readonly kind: string;
  /** Session.getTemporaryActiveUserKey() of who started it: others are told to wait. */
  readonly owner: string;
  readonly startedAt: number; // ms since epoch
  readonly touchedAt: number;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  readonly ok: boolean;
  /** Thai, for the user: progress, or the final result with what needs attention. */
  readonly message: string;
  /** Errors in a row; a job that keeps failing stops instead of looping. */
  readonly failures: number;
  /** The kind's own cursor (plain JSON; keep it small: a property value holds 9 kB). */
  readonly data: D;
}

/** One execution's share of a job. */
export interface Batch<D> {
  /** True while another unit may start: time and unit budget are left. */
  more(): boolean;
  /** Saves the state at once (e.g. a "unit in progress" mark). */
  save(state: JobState<D>): void;
  /** Saves the state after a finished unit and counts it against the budget. */
  unitDone(state: JobState<D>): void;
  /** Documents made or updated in this execution (returned to the sidebar). */
  readonly links: Link[];
}

export interface JobKind<D> {
  /** Stable name, stored with the job ("measureDocs", "planDoc", …). */
  readonly kind: string;
  /** Thai verb phrase for messages: "สร้างเอกสารรายละเอียดโครงการ". */
  readonly label: string;
  /** Sets up a new job (what to do, its first cursor), or says in Thai why it cannot start. */
  begin(options: StartOptions): { readonly data: D; readonly total: number } | { readonly error: string; readonly blockers?: readonly BlockerView[] };
  /**
   * Works while batch.more(), saving after each unit, and returns the state after the last
   * one, with done/total/finished/message set. A unit cut midway must be safe to redo.
   */
  run(state: JobState<D>, batch: Batch<D>): JobState<D>;
}

/** What the person chose when starting a job. */
export interface StartOptions {
  /** Make the documents although the workbook has errors that make them wrong (asked explicitly). */
  readonly ignoreErrors?: boolean;
}

/** Per execution: how long to work before handing back, and how many units at most. */
export interface Budget {
  readonly ms: number;
  readonly units: number;
}
