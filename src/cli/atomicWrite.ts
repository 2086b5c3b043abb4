import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
 * renamed over the target (atomic on one file system). Two runs writing the same file at once
 * leave one complete file, never a mix of both.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = tempBeside(path);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * The same, for a file made in parts (a large document packed as it is rendered): `produce`
 * calls `write` with each part in order, and no part need be kept once written.
 */
export type PartWriter = (bytes: Uint8Array) => void;

export async function writeAtomicallyInParts(path: string, produce: (write: PartWriter) => Promise<void>): Promise<void> {
  const temp = tempBeside(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    const out = fd;
    await produce((bytes) => {
      for (let at = 0; at < bytes.length; ) {
        const n = writeSync(out, bytes, at);
        // A file system that takes nothing would otherwise loop here for ever.
        if (n <= 0) throw new Error(`write to ${temp} made no progress`);
        at += n;
      }
    });
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A short name of its own: the target's name may already be near the 255-byte limit. */
const tempBeside = (path: string) => join(dirname(path), `.sujarit-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
