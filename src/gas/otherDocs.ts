import type { JobResult, MemoAbout, MonitoringRound, OtherDocKind, OtherDocOptions } from '../core/api';
import { readRound } from '../core/monitoring/period';
import { OTHER_DOC_LABEL, buildOtherDocs } from '../core/otherDocs/build';
import { ABOUT_CHOICES, KIND_CHOICES, choiceList, readChoice } from '../core/otherDocs/request';
import { calendarDate, fiscalYearOf } from '../core/thai/dates';
import { addOnEmblem } from '../core/doc/emblemSetting';
import { readWorkbook } from '../core/workbook/readPlan';
import { readYear } from '../core/workbook/settings';
import { publishDoc } from './docs/publishDoc';
import { outputFolder } from './drive/outputFolder';
import { withDocumentLock } from './lock';
import { showJobResult } from './resultDialog';
import { snapshotSource } from './sheetsIO';

/** Where each document (and its PDF) lives, by the core's key, so re-running updates the same files. */
const idsKey = (key: string) => `otherDoc.${key}`;

/**
 * The documents around the plan (integrity measures and report, announcement, covering memo):
 * the workbook read once, the trees built in core, each rendered into the output folder over
 * the document made last time, a PDF beside those published on the website.
 */
export function createOtherDocs(kind: OtherDocKind, fiscalYear: unknown, options: OtherDocOptions = {}): JobResult {
  return withDocumentLock(`สร้าง${OTHER_DOC_LABEL[kind] ?? 'เอกสาร'}`, () => {
    const read = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
    const emblem = addOnEmblem(read);
    const built = buildOtherDocs(read, { kind, fiscalYear: Number(fiscalYear), ...options, today: calendarDate(new Date()), emblem: emblem.image });
    if (!built.ok) return { ok: false, message: built.message, details: built.details };
    const workbook = readWorkbook(read);
    const folder = outputFolder(workbook.plan.settings.outputFolder, read);
    const links = built.docs.flatMap((doc) => publishDoc(doc.tree, folder, idsKey(doc.key), doc.pdf).links);
    return { ok: true, message: `${built.message} ในโฟลเดอร์ "${folder.name}"`, details: [...built.details, ...emblem.notice], links };
  });
}

interface MenuRequest {
  readonly kind: OtherDocKind;
  readonly fiscalYear: number;
  readonly options: OtherDocOptions;
}

/**
 * The menu's way in: which document, for a memo what it covers, the fiscal year (not asked
 * for a memo on the plan) and the round of a monitoring report. A wrong answer gets a Thai
 * message and makes nothing.
 */
function askRequest(ui: GoogleAppsScript.Base.Ui, title: string): MenuRequest | undefined {
  const ask = (question: string): string | undefined => {
    const answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
    return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : undefined;
  };
  const refuse = (message: string): undefined => {
    ui.alert(title, message, ui.ButtonSet.OK);
    return undefined;
  };
  const kindText = ask(`เอกสารที่ต้องการ: พิมพ์ ${choiceList(KIND_CHOICES)}`);
  if (kindText === undefined) return undefined;
  const kind = readChoice(kindText, KIND_CHOICES);
  if (!kind) return refuse(`"${kindText}" ไม่ใช่ตัวเลือก กรุณาพิมพ์ ${choiceList(KIND_CHOICES)}`);
  let about: MemoAbout | undefined;
  if (kind === 'memo') {
    const aboutText = ask(`บันทึกข้อความนี้เสนอเรื่องใด: พิมพ์ ${choiceList(ABOUT_CHOICES)}`);
    if (aboutText === undefined) return undefined;
    about = readChoice(aboutText, ABOUT_CHOICES);
    if (!about) return refuse(`"${aboutText}" ไม่ใช่ตัวเลือก กรุณาพิมพ์ ${choiceList(ABOUT_CHOICES)}`);
  }
  const current = fiscalYearOf(calendarDate(new Date()));
  const yearText = about === 'plan' ? String(current) : ask(`ปีงบประมาณ (พ.ศ.) เช่น ${current}`);
  if (yearText === undefined) return undefined;
  const fiscalYear = readYear(yearText);
  if (fiscalYear === undefined) return refuse(`"${yearText}" ไม่ใช่ปีงบประมาณ กรุณาพิมพ์ปี พ.ศ. ๔ หลัก เช่น ${current}`);
  let round: MonitoringRound | undefined;
  if (about === 'monitoring') {
    const roundText = ask('รอบการติดตาม: พิมพ์ 6 หรือ 12 (เว้นว่าง = รอบล่าสุดที่มีข้อมูล)');
    if (roundText === undefined) return undefined;
    round = readRound(roundText);
    if (roundText.trim() !== '' && !round) return refuse(`"${roundText}" ไม่ใช่รอบการติดตาม กรุณาพิมพ์ 6 หรือ 12`);
  }
  return { kind, fiscalYear, options: { about, round } };
}

export function otherDocsFromMenu(title: string): void {
  const ui = SpreadsheetApp.getUi();
  const request = askRequest(ui, title);
  if (request) showJobResult(ui, title, createOtherDocs(request.kind, request.fiscalYear, request.options));
}
