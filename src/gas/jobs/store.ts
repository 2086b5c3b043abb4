import type { JobState } from './types';

/** One job per kind is kept, under "sujarit.job.<kind>". */
const PREFIX = 'sujarit.job.';

type Properties = GoogleAppsScript.Properties.Properties;

export function jobProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadJob(props: Properties, kind: string): JobState<unknown> | undefined {
  return parse(props.getProperty(PREFIX + kind));
}

export function findJob(props: Properties, jobId: string): JobState<unknown> | undefined {
  const all = props.getProperties();
  for (const key of Object.keys(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const job = parse(all[key]);
    if (job?.id === jobId) return job;
  }
  return undefined;
}

/** Unfinished jobs of every kind (what a time-driven trigger continues). */
export function unfinishedJobs(props: Properties): JobState<unknown>[] {
  const all = props.getProperties();
  return Object.keys(all)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => parse(all[key]))
    .filter((job): job is JobState<unknown> => job !== undefined && !job.finished);
}

export function saveJob(props: Properties, job: JobState<unknown>): void {
  props.setProperty(PREFIX + job.kind, JSON.stringify(job));
}

function parse(value: string | null): JobState<unknown> | undefined {
  if (!value) return undefined;
  try {
    const job = JSON.parse(value) as JobState<unknown>;
    return typeof job?.id === 'string' && typeof job.kind === 'string' ? job : undefined;
  } catch (e) {
    return undefined;
  }
}
