import type { OtherDocKind, OtherDocOptions } from '../api';
import { announcementRules } from '../announcement/rules';
import { buildAnnouncement } from '../announcement/model';
import { readAnnouncementSheet } from '../announcement/read';
import { announcementDocument } from '../doc/templates/announcement';
import { coveringMemoDocument } from '../doc/templates/coveringMemo';
import { INTEGRITY_TITLE, integrityDocument, type IntegrityDocVariant } from '../doc/templates/integrityReport';
import type { DocumentTree } from '../doc/tree';
import { readIntegritySheet } from '../integrity/read';
import { integrityYear, type IntegrityYear } from '../integrity/report';
import { integrityRules } from '../integrity/rules';
import { orderedMembers, readCommittee } from '../appendix/read';
import { committeeRules } from '../appendix/rules';
import { APPENDIX_TITLE, adoptionDocument, committeeOrderDocument } from '../doc/templates/appendix';
import { readRiskSheet, risksOfYear } from '../risk/read';
import { riskRules } from '../risk/rules';
import { isManaged } from '../risk/score';
import { RISK_TITLE, riskDocument, type RiskDocVariant } from '../doc/templates/riskAssessment';
import { buildMemo, type MemoCovers } from '../memo/model';
import { memoSettingsOf, type MemoSettings } from '../memo/settings';
import { appendixSettingsOf } from '../appendix/settings';
import { ROUNDS, ROUND_LABEL } from '../monitoring/period';
import { readMonitoringSheet, rowsOfRound } from '../monitoring/read';
import type { PngImage } from '../image/pngImage';
import type { Plan } from '../plan/model';
import { formatThaiDate, type CalendarDate } from '../thai/dates';
import type { RuleSet } from '../validate/rule';
import { validateWorkbook } from '../validate/validate';
import { EMPTY_SNAPSHOT } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import { readWorkbook } from '../workbook/readPlan';
import type { SnapshotSource } from '../workbook/scaffold';

/**
 * The documents around the plan, built from the workbook for one click (menu, sidebar, CLI):
 * the integrity measures (and their results report once results are typed), the policy
 * announcement, or a covering memo for the plan, the integrity report or a monitoring round.
 */
export interface OtherDocRequest extends OtherDocOptions {
  readonly kind: OtherDocKind;
  readonly fiscalYear: number;
  /** The day the documents are made: the memo's วันที่, and the announcement's when none is typed. */
  readonly today: CalendarDate;
  /** The organisation's emblem, when the caller read it (the CLI); the built-in Garuda otherwise. */
  readonly emblem?: PngImage;
}

/** A document to write, with the key under which its id is remembered so re-running updates it. */
export interface BuiltDoc {
  readonly key: string;
  readonly tree: DocumentTree;
  /** Published on the website for the ITA (integrity documents, the announcement): a PDF goes beside it. */
  readonly pdf: boolean;
}

export type OtherDocsBuild =
  | { readonly ok: true; readonly message: string; readonly details: readonly string[]; readonly docs: readonly BuiltDoc[] }
  | { readonly ok: false; readonly message: string; readonly details: readonly string[] };

export const OTHER_DOC_LABEL: Readonly<Record<OtherDocKind, string>> = {
  integrity: 'มาตรการส่งเสริมคุณธรรมและรายงานผล',
  announcement: 'ประกาศนโยบาย',
  memo: 'บันทึกข้อความ',
  risk: 'การประเมินความเสี่ยงการทุจริต',
  appendix: 'ภาคผนวกของแผน',
};

const fail = (message: string, details: readonly string[] = []): OtherDocsBuild => ({ ok: false, message, details });

export function buildOtherDocs(read: SnapshotSource, request: OtherDocRequest): OtherDocsBuild {
  // The sidebar's arguments arrive untyped at run time.
  if (!Object.prototype.hasOwnProperty.call(OTHER_DOC_LABEL, request.kind)) {
    return fail(`ไม่รู้จักเอกสาร "${String(request.kind)}" เลือกได้: ${Object.values(OTHER_DOC_LABEL).join(' / ')}`);
  }
  if (!Number.isInteger(request.fiscalYear) || request.fiscalYear < 2500 || request.fiscalYear > 2700) {
    return fail(`"${request.fiscalYear}" ไม่ใช่ปีงบประมาณ กรุณาระบุปี พ.ศ. ๔ หลัก เช่น 2567`);
  }
  const workbook = readWorkbook(read);
  if (workbook.settings === undefined) return fail(`ยังไม่มีแผ่นงาน ${SHEET.settings} กรุณาเรียก สร้าง/ปรับโครงแผน ก่อน`);
  const plan: Plan = request.emblem ? { ...workbook.plan, emblem: request.emblem } : workbook.plan;
  const memoSettings = memoSettingsOf(workbook.settings);
  switch (request.kind) {
    case 'integrity': return integrityDocs(read, plan, memoSettings, request.fiscalYear);
    case 'announcement': return announcementDocs(read, plan, request);
    case 'memo': return memoDocs(read, plan, memoSettings, request);
    case 'risk': return riskDocs(read, plan, memoSettings, request.fiscalYear);
    case 'appendix': return appendixDocs(read, plan, appendixSettingsOf(workbook.settings).adoptionDate ?? request.today);
  }
}

/** The order appointing the plan committee (once members are typed) and the announcement adopting the plan. */
function appendixDocs(read: SnapshotSource, plan: Plan, today: CalendarDate): OtherDocsBuild {
  const members = orderedMembers(readCommittee(read(SHEET.committee) ?? EMPTY_SNAPSHOT));
  const docs: BuiltDoc[] = [
    ...(members.length ? [{ key: 'appendix-order', tree: committeeOrderDocument(plan, members, today), pdf: true }] : []),
    { key: 'appendix-adoption', tree: adoptionDocument(plan, today), pdf: true },
  ];
  return {
    ok: true,
    message: `สร้าง${OTHER_DOC_LABEL.appendix}เรียบร้อย`,
    details: [
      members.length ? `${APPENDIX_TITLE.order}: กรรมการ ${members.length} คน` : `ยังไม่มีรายชื่อในแผ่นงาน ${SHEET.committee} จึงยังไม่สร้างคำสั่งแต่งตั้งคณะกรรมการ`,
      `${APPENDIX_TITLE.adoption} ลงวันที่ ${formatThaiDate(today, 'arabic')}`,
      ...findingsNote(read, committeeRules),
    ],
    docs,
  };
}

/** The year's risk assessment, and once any risk has a status or result, the results of managing them. */
function riskDocs(read: SnapshotSource, plan: Plan, memoSettings: MemoSettings, fiscalYear: number): OtherDocsBuild {
  const snap = read(SHEET.risk);
  if (!snap) return fail(`ยังไม่มีแผ่นงาน ${SHEET.risk} กรุณาเรียก สร้าง/ปรับโครงแผน ก่อน`);
  const rows = risksOfYear(readRiskSheet(snap).rows, fiscalYear);
  if (rows.length === 0) return fail(`แผ่นงาน ${SHEET.risk} ยังไม่มีความเสี่ยงของปีงบประมาณ ${fiscalYear} (กรอกปีงบประมาณ ขั้นตอน/งาน และประเด็นความเสี่ยง)`);
  const reported = rows.some((r) => r.text.status !== '' || r.text.result !== '');
  const variants: RiskDocVariant[] = reported ? ['assessment', 'management'] : ['assessment'];
  const high = rows.filter((r) => r.level !== undefined && isManaged(r.level)).length;
  return {
    ok: true,
    message: `สร้างเอกสาร${OTHER_DOC_LABEL.risk} ปีงบประมาณ ${fiscalYear} เรียบร้อย`,
    details: [
      `${RISK_TITLE.assessment}: ${rows.length} ประเด็น ระดับสูงขึ้นไป ${high} ประเด็น`,
      reported ? `${RISK_TITLE.management}: รายงานแล้ว ${rows.filter((r) => r.text.status !== '').length} จาก ${rows.length} ประเด็น` : 'ยังไม่มีสถานะหรือผลการจัดการความเสี่ยง จึงยังไม่สร้างรายงานผล',
      ...findingsNote(read, riskRules),
    ],
    docs: variants.map((v) => ({ key: `risk-${v}-${fiscalYear}`, tree: riskDocument(plan, fiscalYear, rows, v, memoSettings.unit), pdf: true })),
  };
}

/** The integrity tab's year, or why there is none. */
function readIntegrityYear(read: SnapshotSource, fiscalYear: number): IntegrityYear | string {
  const snap = read(SHEET.integrity);
  if (!snap) return `ยังไม่มีแผ่นงาน ${SHEET.integrity} กรุณาเรียก สร้าง/ปรับโครงแผน ก่อน`;
  const year = integrityYear(readIntegritySheet(snap).rows, fiscalYear);
  return year.areas.length ? year : `แผ่นงาน ${SHEET.integrity} ยังไม่มีมาตรการของปีงบประมาณ ${fiscalYear} (กรอกปีงบประมาณ ด้านที่ ชื่อด้าน และมาตรการ/แนวทางการปฏิบัติ)`;
}

/** `memoSettings.unit` is who prepared the report (จัดทำโดย on its cover). */
function integrityDocs(read: SnapshotSource, plan: Plan, memoSettings: MemoSettings, fiscalYear: number): OtherDocsBuild {
  const year = readIntegrityYear(read, fiscalYear);
  if (typeof year === 'string') return fail(year);
  const variants: IntegrityDocVariant[] = year.hasResults ? ['measures', 'report'] : ['measures'];
  const practices = year.areas.flatMap((a) => a.practices);
  const details = [
    `${INTEGRITY_TITLE.measures} ปีงบประมาณ ${fiscalYear}: ${year.areas.length} ด้าน ${year.practiceCount} มาตรการ/แนวทางการปฏิบัติ`,
    year.hasResults
      ? `${INTEGRITY_TITLE.report}: มีผลการดำเนินการแล้ว ${practices.filter((p) => p.covered.result !== '').length} จาก ${year.practiceCount} มาตรการ`
      : 'ยังไม่มีผลการดำเนินการ จึงยังไม่สร้างรายงานผล (กรอกผลการดำเนินการแล้วสร้างใหม่ได้ เอกสารเดิมจะถูกปรับปรุง)',
    ...findingsNote(read, integrityRules),
  ];
  return {
    ok: true,
    message: `สร้าง${OTHER_DOC_LABEL.integrity} ปีงบประมาณ ${fiscalYear} เรียบร้อย`,
    details,
    docs: variants.map((v) => ({ key: `integrity-${v}-${fiscalYear}`, tree: integrityDocument(plan, year, v, memoSettings.unit), pdf: true })),
  };
}

function announcementDocs(read: SnapshotSource, plan: Plan, request: OtherDocRequest): OtherDocsBuild {
  const snap = read(SHEET.announcement);
  if (!snap) return fail(`ยังไม่มีแผ่นงาน ${SHEET.announcement} กรุณาเรียก สร้าง/ปรับโครงแผน ก่อน`);
  const announcement = buildAnnouncement(readAnnouncementSheet(snap).rows, {
    orgName: plan.settings.orgName,
    fiscalYear: request.fiscalYear,
    measures: plan.measures,
  });
  if (announcement.areas.length === 0) return fail(`แผ่นงาน ${SHEET.announcement} ยังไม่มีแถวประเภท “ด้าน” (พิมพ์ประกาศตามลำดับ: ด้าน → นโยบาย → นโยบายหลัก → มาตรการ/แนวทาง → โครงการ)`);
  const policies = announcement.areas.flatMap((a) => a.policies);
  const projects = policies.flatMap((p) => p.parts.flatMap((part) => (part.kind === 'projects' ? part.projects : [])));
  const date = announcement.date ?? request.today;
  return {
    ok: true,
    message: `สร้าง${OTHER_DOC_LABEL.announcement}เรียบร้อย`,
    details: [
      `${announcement.areas.length} ด้าน ${policies.length} นโยบาย ${projects.length} แผนงาน/โครงการ/กิจกรรม (เลขข้อคำนวณโดยระบบ)`,
      `ประกาศ ณ วันที่ ${formatThaiDate(date, 'arabic')}${announcement.date ? '' : ' (ไม่ได้ระบุวันที่ประกาศ ใช้วันที่สร้างเอกสาร)'}`,
      ...findingsNote(read, announcementRules),
    ],
    docs: [{ key: `announcement-${request.fiscalYear}`, tree: announcementDocument(plan, announcement, request.fiscalYear, request.today), pdf: true }],
  };
}

function memoDocs(read: SnapshotSource, plan: Plan, memoSettings: MemoSettings, request: OtherDocRequest): OtherDocsBuild {
  const covers = memoCovers(read, request);
  if (typeof covers === 'string') return fail(covers);
  const memo = buildMemo(plan, memoSettings, covers, request.today);
  const key = covers.about === 'monitoring' ? `memo-monitoring-${request.fiscalYear}-${covers.round}` : covers.about === 'plan' ? 'memo-plan' : `memo-integrity-${request.fiscalYear}`;
  return {
    ok: true,
    message: `สร้าง${OTHER_DOC_LABEL.memo}เรียบร้อย`,
    details: [`เรื่อง ${memo.subjects.join(' และ ')}`, `เรียน ${memo.to || '(ยังไม่ได้ระบุตำแหน่งผู้บริหารในแผ่นงาน ข้อมูลหน่วยงาน)'}`],
    docs: [{ key, tree: coveringMemoDocument(plan, memo), pdf: false }],
  };
}

function memoCovers(read: SnapshotSource, request: OtherDocRequest): MemoCovers | string {
  switch (request.about ?? 'integrity') {
    case 'plan':
      return { about: 'plan' };
    case 'integrity': {
      const year = readIntegrityYear(read, request.fiscalYear);
      return typeof year === 'string' ? year : { about: 'integrity', year };
    }
    case 'monitoring': {
      const snap = read(SHEET.monitoring);
      const monitoring = readMonitoringSheet(snap ?? EMPTY_SNAPSHOT);
      const rounds = request.round ? [request.round] : [...ROUNDS].reverse();
      const round = rounds.find((r) => rowsOfRound(monitoring, request.fiscalYear, r).length > 0);
      if (round === undefined) {
        const which = request.round ? `รอบ ${ROUND_LABEL[request.round]}` : '';
        return `แผ่นงาน ${SHEET.monitoring} ยังไม่มีข้อมูลติดตามผลของปีงบประมาณ ${request.fiscalYear} ${which} (เรียก เริ่มรอบติดตามผล ก่อน)`.trim();
      }
      return { about: 'monitoring', fiscalYear: request.fiscalYear, round, rows: rowsOfRound(monitoring, request.fiscalYear, round) };
    }
  }
}

/** How many findings the tab's rules raise, so the officer knows to run ตรวจสอบแผน before publishing. */
function findingsNote(read: SnapshotSource, rules: RuleSet): string[] {
  const findings = validateWorkbook(read, [rules]);
  return findings.length ? [`ตรวจพบ ${findings.length} รายการที่ควรแก้ในแผ่นงาน (เรียก ตรวจสอบแผน เพื่อดูตำแหน่ง) เช่น ${findings[0].message}`] : [];
}
