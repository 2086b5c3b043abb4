/**
 * The sidebar: where the plan stands, and one button per job. Talks to the add-on only through
 * callServer (google.script.run); builds every element with dom.ts, never with HTML strings.
 */
import { byId, fill } from './dom';
import { thaiError } from './errors';
import { mountJobs, type MountedJobs } from './jobs';
import { renderWorking } from './render/result';
import { renderStatus, renderStatusError } from './render/status';
import { callServer } from './server';
import { mountReview } from './review';
import { mountEmblem, type MountedEmblem } from './emblem';

const statusBox = byId('status');
let jobs: MountedJobs | undefined;
let emblem: MountedEmblem | undefined;
/** Unfinished jobs are picked up once, when the sidebar opens; later refreshes must not start a second loop. */
let pickedUp = false;

async function refreshStatus(): Promise<void> {
  statusBox.setAttribute('aria-busy', 'true');
  try {
    const state = await callServer('getSidebarState');
    fill(statusBox, ...renderStatus(state, { scaffold: () => jobs?.start('scaffold'), reload: () => void refreshStatus() }));
    emblem?.show(state.emblem);
    // A long job started from the menu continues here, batch by batch, until it is done.
    if (!pickedUp) {
      pickedUp = true;
      for (const job of state.unfinishedJobs ?? []) jobs?.resume(job.kind, job.jobId);
    }
  } catch (e) {
    fill(statusBox, ...renderStatusError(thaiError(e), () => void refreshStatus()));
  } finally {
    statusBox.removeAttribute('aria-busy');
  }
}

jobs = mountJobs(byId('jobs'), refreshStatus);
emblem = mountEmblem(byId('emblem'), refreshStatus);
fill(statusBox, renderWorking('กำลังอ่านข้อมูลแผน…'));
void refreshStatus();
mountReview(byId('review'));
