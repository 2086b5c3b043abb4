import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureDetailDocument } from '../core/doc/templates/measureDetail';
import { longPlanDocument } from '../core/doc/templates/planDocument';
import type { PlanParts } from '../core/doc/templates/planParts';
import type { Plan } from '../core/plan/model';
import { writeDocxInParts } from './docx/packInParts';
import { writeDocx } from './docx/renderDocx';
import { safeFileName, uniqueNames } from './fileName';
import { prepareOutDir } from './outDir';

export interface WrittenDocs {
  readonly measures: readonly string[];
  readonly plan: string;
  /** .docx files already in the folder that this run did not write (a measure since removed?): never deleted. */
  readonly others: readonly string[];
}

/**
 * One .docx per measure (named by code and name) and the whole plan, into `dir`. Running
 * again replaces the same files, except those a person edited since (see outputLedger).
 */
export async function writePlanDocuments(plan: Plan, dir: string, parts: PlanParts = {}): Promise<WrittenDocs> {
  prepareOutDir(dir);
  const before = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.docx'));
  const unique = uniqueNames();
  const pathOf = (title: string) => join(dir, `${unique(safeFileName(title))}.docx`);
  // Each file is written as soon as it is made; the whole plan, as long as all the measures
  // together, is made, rendered and packed a part at a time so that memory does not grow with them.
  const measures: string[] = [];
  for (let i = 0; i < plan.measures.length; i++) {
    const tree = measureDetailDocument(plan, i);
    measures.push(await writeDocx(tree, pathOf(tree.title)));
  }
  const whole = longPlanDocument(plan, parts);
  const planPath = await writeDocxInParts(whole, pathOf(whole.title));
  const written = new Set([...measures, planPath].map((p) => p.slice(dir.length + 1)));
  return { measures, plan: planPath, others: before.filter((f) => !written.has(f)) };
}

export function printWrittenDocs(docs: WrittenDocs): void {
  console.log(`เอกสารรายละเอียดโครงการ ${docs.measures.length} ไฟล์:`);
  for (const path of docs.measures) console.log(`  - ${path}`);
  console.log(`เอกสารแผนทั้งฉบับ: ${docs.plan}`);
  if (docs.others.length > 0) console.log(`ไฟล์ .docx อื่นในโฟลเดอร์ที่ไม่ได้สร้างในครั้งนี้ (ไม่ได้ลบ): ${docs.others.join(', ')}`);
}
