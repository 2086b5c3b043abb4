/**
 * Round trip: a plan imported, written out as documents by the document templates
 * (src/core/doc/templates), and imported again gives the same measures. Documents print every
 * digit in the plan's digit style (Thai or Arabic), so texts are compared with Arabic digits.
 */
import { measureDetailDocument } from '../../src/core/doc/templates/measureDetail';
import { planDocument } from '../../src/core/doc/templates/planDocument';
import { plainText } from '../../src/core/doc/tree';
import { importSettings } from '../../src/core/import/intoWorkbook';
import { parsePlan, type ParsedPlan } from '../../src/core/import/parsePlan';
import type { Measure, Plan } from '../../src/core/plan/model';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { toArabicDigits } from '../../src/core/thai/digits';
import { describeWithSeeds, seedText } from '../seeds';

const seed = seedText;
const arabic = (measures: readonly Measure[]) => JSON.parse(toArabicDigits(JSON.stringify(measures)));
const measuresOf = (p: ParsedPlan) => p.measures.map((m) => m.measure);
const planOf = (p: ParsedPlan): Plan => ({ settings: importSettings(p), measures: measuresOf(p) });
const counts = (o: Record<string, { count: number }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.count]));

describeWithSeeds.each([
  ['000_7a6659e46c76b2d7.txt', 46],
  ['003_e4ac5d120ad28f13.txt', 8],
])('seed %s: import → documents → import', (file, total) => {
  const first = parsePlan(seed(file));
  const plan = planOf(first);

  it('through the whole-plan document gives the same measures, settings and guideline', () => {
    const again = parsePlan(plainText(planDocument(plan)));
    expect(measuresOf(again)).toHaveLength(total);
    expect(arabic(measuresOf(again))).toEqual(arabic(plan.measures));
    expect(importSettings(again)).toEqual(plan.settings);
    // The regenerated document states the counts of its rows, in its preface and its summary table.
    expect(counts(again.stated.preface).total).toBe(total);
    expect(counts(again.stated.table).total).toBe(total);
    expect(again.problems.filter((p) => p.code !== 'NO_TYPE')).toEqual([]);
  });

  it('through the measure documents, one per measure, gives the same measures', () => {
    const text = plan.measures.map((_, i) => plainText(measureDetailDocument(plan, i))).join('\n');
    expect(arabic(measuresOf(parsePlan(text)))).toEqual(arabic(plan.measures));
  });
});

describe('the sample plan: documents → import', () => {
  const again = parsePlan(plainText(planDocument(SAMPLE_PLAN)));

  it('recovers every measure, its per-year budgets from the plan tables and its remark', () => {
    expect(arabic(measuresOf(again))).toEqual(arabic(SAMPLE_PLAN.measures));
    expect(again.problems).toEqual([]);
  });

  it('recovers the organisation, years and guideline', () => {
    expect(again).toMatchObject({ orgName: SAMPLE_PLAN.settings.orgName, firstYear: 2566, lastYear: 2570, frameworkId: 'nacc-2566', digits: 'thai' });
  });
});
