/**
 * `overview` over a generated province: 300 plan workbooks (the sample plan's 33 measures each,
 * half with a monitoring round). Prints the time to generate, to read and summarise them in
 * process on one thread (the tests run TypeScript, so readOverview reads the files in turn), and
 * the built CLI's wall time end to end (its worker threads share the files, one per core), then
 * again with nothing changed (read from its cache). Asserts only the row count and the cache's
 * use; the figures are for reading.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planFiles, readOverview } from '../../src/cli/commands/overview';
import { planSpec, writePlan } from '../review/generatedPlans';

const COUNT = Number(process.env.OVERVIEW_PLANS ?? 300);

it(`overview of ${COUNT} plan workbooks`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sujarit-overview-bench-'));
  let t = performance.now();
  for (let i = 0; i < COUNT; i++) await writePlan(dir, planSpec(i));
  const generate = performance.now() - t;

  t = performance.now();
  const { plans } = await readOverview(planFiles(dir));
  const read = performance.now() - t;
  const heap = process.memoryUsage().heapUsed / 2 ** 20;

  t = performance.now();
  const r = spawnSync('node', [join(__dirname, '../../build/cli.js'), 'overview', '--in', dir], { encoding: 'utf8' });
  const cli = performance.now() - t;

  t = performance.now();
  const again = spawnSync('node', [join(__dirname, '../../build/cli.js'), 'overview', '--in', dir], { encoding: 'utf8' });
  const cached = performance.now() - t;

  console.log([
    `overview bench: ${COUNT} workbooks, ${plans.reduce((s, p) => s + p.totalCount, 0)} measures`,
    `  generate files      ${(generate / 1000).toFixed(1)} s`,
    `  read + summarise    ${(read / 1000).toFixed(1)} s  (one thread: ${(read / COUNT).toFixed(1)} ms per workbook; heap ${heap.toFixed(0)} MB after)`,
    `  CLI end to end      ${(cli / 1000).toFixed(1)} s  (${availableParallelism()} worker threads; exit ${r.status})`,
    `  CLI again           ${(cached / 1000).toFixed(1)} s  (nothing changed: every summary from the output folder's cache)`,
  ].join('\n'));
  expect(plans).toHaveLength(COUNT);
  expect(r.status).toBe(0);
  expect(again.stdout).toContain(`ใช้ผลที่อ่านไว้ ${COUNT} ไฟล์`);
});
