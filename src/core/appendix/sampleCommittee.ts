import type { CommitteeKey } from './layout';

/** The sample plan's committee, as the NACC model order composes one (the ปลัด chairs, the internal auditor is secretary). */
export const SAMPLE_COMMITTEE_ROWS: readonly Partial<Record<CommitteeKey, unknown>>[] = [
  { name: 'นายสมพงษ์ ใจซื่อ', position: 'ปลัดเทศบาลตำบลบ้านสวนหลวง', role: 'ประธานกรรมการ' },
  { name: 'นางสาวมาลี ศรีสุข', position: 'รองปลัดเทศบาล', role: 'รองประธานกรรมการ' },
  { name: 'นายประเสริฐ วงศ์ดี', position: 'ผู้อำนวยการกองคลัง', role: 'กรรมการ' },
  { name: 'นายวิชัย ทองคำ', position: 'ผู้อำนวยการกองช่าง', role: 'กรรมการ' },
  { name: 'นางจันทร์เพ็ญ แก้วใส', position: 'หัวหน้าสำนักปลัด', role: 'กรรมการ' },
  { name: 'นางสาวอรุณี มั่นคง', position: 'นักวิชาการตรวจสอบภายใน', role: 'กรรมการและเลขานุการ' },
  { name: 'นายธนากร รักษ์ดี', position: 'นักทรัพยากรบุคคล', role: 'กรรมการและผู้ช่วยเลขานุการ' },
];
