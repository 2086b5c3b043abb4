/**
 * ตราหน่วยงาน: the person picks a PNG, it is sent as base64 to setEmblemImage (which keeps it in
 * the spreadsheet, see gas/emblem), or goes back to the built-in Garuda. The picked file is
 * previewed from the browser's own copy; the server's answer decides what the line says after.
 */
import type { EmblemStatus, JobResult } from '../core/api';
import { fill, h } from './dom';
import { thaiError } from './errors';
import { renderError, renderResult, renderWorking } from './render/result';
import { callServer } from './server';

export interface MountedEmblem {
  /** The emblem in use, from the sidebar state. */
  show(status: EmblemStatus | undefined): void;
}

/** The file as a data URL ("data:image/png;base64,…"): the preview's source and, after the comma, what is sent. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('อ่านไฟล์ที่เลือกไม่ได้ กรุณาเลือกไฟล์ใหม่'));
    reader.readAsDataURL(file);
  });
}

export function mountEmblem(box: HTMLElement, refreshStatus: () => Promise<void>): MountedEmblem {
  const current = h('p', { class: 'emblem-current' }, 'กำลังอ่าน…');
  // Holds the preview only while there is one: the sidebar has no picture otherwise.
  const preview = h('div', { class: 'emblem-preview-box' });
  const input = h('input', { attrs: { type: 'file', accept: 'image/png', 'aria-label': 'เลือกไฟล์ภาพ PNG ของตราหน่วยงาน' } });
  const upload = h('button', { class: 'primary', attrs: { type: 'button', 'data-emblem': 'upload' }, on: { click: () => void send() } }, 'อัปโหลดตรา');
  const clear = h('button', { attrs: { type: 'button', 'data-emblem': 'clear' }, on: { click: () => void act(() => callServer('clearEmblemImage')) } }, 'ใช้ตราครุฑ (ค่าเริ่มต้น)');
  const result = h('div', { class: 'emblem-result', attrs: { 'aria-live': 'polite' } });
  fill(box,
    h('h2', null, 'ตราหน่วยงาน'),
    h('p', { class: 'hint' }, 'ตราบนปกแผน ประกาศ และบันทึกข้อความ: เลือกไฟล์ภาพ .png (ไม่เกิน 1 MB) แล้วกดอัปโหลด ตราจะเก็บไว้ในสเปรดชีตนี้'),
    current, preview, input, h('div', { class: 'actions' }, upload, clear), result);

  async function send(): Promise<void> {
    const file = input.files?.[0];
    if (!file) {
      fill(result, renderResult({ ok: false, message: 'กรุณาเลือกไฟล์ภาพ .png ของตราหน่วยงานก่อน' }));
      return;
    }
    await act(async () => {
      const url = await readAsDataUrl(file);
      fill(preview, h('img', { class: 'emblem-preview', attrs: { alt: 'ตัวอย่างตราที่เลือก', src: url } }));
      return callServer('setEmblemImage', url.slice(url.indexOf(',') + 1), file.name);
    });
  }

  async function act(call: () => Promise<JobResult>): Promise<void> {
    upload.disabled = clear.disabled = true;
    fill(result, renderWorking('กำลังบันทึกตรา…'));
    try {
      const answer = await call();
      fill(result, renderResult(answer));
      if (answer.ok) {
        input.value = '';
        await refreshStatus();
      } else {
        fill(preview);
      }
    } catch (e) {
      fill(preview);
      fill(result, renderError(thaiError(e)));
    } finally {
      upload.disabled = clear.disabled = false;
    }
  }

  return {
    show(status) {
      fill(current, 'ตราที่ใช้: ', h('strong', null, status?.text ?? 'ตราครุฑในตัว (ค่าเริ่มต้น)'));
      if (!status?.stored) fill(preview);
    },
  };
}
