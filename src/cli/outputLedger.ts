import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { writeAtomically, writeAtomicallyInParts, type PartWriter } from './atomicWrite';

/**
 * Never replaces a file a person edited. Each output folder keeps an append-only ledger of what
 * Sujarit wrote there (content hash and file name). A file may be replaced only while its bytes are
 * still ones Sujarit wrote; a file edited since, or one Sujarit never wrote, is kept, and the output
 * goes to the next free "name (2).ext" instead, with a Thai notice. Every hash ever written under a
 * name counts, so two runs racing on one folder do not make each other's files look edited.
 */
export const LEDGER_NAME = '.sujarit-written.tsv';

interface Ledger {
  readonly path: string;
  /** Bytes of the ledger already read: later lines (another run's) are read from here on. */
  offset: number;
  readonly hashes: Map<string, Set<string>>;
}

const ledgers = new Map<string, Ledger>();

/** Writes `bytes` as `path`, or beside it when `path` holds something Sujarit did not write; returns the path written. */
export function writeOutput(path: string, bytes: Uint8Array): string {
  const ledger = ledgerOf(dirname(resolve(path)));
  const target = freeName(ledger, path);
  writeAtomically(target, bytes);
  return recorded(ledger, path, target, hashOf(bytes));
}

/** The same for a file made in parts (the whole plan): hashed as its parts are written, none kept. */
export async function writeOutputInParts(path: string, produce: (write: PartWriter) => Promise<void>): Promise<string> {
  const ledger = ledgerOf(dirname(resolve(path)));
  const target = freeName(ledger, path);
  const hash = createHash('sha256');
  await writeAtomicallyInParts(target, (write) => produce((bytes) => {
    hash.update(bytes);
    write(bytes);
  }));
  return recorded(ledger, path, target, hash.digest('hex'));
}

function recorded(ledger: Ledger, wanted: string, target: string, hash: string): string {
  record(ledger, basename(target), hash);
  if (target !== wanted) {
    console.error(`ไฟล์ ${basename(wanted)} มีอยู่แล้วและมีการแก้ไขหลังจาก Sujarit เขียนไว้ (หรือไม่ได้สร้างโดย Sujarit) จึงไม่เขียนทับ: บันทึกเป็น ${basename(target)} แทน` +
      ' หากต้องการให้ใช้ชื่อเดิม ให้ย้ายหรือลบไฟล์เดิมก่อน');
  }
  return target;
}

function freeName(ledger: Ledger, path: string): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? path : `${stem} (${n})${ext}`;
    if (!existsSync(candidate) || isOurs(ledger, candidate)) return candidate;
  }
}

function isOurs(ledger: Ledger, path: string): boolean {
  const name = basename(path);
  const hash = hashOf(readFileSync(path));
  if (ledger.hashes.get(name)?.has(hash)) return true;
  readNewLines(ledger);
  return ledger.hashes.get(name)?.has(hash) ?? false;
}

function ledgerOf(dir: string): Ledger {
  let ledger = ledgers.get(dir);
  if (!ledger) {
    ledger = { path: join(dir, LEDGER_NAME), offset: 0, hashes: new Map() };
    readNewLines(ledger);
    ledgers.set(dir, ledger);
  }
  return ledger;
}

/** Reads only what was appended since the last read, so checking many files stays linear. */
function readNewLines(ledger: Ledger): void {
  if (!existsSync(ledger.path)) return;
  const fd = openSync(ledger.path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= ledger.offset) return;
    const chunk = Buffer.alloc(size - ledger.offset);
    readSync(fd, chunk, 0, chunk.length, ledger.offset);
    const text = chunk.toString('utf8');
    const complete = text.lastIndexOf('\n') + 1;
    ledger.offset += Buffer.byteLength(text.slice(0, complete));
    for (const line of text.slice(0, complete).split('\n')) {
      const [hash, name] = line.split('\t');
      if (hash && name) remember(ledger, name, hash);
    }
  } finally {
    closeSync(fd);
  }
}

function record(ledger: Ledger, name: string, hash: string): void {
  // One short append per file: concurrent runs interleave whole lines (O_APPEND).
  appendFileSync(ledger.path, `${hash}\t${name}\n`);
  remember(ledger, name, hash);
}

function remember(ledger: Ledger, name: string, hash: string): void {
  const set = ledger.hashes.get(name) ?? new Set<string>();
  set.add(hash);
  ledger.hashes.set(name, set);
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
