/** The NACC anti-corruption plan framework: 4 dimensions → sub-dimensions (x.y) → items (x.y.z). */

export type DimensionNo = 1 | 2 | 3 | 4;
export const DIMENSION_NOS: readonly DimensionNo[] = [1, 2, 3, 4];

export interface FrameworkItem {
  readonly code: string; // "1.1.1"
  readonly title: string;
}

export interface SubDimension {
  readonly code: string; // "1.1"
  readonly title: string;
  readonly items: readonly FrameworkItem[];
}

export interface Dimension {
  readonly no: DimensionNo;
  readonly title: string;
  readonly subs: readonly SubDimension[];
}

export type FrameworkId = 'nacc-2566' | 'nacc-2561';

export interface Framework {
  readonly id: FrameworkId;
  /** Thai label shown in the settings dropdown. */
  readonly label: string;
  /** Plan years the guideline was written for (พ.ศ.). */
  readonly defaultYears: { readonly first: number; readonly last: number };
  readonly dimensions: readonly Dimension[];
}
