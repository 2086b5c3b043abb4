import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { basename, join, resolve } from 'node:path';
import { CliError, requireOption, type Args } from '../args';
import { calendarDate, formatThaiDate } from '../../core/thai/dates';
import { OVERVIEW_HEADERS, notAPlanReason, overviewDocument, overviewRows, planOverview, sortByAttention, type PlanOverview } from '../../core/review/overview';
import { writeDocx } from '../docx/renderDocx';
import { prepareOutDir } from '../outDir';
import { openOverviewCache, workbookKey, type OverviewCache } from '../overviewCache';
import { applyThaiFont, newWorkbook, readSnapshotSource, saveWorkbook } from '../xlsx';
import { HEADER_BACKGROUND } from '../../core/workbook/layout';

export const OVERVIEW_NAME = 'ภาพรวมแผน';
/** Where the overview goes when --out is not given: inside the folder, where the next run does not read it. */
export const OVERVIEW_DIR = 'ภาพรวม';

/** Plan workbooks of a folder (not its subfolders), by name; Excel's "~$" lock files and our own output left out. */
export function planFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    throw new CliError(`ไม่พบโฟลเดอร์ ${dir} หรือเปิดอ่านไม่ได้`);
  }
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith(OVERVIEW_NAME))
    .sort((a, b) => a.localeCompare(b, 'th'))
    .map((n) => join(dir, n));
}

export interface OverviewRun {
  readonly plans: PlanOverview[];
  /** Files that could not be read, each with the Thai reason. */
  readonly unreadable: { readonly file: string; readonly reason: string }[];
  /** How many files were read this run; the others' summaries came from the cache, unchanged since. */
  readonly read: number;
}

type Outcome = { readonly plan: PlanOverview } | { readonly reason: string };

/**
 * What reading one file gave: the key of bytes the last run summarised (its outcome is in the
 * cache), or the outcome, with the key when the bytes could be read.
 */
type Summary = { readonly cached: string } | { readonly key?: string; readonly outcome: Outcome };

/**
 * Reads a file's bytes once: they give its cache key and, when the last run did not summarise
 * these very bytes, its plan.
 */
async function summarise(file: string, cached: ReadonlySet<string>): Promise<Summary> {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(file);
  } catch {
    // Not readable: readSnapshotSource says why, in Thai.
  }
  const key = bytes && workbookKey(file, bytes);
  if (key !== undefined && cached.has(key)) return { cached: key };
  try {
    const source = await readSnapshotSource(file, bytes);
    const notAPlan = notAPlanReason(source);
    return { key, outcome: notAPlan ? { reason: notAPlan } : { plan: planOverview(source, basename(file)) } };
  } catch (e) {
    return { key, outcome: { reason: (e as Error).message } };
  }
}

/**
 * Reads each workbook once (its bytes read once, every tab snapshotted at most once) and returns
 * the plans, attention first. A province's folder is shared among worker threads, one per core;
 * the same figures in the same order as reading the files in turn. With a cache, a workbook whose
 * bytes are those of the last run is not read past them.
 */
export async function readOverview(files: readonly string[], cache?: OverviewCache<Outcome>): Promise<OverviewRun> {
  const cached = new Set(cache?.stored());
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  const summaries = workers >= 2 && CAN_START_WORKERS ? await inWorkers(files, cached, workers) : await inTurn(files, cached);
  const plans: PlanOverview[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  let read = 0;
  summaries.forEach((s, i) => {
    const [key, o] = 'cached' in s ? [s.cached, cache!.get(s.cached)!] : [s.key, s.outcome];
    if ('outcome' in s) read++;
    cache?.set(key, o);
    if ('plan' in o) plans.push(o.plan);
    else unreadable.push({ file: basename(files[i]), reason: o.reason });
  });
  return { plans: sortByAttention(plans), unreadable, read };
}

/** Fewer files than this per core are read in turn: starting a worker (loading the CLI again) costs about as much as reading a few. */
const FILES_PER_WORKER = 10;
/** Only the built CLI (one .js file) can start itself as a worker; under the tests' TypeScript the files are read in turn. */
const CAN_START_WORKERS = __filename.endsWith('.js');
const WORKER_ROLE = 'sujarit-overview-worker';
const YOUNG_GENERATION_MB = 64;

async function inTurn(files: readonly string[], cached: ReadonlySet<string>): Promise<Summary[]> {
  const summaries: Summary[] = [];
  for (const file of files) summaries.push(await summarise(file, cached));
  return summaries;
}

/** Each worker is given the next file as soon as it is done with one, so a large plan holds up only its own worker. */
async function inWorkers(files: readonly string[], cached: ReadonlySet<string>, count: number): Promise<Summary[]> {
  const summaries: Summary[] = new Array(files.length);
  let next = 0;
  const work = () =>
    new Promise<void>((resolve, reject) => {
      // A young generation of 64 MB holds a workbook's short-lived cells: about a quarter less time
      // than the default's (300 generated plans, 2 cores: 10.6 → 8 s), for about the same memory.
      const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE, cached: [...cached] }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let current = -1;
      const give = () => {
        if (next < files.length) worker.postMessage(files[(current = next++)]);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (s: Summary) => {
        summaries[current] = s;
        give();
      });
      worker.on('error', reject);
      give();
    });
  await Promise.all(Array.from({ length: count }, work));
  return summaries;
}

/** In a worker started by readOverview: reads each file it is sent, one at a time. Whether this thread is one. */
export function serveOverviewWorker(): boolean {
  const data = workerData as { role?: unknown; cached?: string[] } | undefined;
  if (isMainThread || data?.role !== WORKER_ROLE) return false;
  const cached = new Set(data.cached);
  parentPort!.on('message', (file: string) => void summarise(file, cached).then((s) => parentPort!.postMessage(s)));
  return true;
}

/**
 * `overview --in DIR [--out DIR]`: every plan workbook in DIR → one workbook and one document,
 * per organisation, attention first. A file that cannot be read is listed and skipped.
 */
export async function overviewCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = prepareOutDir(args.options.get('out') ?? join(input, OVERVIEW_DIR));
  const files = planFiles(input);
  if (files.length === 0) throw new CliError(`ไม่พบไฟล์แผน (.xlsx) ในโฟลเดอร์ ${resolve(input)}`);
  const cache = openOverviewCache<Outcome>(outDir);
  const { plans, unreadable, read } = await readOverview(files, cache);
  cache.save();
  const dateText = formatThaiDate(calendarDate(new Date()), 'arabic');

  const wb = newWorkbook();
  const ws = wb.addWorksheet(OVERVIEW_NAME, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.addRow([...OVERVIEW_HEADERS]);
  for (const row of overviewRows(plans)) ws.addRow(row);
  ws.getRow(1).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_BACKGROUND.slice(1)}` } };
  });
  ws.columns.forEach((col, i) => (col.width = i === 1 || i === 3 ? 36 : 14));
  if (unreadable.length) {
    const bad = wb.addWorksheet('ไฟล์ที่อ่านไม่ได้');
    bad.addRow(['ไฟล์', 'สาเหตุ']);
    for (const u of unreadable) bad.addRow([u.file, u.reason]);
  }
  applyThaiFont(wb);
  const xlsx = await saveWorkbook(wb, join(outDir, `${OVERVIEW_NAME}.xlsx`));
  const docx = await writeDocx(overviewDocument(plans, dateText), join(outDir, `${OVERVIEW_NAME}.docx`));
  console.log(`อ่านแผน ${plans.length} ไฟล์${unreadable.length ? ` อ่านไม่ได้ ${unreadable.length} ไฟล์` : ''}`);
  if (read < files.length) console.log(`  อ่านใหม่ ${read} ไฟล์ ใช้ผลที่อ่านไว้ ${files.length - read} ไฟล์ (ไฟล์ไม่เปลี่ยนตั้งแต่ครั้งก่อน)`);
  for (const u of unreadable) console.log(`  อ่านไม่ได้: ${u.file}: ${u.reason}`);
  console.log(`บันทึกแล้ว: ${xlsx}`);
  console.log(`บันทึกแล้ว: ${docx}`);
  return unreadable.length ? 1 : 0;
}
