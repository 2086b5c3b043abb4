import { decodeMarkRecord, encodeMarkRecord, type MarkRecord, type MarkedCell } from '../../core/validate/marks';

/**
 * The record of Sujarit's marks lives in DocumentProperties (it travels with the spreadsheet,
 * whoever runs the check). A property value holds at most 9 KB, so the record is split into
 * chunks; reading and writing are one call each, whatever the number of chunks.
 */
const PREFIX = 'sujarit.validate.marks.';
const CHUNK = 2500; // characters; Thai takes 3 bytes each in UTF-8

type Properties = GoogleAppsScript.Properties.Properties;

export interface StoredMarks {
  readonly record: MarkedCell[];
  readonly chunks: number;
}

export function loadMarkRecord(props: Properties): StoredMarks {
  const all = props.getProperties();
  const chunks: string[] = [];
  for (let i = 0; all[PREFIX + i]; i++) chunks.push(all[PREFIX + i]);
  return { record: decodeMarkRecord(chunks.join('')), chunks: chunks.length };
}

export function saveMarkRecord(props: Properties, record: MarkRecord, previous: StoredMarks): void {
  const text = record.length ? encodeMarkRecord(record) : '';
  const update: Record<string, string> = {};
  let n = 0;
  for (let at = 0; at < text.length; at += CHUNK) update[PREFIX + n++] = text.slice(at, at + CHUNK);
  // Chunks of a longer earlier record are emptied in the same call (an empty chunk ends the record).
  for (let i = n; i < Math.max(previous.chunks, n + 1); i++) update[PREFIX + i] = '';
  props.setProperties(update);
}
