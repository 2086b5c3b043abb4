/** The whole plan with the parts around its measures: ส่วนที่ ๑ as typed with the risk table, and the ภาคผนวก. */
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { readPlanParts } from '../../src/core/doc/templates/planParts';
import { plainText } from '../../src/core/doc/tree';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { fullBook } from '../fixtures/planWithParts';
import { sourceOf } from '../fixtures/workbook';

const DATE = { year: 2022, month: 9, day: 20 };


it('ส่วนที่ ๑ opens with the risk table, then the sections as typed; the preface and สารบัญ list them; the ภาคผนวก follows ส่วนที่ ๓', () => {
  const read = sourceOf(fullBook());
  const { plan } = readWorkbook(read);
  const text = plainText(planDocument(plan, readPlanParts(read, plan, DATE)));
  expect(text).toContain('ส่วนที่ ๑ บทนำ ประกอบด้วย การประเมินความเสี่ยงการทุจริต หลักการและเหตุผล วัตถุประสงค์ของการจัดทำแผน เป้าหมาย และประโยชน์ของการจัดทำแผน');
  const part1 = text.slice(text.indexOf('ส่วนที่ ๑\nบทนำ'));
  expect(part1).toMatch(/^ส่วนที่ ๑\nบทนำ\n๑\. การประเมินความเสี่ยงการทุจริต\n.*ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๗.*\nลำดับที่\tขั้นตอน\/งานดำเนินงาน\tประเด็นความเสี่ยงการทุจริต\tRisk Score\tมาตรการควบคุมความเสี่ยง/);
  expect(part1).toContain('๔. เป้าหมาย\nเป้าหมายที่เจ้าหน้าที่พิมพ์เอง\nไม่มีเรื่องร้องเรียนการทุจริต');
  const contents = text.slice(text.indexOf('หัวข้อ\tหน้า'), text.indexOf('ส่วนที่ ๑\nบทนำ'));
  expect(contents).toContain('๑. การประเมินความเสี่ยงการทุจริต');
  expect(contents).toContain('ภาคผนวก\n- คำสั่งแต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต\n- ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต');
  const appendix = text.slice(text.lastIndexOf('ภาคผนวก'));
  expect(appendix).toContain('๑. นายสมพงษ์ ใจซื่อ  ปลัดเทศบาลตำบลบ้านสวนหลวง  ประธานกรรมการ');
  expect(appendix).toContain('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต');
});

it('without the tabs the plan prints the model ส่วนที่ ๑ and no appendix, as before', () => {
  const bare = plainText(planDocument(SAMPLE_PLAN));
  expect(bare).toContain('ส่วนที่ ๑ บทนำ ประกอบด้วย หลักการและเหตุผล วัตถุประสงค์ของการจัดทำแผน เป้าหมาย และประโยชน์ของการจัดทำแผน');
  expect(bare).not.toContain('ภาคผนวก');
  expect(bare).not.toContain('Risk Score');
});
