import type { MemoAbout, OtherDocKind } from '../api';
import { toArabicDigits } from '../thai/digits';
import { comparisonKey } from '../thai/text';

/**
 * What the menu's prompts, the sidebar and the command line accept for the kind of document
 * and for what a memo covers: a number from the list shown, the English key, or the Thai word.
 */
export interface Choice<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly words: readonly string[];
}

export const KIND_CHOICES: readonly Choice<OtherDocKind>[] = [
  { key: 'integrity', label: 'มาตรการส่งเสริมคุณธรรมและรายงานผล', words: ['มาตรการ', 'คุณธรรม', 'มาตรการคุณธรรม', 'รายงานผล'] },
  { key: 'announcement', label: 'ประกาศนโยบาย', words: ['ประกาศ', 'นโยบาย'] },
  { key: 'memo', label: 'บันทึกข้อความ', words: ['บันทึก', 'บันทึกข้อความ'] },
  { key: 'risk', label: 'การประเมินความเสี่ยงการทุจริตและผลการจัดการ', words: ['ความเสี่ยง', 'ประเมินความเสี่ยง', 'risk'] },
  { key: 'appendix', label: 'ภาคผนวก: คำสั่งแต่งตั้งคณะกรรมการและประกาศใช้แผน', words: ['ภาคผนวก', 'คำสั่ง', 'ประกาศใช้แผน', 'คณะกรรมการ'] },
];

export const ABOUT_CHOICES: readonly Choice<MemoAbout>[] = [
  { key: 'plan', label: 'เสนอแผนปฏิบัติการป้องกันการทุจริต', words: ['แผน', 'แผนปฏิบัติการ'] },
  { key: 'integrity', label: 'รายงานมาตรการส่งเสริมคุณธรรม', words: ['มาตรการ', 'คุณธรรม', 'มาตรการคุณธรรม'] },
  { key: 'monitoring', label: 'รายงานการกำกับติดตาม', words: ['ติดตาม', 'ติดตามผล', 'รายงานติดตามผล'] },
];

/** "2", "announcement", "ประกาศ" → the choice's key; anything else → undefined. */
export function readChoice<K extends string>(value: unknown, choices: readonly Choice<K>[]): K | undefined {
  const text = comparisonKey(toArabicDigits(String(value ?? '')));
  const byNumber = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
  if (byNumber) return byNumber.key;
  return choices.find((c) => c.key === text || comparisonKey(c.label) === text || c.words.some((w) => comparisonKey(w) === text))?.key;
}

/** The prompt's list: "1 = มาตรการส่งเสริมคุณธรรมและรายงานผล, 2 = …". */
export function choiceList<K extends string>(choices: readonly Choice<K>[]): string {
  return choices.map((c, i) => `${i + 1} = ${c.label}`).join(', ');
}
