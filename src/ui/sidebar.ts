import type { JobResult, SidebarState } from '../core/api';
import { escapeHtml } from './escape';
import { callServer } from './server';

const baht = (n: number) => n.toLocaleString('th-TH', { maximumFractionDigits: 2 });

function renderStatus(state: SidebarState): string {
  const rows = state.dimensions
    .map((d) => `<tr><td>มิติที่ ${d.no} ${escapeHtml(d.title)}</td><td class="num">${d.count}</td><td class="num">${baht(d.budget)}</td></tr>`)
    .join('');
  const missing = state.missingSheets.length
    ? `<p class="warn">ยังไม่มีแผ่นงาน: ${state.missingSheets.map(escapeHtml).join(', ')} — กด “ปรับโครงแผน”</p>`
    : '';
  return `
    <p><strong>${escapeHtml(state.orgName || '(ยังไม่ได้กรอกชื่อหน่วยงาน)')}</strong><br>
    แผนปี พ.ศ. ${escapeHtml(state.years)}<br><span class="muted">${escapeHtml(state.frameworkLabel)}</span></p>
    ${missing}
    <table>
      <thead><tr><th>มิติ</th><th class="num">จำนวน</th><th class="num">งบประมาณ (บาท)</th></tr></thead>
      <tbody>${rows}<tr class="total"><td>รวม</td><td class="num">${state.totalCount}</td><td class="num">${baht(state.totalBudget)}</td></tr></tbody>
    </table>`;
}

function renderResult(result: JobResult): string {
  const details = result.details.length ? `<ul>${result.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '';
  return `<p class="${result.ok ? 'ok' : 'error'}">${escapeHtml(result.message)}</p>${details}`;
}

function setBusy(busy: boolean): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-job]').forEach((b) => (b.disabled = busy));
}

async function refresh(): Promise<void> {
  const status = document.getElementById('status')!;
  try {
    status.innerHTML = renderStatus(await callServer('getSidebarState'));
  } catch (e) {
    status.innerHTML = `<p class="error">อ่านข้อมูลแผนไม่สำเร็จ: ${escapeHtml((e as Error).message)}</p>`;
  }
}

async function runJob(job: () => Promise<JobResult>): Promise<void> {
  const result = document.getElementById('result')!;
  setBusy(true);
  result.innerHTML = '<p class="muted">กำลังทำงาน…</p>';
  try {
    result.innerHTML = renderResult(await job());
    await refresh();
  } catch (e) {
    result.innerHTML = `<p class="error">เกิดข้อผิดพลาด: ${escapeHtml((e as Error).message)}</p>`;
  } finally {
    setBusy(false);
  }
}

document.getElementById('btn-scaffold')!.addEventListener('click', () => void runJob(() => callServer('runScaffold')));
void refresh();
