import type { IntroSection } from '../doc/templates/planIntro';
import { readTableTab } from '../integrity/table';
import type { SheetSnapshot } from '../workbook/grid';
import { INTRO_COLUMNS, INTRO_INPUT_KEYS } from './layout';

const ITEM = /^(?:\(?[0-9๐-๙]{1,2}[.)]|[-•])\s*/;

/** The sections as typed: a line with a list marker is an item, any other line a paragraph. */
export function readIntroSections(snap: SheetSnapshot): (IntroSection & { readonly row: number; readonly cell: string })[] {
  return readTableTab(snap, INTRO_COLUMNS, INTRO_INPUT_KEYS).records.map((r) => {
    const lines = r.text.text.split('\n').filter((l) => l !== '');
    return {
      row: r.row,
      cell: r.cells.text ?? r.cells.title ?? '',
      title: r.text.title,
      paragraphs: lines.filter((l) => !ITEM.test(l)),
      items: lines.filter((l) => ITEM.test(l)).map((l) => l.replace(ITEM, '')),
    };
  });
}
