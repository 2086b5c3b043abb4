/** Fingerprints of document trees: what changes them, and what they cost with an image inside. */
import { fingerprintOf, hashBytes } from '../../src/core/hash';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';

describe('fingerprintOf', () => {
  const png = new Uint8Array(1024 * 1024).map((_, i) => (i * 7919) % 251);

  it('changes with any byte of an image, and with any text, but not with a copy of the same tree', () => {
    const tree = { title: 'แผน', image: png };
    const other = png.slice();
    other[500000] ^= 1;
    expect(fingerprintOf({ title: 'แผน', image: png.slice() })).toBe(fingerprintOf(tree));
    expect(fingerprintOf({ title: 'แผน', image: other })).not.toBe(fingerprintOf(tree));
    expect(fingerprintOf({ title: 'แผนฯ', image: png })).not.toBe(fingerprintOf(tree));
    expect(hashBytes(other)).not.toBe(hashBytes(png));
  });

  it('spells an image as its length and hash, not a key per byte', () => {
    let longest = 0;
    const spy = jest.spyOn(JSON, 'stringify');
    fingerprintOf({ image: png });
    for (const r of spy.mock.results) longest = Math.max(longest, String(r.value).length);
    spy.mockRestore();
    expect(longest).toBeLessThan(100);
  });

  it('tells two plans apart by one measure name', () => {
    const a = planDocument(SAMPLE_PLAN);
    const b = planDocument({ ...SAMPLE_PLAN, measures: SAMPLE_PLAN.measures.map((m, i) => (i === 3 ? { ...m, name: `${m.name} (ปรับปรุง)` } : m)) });
    expect(fingerprintOf(a)).not.toBe(fingerprintOf(b));
    expect(fingerprintOf(planDocument(SAMPLE_PLAN))).toBe(fingerprintOf(a));
  });
});
