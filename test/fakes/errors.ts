/** Exceptions worded like Apps Script's, so code under test can be tested against real messages. */
import { type Fake, RUNTIME } from './calls';

/** An Apps Script exception; use as `throw fail(this, '…')` so tsc sees the control flow. */
export function fail(fake: Fake, message: string): Error {
  return fake[RUNTIME].realm.error(message);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return 'Object[]';
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? name : 'Object';
}

/** What Apps Script says when arguments do not fit any overload of `service.method`. */
export function signatureMismatch(fake: Fake, qualifiedMethod: string, args: readonly unknown[]): Error {
  return fail(fake, `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${qualifiedMethod}.`);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
