import type { JobResult } from '../api';
import { cellsWritten, type SheetPlan } from './sheetPlan';
import { describeRename, type TabRename } from './sheetNames';

/** Thai summary of a scaffold run, shared by the add-on and the command line. */
export function describeScaffold(plans: readonly SheetPlan[], renames: readonly TabRename[] = []): JobResult {
  const created = plans.filter((p) => p.isNew).map((p) => p.name);
  const repaired = plans.filter((p) => !p.isNew && cellsWritten(p) > 0).map((p) => `${p.name} (เพิ่ม ${cellsWritten(p)} ช่อง)`);
  const details = [
    ...renames.map(describeRename),
    ...(created.length ? [`สร้างแผ่นงานใหม่: ${created.join(', ')}`] : []),
    ...(repaired.length ? [`เติมส่วนที่ขาด: ${repaired.join(', ')}`] : []),
  ];
  const message =
    created.length === 0 && repaired.length === 0 && renames.length === 0
      ? 'โครงแผนครบถ้วนแล้ว ไม่มีสิ่งใดต้องเพิ่ม (ข้อมูลที่กรอกไว้ไม่ถูกแก้ไข)'
      : 'ปรับโครงแผนเรียบร้อย ข้อมูลที่กรอกไว้เดิมไม่ถูกย้ายหรือแก้ไข';
  return { ok: true, message, details };
}
