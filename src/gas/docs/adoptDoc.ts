/** Drive clocks and ours may differ a little. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * A document named `title` that we made but did not get to record: made since `since` (the
 * job was cut between creating it and writing its link), or one of ours whose link was
 * cleared. It is moved into `folder` (a cut may have left it in My Drive) and its id returned,
 * saving a duplicate; `claimed` ids belong to other rows and are skipped.
 */
export function adoptUnrecordedDoc(title: string, since: number, ours: ReadonlyMap<string, string>, claimed: ReadonlySet<string>, folder: GoogleAppsScript.Drive.Folder): string {
  const files = DriveApp.getFilesByName(title);
  while (files.hasNext()) {
    const file = files.next();
    const id = file.getId();
    if (claimed.has(id) || file.isTrashed()) continue;
    if (ours.has(id) || file.getDateCreated().getTime() >= since - CLOCK_SLACK_MS) {
      file.moveTo(folder);
      return id;
    }
  }
  return '';
}
