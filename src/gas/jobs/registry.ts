import { measureDocsJob } from '../docs/measureDocsJob';
import { planDocJob } from '../docs/planDocJob';
import type { JobKind } from './types';

/** Kinds differ only in their data, which the runner stores and hands back to the same kind. */
const entry = <D>(kind: JobKind<D>): [string, JobKind<unknown>] => [kind.kind, kind as unknown as JobKind<unknown>];

/**
 * Every kind of long job, by name. A new kind (e.g. the monitoring report) implements JobKind
 * and is listed here; startJob / continueJob then run it in batches like the others.
 */
export const JOB_KINDS: Readonly<Record<string, JobKind<unknown>>> = Object.fromEntries([
  entry(measureDocsJob),
  entry(planDocJob),
]);
