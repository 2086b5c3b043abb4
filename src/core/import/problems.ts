import { quote } from './lines';

/** What the importer could not place or had to guess, with where it was: shown before anything is written. */
export type ImportProblemCode =
  | 'UNPLACED_TEXT' // text in the details part that belongs to no measure and no heading
  | 'NO_NAME' // a measure without a name: not imported
  | 'NO_DIMENSION' // a measure under no dimension heading and no code: not imported
  | 'NO_CODE' // a measure under no sub-dimension or item heading
  | 'CODE_GUESSED' // several item headings in a row before a measure: filed under the last one
  | 'CODE_UNKNOWN' // a code the guideline does not have
  | 'CODE_FROM_TITLE' // the printed code disagrees with its title: the title decided
  | 'NO_ITEM' // filed under a sub-dimension whose items the document does not name
  | 'CODE_NOT_TRANSLATED' // no item with the same title in the workbook's guideline
  | 'NO_TYPE' // the name does not say โครงการ / กิจกรรม / มาตรการ
  | 'BUDGET_PER_YEAR' // ระบุงบประมาณรายปีไม่ได้
  | 'BUDGET_OUTSIDE_YEARS' // amounts for years the workbook's plan does not have
  | 'PLAN_TABLE_ROW' // a row of a per-year plan table that matches no measure or cannot be read
  | 'PLAN_TABLE_UNREAD' // a per-year plan table found but not read
  | 'PLAN_TABLE_MISMATCH' // a table row and its detail entry disagree (name wording, codes), or an entry has no row
  | 'NO_DETAIL' // a measure in the plan table with no detail entry: imported from the table alone
  | 'DUPLICATE_ENTRY' // the same detail entry printed twice: imported once
  | 'NAME_SUSPECT' // a name over 250 characters or holding a field label: the detail text ran into it
  | 'SUMMARY_ROW' // a summary-table row whose codes and counts do not line up
  | 'STATED_KEPT' // a stated figure differs from the one already in the workbook (kept)
  | 'RISK_TABLE' // the risk table: no tab to put it in, or a printed level with no likelihood and impact behind it
  | 'NOTHING_FOUND';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** 1-based line of the source text; 0 for the document as a whole. */
  readonly line: number;
  /** The source text concerned, shortened. */
  readonly text: string;
  /** Thai, for the user. */
  readonly message: string;
}

export function problem(code: ImportProblemCode, line: number, message: string, text = ''): ImportProblem {
  return { code, line, message, text: quote(text) };
}

/** "บรรทัด 2336: … — “มาตรการจัดการ…”": one line per problem in previews and reports. */
export function describeProblem(p: ImportProblem): string {
  const where = p.line > 0 ? `บรรทัด ${p.line}: ` : '';
  return `${where}${p.message}${p.text ? ` — “${p.text}”` : ''}`;
}
