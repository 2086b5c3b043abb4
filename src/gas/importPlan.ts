import type { ImportPreview, ImportSource, JobResult } from '../core/api';
import { describeImport, describePreview } from '../core/import/describe';
import { afterScaffold, importSettings, missingForImport, planImport, type ImportPlan } from '../core/import/intoWorkbook';
import { parsePlan, type ParsedPlan } from '../core/import/parsePlan';
import { docIdOf, withTableRows } from '../core/import/source';
import { planScaffold } from '../core/workbook/scaffold';
import type { SheetPlan } from '../core/workbook/sheetPlan';
import { describeRename } from '../core/workbook/sheetNames';
import { withDocumentLock } from './lock';
import { applyScaffold, renameLookAlikeTabs } from './scaffold';
import { applyWrites, snapshotSource } from './sheetsIO';
import { showJobResult } from './resultDialog';

/**
 * นำเข้าแผนเดิม: the plan's text from a Google Doc or pasted, parsed in core, previewed, then
 * written as new rows. Each tab is read once per execution; if the workbook lacks tabs the
 * scaffold is planned from the document's own settings and the import planned on top of it,
 * so nothing is read again after the scaffold is applied.
 */

const PROBLEMS_IN_ALERT = 12;

type SourceText = { readonly text: string } | { readonly error: string };

function sourceText(source: ImportSource): SourceText {
  if (source.kind === 'text') return source.text.trim() ? { text: source.text } : { error: 'ยังไม่ได้วางข้อความของแผน' };
  const id = docIdOf(source.docUrlOrId);
  if (!id) return { error: 'ลิงก์นี้ไม่ใช่ลิงก์ Google เอกสาร (ตัวอย่าง https://docs.google.com/document/d/…/edit) — ถ้าแผนเป็นไฟล์ Word หรือ PDF ให้เปิดด้วย Google เอกสารก่อน แล้วคัดลอกลิงก์มาวาง' };
  try {
    return { text: documentText(DocumentApp.openById(id)) };
  } catch (e) {
    return { error: `เปิดเอกสารไม่ได้: ตรวจสอบลิงก์ และว่าบัญชีของท่านมีสิทธิ์เปิดเอกสารนี้ (${(e as Error).message})` };
  }
}

/** The body's text with each table as tab-separated rows (one call per cell: tables are few and small). */
function documentText(doc: GoogleAppsScript.Document.Document): string {
  const body = doc.getBody();
  const tables = body.getTables().map((table) => {
    const rows: string[][] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      const cells: string[] = [];
      for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
      rows.push(cells);
    }
    return { text: table.getText(), rows };
  });
  return withTableRows(body.getText(), tables);
}

interface Prepared {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly parsed: ParsedPlan;
  /** Scaffold to apply first (empty when every tab is there). */
  readonly scaffold: readonly SheetPlan[];
  readonly plan: ImportPlan;
}

function prepare(text: string): Prepared {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const parsed = parsePlan(text);
  const read = snapshotSource(ss);
  const scaffold = missingForImport(read).length > 0 ? planScaffold(read, importSettings(parsed)) : [];
  return { ss, parsed, scaffold, plan: planImport(afterScaffold(read, scaffold), parsed) };
}

function apply(p: Prepared): JobResult {
  if (p.parsed.measures.length === 0) return { ok: false, message: describePreview(p.parsed, p.plan).message, details: [] };
  applyScaffold(p.ss, p.scaffold);
  for (const { sheet, writes } of p.plan.writes) applyWrites(p.ss.getSheetByName(sheet)!, writes);
  return describeImport(p.parsed, p.plan, p.scaffold.length > 0);
}

/** Dry run for the sidebar: counts per dimension and problems; nothing is written. */
export function previewImportJob(source: ImportSource): ImportPreview {
  const got = sourceText(source);
  if ('error' in got) return { ok: false, message: got.error, counts: [], problems: [] };
  const p = prepare(got.text);
  return describePreview(p.parsed, p.plan);
}

/** Under the lock: look-alike tab names fixed first (a write), then the sheets read and the rows added. */
function importNow(text: string): JobResult {
  const renames = renameLookAlikeTabs(SpreadsheetApp.getActiveSpreadsheet());
  const result = apply(prepare(text));
  return { ...result, details: [...renames.map(describeRename), ...result.details] };
}

export function runImportJob(source: ImportSource): JobResult {
  return withDocumentLock('นำเข้าแผน', () => {
    const got = sourceText(source);
    return 'error' in got ? { ok: false, message: got.error, details: [] } : importNow(got.text);
  });
}

/**
 * The menu: ask for the document, show the preview, import on YES. No lock is held while a
 * dialog waits for the person: the preview is read without it, and the import re-reads the
 * sheets under the lock, so what someone changed meanwhile is respected.
 */
export function importFromMenu(title: string): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, 'วางลิงก์ Google เอกสารของแผนเดิม (ไฟล์ Word หรือ PDF ให้เปิดด้วย Google เอกสารก่อน)', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const got = sourceText({ kind: 'doc', docUrlOrId: answer.getResponseText() });
  if ('error' in got) return showJobResult(ui, title, { ok: false, message: got.error, details: [] });
  const first = prepare(got.text);
  const preview = describePreview(first.parsed, first.plan);
  if (!preview.ok) return showJobResult(ui, title, { ok: false, message: preview.message, details: [] });
  const problems = preview.problems.length > 0
    ? [`\nสิ่งที่ต้องตรวจสอบ ${preview.problems.length} รายการ:`, ...preview.problems.slice(0, PROBLEMS_IN_ALERT), ...(preview.problems.length > PROBLEMS_IN_ALERT ? [`…และอีก ${preview.problems.length - PROBLEMS_IN_ALERT} รายการ (แสดงครบหลังนำเข้า)`] : [])]
    : [];
  const confirm = ui.alert(`${title} – ตรวจก่อนนำเข้า`, [preview.message, ...problems, '\nนำเข้าตอนนี้หรือไม่?'].join('\n'), ui.ButtonSet.YES_NO);
  if (confirm !== ui.Button.YES) return;
  showJobResult(ui, title, withDocumentLock('นำเข้าแผน', () => importNow(got.text)));
}
