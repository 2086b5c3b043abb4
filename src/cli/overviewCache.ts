import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What `overview` remembers between runs, in its output folder: each workbook's summary under the
 * hash of its path (a reason names it), its bytes and the program that summarised it. A district
 * office runs the overview again as plans come in; only the workbooks that changed since are read
 * again, and a new version of Sujarit reads them all (its rules may count differently).
 */
export const OVERVIEW_CACHE_NAME = '.sujarit-overview-cache.json';
const FORMAT = 1;

let program: string | undefined;
/** The running program's own bytes, hashed once: the built CLI, or the module under the tests. */
function programId(): string {
  return (program ??= createHash('sha256').update(readFileSync(__filename)).digest('hex'));
}

/** A workbook's key, from its path and the bytes read for it. */
export function workbookKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(`${FORMAT}\0${programId()}\0${resolve(file)}\0`).update(bytes).digest('hex');
}

export interface OverviewCache<T> {
  /** The keys stored by the last run: a workbook whose key is among them need not be read past its bytes. */
  stored(): string[];
  get(key: string | undefined): T | undefined;
  set(key: string | undefined, value: T): void;
  /** Keeps only what this run used (a removed or changed workbook's entry goes), replacing the file whole. */
  save(): void;
}

/** The cache of a folder; an unreadable or foreign cache file counts as empty (everything is read again). */
export function openOverviewCache<T>(dir: string): OverviewCache<T> {
  const path = join(dir, OVERVIEW_CACHE_NAME);
  let stored: Record<string, T> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; entries?: unknown };
    if (parsed.format === FORMAT && parsed.entries && typeof parsed.entries === 'object') stored = parsed.entries as Record<string, T>;
  } catch {
    // No cache yet, or one that cannot be read: start empty.
  }
  const used: Record<string, T> = {};
  return {
    stored: () => Object.keys(stored),
    get: (key) => {
      const value = key === undefined || !Object.prototype.hasOwnProperty.call(stored, key) ? undefined : stored[key];
      if (key !== undefined && value !== undefined) used[key] = value;
      return value;
    },
    set: (key, value) => {
      if (key !== undefined) used[key] = value;
    },
    save: () => {
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ format: FORMAT, entries: used }));
      renameSync(temp, path);
    },
  };
}
