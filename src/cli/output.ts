import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { JobResult } from '../core/api';
import { getFramework } from '../core/framework/framework';
import { planFigures } from '../core/plan/figures';
import type { Plan } from '../core/plan/model';
import { formatBaht } from '../core/thai/money';

/**
 * Where a changed copy of `input` goes in `outDir`: never over the user's original, even when
 * `outDir` reaches the input's folder through a symbolic link (real paths are compared).
 */
export function copyTarget(input: string, outDir: string): string {
  const target = join(outDir, basename(input));
  return realPath(target) === realPath(input) ? target.replace(/\.xlsx$/i, '') + '-sujarit.xlsx' : target;
}

/** The path with every symbolic link resolved; a file that does not exist yet is resolved through its folder. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export function printJob(result: JobResult): void {
  console.log(result.message);
  for (const d of result.details) console.log(`  - ${d}`);
}

/** Counts and budgets per dimension, as the สรุป tab computes them. */
export function printFigures(plan: Plan): void {
  const figures = planFigures(plan);
  const framework = getFramework(plan.settings.frameworkId);
  const header = ['มิติ', 'จำนวน', ...figures.years.map(String), 'รวม (บาท)'];
  console.log(header.join('\t'));
  for (const dim of framework.dimensions) {
    const f = figures.byDimension.get(dim.no)!;
    console.log([`มิติที่ ${dim.no}`, f.count, ...figures.years.map((y) => formatBaht(f.budgets[y])), formatBaht(f.total)].join('\t'));
  }
  const t = figures.total;
  console.log(['รวม', t.count, ...figures.years.map((y) => formatBaht(t.budgets[y])), formatBaht(t.total)].join('\t'));
}
