import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './args';
import { fsError } from './fsErrors';

/**
 * Makes `--out` ready before any work is done, or says in Thai why it cannot be: a file in the
 * way, no permission, a pseudo file system. Folders are made one level at a time because Node's
 * recursive mkdir loops forever under /proc; a probe file proves the folder takes files, so a run
 * never fails half-way through its documents.
 */
export function prepareOutDir(dir: string): string {
  const full = resolve(dir);
  try {
    makeFolders(full);
    const probe = join(full, `.sujarit-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw fsError(e, dir) ?? new CliError(`${dir}: เขียนไฟล์ลงโฟลเดอร์นี้ไม่ได้ (${(e as Error).message})`);
  }
  return dir;
}

function makeFolders(path: string): void {
  const missing: string[] = [];
  let at = path;
  for (;;) {
    const kind = statOrUndefined(at);
    if (kind === 'dir') break;
    if (kind === 'other') throw Object.assign(new Error(`not a folder: ${at}`), { code: at === path ? 'EEXIST' : 'ENOTDIR' });
    missing.push(at);
    if (dirname(at) === at) break;
    at = dirname(at);
  }
  for (const folder of missing.reverse()) mkdirSync(folder);
}

function statOrUndefined(path: string): 'dir' | 'other' | undefined {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
