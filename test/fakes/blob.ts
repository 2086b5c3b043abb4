/** Blob: bytes with a content type and a name; also the stand-in for exported PDFs. */
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { MimeType } from './enums';
import { fail, signatureMismatch } from './errors';

export interface BlobState {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: MimeType.PDF, html: MimeType.HTML, htm: MimeType.HTML, txt: MimeType.PLAIN_TEXT, csv: MimeType.CSV,
  json: 'application/json', png: MimeType.PNG, jpg: MimeType.JPEG, jpeg: MimeType.JPEG, gif: MimeType.GIF,
  zip: MimeType.ZIP, docx: MimeType.MICROSOFT_WORD, xlsx: MimeType.MICROSOFT_EXCEL,
};

export class Blob extends Fake {
  readonly [STATE]: BlobState;

  constructor(runtime: Runtime, bytes: Uint8Array, contentType: string | null, name: string | null) {
    super(runtime);
    this[STATE] = { bytes, contentType, name };
  }

  /** Java bytes: -128…127, as Apps Script returns them. */
  getBytes(): number[] { return Array.from(this[STATE].bytes, (b) => (b > 127 ? b - 256 : b)); }
  setBytes(data: number[]): Blob { this[STATE].bytes = bytesOf(this, data, 'Blob.setBytes'); return this; }
  getDataAsString(charset?: string): string { return decode(this[STATE].bytes, charset); }
  setDataFromString(text: string, charset?: string): Blob { this[STATE].bytes = encode(String(text), charset); return this; }
  getContentType(): string | null { return this[STATE].contentType; }
  setContentType(contentType: string | null): Blob { this[STATE].contentType = contentType; return this; }
  getName(): string | null { return this[STATE].name; }
  setName(name: string): Blob { this[STATE].name = String(name); return this; }
  isGoogleType(): boolean { return false; }

  setContentTypeFromExtension(): Blob {
    const ext = /\.([A-Za-z0-9]+)$/.exec(this[STATE].name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type) throw fail(this, `Could not infer a content type from the name ${this[STATE].name}.`);
    this[STATE].contentType = type;
    return this;
  }

  copyBlob(): Blob {
    const { bytes, contentType, name } = this[STATE];
    return new Blob(this[RUNTIME], bytes.slice(), contentType, name);
  }

  /** Same type: a copy. Text or HTML to PDF: a fake PDF (see fakePdf). Anything else fails like Apps Script. */
  getAs(contentType: string): Blob {
    const { bytes, contentType: from, name } = this[STATE];
    if (contentType === from) return this.copyBlob();
    if (contentType === MimeType.PDF && (from === MimeType.HTML || from === MimeType.PLAIN_TEXT)) {
      const text = decode(bytes).replace(/<[^>]*>/g, '');
      return new Blob(this[RUNTIME], fakePdf(name ?? '', text), MimeType.PDF, renameExtension(name, 'pdf'));
    }
    throw fail(this, `Converting from ${from} to ${contentType} is not supported.`);
  }
}
instrument(Blob, 'Blob');

export function encode(text: string, charset?: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, charset === 'US-ASCII' ? 'latin1' : 'utf8'));
}

export function decode(bytes: Uint8Array, charset?: string): string {
  return Buffer.from(bytes).toString(charset === 'US-ASCII' ? 'latin1' : 'utf8');
}

/** Bytes from a byte array argument, signed (Java) or unsigned. */
export function bytesOf(fake: Fake, data: unknown, method: string): Uint8Array {
  if (!Array.isArray(data) && !(data instanceof Uint8Array)) throw signatureMismatch(fake, method, [data]);
  return Uint8Array.from(data as ArrayLike<number>, (b) => Number(b) & 0xff);
}

/**
 * Not a real PDF: a recognisable header plus the rendered text, so tests can read what a PDF
 * export would contain with getDataAsString().
 */
export function fakePdf(title: string, text: string): Uint8Array {
  return encode(`%PDF-1.4\n% fake PDF from test/fakes: ${title}\n${text}\n%%EOF\n`);
}

export function renameExtension(name: string | null, extension: string): string | null {
  if (name === null) return null;
  return `${name.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.${extension}`;
}
