/**
 * The Sujarit menu as data: one entry per capability. A handler name must be exported from
 * main.ts (it becomes a global function in Code.js; a test checks every one).
 */
export interface MenuEntry {
  readonly caption: string;
  readonly handler: string;
}

export const MENU: readonly (MenuEntry | 'separator')[] = [
  { caption: 'เปิดแผงควบคุม', handler: 'menuOpenSidebar' },
  'separator',
  { caption: 'สร้าง/ปรับโครงแผน', handler: 'menuScaffold' },
  { caption: 'ตรวจสอบแผน', handler: 'menuValidate' },
  'separator',
  { caption: 'สร้างเอกสารรายละเอียดโครงการ', handler: 'menuMeasureDocs' },
  { caption: 'สร้างเอกสารแผนทั้งฉบับ', handler: 'menuPlanDoc' },
  'separator',
  { caption: 'เริ่มรอบติดตามผล', handler: 'menuStartMonitoring' },
  { caption: 'สร้างรายงานติดตามผล (รอบ ๖ / ๑๒ เดือน)', handler: 'menuMonitoringReport' },
  'separator',
  { caption: 'นำเข้าแผนเดิม', handler: 'menuImport' },
  { caption: 'เอกสารประกอบ (มาตรการคุณธรรม / ประกาศ / บันทึกข้อความ)', handler: 'menuOtherDocs' },
  'separator',
  // The review itself walks measure by measure in the sidebar's ตรวจทาน step; its summary is one click.
  { caption: 'บันทึกผลการตรวจทานเสนอผู้บริหาร', handler: 'menuReviewMemo' },
  'separator',
  { caption: 'เกี่ยวกับ Sujarit', handler: 'menuAbout' },
];

/** An add-on menu (Extensions → Sujarit); in a bound script it carries the project's name. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
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
