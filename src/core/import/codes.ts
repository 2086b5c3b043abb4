import { findPlace } from '../framework/framework';
import type { DimensionNo, Framework } from '../framework/types';
import { problem, type ImportProblem } from './problems';
import type { Heading, MeasureDraft } from './structure';
import { SAME_TITLE, bestTitleMatch, titleSimilarity } from './titles';

/**
 * A measure's code in the guideline its document follows. The code printed in the heading
 * counts when its title agrees with the catalogue, or is cut or retyped (3.1.1 printed above
 * the 3.1 title in seed 003); a title that clearly names another node wins over the number.
 */
export interface CodeChoice {
  readonly code: string;
  readonly problems: readonly ImportProblem[];
}

function headingCode(framework: Framework, heading: Heading): CodeChoice {
  const place = findPlace(framework, heading.code);
  const node = place && (place.item ?? place.sub);
  if (node && (heading.title === '' || titleSimilarity(heading.title, node.title) >= SAME_TITLE)) return { code: heading.code, problems: [] };
  const match = bestTitleMatch(framework, heading.title, Number(heading.code[0]) as DimensionNo);
  if (match && match.score >= SAME_TITLE) {
    // The title names the code itself or its sub-dimension (a heading cut short): keep the printed code.
    if (match.code === heading.code || (place && heading.code.startsWith(`${match.code}.`))) return { code: heading.code, problems: [] };
    return {
      code: match.code,
      problems: [problem('CODE_FROM_TITLE', heading.line, `หัวข้อพิมพ์รหัส ${heading.code} แต่ชื่อตรงกับ ${match.code} ของ${framework.label}: ใช้รหัส ${match.code}`, heading.title)],
    };
  }
  if (place) return { code: heading.code, problems: [] };
  return {
    code: heading.code,
    problems: [problem('CODE_UNKNOWN', heading.line, `รหัส ${heading.code} ไม่มีใน${framework.label} และชื่อหัวข้อไม่ตรงกับภารกิจใด: โปรดเลือกรหัสใหม่`, heading.title)],
  };
}

/** The code of a drafted measure: its item heading, else its sub-dimension heading. */
export function measureCode(framework: Framework, draft: MeasureDraft, name: string): CodeChoice {
  const heading = draft.item ?? draft.sub;
  if (!heading) return { code: '', problems: [problem('NO_CODE', draft.line, 'ไม่พบหัวข้อภารกิจ (x.y.z) ก่อนโครงการนี้: ยังไม่ได้ใส่รหัสภารกิจ', name)] };
  const choice = headingCode(framework, heading);
  const problems = [...choice.problems];
  const place = findPlace(framework, choice.code);
  if (place && !place.item && place.sub.items.length > 0) {
    problems.push(problem('NO_ITEM', draft.line, `จัดไว้ที่มิติย่อย ${choice.code} เพราะเอกสารไม่ระบุภารกิจย่อย (${place.sub.items.map((i) => i.code).join(', ')}): โปรดเลือกภารกิจ`, name));
  }
  if (draft.stacked.length > 1) {
    problems.push(problem('CODE_GUESSED', draft.line, `มีหัวข้อภารกิจ ${draft.stacked.map((h) => h.code).join(', ')} ติดกันโดยไม่มีโครงการคั่น: จัดไว้ที่ ${choice.code} (หัวข้อสุดท้าย) โปรดตรวจสอบ`, name));
  }
  return { code: choice.code, problems };
}

/**
 * The same place in another guideline, by title: 003 (earlier guideline) files under 3.3.1
 * what the 2566–2570 guideline files under 3.1.1. Undefined when no node has the same title.
 */
export function translateCode(from: Framework, to: Framework, code: string): string | undefined {
  const place = findPlace(from, code);
  if (!place) return undefined;
  const match = bestTitleMatch(to, (place.item ?? place.sub).title, place.dimension.no);
  if (!match || match.score < SAME_TITLE) return undefined;
  const assignable = match.place.item !== undefined || match.place.sub.items.length === 0;
  return assignable ? match.code : undefined;
}
