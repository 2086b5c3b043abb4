import type { ContinuedKey } from '../../integrity/layout';
import type { IntegrityArea, IntegrityYear } from '../../integrity/report';
import { textLines } from '../../integrity/text';
import type { Plan } from '../../plan/model';
import { EMBLEM_HEIGHT, emblemBlock } from '../emblem';
import { OFFICIAL_PAGE_LANDSCAPE, cell, heading, pageBreak, para, text, type Block, type DocumentTree, type Table, type TableCell, type TableRow } from '../tree';
import { bold, orgAddress } from './aroundPlan';
import { docContext, type DocContext } from './context';

/**
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (item 2.2.2 of the framework) for a fiscal
 * year, and its results report laid out as seed 001: a title block, then per area the title
 * lines and one table (header row repeated across pages), the area as a full-width row, one row
 * per practice numbered by the program; a blank cell continues the one above (merged).
 */

export type IntegrityDocVariant = 'measures' | 'report';

interface ColumnDef {
  readonly key: 'practice' | ContinuedKey;
  readonly header: string;
  readonly width: number;
}

const MEASURE_COLUMNS: readonly ColumnDef[] = [
  { key: 'practice', header: 'มาตรการ/แนวทางการปฏิบัติ', width: 30 },
  { key: 'method', header: 'ขั้นตอน/วิธีการดำเนินการ', width: 26 },
  { key: 'responsible', header: 'ผู้รับผิดชอบ', width: 13 },
  { key: 'duration', header: 'ระยะเวลาดำเนินการ', width: 11 },
];

const COLUMNS: Readonly<Record<IntegrityDocVariant, readonly ColumnDef[]>> = {
  measures: MEASURE_COLUMNS,
  report: [
    ...MEASURE_COLUMNS,
    { key: 'result', header: 'ผลการดำเนินการ', width: 22 },
    { key: 'outcome', header: 'ผลลัพธ์/ความสำเร็จ', width: 18 },
  ],
};

export const INTEGRITY_TITLE: Readonly<Record<IntegrityDocVariant, string>> = {
  measures: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  report: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
};

/** File names, short enough for any file system once the year is added (the heading keeps the full title). */
const FILE_TITLE: Readonly<Record<IntegrityDocVariant, string>> = {
  measures: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  report: 'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
};

/** "ประจำปีงบประมาณ พ.ศ. 2566" (Arabic; callers apply the digits). */
export function fiscalYearLine(year: number): string {
  return `ประจำปีงบประมาณ พ.ศ. ${year}`;
}

/** Cover sizes (pt) on the landscape page. */
const COVER_TITLE_PT = 26;
const COVER_LINE_PT = 20;

/** `unit`: who prepared it (จัดทำโดย), from the settings; left out when blank. */
export function integrityDocument(plan: Plan, year: IntegrityYear, variant: IntegrityDocVariant, unit: string): DocumentTree {
  const ctx = docContext(plan);
  const title = INTEGRITY_TITLE[variant];
  const titleLines = (): Block[] => [heading(2, ctx.d(title)), heading(3, ctx.d(fiscalYearLine(year.year)))];
  // A real cover (not three lines on a blank page): the emblem, the title large, the year, the
  // organisation, and who prepared it at the foot.
  const big = (t: string, size: number) => para([text(t, { bold: true, size })], { align: 'center' });
  const blank = (n: number) => Array.from({ length: n }, () => para(''));
  const blocks: Block[] = [
    emblemBlock(plan.emblem, EMBLEM_HEIGHT.announcement, 'center'),
    para(''),
    big(ctx.d(title), COVER_TITLE_PT),
    big(ctx.d(fiscalYearLine(year.year)), COVER_LINE_PT),
    big(ctx.d(orgAddress(plan.settings)), COVER_LINE_PT),
    ...blank(3),
    ...(unit ? [big('จัดทำโดย', COVER_LINE_PT), big(ctx.d(unit), COVER_LINE_PT)] : []),
  ];
  for (const area of year.areas) blocks.push(pageBreak(), ...titleLines(), areaTable(ctx, area, COLUMNS[variant]));
  return { title: ctx.d(`${FILE_TITLE[variant]} ปีงบประมาณ ${year.year}`), page: OFFICIAL_PAGE_LANDSCAPE, digits: ctx.digits, blocks };
}

function areaTable(ctx: DocContext, area: IntegrityArea, columns: readonly ColumnDef[]): Table {
  const lines = (t: string, prefix = '') => {
    const paras = textLines(t).map((l, i) => para(ctx.d(i === 0 ? prefix + l : l)));
    return paras.length ? paras : [para(prefix.trim())];
  };
  const header: TableRow = { cells: columns.map((c) => cell([bold(c.header, { align: 'center' })], { verticalAlign: 'middle' })) };
  const areaRow: TableRow = { cells: [cell([bold(ctx.d(`${area.no}. ${area.title}`))], { colSpan: columns.length })] };
  const practiceRows = area.practices.map((p): TableRow => ({
    cells: columns.flatMap((c): TableCell[] => {
      if (c.key === 'practice') return [cell(lines(p.text, `${p.no}. `))];
      const span = p.cells[c.key];
      if (!span) return [];
      return [cell(lines(span.text), span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {})];
    }),
  }));
  return { kind: 'table', widths: columns.map((c) => c.width), headerRows: 1, rows: [header, areaRow, ...practiceRows] };
}
