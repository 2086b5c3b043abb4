/** Utilities, Logger and console. */
import * as crypto from 'crypto';
import { Blob, bytesOf, encode } from './blob';
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { formatDate } from './dates';
import { Charset } from './enums';
import { fail, signatureMismatch } from './errors';
import { isDate } from './realm';

/** Utilities.sleep accepts at most five minutes. */
const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

export interface UtilitiesState {
  /** Total milliseconds code asked to sleep; the fake never really sleeps. */
  sleptMs: number;
}

export class Utilities extends Fake {
  readonly Charset = Charset;
  readonly DigestAlgorithm = Object.freeze({ MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' });
  readonly [STATE]: UtilitiesState;

  constructor(runtime: Runtime, state: UtilitiesState) {
    super(runtime);
    this[STATE] = state;
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0) throw signatureMismatch(this, 'Utilities.sleep', [milliseconds]);
    if (milliseconds > MAX_SLEEP_MS) throw fail(this, 'Argument too large: milliseconds');
    this[STATE].sleptMs += milliseconds;
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureMismatch(this, 'Utilities.formatDate', [date, timeZone, format]);
    }
    return formatDate(date, timeZone, format);
  }

  /** Java-style %s, %d, %f with optional flags, width and precision. */
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return String(template).replace(/%(-)?(0)?(\d+)?(?:\.(\d+))?([sdf%])/g, (_m, left, zero, width, precision, kind: string) => {
      if (kind === '%') return '%';
      const arg = args[next++];
      let text = kind === 'd' ? String(Math.trunc(Number(arg)))
        : kind === 'f' ? Number(arg).toFixed(precision === undefined ? 6 : Number(precision))
          : String(arg);
      if (kind === 's' && precision !== undefined) text = text.slice(0, Number(precision));
      const w = width === undefined ? 0 : Number(width);
      return left ? text.padEnd(w) : text.padStart(w, zero && kind !== 's' ? '0' : ' ');
    });
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    const bytes = typeof data === 'string' ? encode(data) : bytesOf(this, data, 'Utilities.newBlob');
    return new Blob(this[RUNTIME], bytes, contentType ?? null, name ?? null);
  }

  base64Encode(data: string | number[], charset?: string): string { return toBase64(this, data, charset, false); }
  base64EncodeWebSafe(data: string | number[], charset?: string): string { return toBase64(this, data, charset, true); }
  base64Decode(encoded: string): number[] { return signed(Buffer.from(String(encoded), 'base64')); }
  base64DecodeWebSafe(encoded: string): number[] { return signed(Buffer.from(String(encoded), 'base64url')); }
  getUuid(): string { return crypto.randomUUID(); }

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const name = DIGESTS[algorithm];
    if (!name) throw signatureMismatch(this, 'Utilities.computeDigest', [algorithm, value]);
    const bytes = typeof value === 'string' ? encode(value, charset) : bytesOf(this, value, 'Utilities.computeDigest');
    return signed(crypto.createHash(name).update(bytes).digest());
  }
}

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: string;
  readonly message: string;
}

export interface LogState {
  readonly entries: LogEntry[];
  /** Also print to the test's console (useful while debugging a test). */
  echo: boolean;
}

export class Logger extends Fake {
  readonly [STATE]: LogState;

  constructor(runtime: Runtime, state: LogState) {
    super(runtime);
    this[STATE] = state;
  }

  /** Logger.log(data) or Logger.log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): Logger {
    let message = describe(data);
    if (values.length > 0) {
      let next = 0;
      message = message.replace(/%[sd]/g, () => describe(values[next++]));
    }
    record(this[STATE], 'Logger', 'info', message);
    return this;
  }

  getLog(): string { return this[STATE].entries.filter((e) => e.source === 'Logger').map((e) => e.message).join('\n'); }

  clear(): void {
    const kept = this[STATE].entries.filter((e) => e.source !== 'Logger');
    this[STATE].entries.splice(0, this[STATE].entries.length, ...kept);
  }
}

instrument(Utilities, 'Utilities');
instrument(Logger, 'Logger');

/** The global `console` of Apps Script (Cloud Logging). Not a service round-trip, so not counted. */
export function createConsole(state: LogState): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const at = (level: string) => (...args: unknown[]): void => record(state, 'console', level, args.map(describe).join(' '));
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

function record(state: LogState, source: LogEntry['source'], level: string, message: string): void {
  state.entries.push({ source, level, message });
  if (state.echo) console.log(`[${source}.${level}] ${message}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error || (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Error]')) {
    const error = value as Error;
    return `${error.name}: ${error.message}`;
  }
  if (isDate(value)) return value.toString();
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

function toBase64(fake: Fake, data: unknown, charset: string | undefined, webSafe: boolean): string {
  const bytes = typeof data === 'string' ? encode(data, charset) : bytesOf(fake, data, 'Utilities.base64Encode');
  const text = Buffer.from(bytes).toString('base64');
  return webSafe ? text.replace(/\+/g, '-').replace(/\//g, '_') : text;
}
