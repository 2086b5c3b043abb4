import type { Announcement, AnnouncementArea, AnnouncementPolicy, AnnouncementProject, PolicyPart } from '../../announcement/model';
import type { Plan } from '../../plan/model';
import type { CalendarDate } from '../../thai/dates';
import { formatBudgetCell } from '../../thai/money';
import { textLines } from '../../integrity/text';
import { EMBLEM_HEIGHT, emblemBlock } from '../emblem';
import { listLabel } from '../listLabel';
import { OFFICIAL_PAGE, cell, heading, para, text, type Block, type DocumentTree, type Paragraph, type Table } from '../tree';
import { bold, formalDate } from './aroundPlan';
import { docContext, type DocContext } from './context';

/**
 * ประกาศ … เรื่อง นโยบายเพื่อพัฒนาหน่วยงานให้มีคุณธรรมและความโปร่งใส, laid out as seed 004:
 * the preamble with the number of areas counted, then each area (n.) with its แนวปฏิบัติ, its
 * policies (n.m) and their parts (n.m.k: นโยบายหลัก, มาตรการ/แนวทาง, the project table), the
 * closing, "ประกาศ ณ วันที่" in the Buddhist Era and the executive's signature. Every number is
 * the program's; nothing typed is printed as a number.
 */

const PART_HEADING: Readonly<Record<PolicyPart['kind'], string>> = {
  mainPolicy: 'นโยบายหลัก',
  measures: 'มาตรการ/แนวทาง',
  projects: 'แผนงาน หรือโครงการ/กิจกรรม',
};

const PROJECT_COLUMNS = [
  { header: 'แผนงาน/โครงการ/กิจกรรม', width: 30 },
  { header: 'ตัวชี้วัด', width: 27 },
  { header: 'งบประมาณ', width: 12 },
  { header: 'ระยะเวลาดำเนินการ', width: 13 },
  { header: 'หน่วยงานรับผิดชอบ', width: 18 },
] as const;

/** The file name: the organisation and the fiscal year the announcement was made for. */
export function announcementTitle(orgName: string, fiscalYear: number): string {
  return `ประกาศนโยบายคุณธรรมและความโปร่งใส ${orgName} ปีงบประมาณ ${fiscalYear}`;
}

/** Dated by the typed วันที่ประกาศ, else by `today`, the day the document is made. */
export function announcementDocument(plan: Plan, announcement: Announcement, fiscalYear: number, today: CalendarDate): DocumentTree {
  const ctx = docContext(plan);
  const { settings } = plan;
  const blocks: Block[] = [
    // ระเบียบงานสารบรรณ: the emblem 3 cm high, centred above the issuer's name.
    emblemBlock(plan.emblem, EMBLEM_HEIGHT.announcement, 'center'),
    heading(1, ctx.d(`ประกาศ${settings.orgName}`)),
    bold(ctx.d(`เรื่อง ${announcement.subject}`), { align: 'center' }),
    para('-------------------------------------------', { align: 'center' }),
    para(ctx.d(announcement.preamble), { firstLineIndent: true, align: 'justify' }),
    ...announcement.areas.flatMap((area) => areaBlocks(ctx, area)),
    para(ctx.d(announcement.closing), { firstLineIndent: true }),
    para(ctx.d(`ประกาศ ณ วันที่ ${formalDate(announcement.date ?? today)}`), { indent: 3 }),
    { kind: 'signature', name: settings.executive.name, position: settings.executive.position },
  ];
  return { title: ctx.d(announcementTitle(settings.orgName, fiscalYear)), page: OFFICIAL_PAGE, digits: ctx.digits, blocks };
}

/** Numbered items "๑) …" at an indent: the labels come from the program, never from the sheet. */
function numbered(ctx: DocContext, items: readonly string[], indent: number): Block[] {
  return items.map((item, i) => para(ctx.d(`${listLabel(true, i, ctx.digits)} ${item}`), { indent }));
}

function areaBlocks(ctx: DocContext, area: AnnouncementArea): Block[] {
  return [
    para([text(ctx.d(`${area.label}. `), { bold: true }), text(ctx.d(area.text))], { firstLineIndent: true, align: 'justify', keepWithNext: true }),
    ...(area.practices.length ? [bold('แนวปฏิบัติ', { indent: 1, keepWithNext: true }), ...numbered(ctx, area.practices, 2)] : []),
    ...area.policies.flatMap((policy) => policyBlocks(ctx, policy)),
  ];
}

function policyBlocks(ctx: DocContext, policy: AnnouncementPolicy): Block[] {
  const head = policy.label === undefined ? [] : [bold(ctx.d(`${policy.label} ${policy.title}`.trim()), { indent: 1, keepWithNext: true })];
  const indent = policy.label === undefined ? 1 : 2;
  return [...head, ...policy.parts.flatMap((part) => partBlocks(ctx, part, indent))];
}

function partBlocks(ctx: DocContext, part: PolicyPart, indent: number): Block[] {
  const title = bold(ctx.d(`${part.label} ${PART_HEADING[part.kind]}`), { indent, keepWithNext: true });
  switch (part.kind) {
    case 'mainPolicy':
      return [title, ...part.paragraphs.map((p) => para(ctx.d(p), { indent, firstLineIndent: true, align: 'justify' }))];
    case 'measures':
      return [title, ...numbered(ctx, part.items, indent + 1)];
    case 'projects':
      return [title, projectTable(ctx, part.projects)];
  }
}

/** A cell's text one paragraph per line (an empty cell still holds one paragraph). */
function lines(ctx: DocContext, t: string): Paragraph[] {
  const paras = textLines(t).map((l) => para(ctx.d(l)));
  return paras.length ? paras : [para('')];
}

function projectTable(ctx: DocContext, projects: readonly AnnouncementProject[]): Table {
  const budget = (p: AnnouncementProject) => (p.budget.kind === 'invalid' ? p.budget.raw : formatBudgetCell(p.budget.kind === 'amount' ? p.budget.baht : 0, ctx.digits));
  return {
    kind: 'table',
    widths: PROJECT_COLUMNS.map((c) => c.width),
    headerRows: 1,
    // Five columns on a portrait page: 14 pt, as the plan's wide tables, leaves the words room.
    fontSize: 14,
    rows: [
      { cells: PROJECT_COLUMNS.map((c) => cell([bold(c.header, { align: 'center' })], { verticalAlign: 'middle' })) },
      ...projects.map((p) => ({
        cells: [
          cell(lines(ctx, p.name)),
          cell(lines(ctx, p.indicator)),
          cell([para(budget(p), { align: 'center' })]),
          cell([para(ctx.d(p.duration), { align: 'center' })]),
          cell(lines(ctx, p.unit)),
        ],
      })),
    ],
  };
}
