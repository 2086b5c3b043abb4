/**
 * The Sujarit menu as data: every capability has an entry; those not built yet say so plainly
 * instead of failing. A handler name must be exported from main.ts (it becomes a global).
 */
export interface MenuEntry {
  readonly caption: string;
  readonly handler: string;
  readonly ready: boolean;
}

export const MENU_TITLE = 'Sujarit';

export const MENU: readonly (MenuEntry | 'separator')[] = [
  { caption: 'เปิดแผงควบคุม', handler: 'menuOpenSidebar', ready: true },
  'separator',
  { caption: 'สร้าง/ปรับโครงแผน', handler: 'menuScaffold', ready: true },
  { caption: 'ตรวจสอบแผน', handler: 'menuValidate', ready: true },
  'separator',
  { caption: 'สร้างเอกสารรายละเอียดโครงการ', handler: 'menuMeasureDocs', ready: true },
  { caption: 'สร้างเอกสารแผนทั้งฉบับ', handler: 'menuPlanDoc', ready: true },
  'separator',
  { caption: 'เริ่มรอบติดตามผล', handler: 'menuStartMonitoring', ready: true },
  { caption: 'สร้างรายงานติดตามผล (รอบ ๖ / ๑๒ เดือน)', handler: 'menuMonitoringReport', ready: true },
  'separator',
  { caption: 'นำเข้าแผนเดิม', handler: 'menuImport', ready: true },
  { caption: 'เอกสารประกอบ (มาตรการคุณธรรม / ประกาศ / บันทึกข้อความ)', handler: 'menuOtherDocs', ready: true },
  'separator',
  { caption: 'เกี่ยวกับ Sujarit', handler: 'menuAbout', ready: true },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.handler);
  }
  menu.addToUi();
}

export function menuCaption(handler: string): string {
  const entry = MENU.find((e): e is MenuEntry => e !== 'separator' && e.handler === handler);
  return entry?.caption ?? handler;
}
