import { toArabicDigits } from '../thai/digits';
import { comparisonKey } from '../thai/text';
import type { SourceLine } from './lines';

/**
 * The corruption-risk table a plan's ส่วนที่ ๑ opens with (seed 000): a header row naming
 * ประเด็นความเสี่ยง and มาตรการควบคุม, then one row per risk "๑. | ขั้นตอน | ประเด็น | ระดับ | มาตรการ".
 * Columns are found by their header words, so tables without ลำดับ or Risk Score read too. The
 * document gives a level word, not the likelihood and impact the workbook grades, so those stay
 * for a person to choose (the import says so).
 */
export interface ImportedRisk {
  readonly line: number;
  readonly process: string;
  readonly risk: string;
  /** As printed in the Risk Score column ("ต่ำ", "12"), '' when the table has none. */
  readonly printedScore: string;
  readonly control: string;
}

type RiskColumn = 'no' | 'process' | 'risk' | 'score' | 'control';

const HEADER_WORDS: readonly [RiskColumn, readonly string[]][] = [
  ['no', ['ลำดับ']],
  ['process', ['ขั้นตอน', 'งานดำเนินงาน', 'กระบวนงาน', 'ภารกิจ']],
  ['risk', ['ประเด็นความเสี่ยง', 'ความเสี่ยงการทุจริต']],
  ['score', ['riskscore', 'คะแนน', 'ระดับ']],
  ['control', ['มาตรการควบคุม', 'มาตรการป้องกัน']],
];

/** Where each column is in a header row, or undefined when the row is not a risk table's header. */
function headerColumns(line: SourceLine): Map<RiskColumn, number> | undefined {
  if (line.cells.length < 3) return undefined;
  const found = new Map<RiskColumn, number>();
  line.cells.forEach((fragments, i) => {
    const key = comparisonKey(fragments.join(' '));
    const column = HEADER_WORDS.find(([c, words]) => !found.has(c) && words.some((w) => key.includes(comparisonKey(w))));
    if (column) found.set(column[0], i);
  });
  return found.has('risk') && found.has('control') ? found : undefined;
}

const ROW_NUMBER = /^\(?\d{1,3}[.)]?$/;

export function readRiskTable(lines: readonly SourceLine[]): ImportedRisk[] {
  const risks: ImportedRisk[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]);
    if (!columns) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      const cell = (c: RiskColumn) => {
        const at = columns.get(c);
        return at === undefined ? '' : (line.cells[at] ?? []).join(' ').trim();
      };
      // A row has the table's shape; with a ลำดับ column it starts with its number.
      const numbered = !columns.has('no') || ROW_NUMBER.test(toArabicDigits(cell('no')));
      if (line.cells.length < columns.size - 1 || !numbered || cell('risk') === '') break;
      risks.push({ line: line.no, process: cell('process'), risk: cell('risk').replace(/^[0-9๐-๙]+\.\s*/, ''), printedScore: cell('score'), control: cell('control') });
      i = j;
    }
  }
  return risks;
}
