import type { ColumnSpec } from '../workbook/layout';
import type { ValidationRule } from '../workbook/sheetPlan';

/**
 * The คณะกรรมการจัดทำแผน tab as data: the plan committee, one member per row, for the
 * appendix's order appointing it, plus three rows the order and the adoption announcement need
 * (kept here, beside the members they concern, rather than among the organisation's settings).
 */
export type CommitteeKey = 'name' | 'position' | 'role';

export const COMMITTEE_COLUMNS: readonly ColumnSpec<CommitteeKey>[] = [
  { key: 'name', header: 'ชื่อ-สกุล', aliases: ['ชื่อ', 'ชื่อ - สกุล'], kind: 'text', width: 220, required: true },
  { key: 'position', header: 'ตำแหน่ง', aliases: ['ตำแหน่งในหน่วยงาน'], kind: 'text', width: 260, required: true },
  { key: 'role', header: 'บทบาทในคณะกรรมการ', aliases: ['บทบาท', 'ตำแหน่งในคณะกรรมการ'], kind: 'text', width: 200, required: true },
];

export const COMMITTEE_INPUT_KEYS: readonly CommitteeKey[] = ['name', 'position', 'role'];

/** The roles of a Thai committee, in the order an order lists them. */
export const COMMITTEE_ROLES = ['ประธานกรรมการ', 'รองประธานกรรมการ', 'กรรมการ', 'กรรมการและเลขานุการ', 'กรรมการและผู้ช่วยเลขานุการ'] as const;

export const COMMITTEE_TAB_TITLE = 'คณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต (สำหรับคำสั่งแต่งตั้งในภาคผนวก)';
export const COMMITTEE_TAB_COLOR = '#37474f';

export const COMMITTEE_RULES: Partial<Record<CommitteeKey, ValidationRule>> = {
  role: { kind: 'list', values: [...COMMITTEE_ROLES], allowInvalid: true, help: 'บทบาทในคณะกรรมการ' },
};

/** The duties the order gives the committee (the NACC model order's wording). */
export const COMMITTEE_DUTIES: readonly string[] = [
  'ศึกษา วิเคราะห์ และประเมินความเสี่ยงการทุจริตในการปฏิบัติงานของหน่วยงาน',
  'จัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ให้สอดคล้องกับกรอบแนวทางของสำนักงาน ป.ป.ช.',
  'เสนอแผนต่อผู้บริหารเพื่อพิจารณาอนุมัติและประกาศใช้',
  'กำกับ ติดตาม และประเมินผลการดำเนินการตามแผน และรายงานผลต่อผู้บริหารอย่างน้อยปีละ ๒ ครั้ง',
  'ทบทวนและปรับปรุงแผนให้เหมาะสมกับสถานการณ์',
];
