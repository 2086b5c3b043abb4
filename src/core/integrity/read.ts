import type { SheetSnapshot } from '../workbook/grid';
import { readYear } from '../workbook/settings';
import { INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS, type IntegrityKey } from './layout';
import { readTableTab, type TableRecord } from './table';
import { readOrdinal } from './text';

/** One practice row as read: the record plus its fiscal year and typed area number, parsed. */
export interface IntegrityRow extends TableRecord<IntegrityKey> {
  readonly year: number | undefined;
  readonly areaNo: number | undefined;
}

export interface IntegritySheetRead {
  readonly columns: ReadonlyMap<IntegrityKey, number>;
  readonly rows: readonly IntegrityRow[];
}

/** Reads the tab; rows whose only content is the ลำดับ formula are not practices. */
export function readIntegritySheet(snap: SheetSnapshot): IntegritySheetRead {
  const { columns, records } = readTableTab(snap, INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS);
  return { columns, rows: records.map((r) => ({ ...r, year: readYear(r.raw.year), areaNo: readOrdinal(r.raw.areaNo) })) };
}
