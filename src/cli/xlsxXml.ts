/**
 * Scanning helpers of the values-only xlsx reader (xlsxValues.ts, xlsxSheet.ts), over a part's
 * text taken one character per byte (latin1): the markup is ASCII and a UTF-8 sequence has no
 * ASCII byte, so a scan finds the same elements; only the text taken out of them is decoded.
 */

/** Thrown for a part the reader leaves to exceljs. */
export class Unmodelled extends Error {}

export function unmodelled(what: string): never {
  throw new Unmodelled(what);
}

/** A part's bytes as text, one character per byte (latin1), without a byte-order mark. */
export function bytesText(data: Uint8Array): string {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return text.startsWith('\xef\xbb\xbf') ? text.slice(3) : text;
}

/** An element's attributes; values may contain ">" when quoted. */
const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*?)`;
// XML's whitespace only: a latin1 \s would also take 0xA0, a byte inside UTF-8 sequences.
const ATTR = /([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1]] = xmlText(m[2] ?? m[3]);
  return out;
}

/** The attributes of every `<name …>` element (unprefixed, as exceljs matches names). */
export function tags(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b${ATTRS}\\/?>`, 'g'))].map((m) => attributes(m[1]));
}

/** The content of every `<name>…</name>` (undefined for `<name/>`), in order. */
export function contents(xml: string, name: string): (string | undefined)[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/${name}>)`, 'g'))].map((m) => m[2]);
}

const NON_ASCII = /[\x80-\xff]/;
const NAMED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

/**
 * Text as an XML parser gives it, from a part's latin1 text: UTF-8 decoded, "\r\n" and "\r" read
 * as "\n", references resolved. A bare "&" or an unknown entity, which the parser refuses, is
 * left to exceljs.
 */
export function xmlText(bytes: string): string {
  const raw = NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('&', from)) {
    const end = text.indexOf(';', at);
    const name = end < 0 ? '' : text.slice(at + 1, end);
    const char = NAMED.get(name) ?? (/^#x[0-9a-fA-F]+$/.test(name) ? String.fromCodePoint(parseInt(name.slice(2), 16)) : /^#[0-9]+$/.test(name) ? String.fromCodePoint(parseInt(name.slice(1), 10)) : unmodelled('reference'));
    out += text.slice(from, at) + char;
    from = end + 1;
  }
  return out + text.slice(from);
}

/** Rejects what would make a plain scan read differently from exceljs's parser. */
export function plainXml(xml: string, what: string): void {
  if (xml.includes('<![CDATA[') || /<\/?[A-Za-z_][\w.-]*:/.test(xml) || /<rPh\b/.test(xml)) unmodelled(what);
}

/** `<t>` text as exceljs's TextXform gives it: escaped characters (`_x000D_`) restored. */
export function runText(raw: string | undefined): string {
  return xmlText(raw ?? '').replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Rich text runs joined, as cellContent joins them. */
export function richText(xml: string): string {
  return contents(xml, 'r').map((run) => (run === undefined || !/<t\b/.test(run) ? '' : runText(contents(run, 't').pop()))).join('');
}

/**
 * Whether a part opens with its root element (after an XML declaration) and ends by closing it: a
 * damaged part ("<<<", or one cut short) would otherwise scan as an empty or partial tab. Anything
 * else (a self-closed root, say) is left to exceljs.
 */
export function rootIs(xml: string, name: string): boolean {
  let end = xml.length;
  while (end > 0 && ' \t\r\n'.includes(xml[end - 1])) end--;
  return xml.endsWith(`</${name}>`, end) && new RegExp(`^[ \\t\\r\\n]*(?:<\\?xml\\b[^>]*\\?>[ \\t\\r\\n]*)?<${name}\\b`).test(xml);
}

const NAME = String.raw`[A-Za-z_:\u0080-\uffff][\w.:\u0080-\uffff-]*`;
const ATTRIBUTE = new RegExp(String.raw`[ \t\r\n]+(${NAME})[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_NAME = new RegExp(`<(/?)(${NAME})`, 'y');
const TAG_END = /[ \t\r\n]*(\/?)>/y;
const BAD_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
// Control characters XML does not allow (tab, line feed and carriage return are allowed).
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
const DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/;
/** Whether character data is allowed: whole references, and only whitespace outside the root. */
function textAllowed(text: string, references: boolean, outsideRoot: boolean): boolean {
  return !(references && BAD_REFERENCE.test(text)) && !(outsideRoot && !BLANK.test(text));
}

/** Whether the processing instruction in [start, end) is one: a name, then whitespace or its end; the XML declaration only first, and well-formed. */
function instruction(xml: string, start: number, end: number): boolean {
  const text = xml.slice(start, end);
  if (/^<\?xml(?![\w.:-])/i.test(text)) return start === 0 && DECLARATION.test(text);
  return /^<\?[A-Za-z_:][\w.:-]*(?:[ \t\r\n][\s\S]*)?\?>$/.test(text);
}

// XML's whitespace only (a latin1 \s would take 0xA0, a byte of UTF-8 sequences).
const BLANK = /^[ \t\r\n]*$/;

/**
 * Whether markup scanned as text (a part's latin1 text, or a sheet's markup around its cells) is
 * well-formed as exceljs's parser requires: tags nest and close, attributes are quoted and given
 * once, references are whole, no text outside the root. The regular expressions that read it
 * would otherwise read a damaged part that the parser refuses. Stricter where they need it: a
 * closing tag is exactly "</name>", and the elements of `lists` (parent → children) hold only
 * the children named: exceljs reads such a list (a workbook's sheets, the cell styles) child by
 * child, and an element it does not know there throws its reading of the rest off.
 */
export function wellFormed(xml: string, lists: Readonly<Record<string, readonly string[]>> = {}): boolean {
  if (FORBIDDEN.test(xml)) return false;
  // References are checked piece by piece only when some "&" anywhere is not one (it may sit in a comment).
  const references = BAD_REFERENCE.test(xml);
  const open: string[] = [];
  let from = 0;
  let rooted = false;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', from)) {
    if ((references || open.length === 0) && !textAllowed(xml.slice(from, lt), references, open.length === 0)) return false;
    const special = ([['<?', '?>'], ['<!--', '-->'], ['<![CDATA[', ']]>']] as const).find(([start]) => xml.startsWith(start, lt));
    if (special) {
      const end = xml.indexOf(special[1], lt + special[0].length);
      if (end < 0 || (special[0] === '<![CDATA[' && open.length === 0)) return false;
      // The XML declaration stands first and says only what it may; no other instruction is named xml.
      if (special[0] === '<?' && !instruction(xml, lt, end + 2)) return false;
      from = end + special[1].length;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(xml);
    if (!tag) return false;
    let at = TAG_NAME.lastIndex;
    const names = new Set<string>();
    for (ATTRIBUTE.lastIndex = at; !tag[1]; ATTRIBUTE.lastIndex = at) {
      const a = ATTRIBUTE.exec(xml);
      if (!a) break;
      if (names.has(a[1]) || (references && BAD_REFERENCE.test(a[2] ?? a[3]))) return false;
      names.add(a[1]);
      at = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(xml);
    // A closing tag exactly "</name>": the scans that read these parts look for it so.
    if (!end || (tag[1] && end[0] !== '>')) return false;
    from = TAG_END.lastIndex;
    const allowed = lists[open[open.length - 1]];
    if (tag[1]) {
      if (open.pop() !== tag[2]) return false;
    } else if (allowed && !allowed.includes(tag[2])) {
      return false;
    } else if (!end[1]) {
      if (open.length === 0 && rooted) return false; // a second root
      open.push(tag[2]);
      rooted = true;
    } else if (open.length === 0) {
      if (rooted) return false;
      rooted = true;
    }
  }
  return open.length === 0 && rooted && BLANK.test(xml.slice(from));
}

