/**
 * The documents Sujarit made for this spreadsheet, kept in DocumentProperties: only these are
 * ever cleared and rewritten (a link a person pasted into the link column is never taken for
 * one of ours), and those no measure links to any more are reported, never deleted.
 */
const MEASURE_DOC = 'sujarit.mdoc.';
const PLAN_DOC = 'sujarit.planDoc';

type Properties = GoogleAppsScript.Properties.Properties;

export interface DocRegistry {
  /** Measure documents by id → title. */
  readonly measureDocs: Map<string, string>;
  readonly planDocId: string;
}

export function readRegistry(props: Properties): DocRegistry {
  const all = props.getProperties();
  const measureDocs = new Map<string, string>();
  for (const key of Object.keys(all)) if (key.startsWith(MEASURE_DOC)) measureDocs.set(key.slice(MEASURE_DOC.length), all[key]);
  return { measureDocs, planDocId: all[PLAN_DOC] ?? '' };
}

export function rememberMeasureDoc(props: Properties, id: string, title: string): void {
  props.setProperty(MEASURE_DOC + id, title);
}

export function forgetMeasureDoc(props: Properties, id: string): void {
  props.deleteProperty(MEASURE_DOC + id);
}

export function rememberPlanDoc(props: Properties, id: string): void {
  props.setProperty(PLAN_DOC, id);
}
