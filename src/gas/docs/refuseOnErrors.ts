import type { BlockerView } from '../../core/api';
import { blockedMessage, planDocumentBlockers } from '../../core/validate/blockers';
import { validateWorkbook } from '../../core/validate/validate';
import type { SnapshotSource } from '../../core/workbook/scaffold';
import type { StartOptions } from '../jobs/types';

/** The sidebar lists this many; the rest are in ผลการตรวจสอบ after a validation run. */
const SHOWN = 30;

/**
 * Plan documents wait while the workbook has errors that would make them say something wrong
 * (a renamed dimension tab: "มิติที่ ๑ … จำนวน ๐"; reversed years: a wrong title and total), unless
 * the person explicitly asked to make them anyway. Reads through the job's own snapshot source.
 */
export function refuseOnErrors(source: SnapshotSource, options: StartOptions): { error: string; blockers: BlockerView[] } | undefined {
  if (options.ignoreErrors) return undefined;
  const blockers = planDocumentBlockers(validateWorkbook(source));
  if (blockers.length === 0) return undefined;
  return {
    error: blockedMessage(blockers),
    blockers: blockers.slice(0, SHOWN).map(({ finding, harm }) => ({ ...finding, harm })),
  };
}
