import type { Finding } from '../../src/core/validate/finding';
import { MARK_BACKGROUND, NOTE_TAG, cellsToInspect, decodeMarkRecord, encodeMarkRecord, markNote, planMarks, type CellLook } from '../../src/core/validate/marks';

const finding = (cell: string, severity: Finding['severity'] = 'error', sheet = 'มิติที่ 1'): Finding => ({
  severity, code: 'BUDGET_NOT_NUMBER', sheet, cell, message: `ข้อความของ ${cell}`, fix: 'วิธีแก้',
});
const looksOf = (entries: Record<string, CellLook>) => new Map([['มิติที่ 1', new Map(Object.entries(entries))]]);
const plain: CellLook = { background: '#ffffff', note: '' };

describe('planMarks', () => {
  it('marks by the worst severity of the cell and appends to the user\'s note', () => {
    const { writes, record } = planMarks([finding('E5', 'warning'), finding('E5', 'error'), finding('F6', 'warning')], [], looksOf({ E5: { background: '#d9ead3', note: 'ของฉัน' }, F6: plain }));
    const e5 = writes.get('มิติที่ 1')!.get('E5')!;
    expect(e5.background).toBe(MARK_BACKGROUND.error);
    expect(e5.note.startsWith(`ของฉัน\n\n${NOTE_TAG} คำเตือน`)).toBe(true);
    expect(e5.note).toContain('ข้อผิดพลาด (BUDGET_NOT_NUMBER): ข้อความของ E5');
    expect(writes.get('มิติที่ 1')!.get('F6')!.background).toBe(MARK_BACKGROUND.warning);
    expect(record).toEqual([
      { sheet: 'มิติที่ 1', cell: 'E5', background: '#d9ead3', markBackground: MARK_BACKGROUND.error },
      { sheet: 'มิติที่ 1', cell: 'F6', background: '#ffffff', markBackground: MARK_BACKGROUND.warning },
    ]);
  });

  it('restores a fixed cell only where it still shows the mark, and writes nothing for an unchanged run', () => {
    const first = planMarks([finding('E5'), finding('F6')], [], looksOf({ E5: { background: '#d9ead3', note: 'ของฉัน' }, F6: plain }));
    const marked = { E5: first.writes.get('มิติที่ 1')!.get('E5')!, F6: { ...first.writes.get('มิติที่ 1')!.get('F6')!, background: '#00ff00' } };
    const again = planMarks([], first.record, looksOf(marked));
    expect(again.writes.get('มิติที่ 1')!.get('E5')).toEqual({ background: '#d9ead3', note: 'ของฉัน' });
    expect(again.writes.get('มิติที่ 1')!.get('F6')).toEqual({ background: '#00ff00', note: '' }); // the user's new colour stays
    expect(again.record).toEqual([]);
    const same = planMarks([finding('E5'), finding('F6')], first.record, looksOf({ E5: marked.E5, F6: first.writes.get('มิติที่ 1')!.get('F6')! }));
    expect(same.writes.size).toBe(0);
    expect(same.record).toEqual(first.record);
  });

  it('leaves out cells the caller cannot mark, and findings about a whole tab', () => {
    const cells = cellsToInspect([finding(''), finding('A1', 'error', 'ไม่มี'), finding('B2')], [{ sheet: 'มิติที่ 1', cell: 'C3', background: '', markBackground: '' }], (s) => s === 'มิติที่ 1');
    expect([...cells]).toEqual([['มิติที่ 1', ['B2', 'C3']]]);
  });

  it('keeps the record as compact text and reads junk as an empty record', () => {
    const record = [{ sheet: 'สรุป', cell: 'L7', background: '#ffffff', markBackground: '#f4cccc' }];
    expect(decodeMarkRecord(encodeMarkRecord(record))).toEqual(record);
    for (const junk of ['', 'null', '{', '[[1,2]]', '{"a":1}']) expect(decodeMarkRecord(junk)).toEqual([]);
    expect(markNote('', [finding('A1')]).startsWith(NOTE_TAG)).toBe(true);
  });
});
