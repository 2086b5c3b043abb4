/**
 * HtmlService, HtmlOutput and HtmlTemplate. Templates support `<?= expr ?>` (escaped),
 * `<?!= expr ?>` (raw) and `<? code ?>` scriptlets. As in Apps Script, scriptlets see the template's
 * properties and the script's global functions (e.g. an `include(name)` helper defined by the bundle).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Blob, encode } from './blob';
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { MimeType, SandboxMode, XFrameOptionsMode } from './enums';
import { fail, signatureMismatch } from './errors';

export interface HtmlSettings {
  /** Folder holding the `<name>.html` files of the project. */
  readonly htmlDir: string;
  /** The script's global object, consulted by scriptlets after the template's own properties. */
  readonly globals: object;
}

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  faviconUrl: string | null;
  readonly metaTags: { name: string; content: string }[];
  readonly settings: HtmlSettings;
}

export class HtmlService extends Fake {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly [STATE]: HtmlSettings;

  constructor(runtime: Runtime, settings: HtmlSettings) {
    super(runtime);
    this[STATE] = settings;
  }

  createHtmlOutput(html?: string | Blob | HtmlTemplate): HtmlOutput {
    if (html instanceof HtmlTemplate) return html.evaluate();
    return new HtmlOutput(this[RUNTIME], this[STATE], sourceText(this, html ?? '', 'HtmlService.createHtmlOutput'));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this[RUNTIME], this[STATE], readHtmlFile(this, this[STATE].htmlDir, filename));
  }

  createTemplate(html: string | Blob): HtmlTemplate {
    return new HtmlTemplate(this[RUNTIME], this[STATE], sourceText(this, html, 'HtmlService.createTemplate'));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this[RUNTIME], this[STATE], readHtmlFile(this, this[STATE].htmlDir, filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (test fakes)';
  }
}

export class HtmlOutput extends Fake {
  readonly [STATE]: HtmlOutputState;

  constructor(runtime: Runtime, settings: HtmlSettings, content: string) {
    super(runtime);
    this[STATE] = {
      settings, content, title: '', width: null, height: null, faviconUrl: null, metaTags: [],
      sandboxMode: SandboxMode.IFRAME, xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
    };
  }

  getContent(): string { return this[STATE].content; }
  setContent(content: string): HtmlOutput { this[STATE].content = String(content); return this; }
  append(addedContent: string): HtmlOutput { this[STATE].content += String(addedContent); return this; }
  appendUntrusted(addedContent: string): HtmlOutput { this[STATE].content += escapeHtml(addedContent); return this; }
  clear(): HtmlOutput { this[STATE].content = ''; return this; }
  getTitle(): string { return this[STATE].title; }
  setTitle(title: string): HtmlOutput { this[STATE].title = String(title); return this; }
  getWidth(): number | null { return this[STATE].width; }
  setWidth(width: number): HtmlOutput { this[STATE].width = width; return this; }
  getHeight(): number | null { return this[STATE].height; }
  setHeight(height: number): HtmlOutput { this[STATE].height = height; return this; }
  getFaviconUrl(): string | null { return this[STATE].faviconUrl; }
  setFaviconUrl(url: string): HtmlOutput { this[STATE].faviconUrl = String(url); return this; }
  setSandboxMode(mode: string): HtmlOutput { this[STATE].sandboxMode = mode; return this; }
  setXFrameOptionsMode(mode: string): HtmlOutput { this[STATE].xFrameOptionsMode = mode; return this; }

  addMetaTag(name: string, content: string): HtmlOutput {
    this[STATE].metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  asTemplate(): HtmlTemplate { return new HtmlTemplate(this[RUNTIME], this[STATE].settings, this[STATE].content); }

  getBlob(): Blob {
    return new Blob(this[RUNTIME], encode(this[STATE].content), MimeType.HTML, this[STATE].title ? `${this[STATE].title}.html` : null);
  }

  getAs(contentType: string): Blob { return this.getBlob().getAs(contentType); }
}

export class HtmlTemplate extends Fake {
  readonly [STATE]: { readonly settings: HtmlSettings; readonly source: string };

  constructor(runtime: Runtime, settings: HtmlSettings, source: string) {
    super(runtime);
    this[STATE] = { settings, source };
  }

  getRawContent(): string { return this[STATE].source; }
  getCode(): string { return compileTemplate(this[STATE].source); }
  getCodeWithComments(): string { return compileTemplate(this[STATE].source); }

  /** Runs the scriptlets with the template's own properties (`t.data = …`) in scope. */
  evaluate(): HtmlOutput {
    const { settings, source } = this[STATE];
    const scope: Record<string, unknown> = {};
    for (const key of Object.keys(this)) scope[key] = (this as unknown as Record<string, unknown>)[key];
    // `with` is how Apps Script's own template code resolves names; Function bodies are sloppy-mode code.
    const render = new Function(
      '__scope', '__globals', '__esc', '__raw',
      `var __out = []; with (__globals) { with (__scope) {\n${compileTemplate(source)}\n} } return __out.join('');`,
    ) as (scope: object, globals: object, esc: (v: unknown) => string, raw: (v: unknown) => string) => string;
    let html: string;
    try {
      html = render(scope, settings.globals, (v) => escapeHtml(printable(v)), printable);
    } catch (error) {
      throw fail(this, `Template evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new HtmlOutput(this[RUNTIME], settings, html);
  }
}

instrument(HtmlService, 'HtmlService');
instrument(HtmlOutput, 'HtmlOutput');
instrument(HtmlTemplate, 'HtmlTemplate');

function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function compileTemplate(source: string): string {
  const expression = (body: string): string => body.trim().replace(/;+$/, '');
  return source
    .split(/(<\?[\s\S]*?\?>)/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.startsWith('<?!=')) return `__out.push(__raw(${expression(part.slice(4, -2))}));`;
      if (part.startsWith('<?=')) return `__out.push(__esc(${expression(part.slice(3, -2))}));`;
      if (part.startsWith('<?')) return part.slice(2, -2);
      return `__out.push(${JSON.stringify(part)});`;
    })
    .join('\n');
}

function sourceText(fake: Fake, html: unknown, method: string): string {
  if (typeof html === 'string') return html;
  if (html instanceof Blob) return html.getDataAsString();
  throw signatureMismatch(fake, method, [html]);
}

function readHtmlFile(fake: Fake, htmlDir: string, filename: string): string {
  for (const candidate of [`${filename}.html`, filename]) {
    const file = path.join(htmlDir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8');
  }
  throw fail(fake, `No HTML file named ${filename} was found.`);
}
