/**
 * The sidebar's ตราหน่วยงาน control in Chromium: a chosen PNG is previewed and sent as base64
 * with its name, the line then names the stored emblem; a refusal shows the server's Thai
 * message; ใช้ตราครุฑ clears it. Needs `npm run build` first.
 */
import { encodePng } from '../../src/core/chart/png';
import type { SidebarState } from '../../src/core/api';
import { describeBrowser, eventually, FakeServer, STATE, useSidebar } from './harness';

const PNG = Buffer.from(encodePng({ width: 30, height: 45, palette: ['#ffffff', '#7f0000'], pixels: new Uint8Array(30 * 45).map((_, i) => (i % 3 === 0 ? 1 : 0)) }));
const GARUDA: SidebarState = { ...STATE, emblem: { stored: false, text: 'ตราครุฑในตัว (ค่าเริ่มต้น)' } };
const STORED: SidebarState = { ...STATE, emblem: { stored: true, text: 'ตราเทศบาล.png (เก็บในสเปรดชีต)' } };

describeBrowser('ตราหน่วยงาน in the sidebar', () => {
  const sb = useSidebar();

  it('uploads the chosen PNG as base64 with its name, previews it, then shows the stored emblem', async () => {
    const server = new FakeServer()
      .sequence('getSidebarState', GARUDA, STORED)
      .on('setEmblemImage', () => ({ ok: true, message: 'ตั้งตราหน่วยงานเป็น “ตราเทศบาล.png” แล้ว', details: [] }));
    const { page } = await sb.open(server);
    const box = page.locator('#emblem');
    await expect(box.locator('.emblem-current').textContent()).resolves.toContain('ตราครุฑในตัว');
    await box.locator('input[type=file]').setInputFiles({ name: 'ตราเทศบาล.png', mimeType: 'image/png', buffer: PNG });
    await box.locator('[data-emblem=upload]').click();
    await eventually(() => box.locator('.emblem-current').textContent(), (t) => expect(t).toContain('ตราเทศบาล.png (เก็บในสเปรดชีต)'));
    expect(server.callsOf('setEmblemImage')).toEqual([[PNG.toString('base64'), 'ตราเทศบาล.png']]);
    await expect(box.locator('.result').textContent()).resolves.toContain('ตั้งตราหน่วยงานเป็น');
    await expect(box.locator('.emblem-preview').isVisible()).resolves.toBe(true);
    await expect(box.locator('.emblem-preview').evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(30);
  });

  it('shows the server\'s Thai refusal; without a file it asks for one and calls nothing', async () => {
    const server = new FakeServer({ getSidebarState: () => GARUDA })
      .on('setEmblemImage', () => ({ ok: false, message: 'ใช้ “ตรา.png” เป็นตราหน่วยงานไม่ได้: ไฟล์นี้เป็นภาพ JPEG ไม่ใช่ภาพ PNG', details: [] }));
    const { page } = await sb.open(server);
    const box = page.locator('#emblem');
    await box.locator('[data-emblem=upload]').click();
    await expect(box.locator('.result[role=alert]').textContent()).resolves.toContain('กรุณาเลือกไฟล์');
    expect(server.callsOf('setEmblemImage')).toEqual([]);
    await box.locator('input[type=file]').setInputFiles({ name: 'ตรา.png', mimeType: 'image/png', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) });
    await box.locator('[data-emblem=upload]').click();
    await eventually(() => box.locator('.result[role=alert]').textContent(), (t) => expect(t).toContain('JPEG'));
    await expect(box.locator('.emblem-preview').count()).resolves.toBe(0);
  });

  it('ใช้ตราครุฑ clears the stored emblem', async () => {
    const server = new FakeServer()
      .sequence('getSidebarState', STORED, GARUDA)
      .on('clearEmblemImage', () => ({ ok: true, message: 'กลับไปใช้ตราครุฑในตัวแล้ว', details: [] }));
    const { page } = await sb.open(server);
    const box = page.locator('#emblem');
    await expect(box.locator('.emblem-current').textContent()).resolves.toContain('เก็บในสเปรดชีต');
    await box.locator('[data-emblem=clear]').click();
    await eventually(() => box.locator('.emblem-current').textContent(), (t) => expect(t).toContain('ตราครุฑในตัว'));
    expect(server.callsOf('clearEmblemImage')).toEqual([[]]);
  });
});
