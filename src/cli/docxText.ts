import JSZip from 'jszip';
import { toThaiDigits } from '../core/thai/digits';

/**
 * The text of a .docx as the importer reads it: one line per paragraph, each table row one
 * line with its cells separated by tabs (a cell's paragraphs joined by spaces), and Word's
 * automatic numbering written out ("1. ชื่อโครงการ"), since plans number their fields that way.
 */
export async function docxText(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new Error('ไม่พบ word/document.xml: ไม่ใช่ไฟล์ Word (.docx)');
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  return bodyText(documentXml, new Numbering(numberingXml));
}

const TOKEN = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
const ATTR = (name: string) => new RegExp(`${name}="([^"]*)"`);

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    }
  });
}

interface Cell { paragraphs: string[] }
interface Row { cells: Cell[] }

function bodyText(xml: string, numbering: Numbering): string {
  const lines: string[] = [];
  const paragraphs: { text: string; numId?: string; level: number }[] = [];
  const tables: Row[][] = [];
  let inText = false;
  const currentCell = (): Cell | undefined => {
    const rows = tables[tables.length - 1];
    const row = rows?.[rows.length - 1];
    return row?.cells[row.cells.length - 1];
  };
  const emit = (text: string) => {
    const cell = currentCell();
    if (cell) cell.paragraphs.push(text);
    else lines.push(text);
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, attrs, selfClosing, text] = m;
    const p = paragraphs[paragraphs.length - 1];
    if (text !== undefined) {
      if (inText && p) p.text += decodeXml(text);
      continue;
    }
    const open = !closing;
    switch (tag) {
      case 'w:p':
        if (open && !selfClosing) paragraphs.push({ text: '', level: 0 });
        else if (closing) {
          const done = paragraphs.pop()!;
          const label = done.numId ? numbering.next(done.numId, done.level) : '';
          emit(label ? `${label} ${done.text}` : done.text);
        } else emit('');
        break;
      case 'w:t':
        inText = open && !selfClosing;
        break;
      case 'w:tab':
        if (p && open) p.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (p && open) p.text += '\n';
        break;
      case 'w:numId':
        if (p && open) p.numId = ATTR('w:val').exec(attrs)?.[1];
        break;
      case 'w:ilvl':
        if (p && open) p.level = Number(ATTR('w:val').exec(attrs)?.[1] ?? 0);
        break;
      case 'w:tbl':
        if (open) tables.push([]);
        else {
          const rows = tables.pop()!.map((row) => row.cells.map((c) => c.paragraphs.join(' ').replace(/[\t\n]+/g, ' ').trim()).join('\t'));
          // A table inside a cell becomes that cell's text.
          for (const row of rows) emit(row);
        }
        break;
      case 'w:tr':
        if (open) tables[tables.length - 1]?.push({ cells: [] });
        break;
      case 'w:tc':
        if (open) {
          const rows = tables[tables.length - 1];
          rows?.[rows.length - 1]?.cells.push({ paragraphs: [] });
        }
        break;
    }
  }
  return lines.join('\n');
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

/** Word's list numbering (word/numbering.xml): counters per list and level, formatted as the list defines. */
class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string) {
    const abstract = new Map<string, Level[]>();
    for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
      const levels: Level[] = [];
      for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
        const body = l[2];
        levels[Number(l[1])] = {
          start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? 1),
          format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
          text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? '%1.'),
        };
      }
      abstract.set(a[1], levels);
    }
    for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
      const ref = /<w:abstractNumId w:val="([^"]+)"/.exec(n[2])?.[1];
      if (ref !== undefined && abstract.has(ref)) this.levels.set(n[1], abstract.get(ref)!);
    }
  }

  /** The label of the next item of list `numId` at `level` ("1.", "๒)", "-" for bullets). */
  next(numId: string, level: number): string {
    const levels = this.levels.get(numId);
    const def = levels?.[level];
    if (!levels || !def) return '';
    if (def.format === 'bullet' || def.format === 'none') return def.format === 'bullet' ? '-' : '';
    const counts = this.counters.get(numId) ?? [];
    counts[level] = (counts[level] ?? (def.start - 1)) + 1;
    counts.length = level + 1; // deeper levels restart
    this.counters.set(numId, counts);
    return def.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      const n = String(counts[i] ?? levels[i]?.start ?? 1);
      return levels[i]?.format === 'thaiNumbers' ? toThaiDigits(n) : n;
    });
  }
}
