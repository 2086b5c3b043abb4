/**
 * The sidebar: where the plan stands, and one button per job. Talks to the add-on only through
 * callServer (google.script.run); builds every element with dom.ts, never with HTML strings.
 */
import { byId, fill } from './dom';
import { thaiError } from './errors';
import { mountJobs } from './jobs';
import { renderWorking } from './render/result';
import { renderStatus, renderStatusError } from './render/status';
import { callServer } from './server';

const statusBox = byId('status');
let startJob: (id: string) => void = () => undefined;

async function refreshStatus(): Promise<void> {
  statusBox.setAttribute('aria-busy', 'true');
  try {
    const state = await callServer('getSidebarState');
    fill(statusBox, ...renderStatus(state, { scaffold: () => startJob('scaffold'), reload: () => void refreshStatus() }));
  } catch (e) {
    fill(statusBox, ...renderStatusError(thaiError(e), () => void refreshStatus()));
  } finally {
    statusBox.removeAttribute('aria-busy');
  }
}

startJob = mountJobs(byId('jobs'), refreshStatus);
fill(statusBox, renderWorking('กำลังอ่านข้อมูลแผน…'));
void refreshStatus();
