/**
 * Call counting for the fake services.
 *
 * Every method of a fake service class is wrapped once, at module load, by `instrument`. The wrapper
 * counts only *outermost* calls: when a fake method calls another fake method internally, that inner
 * call is not a service round-trip and must not inflate the numbers tests use to prove batching.
 */
import type { Realm } from './realm';
import type { ScopePolicy } from './scopes';

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];
  private depth = 0;

  /** Calls of one method, e.g. `count('Range.setValues')`. */
  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** All calls, or only those whose name starts with `prefix` (e.g. `total('Range.')`). */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Method names in call order: lets tests check that all reads happen before all writes. */
  sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }

  /** Checks each outermost call against the manifest's scopes and the execution's auth mode (see scopes.ts). */
  policy: ScopePolicy | undefined;

  /** Runs a wrapped method; counts it and exports its result only when it is an outermost call. */
  run<T>(method: string, realm: Realm, body: () => T): T {
    if (this.depth > 0) return body();
    this.policy?.check(method, (message) => realm.error(message));
    this.counts.set(method, this.count(method) + 1);
    this.order.push(method);
    this.depth++;
    try {
      return realm.export(body()) as T;
    } finally {
      this.depth--;
    }
  }
}

/** What every fake service object carries: the counter and the sandbox realm of its environment. */
export interface Runtime {
  readonly calls: CallCounter;
  readonly realm: Realm;
}

export const RUNTIME = Symbol('runtime');
/** Optional pre-call check, given the method name (e.g. "document is closed"); symbols are not wrapped nor counted. */
export const GUARD = Symbol('guard');
const LABEL = Symbol('label');
/** Where a fake keeps the model it stands for (a sheet, a cell rectangle, a blob's bytes…), out of the API's sight. */
export const STATE = Symbol('state');

/** Base class of every fake service object. Symbol keys keep the plumbing out of the Apps Script API. */
export abstract class Fake {
  readonly [RUNTIME]: Runtime;
  [GUARD]?(method: string): void;
  declare readonly [LABEL]: string;

  constructor(runtime: Runtime) {
    this[RUNTIME] = runtime;
  }
}

type FakeClass = abstract new (...args: never[]) => Fake;

/**
 * Wraps every own method of `cls.prototype` so calls are counted as `${label}.${method}`.
 * The label is read from `this` at call time, so an inherited method counts under the subclass
 * that received the call (`ListItem.setText`, not `ParagraphBase.setText`).
 */
export function instrument(cls: FakeClass, label: string): void {
  const proto = cls.prototype as Record<PropertyKey, unknown>;
  Object.defineProperty(proto, LABEL, { value: label });
  for (const name of Object.getOwnPropertyNames(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (name === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue;
    const original = descriptor.value as (...args: unknown[]) => unknown;
    const wrapped = function (this: Fake, ...args: unknown[]): unknown {
      const runtime = this[RUNTIME];
      return runtime.calls.run(`${this[LABEL]}.${name}`, runtime.realm, () => {
        this[GUARD]?.(name);
        return original.apply(this, args);
      });
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: wrapped });
  }
}

/**
 * Hides methods a base class provides but the real Apps Script class lacks (e.g. Body has no
 * `removeFromParent`), so code under test fails here the way it would fail in Apps Script.
 */
export function withoutMethods(cls: FakeClass, names: readonly string[]): void {
  for (const name of names) Object.defineProperty(cls.prototype, name, { value: undefined });
}
