/**
 * Tiny DOM builder. Every string becomes a text node (never HTML), so whatever the sheet holds —
 * a measure named `<img src=x onerror=…>` — is shown as text. The sidebar never assigns innerHTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  /** Attributes set with setAttribute (never `href`: use link() so only http(s) URLs pass). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (name === 'href' || name.startsWith('on')) throw new Error(`h(): use link() for href, props.on for ${name}`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props?.on ?? {})) {
    if (handler) el.addEventListener(type, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces everything inside `el`. */
export function fill(el: Element, ...children: readonly Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, ...children);
}

/** Only http(s) URLs become links (a `javascript:` URL from a sheet must never be clickable). */
export function safeUrl(url: unknown): string | undefined {
  const text = String(url ?? '').trim();
  return /^https?:\/\/[^\s]+$/i.test(text) ? text : undefined;
}

/** A link that opens in a new tab; an unsafe URL shows its title as plain text. */
export function link(title: string, url: unknown, className = 'link'): HTMLElement {
  const href = safeUrl(url);
  if (!href) return h('span', { class: `${className} unsafe` }, title);
  const a = h('a', { class: className, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, title);
  a.href = href;
  return a;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}
