/**
 * The sample documents around the plan that `npm start` types into the demo workbook: typed
 * through the real append into a scaffolded book of the sample plan, read back as the
 * documents read them.
 */
import { buildAnnouncement } from '../../src/core/announcement/model';
import { readAnnouncementSheet } from '../../src/core/announcement/read';
import { SAMPLE_ANNOUNCEMENT_ROWS, SAMPLE_ANNOUNCEMENT_YEAR } from '../../src/core/announcement/sampleAnnouncement';
import { CONTINUED_KEYS } from '../../src/core/integrity/layout';
import { resolvePlanLink } from '../../src/core/integrity/planLink';
import { readIntegritySheet } from '../../src/core/integrity/read';
import { integrityYear } from '../../src/core/integrity/report';
import { SAMPLE_INTEGRITY_ROWS, SAMPLE_INTEGRITY_YEAR } from '../../src/core/integrity/sampleIntegrity';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { validateWorkbook } from '../../src/core/validate/validate';
import { SHEET } from '../../src/core/workbook/layout';
import { appendAnnouncementRows, appendIntegrityRows } from '../fixtures/aroundPlanBook';
import { buildBook, sourceOf } from '../fixtures/workbook';

const { settings, measures } = SAMPLE_PLAN;
const book = buildBook(settings, measures);
appendIntegrityRows(book, SAMPLE_INTEGRITY_ROWS);
appendAnnouncementRows(book, SAMPLE_ANNOUNCEMENT_ROWS);

describe('the sample integrity measures', () => {
  const rows = readIntegritySheet(book.get(SHEET.integrity)!).rows;
  const year = integrityYear(rows, SAMPLE_INTEGRITY_YEAR);

  it('holds 4–5 areas of 2–4 practices in 2567, every number computed (none typed)', () => {
    expect(rows).toHaveLength(SAMPLE_INTEGRITY_ROWS.length);
    expect(year.areas.length).toBeGreaterThanOrEqual(4);
    expect(year.areas.length).toBeLessThanOrEqual(5);
    expect(year.areas.map((a) => a.typedNo)).toEqual(year.areas.map((a) => a.no));
    expect(year.areas.map((a) => a.no)).toEqual(year.areas.map((_, i) => i + 1));
    for (const area of year.areas) {
      expect(area.title).not.toBe('');
      expect(area.practices.length).toBeGreaterThanOrEqual(2);
      expect(area.practices.length).toBeLessThanOrEqual(4);
      expect(area.practices.map((p) => p.no)).toEqual(area.practices.map((_, i) => i + 1));
      for (const p of area.practices) expect(p.typedNo).toBeUndefined();
    }
  });

  it('gives every practice its method, office, period, result and outcome (a blank cell continues the one above)', () => {
    expect(year.hasResults).toBe(true);
    for (const p of year.areas.flatMap((a) => a.practices)) {
      for (const key of CONTINUED_KEYS) expect(p.covered[key]).not.toBe('');
    }
  });

  it('links practices to measures of the sample plan, by code (2.2.2) or code and name', () => {
    const linked = rows.filter((r) => r.text.planLink !== '');
    expect(linked.length).toBeGreaterThanOrEqual(3);
    expect(linked.map((r) => r.text.planLink)).toContain('2.2.2');
    for (const r of linked) expect(resolvePlanLink(r.raw.planLink, measures).kind).toBe('measures');
  });
});

describe('the sample announcement', () => {
  const announcement = buildAnnouncement(readAnnouncementSheet(book.get(SHEET.announcement)!).rows, {
    orgName: settings.orgName,
    fiscalYear: SAMPLE_ANNOUNCEMENT_YEAR,
    measures,
  });
  const policies = announcement.areas.flatMap((a) => a.policies);
  const projects = policies.flatMap((p) => p.parts.flatMap((part) => (part.kind === 'projects' ? part.projects : [])));

  it('has four areas and titled policies, each with its three parts, numbered by the program', () => {
    expect(announcement.areas.map((a) => a.label)).toEqual(['1', '2', '3', '4']);
    expect(announcement.preamble).toMatch(/รวม 4 ด้าน ดังนี้$/);
    for (const policy of policies) {
      expect(policy.label).toBeDefined();
      expect(policy.parts.map((p) => p.kind)).toEqual(['mainPolicy', 'measures', 'projects']);
    }
    expect(announcement.date).toEqual({ year: 2023, month: 10, day: 2 });
  });

  it('fills the projects that name a plan measure from that measure', () => {
    const linked = projects.filter((p) => p.source.text.planLink !== '');
    expect(linked.length).toBeGreaterThanOrEqual(3);
    for (const p of linked) {
      expect(measures).toContain(p.measure);
      expect(p.name).toBe(p.measure!.name);
      expect(p.unit).toBe(p.measure!.responsible);
      const budget = p.measure!.budgets[SAMPLE_ANNOUNCEMENT_YEAR];
      expect(p.budget).toEqual(budget ? { kind: 'amount', baht: budget } : { kind: 'none' });
    }
  });
});

it('names only the sample municipality: the workbook holding both has no finding', () => {
  expect(validateWorkbook(sourceOf(book))).toEqual([]);
});
