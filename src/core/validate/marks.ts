import { SEVERITY_LABEL, type Finding, type Severity } from './finding';

/**
 * Highlighting offending cells without losing what the user had there. A note keeps the
 * user's text first and appends Sujarit's part after a tag, so the user's part is always
 * recoverable. Colours cannot carry such a tag, so Sujarit records, for every cell it marked,
 * the background the cell had before; the next run restores cells whose finding is gone, but
 * only where the cell still shows Sujarit's colour (a colour the user has set since is theirs
 * and stays). The planning is pure: the add-on and the command line read the cells' looks in
 * one batch per sheet, plan, and write once.
 */

export const MARK_BACKGROUND: Record<Severity, string> = { error: '#f4cccc', warning: '#fff2cc' };
export const NOTE_TAG = '[Sujarit]';

export interface CellLook {
  readonly background: string;
  readonly note: string;
}

/** One marked cell: where, the background it had before, and the colour Sujarit gave it. */
export interface MarkedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly background: string;
  readonly markBackground: string;
}

export type MarkRecord = readonly MarkedCell[];

/** sheet → A1 → look: what a sheet's cells look like now, or what they must look like after the run. */
export type Looks = ReadonlyMap<string, ReadonlyMap<string, CellLook>>;

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/**
 * The cells whose look the planner needs, per sheet: marked now or marked last time. `canMark`
 * leaves out cells of sheets that do not exist, or beyond a sheet's grid (a column still to add).
 */
export function cellsToInspect(findings: readonly Finding[], record: MarkRecord, canMark: (sheet: string, cell: string) => boolean): Map<string, string[]> {
  const cells = new Map<string, Set<string>>();
  const add = (sheet: string, cell: string) => {
    if (cell === '' || !canMark(sheet, cell)) return;
    if (!cells.has(sheet)) cells.set(sheet, new Set());
    cells.get(sheet)!.add(cell);
  };
  for (const f of findings) add(f.sheet, f.cell);
  for (const m of record) add(m.sheet, m.cell);
  return new Map([...cells].map(([sheet, set]) => [sheet, [...set]]));
}

/** The note of a marked cell: the user's note first, untouched, then Sujarit's part. */
export function markNote(userNote: string, findings: readonly Finding[]): string {
  const ours = findings.map((f) => `${SEVERITY_LABEL[f.severity]} (${f.code}): ${f.message}\nวิธีแก้ไข: ${f.fix}`).join('\n\n');
  return `${userNote ? `${userNote}\n\n` : ''}${NOTE_TAG} ${ours}`;
}

/** The user's part of a note Sujarit may have extended. */
export function userPartOfNote(note: string): string {
  const at = note.indexOf(NOTE_TAG);
  return at < 0 ? note : note.slice(0, at).trimEnd();
}

const sameColour = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Plans this run's marks. `looks` holds the current look of every cell cellsToInspect named.
 * Returns the new looks to write (only cells that change) and the record to keep.
 */
export function planMarks(findings: readonly Finding[], previous: MarkRecord, looks: Looks): { writes: Map<string, Map<string, CellLook>>; record: MarkedCell[] } {
  const lookOf = (sheet: string, cell: string) => looks.get(sheet)?.get(cell);
  const prevByKey = new Map(previous.map((m) => [key(m.sheet, m.cell), m]));
  const wanted = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    if (!lookOf(f.sheet, f.cell)) continue; // no cell, or a sheet that does not exist
    const k = key(f.sheet, f.cell);
    if (!wanted.has(k)) wanted.set(k, { sheet: f.sheet, cell: f.cell, findings: [] });
    wanted.get(k)!.findings.push(f);
  }
  const writes = new Map<string, Map<string, CellLook>>();
  const write = (sheet: string, cell: string, now: CellLook, next: CellLook) => {
    if (now.background === next.background && now.note === next.note) return;
    if (!writes.has(sheet)) writes.set(sheet, new Map());
    writes.get(sheet)!.set(cell, next);
  };
  const record: MarkedCell[] = [];
  for (const [k, { sheet, cell, findings: here }] of wanted) {
    const now = lookOf(sheet, cell)!;
    const before = originalLook(now, prevByKey.get(k));
    const severity: Severity = here.some((f) => f.severity === 'error') ? 'error' : 'warning';
    const markBackground = MARK_BACKGROUND[severity];
    write(sheet, cell, now, { background: markBackground, note: markNote(before.note, here) });
    record.push({ sheet, cell, background: before.background, markBackground });
  }
  for (const m of previous) {
    const k = key(m.sheet, m.cell);
    const now = lookOf(m.sheet, m.cell);
    if (wanted.has(k) || !now) continue;
    write(m.sheet, m.cell, now, originalLook(now, m));
  }
  return { writes, record };
}

/** What the cell looks like without Sujarit's mark: the recorded colour where the mark's colour is still there. */
function originalLook(now: CellLook, mark: MarkedCell | undefined): CellLook {
  const background = mark && sameColour(now.background, mark.markBackground) ? mark.background : now.background;
  return { background, note: userPartOfNote(now.note) };
}

/** The record as compact text (kept in DocumentProperties, or a hidden sheet of an .xlsx). */
export function encodeMarkRecord(record: MarkRecord): string {
  return JSON.stringify(record.map((m) => [m.sheet, m.cell, m.background, m.markBackground]));
}

/** Reads a record back; anything unreadable is an empty record (marks then stay until the user clears them). */
export function decodeMarkRecord(text: string | null | undefined): MarkedCell[] {
  try {
    const rows: unknown = JSON.parse(text || '[]');
    if (!Array.isArray(rows)) return [];
    return rows
      .filter((r): r is string[] => Array.isArray(r) && r.length === 4 && r.every((x) => typeof x === 'string'))
      .map(([sheet, cell, background, markBackground]) => ({ sheet, cell, background, markBackground }));
  } catch {
    return [];
  }
}
