import { readTableTab, type TableRecord } from '../integrity/table';
import { comparisonKey } from '../thai/text';
import type { SheetSnapshot } from '../workbook/grid';
import { COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS, COMMITTEE_ROLES, type CommitteeKey } from './layout';

export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export interface CommitteeMember extends TableRecord<CommitteeKey> {
  /** undefined when the role typed is none of COMMITTEE_ROLES (validation says so). */
  readonly role: CommitteeRole | undefined;
}

const ROLE_BY_KEY = new Map<string, CommitteeRole>([
  ...COMMITTEE_ROLES.map((r) => [comparisonKey(r), r] as const),
  [comparisonKey('ประธาน'), 'ประธานกรรมการ'],
  [comparisonKey('รองประธาน'), 'รองประธานกรรมการ'],
  [comparisonKey('เลขานุการ'), 'กรรมการและเลขานุการ'],
  [comparisonKey('ผู้ช่วยเลขานุการ'), 'กรรมการและผู้ช่วยเลขานุการ'],
]);

export function readCommittee(snap: SheetSnapshot): CommitteeMember[] {
  return readTableTab(snap, COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS).records.map((r) => ({ ...r, role: ROLE_BY_KEY.get(comparisonKey(r.text.role)) }));
}

/** Members in the order an order lists them: by role, then as typed. */
export function orderedMembers(members: readonly CommitteeMember[]): CommitteeMember[] {
  const rank = (m: CommitteeMember) => (m.role ? COMMITTEE_ROLES.indexOf(m.role) : COMMITTEE_ROLES.length);
  return members.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map(({ m }) => m);
}
