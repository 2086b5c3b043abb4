import { comparisonKey } from '../thai/text';
import type { SheetSnapshot } from '../workbook/grid';
import { readTableTab, type TableRecord } from '../integrity/table';
import { ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS, ITEM_KIND_ALIASES, ITEM_KIND_LABEL, type AnnouncementKey, type ItemKind } from './layout';

/** One outline row as read; `kind` is undefined when ประเภทข้อ is blank or unknown (validation says which). */
export interface AnnouncementRow extends TableRecord<AnnouncementKey> {
  readonly kind: ItemKind | undefined;
}

export interface AnnouncementSheetRead {
  readonly columns: ReadonlyMap<AnnouncementKey, number>;
  readonly rows: readonly AnnouncementRow[];
}

const KIND_BY_KEY = new Map<string, ItemKind>(
  (Object.keys(ITEM_KIND_LABEL) as ItemKind[]).flatMap((k) => [ITEM_KIND_LABEL[k], ...(ITEM_KIND_ALIASES[k] ?? [])].map((label) => [comparisonKey(label), k] as const)),
);

/** "นโยบายหลัก", "โครงการ", " แนวปฏิบัติ " → the kind; anything else → undefined. */
export function itemKindOf(value: unknown): ItemKind | undefined {
  return KIND_BY_KEY.get(comparisonKey(value));
}

export function readAnnouncementSheet(snap: SheetSnapshot): AnnouncementSheetRead {
  const { columns, records } = readTableTab(snap, ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS);
  return { columns, rows: records.map((r) => ({ ...r, kind: itemKindOf(r.raw.kind) })) };
}
