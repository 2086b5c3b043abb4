import type { Args } from '../args';
import { runOnCopy } from '../copyJob';
import { scaffoldXlsx } from '../workbookJobs';

/** `scaffold --in FILE.xlsx --out DIR`: scaffold or repair a user's workbook, writing a copy into DIR. */
export function scaffoldCommand(args: Args): Promise<number> {
  return runOnCopy(args, (wb) => scaffoldXlsx(wb));
}
