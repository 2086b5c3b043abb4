import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
 * renamed over the target (atomic on one file system). Two runs writing the same file at once
 * leave one complete file, never a mix of both.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  // A short name of its own: the target's name may already be near the 255-byte limit.
  const temp = join(dirname(path), `.sujarit-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
