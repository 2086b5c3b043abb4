import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

/**
 * The demo's documents as LibreOffice prints them: each .docx to PDF, each PDF page's text (the
 * order LibreOffice wrote it, a table cell by cell). The checks on these pages are the visual
 * check's automated half (scripts/visual-check.sh is the half you look at).
 */

export const TOOLS = ['soffice', 'pdftotext'] as const;

export function missingTools(): string[] {
  return TOOLS.filter((t) => {
    try {
      execFileSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

export interface PrintedDoc {
  readonly name: string;
  /** Every paragraph's text in the .docx, as written (the text the PDF must show whole). */
  readonly paragraphs: readonly string[];
  /** Each page's body lines (below the top margin), blank lines dropped. */
  readonly pages: readonly (readonly string[])[];
  /** Each page's text in the top margin, where the page number prints. */
  readonly heads: readonly string[];
}

/** The top margin is 2.5 cm (71 pt); the page number sits in it, the body below. */
const TOP_MARGIN_PT = 66;

/** Converts the .docx files to PDF in one LibreOffice run (its own profile) and reads them back. */
export async function printDocs(docxPaths: readonly string[], outDir: string): Promise<PrintedDoc[]> {
  const pdfDir = join(outDir, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, '.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docxPaths], { stdio: 'ignore', timeout: 300000 });
  const pdfs = new Set(readdirSync(pdfDir));
  return Promise.all(
    docxPaths.map(async (path) => {
      const name = basename(path, '.docx');
      if (!pdfs.has(`${name}.pdf`)) throw new Error(`LibreOffice wrote no PDF for ${name}`);
      const region = (y: number, h: number) =>
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', String(y), '-W', '2000', '-H', String(h), join(pdfDir, `${name}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
          .split('\f')
          .slice(0, -1)
          .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
      const pages = region(TOP_MARGIN_PT, 2000);
      const heads = region(0, TOP_MARGIN_PT).map((lines) => lines.join(' '));
      return { name, paragraphs: await docxParagraphs(path), pages, heads };
    }),
  );
}

async function docxParagraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** "๑๑๕,๐๐๐" / "115,000": amounts with thousands separators, the figures that must never wrap. */
const AMOUNT = /[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\.[0-9๐-๙]{2})?/g;

/** Amounts the .docx holds that the PDF does not show whole as often: each one was split over lines. */
export function splitAmounts(doc: PrintedDoc): string[] {
  const count = (texts: readonly string[]) => {
    const n = new Map<string, number>();
    for (const t of texts) for (const m of t.match(AMOUNT) ?? []) n.set(m, (n.get(m) ?? 0) + 1);
    return n;
  };
  const written = count(doc.paragraphs);
  const printed = count(doc.pages.flat());
  return [...written].filter(([amount, n]) => (printed.get(amount) ?? 0) < n).map(([amount]) => amount);
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** "- ๒ -" or "-2-" (pdftotext may drop the spaces; LibreOffice prints Word's Thai page numbers in Arabic digits). */
export function isPageNumber(line: string, page: number): boolean {
  const thai = String(page).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
  const m = /^-\s*([0-9๐-๙]+)\s*-$/.exec(line);
  return m !== null && (m[1] === String(page) || m[1] === thai);
}

/** Pages (1-based) from the second on without their number at the top. */
export function pagesWithoutNumber(doc: PrintedDoc): number[] {
  return doc.heads.flatMap((head, i) => (i > 0 && !isPageNumber(head, i + 1) ? [i + 1] : []));
}

/** Pages (1-based) holding fewer than `min` lines of body: a stray fragment. */
export function strayPages(doc: PrintedDoc, min = 3): number[] {
  return doc.pages.flatMap((lines, i) => (lines.length < min ? [i + 1] : []));
}
