import type { ServerApi } from '../core/api';
import { ServerError } from './errors';

/**
 * A typed promise wrapper around google.script.run: the only way the sidebar talks to the
 * add-on. Each call names a function of ServerApi and resolves with its result; a server
 * function that does not exist (yet) rejects with a ServerError marked `missing`.
 */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script?: { run?: ScriptRun } } | undefined;

function scriptRun(): ScriptRun | undefined {
  return typeof google !== 'undefined' && google.script && google.script.run ? google.script.run : undefined;
}

export function callServer<K extends keyof ServerApi>(fn: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(new ServerError('เปิดหน้านี้ได้จากเมนู Sujarit ใน Google Sheets เท่านั้น', fn));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))));
    const target = runner[fn];
    if (typeof target !== 'function') {
      reject(new ServerError(`${fn} is not a server function`, fn, true));
      return;
    }
    (target as (...a: unknown[]) => void).apply(runner, args);
  });
}
