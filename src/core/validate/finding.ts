/** A validation finding: what is wrong, exactly where, and how to fix it, in Thai. */

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly severity: Severity;
  /** Stable code, e.g. "BUDGET_NEGATIVE": documented, tested, used to clear stale marks. */
  readonly code: string;
  readonly sheet: string;
  /** A1 address of the offending cell ("" only for a finding about a missing tab). */
  readonly cell: string;
  readonly message: string;
  readonly fix: string;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'ข้อผิดพลาด', warning: 'คำเตือน' };
