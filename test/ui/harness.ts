/**
 * Drives the built sidebar (build/addon/Sidebar.html, made by `npm run build`) in headless
 * Chromium with a stub of google.script.run. Each test scripts the server's answers in Node
 * (values, thrown errors, or promises it resolves when it wants) and reads back every call.
 *
 * One browser per test file, one page reused by every test (a fresh load per test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import type { ServerApi, SidebarState } from '../../src/core/api';

const ROOT = join(__dirname, '../..');
export const SIDEBAR_HTML = join(ROOT, 'build/addon/Sidebar.html');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

/** CHROMIUM_PATH if set (and only it), else Debian's chromium or a usual alternative. */
export function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => existsSync(p));
}

export const ON_CI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');

const INSTALL_HINT = 'Chromium is needed for the sidebar browser tests: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.';

/**
 * `describe` for browser tests: without Chromium they are skipped locally (with a message
 * saying how to install it) but fail under CI, where a missing browser is a broken setup.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (findChromium() || ON_CI) {
    describe(name, body);
    return;
  }
  console.warn(`SKIPPED "${name}": ${INSTALL_HINT}`);
  describe.skip(name, body);
}

// ---- The scripted server ------------------------------------------------------------------

export type FnName = keyof ServerApi;
type Handler = (...args: any[]) => unknown;
export interface Call { readonly fn: string; readonly args: unknown[] }

export class FakeServer {
  readonly calls: Call[] = [];
  /** Server functions that do not exist (google.script.run has no such property). */
  readonly missing = new Set<FnName>();
  private readonly handlers = new Map<string, Handler>();
  private fallback: ((fn: string, args: unknown[]) => unknown) | undefined;

  constructor(handlers: { [K in FnName]?: (...args: Parameters<ServerApi[K]>) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>> } = {}) {
    for (const [fn, h] of Object.entries(handlers)) this.handlers.set(fn, h as Handler);
  }

  on<K extends FnName>(fn: K, handler: (...args: Parameters<ServerApi[K]>) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>>): this {
    this.handlers.set(fn, handler as Handler);
    return this;
  }

  /** Answers successive calls of `fn` with these values in turn (the last one repeats). */
  sequence<K extends FnName>(fn: K, ...answers: (ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>> | (() => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>>))[]): this {
    let i = 0;
    this.handlers.set(fn, () => {
      const a = answers[Math.min(i++, answers.length - 1)];
      return typeof a === 'function' ? (a as () => unknown)() : a;
    });
    return this;
  }

  /** Answers every function without its own handler (e.g. by calling the real bundle under gas-local). */
  otherwise(handler: (fn: string, args: unknown[]) => unknown): this {
    this.fallback = handler;
    return this;
  }

  callsOf(fn: FnName): unknown[][] {
    return this.calls.filter((c) => c.fn === fn).map((c) => c.args);
  }

  async answer(fn: string, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
    this.calls.push({ fn, args });
    const handler = this.handlers.get(fn) ?? (this.fallback && ((...a: unknown[]) => this.fallback!(fn, a)));
    if (!handler) return { ok: false, message: `Exception: the test scripted no answer for ${fn}` };
    try {
      const value = await handler(...args);
      // Apps Script fails the whole request when a result holds a Date (APPS-SCRIPT-NOTES).
      if (holdsDate(value)) return { ok: false, message: 'ScriptError: a Date cannot be returned to google.script.run' };
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
}

function holdsDate(value: unknown): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  return value !== null && typeof value === 'object' && Object.values(value as object).some(holdsDate);
}

/** A promise the test resolves when it wants: holds a server call open to look at the UI mid-job. */
export function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * The stub of google.script.run, as Apps Script's client exposes it: withSuccessHandler /
 * withFailureHandler return a new runner, each server function is a property, calls are
 * asynchronous, arguments and results cross as JSON, a failure arrives as an Error.
 */
const STUB = `(() => {
  function runner(ok, fail) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => runner(fn, fail);
        if (name === 'withFailureHandler') return (fn) => runner(ok, fn);
        if (name === 'withUserObject') return () => runner(ok, fail);
        if (typeof name !== 'string' || (window.__stubMissing || []).includes(name)) return undefined;
        return (...args) => {
          window.__sujaritCall(name, JSON.parse(JSON.stringify(args))).then((answer) => {
            if (answer.ok) { if (ok) ok(answer.value); }
            else if (fail) { const e = new Error(answer.message); e.name = 'ScriptError'; fail(e); }
          });
        };
      },
    });
  }
  window.google = { script: { run: runner() } };
})();`;

// ---- Browser, page and the local web server ------------------------------------------------

/** Serves Sarabun from @fontsource (a devDependency) in place of Google Fonts: no network, true glyphs. */
function fontRoutes(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const files = join(ROOT, 'node_modules/@fontsource/sarabun/files');
  if (url.hostname === 'fonts.googleapis.com') {
    const face = (subset: string, weight: number, range: string) =>
      `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:swap;src:url(https://fonts.gstatic.com/local/sarabun-${subset}-${weight}-normal.woff2) format('woff2');unicode-range:${range};}`;
    const css = [400, 600].flatMap((w) => [face('thai', w, 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC'), face('latin', w, 'U+0000-00FF,U+2000-206F,U+20AC,U+2122,U+2190-2199')]).join('\n');
    return route.fulfill({ status: 200, contentType: 'text/css', body: css });
  }
  const file = join(files, url.pathname.replace(/^\/local\//, ''));
  if (url.hostname === 'fonts.gstatic.com' && existsSync(file)) return route.fulfill({ status: 200, contentType: 'font/woff2', body: readFileSync(file) });
  return route.abort();
}

export interface Sidebar {
  readonly page: Page;
  readonly server: FakeServer;
  /** Requests the page tried to send outside 127.0.0.1 (other than the fonts). */
  readonly external: string[];
  /** Dialogs (alert/confirm) the page opened: an escaping failure would show up here. */
  readonly dialogs: string[];
}

export interface Harness {
  /** Loads the sidebar afresh, answering from `server`; resolves once the status has rendered. */
  open(server: FakeServer, options?: { readonly now?: Date; readonly waitForStatus?: boolean }): Promise<Sidebar>;
  readonly page: () => Page;
}

export function useSidebar(): Harness {
  let browser: Browser | undefined;
  let http: Server | undefined;
  let page: Page | undefined;
  let url = '';
  let current = new FakeServer();
  const external: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(`CI=${process.env.CI}: ${INSTALL_HINT}`);
    if (!existsSync(SIDEBAR_HTML)) throw new Error(`${SIDEBAR_HTML} is missing: run \`npm run build\` first (npm test does).`);
    const html = readFileSync(SIDEBAR_HTML);
    http = createServer((req, res) => {
      if (req.url === '/' || req.url?.startsWith('/?')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;

    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 2, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === 'fonts.googleapis.com' || host === 'fonts.gstatic.com') return fontRoutes(route);
      external.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.exposeBinding('__sujaritCall', (_source, fn: string, args: unknown[]) => current.answer(fn, args));
    await page.addInitScript(STUB);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  // An uncaught exception in the sidebar's script fails the test that caused it.
  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
  });

  return {
    page: () => page!,
    async open(server, options = {}) {
      current = server;
      external.length = 0;
      dialogs.length = 0;
      const p = page!;
      await p.clock.setFixedTime(options.now ?? new Date('2025-03-10T09:00:00+07:00'));
      await p.goto(url);
      if (server.missing.size) await p.evaluate((names) => ((window as unknown as { __stubMissing: string[] }).__stubMissing = names), [...server.missing]);
      if (options.waitForStatus !== false) await p.locator('#status:not([aria-busy])').locator('.org, .result').first().waitFor();
      return { page: p, server, external, dialogs };
    },
  };
}

// ---- Sample answers -------------------------------------------------------------------------

export const STATE: SidebarState = {
  orgName: 'เทศบาลตำบลบ้านสวนหลวง',
  years: '2566–2570',
  frameworkLabel: 'กรอบแผนปฏิบัติการป้องกันการทุจริตฯ พ.ศ. 2566–2570',
  dimensions: [
    { no: 1, title: 'การสร้างวัฒนธรรมสุจริต', count: 9, budget: 285000 },
    { no: 2, title: 'การบริหารราชการด้วยความโปร่งใส', count: 12, budget: 40000 },
    { no: 3, title: 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', count: 7, budget: 150000 },
    { no: 4, title: 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', count: 6, budget: 0 },
  ],
  totalCount: 34,
  totalBudget: 475000,
  missingSheets: [],
};

/** Polls `read` until `check` passes (at most `ms`); the last failure is thrown. */
export async function eventually<T>(read: () => T | Promise<T>, check: (value: T) => void, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      check(await read());
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** The disabled state of every control that starts a job (job buttons, form submits, confirm, reload). */
export async function jobButtonsDisabled(page: Page): Promise<boolean[]> {
  return page.$$eval('[data-job-control]', (els) => els.map((el) => (el as HTMLButtonElement).disabled));
}
