import { inflateRawSync } from 'node:zlib';

/**
 * A zip's entries read from its central directory, without a zip library: a workbook's names and
 * the few parts the readers want, inflated by Node's zlib. The overview reads hundreds of
 * workbooks; JSZip took a few milliseconds each just to list them.
 */
export interface ZipEntry {
  readonly method: number;
  /** Compressed and declared uncompressed sizes. */
  readonly size: number;
  readonly unpacked: number;
  /** Where the entry's data starts, past its local header. */
  readonly start: number;
}

/**
 * The entries by name (a later entry of the same name wins, as with fflate's unzipSync), or
 * undefined when the directory cannot be read this way: no end record (a file cut short), Zip64,
 * or an entry whose local header is not where the directory says. Callers then use JSZip, which
 * says what is wrong.
 */
export function zipDirectory(zip: Buffer): Map<string, ZipEntry> | undefined {
  try {
    return entriesOf(zip);
  } catch {
    return undefined; // an offset past the end
  }
}

function entriesOf(zip: Buffer): Map<string, ZipEntry> | undefined {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) if (--end < 0 || zip.length - end > 65558) return undefined;
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 8);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameEnd = at + 46 + zip.readUInt16LE(at + 28);
    const name = zip.toString(zip.readUInt16LE(at + 8) & 0x800 ? 'utf8' : 'latin1', at + 46, nameEnd);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const unpacked = zip.readUInt32LE(at + 24);
    const offset = zip.readUInt32LE(at + 42);
    at = nameEnd + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (size === 0xffffffff || unpacked === 0xffffffff || offset === 0xffffffff) return undefined;
    if (zip.readUInt32LE(offset) !== 0x04034b50) return undefined;
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (start + size > zip.length) return undefined;
    entries.set(name, { method, size, unpacked, start });
  }
  return entries;
}

/** An entry's bytes (stored or deflated; throws for another method or damaged data), in one piece of its declared size. */
export function entryBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const data = zip.subarray(entry.start, entry.start + entry.size);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`compression ${entry.method}`);
  // zlib's default 16 KB pieces were copied together again; a false size over 32 MB only costs pieces.
  return inflateRawSync(data, { chunkSize: Math.min(Math.max(64, entry.unpacked + 1), 2 ** 25) });
}
