/**
 * Scale (issue 13): how validation, file naming and `docs` grow with the plan. Prints, in one
 * run, the figures and the ratios the targets are stated in: validate 5,000 measures in under
 * 2 s, and 4× the measures (or 4× a cell's length) at most 5× the time; `docs` memory flat in
 * the number of measures and under 300 MB at 5,000. Asserts only that each step completed with
 * the right result; the timings are for reading (they move with the machine's load).
 *
 * The plans are the harness's `manyMeasures`: the sample plan's 33 measures over and over, each
 * round's names marked "(ชุดที่ n)". That is the hard case for near-copies: every name has
 * 150 near-copies at 5,000 measures, and each is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { safeFileName } from '../../src/cli/fileName';
import { appendMeasuresXlsx, scaffoldXlsx } from '../../src/cli/workbookJobs';
import { newWorkbook, saveWorkbook } from '../../src/cli/xlsx';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { longCells, numbered } from '../fixtures/largePlans';
import { buildBook, sourceOf } from '../fixtures/workbook';
import { manyMeasures } from '../gas/harness';

const CLI = join(__dirname, '../../build/cli.js');
const { settings } = SAMPLE_PLAN;

/** The best of a few runs, in ms: the least disturbed by whatever else the machine does. */
function bestOf<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = work();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, result };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const plan = (count: number) => numbered(manyMeasures(count));

it('validate grows linearly with the measures', () => {
  const small = buildBook(settings, plan(1250));
  const large = buildBook(settings, plan(5000));
  validateWorkbook(sourceOf(small)); // warm up the JIT
  const a = bestOf(3, () => validateWorkbook(sourceOf(small)));
  const b = bestOf(3, () => validateWorkbook(sourceOf(large)));
  const similar = (f: typeof a.result) => f.filter((x) => x.code === 'MEASURE_SIMILAR').length;
  console.log([
    'validate, measures (best of 3):',
    `  1,250 measures   ${seconds(a.ms)}  (${a.result.length} findings)`,
    `  5,000 measures   ${seconds(b.ms)}  (${b.result.length} findings)  target < 2 s`,
    `  ratio 4× measures ${(b.ms / a.ms).toFixed(2)}×  target ≤ 5×`,
  ].join('\n'));
  // Every round after the first is a near-copy of an earlier one, and nothing else is wrong.
  expect(similar(a.result)).toBe(1250 - SAMPLE_PLAN.measures.length);
  expect(similar(b.result)).toBe(5000 - SAMPLE_PLAN.measures.length);
  expect(b.result).toHaveLength(similar(b.result));
});

it('validate grows linearly with a cell\'s length', () => {
  const short = buildBook(settings, longCells(12_500));
  const long = buildBook(settings, longCells(50_000));
  validateWorkbook(sourceOf(short));
  const a = bestOf(3, () => validateWorkbook(sourceOf(short)));
  const b = bestOf(3, () => validateWorkbook(sourceOf(long)));
  console.log([
    `validate, ${SAMPLE_PLAN.measures.length} measures with every name and detail text long (best of 3):`,
    `  12,500 characters ${seconds(a.ms)}`,
    `  50,000 characters ${seconds(b.ms)}`,
    `  ratio 4× length   ${(b.ms / a.ms).toFixed(2)}×  target ≤ 5×`,
  ].join('\n'));
  // The same findings at either length: growing the cells changes the time, not what is found.
  const labels = (found: typeof a.result) => found.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  expect(labels(b.result)).toEqual(labels(a.result));
});

it('file names from 50,000-character titles', () => {
  const titles = longCells(50_000).map((m) => `${m.code} ${m.name}`);
  const { ms, result } = bestOf(3, () => titles.map(safeFileName));
  console.log(`file names: ${titles.length} titles of 50,000 characters in ${ms.toFixed(1)} ms (${(ms / titles.length).toFixed(2)} ms each)`);
  for (const name of result) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(240);
});

/** A workbook file of `count` measures, as `scaffold` and a user typing would make it. */
async function workbookOf(count: number): Promise<string> {
  const wb = newWorkbook();
  scaffoldXlsx(wb, settings);
  appendMeasuresXlsx(wb, settings, plan(count));
  return saveWorkbook(wb, join(mkdtempSync(join(tmpdir(), 'sujarit-scale-bench-')), 'plan.xlsx'));
}

/** Peak resident memory (MB) and wall time of the built CLI running one command. */
function cliRun(args: readonly string[]): { mb: number; s: number; status: number | null; stderr: string } {
  const t = performance.now();
  // GNU time reports the child's peak RSS; without it, the child reports its own.
  const r = existsSync('/usr/bin/time')
    ? spawnSync('/usr/bin/time', ['-v', 'node', CLI, ...args], { encoding: 'utf8' })
    : spawnSync('node', ['-e', `process.on('exit',()=>console.error('Maximum resident set size (kbytes): '+process.resourceUsage().maxRSS));require(${JSON.stringify(CLI)})`, ...args], { encoding: 'utf8' });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { mb: kb / 1024, s: (performance.now() - t) / 1000, status: r.status, stderr: r.stderr };
}

it('docs memory stays flat in the number of measures', async () => {
  const line = (what: string, r: ReturnType<typeof cliRun>, extra = '') => `  ${what.padEnd(22)} peak RSS ${r.mb.toFixed(0).padStart(4)} MB, ${r.s.toFixed(1).padStart(5)} s, exit ${r.status}${extra}`;
  const lines = ['docs (measure documents and the whole plan), built CLI, against validate on the same workbook:'];
  const peaks: number[] = [];
  for (const count of [500, 5000]) {
    const input = await workbookOf(count);
    const out = join(input, '..', 'out');
    const docs = cliRun(['docs', '--in', input, '--out', out]);
    const written = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')).length : 0;
    lines.push(line(`docs ${count.toLocaleString('en')} measures`, docs, `, ${written} .docx`), line(`validate ${count.toLocaleString('en')}`, cliRun(['validate', '--in', input])));
    if (docs.status !== 0) lines.push(`  docs stderr: ${docs.stderr.split('\n').slice(-8).join('\n    ')}`);
    peaks.push(docs.mb);
    // Every measure's document is written, and the whole plan.
    expect(written).toBe(count + 1);
  }
  lines.push(`  ratio 10× measures ${(peaks[1] / peaks[0]).toFixed(2)}× docs memory  target: flat, < 300 MB at 5,000`);
  console.log(lines.join('\n'));
});
