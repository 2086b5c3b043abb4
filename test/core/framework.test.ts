import { assignableCodes, findByTitle, findPlace, frameworkFromSetting, getFramework, normaliseCode } from '../../src/core/framework/framework';
import { toArabicDigits } from '../../src/core/thai/digits';
import { comparisonKey } from '../../src/core/thai/text';
import { describeWithSeeds, seedText } from '../seeds';

const seed = seedText;

describeWithSeeds('NACC 2566–2570 catalogue', () => {
  const fw = getFramework('nacc-2566');

  it('has the four dimensions with the titles the seed plan prints', () => {
    const text = comparisonKey(seed('000_7a6659e46c76b2d7.txt'));
    expect(fw.dimensions.map((d) => d.no)).toEqual([1, 2, 3, 4]);
    for (const d of fw.dimensions) expect(text).toContain(comparisonKey(d.title));
  });

  it('lists every item heading of the seed plan under its code (typos in the seed aside)', () => {
    const lines = toArabicDigits(seed('000_7a6659e46c76b2d7.txt')).split('\n').slice(115);
    const headings = lines.map((l) => /^(\d\.\d\.\d) (.+)$/.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null);
    expect(headings.length).toBeGreaterThanOrEqual(28);
    for (const [, code, title] of headings) {
      const place = findPlace(fw, code);
      expect(place?.item).toBeDefined();
      // The catalogue's title and the seed's agree on their first words.
      expect(comparisonKey(place!.item!.title).slice(0, 12)).toBe(comparisonKey(title).replace('เจตนาารมณ์', 'เจตนารมณ์').slice(0, 12));
    }
  });

  it('counts 3 sub-dimensions per dimension and the items of seed 000', () => {
    expect(fw.dimensions.map((d) => d.subs.length)).toEqual([3, 3, 3, 3]);
    expect(assignableCodes(fw).length).toBe(8 + 9 + 8 + 7);
    expect(assignableCodes(fw, 4)).toEqual(['4.1.1', '4.1.2', '4.1.3', '4.2.1', '4.2.2', '4.3.1', '4.3.2']);
  });

  it('reads codes typed with Thai digits or a trailing dot', () => {
    expect(normaliseCode('๒.๒.๒')).toBe('2.2.2');
    expect(normaliseCode(' 3.1. ')).toBe('3.1');
    expect(normaliseCode('ข้อ 3')).toBe('');
    expect(findPlace(fw, '9.9.9')).toBeUndefined();
  });
});

describeWithSeeds('the earlier (2561–2565) guideline', () => {
  const old = getFramework('nacc-2561');
  it('keeps its own dimension titles', () => {
    expect(old.dimensions[0].title).toBe('การสร้างสังคมที่ไม่ทนต่อการทุจริต');
    expect(old.dimensions[3].title).toContain('การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ');
  });
  it('files the same title under different codes than 2566 (seed 003 vs 000)', () => {
    const title = 'ดำเนินการให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ';
    expect(findByTitle(old, title)?.item?.code).toBe('3.3.1');
    expect(findByTitle(getFramework('nacc-2566'), 'การมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ')?.item?.code).toBe('3.1.1');
  });
  it('finds the dimension-3 items seed 003 uses', () => {
    const text = toArabicDigits(seed('003_e4ac5d120ad28f13.txt'));
    for (const code of ['3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2']) {
      expect(text).toContain(code);
      expect(findPlace(old, code)?.item).toBeDefined();
    }
  });
  it('is chosen by its settings label, its id or its years', () => {
    expect(frameworkFromSetting(old.label)?.id).toBe('nacc-2561');
    expect(frameworkFromSetting('nacc-2566')?.id).toBe('nacc-2566');
    expect(frameworkFromSetting('แผน ๒๕๖๑')?.id).toBe('nacc-2561');
    expect(frameworkFromSetting('')).toBeUndefined();
  });
});
