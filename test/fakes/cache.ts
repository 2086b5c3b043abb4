/** CacheService: string caches with Apps Script's key/value limits and expiry by wall clock. */
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { fail } from './errors';
import { isPlainObject } from './realm';

export type CacheScope = 'document' | 'script' | 'user';
export type CacheStore = Map<string, { value: string; expiresAt: number }>;

const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

export class CacheService extends Fake {
  readonly [STATE]: Record<CacheScope, CacheStore>;

  constructor(runtime: Runtime, stores: Record<CacheScope, CacheStore>) {
    super(runtime);
    this[STATE] = stores;
  }

  getDocumentCache(): Cache { return new Cache(this[RUNTIME], this[STATE].document); }
  getScriptCache(): Cache { return new Cache(this[RUNTIME], this[STATE].script); }
  getUserCache(): Cache { return new Cache(this[RUNTIME], this[STATE].user); }
}

export class Cache extends Fake {
  readonly [STATE]: CacheStore;

  constructor(runtime: Runtime, store: CacheStore) {
    super(runtime);
    this[STATE] = store;
  }

  get(key: string): string | null {
    const entry = this[STATE].get(String(key));
    if (!entry || entry.expiresAt <= Date.now()) return null;
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    putEntry(this, String(key), String(value), expirationInSeconds);
  }

  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    if (!isPlainObject(values)) throw fail(this, 'Invalid argument: values');
    for (const key of Object.keys(values)) putEntry(this, key, String(values[key]), expirationInSeconds);
  }

  remove(key: string): void { this[STATE].delete(String(key)); }
  removeAll(keys: string[]): void { for (const key of keys) this[STATE].delete(String(key)); }
}

instrument(CacheService, 'CacheService');
instrument(Cache, 'Cache');

function putEntry(cache: Cache, key: string, value: string, ttlSeconds: number): void {
  if (key.length > MAX_KEY_LENGTH) throw fail(cache, 'Argument too large: key');
  if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw fail(cache, 'Argument too large: value');
  const ttl = Math.min(Math.max(ttlSeconds, 1), MAX_TTL_SECONDS);
  cache[STATE].set(key, { value, expiresAt: Date.now() + ttl * 1000 });
}
