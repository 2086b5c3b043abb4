/**
 * Benchmarks of the shipped bundle under the call-counting fakes: Apps Script service calls and
 * local wall time per job, for a plan of 20 and of 500 measures. Run with `npm run bench`; it
 * prints a table and asserts nothing about time (the fakes are not Google's servers).
 */
import { performance } from 'node:perf_hooks';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { loadAddon, manyMeasures } from '../gas/harness';
import { fillPlan } from '../gas/planWorkbook';
import type { GasEnvironment } from '../fakes';

type Job = { name: string; run: (env: GasEnvironment) => void };

const JOBS: Job[] = [
  { name: 'ปรับโครงแผน (repair, filled)', run: (env) => env.call('runScaffold') },
  { name: 'ตรวจสอบแผน', run: (env) => env.call('runValidate') },
  { name: 'แถบข้างสถานะ', run: (env) => env.call('getSidebarState') },
  { name: 'เริ่มรอบติดตาม 2567/6', run: (env) => env.call('startMonitoringRound', 2567, 6) },
  { name: 'เอกสารโครงการ (first batch)', run: (env) => env.call('startMeasureDocs') },
];

function measure(size: number): { job: string; calls: number; ms: number }[] {
  const env = loadAddon();
  fillPlan(env, SAMPLE_PLAN.settings, manyMeasures(size));
  return JOBS.map((job) => {
    env.calls.reset();
    const start = performance.now();
    job.run(env);
    env.endExecution();
    return { job: job.name, calls: env.calls.total(), ms: Math.round(performance.now() - start) };
  });
}

it('prints service calls and local time per job for 20 and 500 measures', () => {
  const small = measure(20);
  const large = measure(500);
  const lines = small.map((s, i) => `${s.job.padEnd(30)} ${String(s.calls).padStart(6)} ${String(large[i].calls).padStart(6)} ${String(s.ms).padStart(7)} ${String(large[i].ms).padStart(7)}`);
  console.log(['job                            calls@20 calls@500  ms@20  ms@500', ...lines].join('\n'));
  expect(large.length).toBe(JOBS.length);
});

it.each([500, 2000])('prints core read + validation time and memory for a %i-measure plan', (size) => {
  const env = loadAddon();
  fillPlan(env, SAMPLE_PLAN.settings, manyMeasures(size));
  const snapshots = new Map(env.spreadsheet.sheetNames().map((n) => [n, { values: env.spreadsheet.sheet(n).values(), formulas: env.spreadsheet.sheet(n).formulas() }]));
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const read = readWorkbook((n) => snapshots.get(n));
  const findings = validateWorkbook((n) => snapshots.get(n));
  const ms = Math.round(performance.now() - start);
  const mb = Math.round((process.memoryUsage().heapUsed - before) / 1e6);
  console.log(`core: read + validate ${read.plan.measures.length} measures in ${ms} ms, heap +${mb} MB, ${findings.length} findings`);
  expect(read.plan.measures).toHaveLength(size);
});
