import { parsePlan } from '../../../src/core/import/parsePlan';
import { corpus } from './cases';
import { compare } from './compare';
it('peek', () => {
  const want = process.env.PEEK ?? '';
  for (const c of corpus().filter((x) => x.id.includes(want)).slice(0, Number(process.env.N ?? 1))) {
    const parsed = parsePlan(c.text);
    const cmp = compare(c.plan, parsed, { outputsField: c.layout.outputsField, withoutDetail: c.withoutDetail, table: c.layout.table !== 'none' });
    console.log(c.id + '\n' + (process.env.TEXT ? c.text.slice(0, Number(process.env.TEXT)) + '\n' : '') + cmp.misses.slice(0, 25).join('\n') + '\nPROBLEMS\n' + parsed.problems.slice(0, 15).map((p) => `${p.line} ${p.code} ${p.message} ${p.text}`).join('\n'));
  }
});
