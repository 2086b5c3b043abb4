import type { Measure } from '../plan/model';
import type { CalendarDate } from '../thai/dates';
import { readBudget, type BudgetReading } from '../thai/money';
import { readThaiDate } from '../thai/readDate';
import { linkedMeasure, resolvePlanLink } from '../integrity/planLink';
import { stripTypedNumber, textLines } from '../integrity/text';
import { DEFAULT_CLOSING, DEFAULT_SUBJECT, type ItemKind } from './layout';
import type { AnnouncementRow } from './read';

/** A row of a policy's project table; blanks are filled from the plan measure it links to. */
export interface AnnouncementProject {
  readonly name: string;
  readonly indicator: string;
  readonly budget: BudgetReading;
  readonly duration: string;
  readonly unit: string;
  readonly source: AnnouncementRow;
  readonly measure?: Measure;
}

/** The numbered parts of a policy, in the order 004 prints them; labels count only the parts present. */
export type PolicyPart =
  | { readonly kind: 'mainPolicy'; readonly label: string; readonly paragraphs: readonly string[] }
  | { readonly kind: 'measures'; readonly label: string; readonly items: readonly string[] }
  | { readonly kind: 'projects'; readonly label: string; readonly projects: readonly AnnouncementProject[] };

export interface AnnouncementPolicy {
  /** "1.2"; undefined when the area's only policy has no title (its parts are numbered n.1, n.2 … as 004's ด้านที่ ๖). */
  readonly label?: string;
  readonly title: string;
  readonly parts: readonly PolicyPart[];
  readonly source?: AnnouncementRow;
}

export interface AnnouncementArea {
  readonly label: string;
  readonly text: string;
  readonly practices: readonly string[];
  readonly policies: readonly AnnouncementPolicy[];
  readonly source: AnnouncementRow;
}

export interface Announcement {
  readonly subject: string;
  /** The preamble, ending with the number of areas as counted, never as typed. */
  readonly preamble: string;
  readonly closing: string;
  readonly date?: CalendarDate;
  readonly areas: readonly AnnouncementArea[];
}

export interface AnnouncementContext {
  readonly orgName: string;
  readonly fiscalYear: number;
  readonly measures: readonly Measure[];
}

/** A count typed at the end of a preamble ("… รวม ๖ ด้าน ดังนี้"): replaced by the counted one. */
const STATED_AREA_COUNT = /\s*(?:รวม|ทั้งหมด|จำนวน|ทั้ง)?\s*[0-9๐-๙]+\s*ด้าน\s*(?:ดังนี้)?\s*$/;

export function defaultPreamble(orgName: string): string {
  return `เพื่อพัฒนาและส่งเสริมให้${orgName}เป็นหน่วยงานที่มีคุณธรรมและความโปร่งใสในการบริหารงาน ด้วยความซื่อสัตย์สุจริต มีคุณธรรม ปราศจากการทุจริต จึงกำหนดนโยบายหลักและมาตรการ เพื่อยึดถือเป็นแนวปฏิบัติ รวมทั้งเป็นค่านิยมร่วมขององค์กร ให้บุคลากรทุกคนพึงยึดถือเป็นแนวปฏิบัติควบคู่กับกฎ ข้อบังคับอื่น ๆ อย่างทั่วถึง`;
}

interface PolicyDraft {
  title: string;
  source?: AnnouncementRow;
  mainPolicy: string[];
  measures: string[];
  projects: AnnouncementProject[];
}

interface AreaDraft {
  source: AnnouncementRow;
  practices: string[];
  policies: PolicyDraft[];
}

/**
 * Builds the announcement from the outline rows: each row joins the area (and policy) above
 * it; parts typed before an area's first policy form an untitled policy. Rows that cannot be
 * placed (no kind, before the first area) are left out here and reported by validation.
 */
export function buildAnnouncement(rows: readonly AnnouncementRow[], ctx: AnnouncementContext): Announcement {
  const single = (kind: ItemKind) => rows.find((r) => r.kind === kind);
  const areas: AreaDraft[] = [];
  for (const row of rows) {
    const area = areas[areas.length - 1];
    switch (row.kind) {
      case 'area':
        areas.push({ source: row, practices: [], policies: [] });
        break;
      case 'practice':
        area?.practices.push(...itemTexts(row));
        break;
      case 'policy':
        area?.policies.push({ title: stripTypedNumber(row.text.text).text, source: row, mainPolicy: [], measures: [], projects: [] });
        break;
      case 'mainPolicy':
      case 'measure':
      case 'project':
        if (area) addPart(currentPolicy(area), row, ctx);
        break;
      default:
        break;
    }
  }
  const typedPreamble = single('preamble')?.text.text.replace(STATED_AREA_COUNT, '') || defaultPreamble(ctx.orgName);
  return {
    subject: single('subject')?.text.text || DEFAULT_SUBJECT,
    preamble: `${typedPreamble} รวม ${areas.length} ด้าน ดังนี้`,
    closing: single('closing')?.text.text || DEFAULT_CLOSING,
    date: dateOf(single('date')),
    areas: areas.map((a, i) => numberArea(a, i + 1)),
  };
}

function dateOf(row: AnnouncementRow | undefined): CalendarDate | undefined {
  return row ? readThaiDate(row.raw.text) : undefined;
}

/** Lines of an item's text, each without a typed number ("๑) …"): the program numbers them. */
function itemTexts(row: AnnouncementRow): string[] {
  return textLines(row.text.text).map((l) => stripTypedNumber(l).text);
}

function currentPolicy(area: AreaDraft): PolicyDraft {
  if (area.policies.length === 0) area.policies.push({ title: '', mainPolicy: [], measures: [], projects: [] });
  return area.policies[area.policies.length - 1];
}

function addPart(policy: PolicyDraft, row: AnnouncementRow, ctx: AnnouncementContext): void {
  if (row.kind === 'mainPolicy') policy.mainPolicy.push(...textLines(row.text.text));
  else if (row.kind === 'measure') policy.measures.push(...itemTexts(row));
  else policy.projects.push(projectOf(row, ctx));
}

/** A project row; what the officer left blank comes from the linked plan measure for the fiscal year. */
export function projectOf(row: AnnouncementRow, ctx: AnnouncementContext): AnnouncementProject {
  const measure = linkedMeasure(resolvePlanLink(row.raw.planLink, ctx.measures));
  const typedBudget = readBudget(row.raw.budget);
  const planBudget = measure?.budgets[ctx.fiscalYear];
  const budget: BudgetReading = row.text.budget === '' && planBudget ? { kind: 'amount', baht: planBudget } : typedBudget;
  return {
    name: stripTypedNumber(row.text.text).text || measure?.name || '',
    indicator: row.text.indicator || (measure ? textLines(measure.details.outcomes)[0] ?? '' : ''),
    budget,
    duration: row.text.duration || (measure ? `ปีงบประมาณ ${ctx.fiscalYear}` : ''),
    unit: row.text.unit || measure?.responsible || '',
    source: row,
    measure,
  };
}

function numberArea(area: AreaDraft, n: number): AnnouncementArea {
  const flat = area.policies.length === 1 && area.policies[0].title === '';
  return {
    label: String(n),
    text: stripTypedNumber(area.source.text.text).text,
    practices: area.practices,
    policies: area.policies.map((p, i) => numberPolicy(p, flat ? undefined : `${n}.${i + 1}`, flat ? String(n) : `${n}.${i + 1}`)),
    source: area.source,
  };
}

function numberPolicy(policy: PolicyDraft, label: string | undefined, partPrefix: string): AnnouncementPolicy {
  const parts: PolicyPart[] = [];
  const next = () => `${partPrefix}.${parts.length + 1}`;
  if (policy.mainPolicy.length) parts.push({ kind: 'mainPolicy', label: next(), paragraphs: policy.mainPolicy });
  if (policy.measures.length) parts.push({ kind: 'measures', label: next(), items: policy.measures });
  if (policy.projects.length) parts.push({ kind: 'projects', label: next(), projects: policy.projects });
  return { label, title: policy.title, parts, source: policy.source };
}
