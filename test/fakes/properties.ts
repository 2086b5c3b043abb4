/** PropertiesService: three string stores (document, script, user) with Apps Script's size limits. */
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { fail, signatureMismatch } from './errors';
import { isPlainObject } from './realm';

export type PropertyScope = 'document' | 'script' | 'user';

/** Apps Script quotas: 9 kB per value, 500 kB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

export type PropertyStores = Record<PropertyScope, Map<string, string>>;

export class PropertiesService extends Fake {
  readonly [STATE]: PropertyStores;

  constructor(runtime: Runtime, stores: PropertyStores) {
    super(runtime);
    this[STATE] = stores;
  }

  /** Null in a trigger outside the spreadsheet, as in Apps Script. */
  getDocumentProperties(): Properties { return outsideContainer(this) ? (null as unknown as Properties) : new Properties(this[RUNTIME], this[STATE].document); }
  getScriptProperties(): Properties { return new Properties(this[RUNTIME], this[STATE].script); }
  getUserProperties(): Properties { return new Properties(this[RUNTIME], this[STATE].user); }
}

export class Properties extends Fake {
  readonly [STATE]: Map<string, string>;

  constructor(runtime: Runtime, store: Map<string, string>) {
    super(runtime);
    this[STATE] = store;
  }

  getProperty(key: string): string | null { return this[STATE].get(String(key)) ?? null; }
  getProperties(): Record<string, string> { return Object.fromEntries(this[STATE]); }
  getKeys(): string[] { return [...this[STATE].keys()]; }
  setProperty(key: string, value: string): Properties { return store(this, [[String(key), String(value)]], false); }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    if (!isPlainObject(properties)) throw signatureMismatch(this, 'Properties.setProperties', [properties]);
    return store(this, Object.keys(properties).map((k) => [k, String(properties[k])]), deleteAllOthers);
  }

  deleteProperty(key: string): Properties { this[STATE].delete(String(key)); return this; }
  deleteAllProperties(): Properties { this[STATE].clear(); return this; }
}

instrument(PropertiesService, 'PropertiesService');
instrument(Properties, 'Properties');

/** Checks quotas before changing anything, so a rejected write leaves the store as it was. */
function store(properties: Properties, entries: [string, string][], deleteAllOthers: boolean): Properties {
  const next = new Map(deleteAllOthers ? [] : properties[STATE]);
  for (const [key, value] of entries) {
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw fail(properties, 'Argument too large: value');
    next.set(key, value);
  }
  let total = 0;
  for (const [key, value] of next) total += Buffer.byteLength(key) + Buffer.byteLength(value);
  if (total > MAX_STORE_BYTES) {
    throw fail(properties, 'You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  properties[STATE].clear();
  for (const [key, value] of next) properties[STATE].set(key, value);
  return properties;
}

export function outsideContainer(fake: Fake): boolean {
  return fake[RUNTIME].calls.policy?.context === 'trigger-outside-container';
}
