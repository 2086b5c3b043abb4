/**
 * What the sidebar and the server functions exchange through google.script.run. Only plain
 * JSON (no Date, no Map): anything else fails to cross.
 */

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
}

export interface JobResult {
  readonly ok: boolean;
  /** Thai text for the user: what was done, or what went wrong and how to fix it. */
  readonly message: string;
  readonly details: readonly string[];
}

/** Server functions the sidebar may call, with their argument and result types. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  runScaffold(): JobResult;
}
