/**
 * Values crossing between the test realm and the gas-local sandbox.
 *
 * gas-local runs the bundle in a `vm` context, so arrays and dates made here fail `instanceof` there.
 * In Apps Script they would pass, so results handed to the sandbox are rebuilt with the sandbox's own
 * constructors; code under test then behaves as it would in production whichever check it uses.
 * Inputs go the other way through `isDate`/`Array.isArray`, which work across realms.
 */
import * as vm from 'vm';

interface SandboxIntrinsics {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export class Realm {
  private sandbox: SandboxIntrinsics | null = null;

  constructor(private readonly globals: object) {}

  /** Rebuilds arrays, dates and plain objects in the sandbox realm once gas-local has contextified `globals`. */
  export(value: unknown): unknown {
    const sandbox = this.intrinsics();
    return sandbox ? rebuild(value, sandbox) : value;
  }

  /**
   * An Apps Script service exception: named "Exception" like the real ones, and made in the
   * sandbox realm so `e instanceof Error` holds in code under test.
   */
  error(message: string): Error {
    const sandbox = this.intrinsics();
    const error = sandbox ? new sandbox.Error(message) : new Error(message);
    error.name = 'Exception';
    return error;
  }

  private intrinsics(): SandboxIntrinsics | null {
    if (!this.sandbox && vm.isContext(this.globals)) {
      this.sandbox = vm.runInContext('({ Array: Array, Date: Date, Object: Object, Error: Error })', this.globals) as SandboxIntrinsics;
    }
    return this.sandbox;
  }
}

function rebuild(value: unknown, sandbox: SandboxIntrinsics): unknown {
  if (Array.isArray(value)) return sandbox.Array.from(value, (item) => rebuild(item, sandbox));
  if (isDate(value)) return new sandbox.Date(value.getTime());
  if (isPlainObject(value)) {
    const copy = new sandbox.Object() as Record<string, unknown>;
    for (const key of Object.keys(value)) copy[key] = rebuild(value[key], sandbox);
    return copy;
  }
  return value;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A `{...}` literal from any realm (fake service objects are class instances and stay as they are). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies a value received from code under test so later mutation of its arrays cannot reach the fake's state. */
export function importValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(importValue);
  if (isDate(value)) return new Date(value.getTime());
  if (isPlainObject(value)) return Object.fromEntries(Object.keys(value).map((k) => [k, importValue(value[k])]));
  return value;
}
