/**
 * The contract between the sidebar (src/ui) and the server functions (src/gas/main.ts),
 * called through google.script.run. Only plain JSON crosses (no Date, no Map).
 */
import type { Finding } from './validate/finding';
import type { DecisionKind } from './review/decide';
import type { ReviewState } from './review/state';

export interface DimensionStatus {
  readonly no: number;
  readonly title: string;
  readonly count: number;
  readonly budget: number;
}

export interface SidebarState {
  readonly orgName: string;
  readonly years: string; // "2566–2570"
  readonly frameworkLabel: string;
  readonly dimensions: readonly DimensionStatus[];
  readonly totalCount: number;
  readonly totalBudget: number;
  /** Tabs the workbook still lacks: the sidebar offers to scaffold them. */
  readonly missingSheets: readonly string[];
  /** The output folder the add-on made, once it exists. */
  readonly outputFolder?: Link;
  /** Long jobs started (e.g. from the menu) and not finished: the sidebar continues them. */
  readonly unfinishedJobs?: readonly UnfinishedJob[];
  /** The emblem the add-on's documents carry (ข้อมูลหน่วยงาน → ตราหน่วยงาน). */
  readonly emblem?: EmblemStatus;
}

export interface EmblemStatus {
  /** An emblem uploaded into the spreadsheet is in use. */
  readonly stored: boolean;
  /** Thai: its file name, the built-in Garuda, or why the Garuda is used instead of the one set. */
  readonly text: string;
}

export interface UnfinishedJob {
  readonly jobId: string;
  /** The job kind, which is also the sidebar card that shows it ("measureDocs", "planDoc"). */
  readonly kind: string;
  readonly done: number;
  readonly total: number;
}

export interface Link {
  readonly title: string;
  readonly url: string;
}

export interface JobResult {
  readonly ok: boolean;
  /** Thai text for the user: what was done, or what went wrong and how to fix it. */
  readonly message: string;
  readonly details: readonly string[];
  /** Documents or files the job created or updated. */
  readonly links?: readonly Link[];
}

/**
 * A long job (documents) runs in batches: the sidebar calls continueJob until finished,
 * each call a fresh Apps Script execution. A job cut at any point resumes from its cursor.
 */
export interface JobProgress {
  readonly jobId: string;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  readonly ok: boolean;
  readonly message: string;
  readonly links: readonly Link[];
  /**
   * When documents were refused because the workbook has errors that would make them wrong: those
   * errors (the first few), each with what it would make wrong. Starting again with ignoreErrors makes them anyway.
   */
  readonly blockers?: readonly BlockerView[];
}

export type BlockerView = FindingView & { readonly harm: string };

/** A finding as the sidebar lists it: the validation finding itself, plain JSON already. */
export type FindingView = Finding;

export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  /** Thai one-liner, e.g. "ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน". */
  readonly message: string;
  /** The first findings (at most 50), errors first. */
  readonly findings: readonly FindingView[];
}

export type MonitoringRound = 6 | 12;

export type ImportSource =
  | { readonly kind: 'doc'; readonly docUrlOrId: string }
  | { readonly kind: 'text'; readonly text: string };

export interface ImportPreview {
  readonly ok: boolean;
  readonly message: string;
  readonly counts: readonly { readonly dimension: number; readonly count: number }[];
  /** What the parser could not place, with where it was. */
  readonly problems: readonly string[];
  /** Per dimension: how many measures have each field filled, and their budgets (so a misread shows at once). */
  readonly fill?: readonly ImportFieldFill[];
}

export interface ImportFieldFill {
  readonly dimension: number;
  readonly measures: number;
  /** Thai field name → how many of the dimension's measures have it filled. */
  readonly filled: readonly { readonly field: string; readonly count: number }[];
  /** Summed budget per plan year (พ.ศ.), and over all years. */
  readonly budgets: readonly { readonly year: number; readonly baht: number }[];
  readonly totalBudget: number;
}

export type OtherDocKind = 'integrity' | 'announcement' | 'memo' | 'risk' | 'appendix';
/** What a covering memo submits: the plan, the integrity report of the year, or a monitoring round. */
export type MemoAbout = 'plan' | 'integrity' | 'monitoring';

export interface OtherDocOptions {
  /** Memo only; the integrity report when absent. */
  readonly about?: MemoAbout;
  /** Memo about monitoring only; the latest round with rows when absent. */
  readonly round?: MonitoringRound;
}

/** Server functions the sidebar may call, with their argument and result types. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  runScaffold(): JobResult;
  runValidate(): ValidationSummary;
  selectCell(sheet: string, cell: string): void;
  startMeasureDocs(ignoreErrors?: boolean): JobProgress;
  startPlanDoc(ignoreErrors?: boolean): JobProgress;
  continueJob(jobId: string): JobProgress;
  startMonitoringRound(fiscalYear: number, round: MonitoringRound): JobResult;
  /** `reportDate`: "2025-03-10", the date under the signatures; today when absent. */
  startMonitoringReport(fiscalYear: number, round: MonitoringRound, reportDate?: string): JobProgress;
  previewImport(source: ImportSource): ImportPreview;
  runImport(source: ImportSource): JobResult;
  createOtherDoc(kind: OtherDocKind, fiscalYear: number, options?: OtherDocOptions): JobResult;
  getReview(): ReviewState;
  reviewMeasure(key: string, status: DecisionKind, comment: string): JobResult;
  approvePlan(comment?: string): JobResult;
  createReviewMemo(): JobResult;
  /** ตราหน่วยงาน: a PNG chosen in the sidebar (base64 of its bytes), kept in the spreadsheet. */
  setEmblemImage(base64: string, fileName: string): JobResult;
  /** Back to the built-in Garuda. */
  clearEmblemImage(): JobResult;
}
