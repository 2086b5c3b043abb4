import type { FindingView, ImportSource, JobProgress, JobResult, Link, MonitoringRound } from '../core/api';
import { exclusive, jobControl } from './busy';
import { fill, h } from './dom';
import { thaiError } from './errors';
import { fiscalYearField, form, importSourceField, otherDocKindField, reportDateField, roundField, type Form, type OtherDocChoice } from './fields';
import { followJob, LinkCollector, renderProgress } from './progress';
import { renderBlockers, renderValidation } from './render/findings';
import { renderImportPreview } from './render/importPreview';
import { renderError, renderJobLinks, renderResult, renderWorking } from './render/result';
import { callServer } from './server';

/** What a running job may do with its card. */
export interface JobContext {
  /** The card's output area (progress, result, findings). */
  readonly out: HTMLElement;
  /** Runs more work as a job of this card (e.g. a confirm or resume button). */
  run(work: () => Promise<void>): Promise<void>;
  closeForm(): void;
  refreshStatus(): Promise<void>;
}

export type GroupId = 'prepare' | 'documents' | 'monitoring';

export const GROUPS: readonly { readonly id: GroupId; readonly title: string }[] = [
  { id: 'prepare', title: 'เตรียมแผน' },
  { id: 'documents', title: 'สร้างเอกสาร' },
  { id: 'monitoring', title: 'ติดตามผล' },
];

interface JobDef<V> {
  readonly id: string;
  readonly group: GroupId;
  readonly label: string;
  /** One line under the button: what it does, so nobody needs the README. */
  readonly hint: string;
  /** Inputs asked before starting; without them the button starts the job at once. */
  readonly form?: (id: string) => Form<V>;
  readonly submitLabel?: string;
  readonly run: (values: V, ctx: JobContext) => Promise<void>;
  /** Continues a job of this kind that is already running (started from the menu). */
  readonly resume?: (jobId: string, ctx: JobContext) => Promise<void>;
}

/** A job with its value type erased, so different jobs fit in one table. */
export interface Job {
  readonly id: string;
  readonly group: GroupId;
  readonly label: string;
  readonly hint: string;
  readonly submitLabel?: string;
  readonly hasForm: boolean;
  mount(card: CardParts): void;
  resume?(jobId: string, ctx: JobContext): Promise<void>;
}

export interface CardParts {
  readonly button: HTMLButtonElement;
  readonly formBox: HTMLFormElement | null;
  readonly ctx: JobContext;
}

function job<V>(def: JobDef<V>): Job {
  return {
    id: def.id,
    group: def.group,
    label: def.label,
    hint: def.hint,
    submitLabel: def.submitLabel,
    hasForm: Boolean(def.form),
    resume: def.resume,
    mount({ button, formBox, ctx }) {
      if (!def.form || !formBox) {
        button.addEventListener('click', () => void ctx.run(() => def.run(undefined as V, ctx)));
        return;
      }
      const spec = def.form(`f-${def.id}`);
      formBox.prepend(...spec.elements);
      button.addEventListener('click', () => {
        formBox.hidden = !formBox.hidden;
        button.setAttribute('aria-expanded', String(!formBox.hidden));
        if (!formBox.hidden) formBox.querySelector<HTMLElement>('input:not([type=radio]), select, textarea')?.focus();
      });
      formBox.addEventListener('submit', (event) => {
        event.preventDefault();
        const values = spec.read();
        if (values.ok) void ctx.run(() => def.run(values.value, ctx));
      });
      // A preview (import) belongs to what was typed: editing the input discards it.
      spec.onInput(() => {
        if (ctx.out.querySelector('.preview')) fill(ctx.out);
      });
    },
  };
}

// ---- How each kind of server answer is shown --------------------------------------------

async function showResult(ctx: JobContext, call: Promise<JobResult>, refresh = false): Promise<void> {
  const result = await call;
  fill(ctx.out, renderResult(result));
  if (result.ok) ctx.closeForm();
  if (refresh) await ctx.refreshStatus();
}

/** Starts a job; documents refused for errors are started again with `true` when the person insists. */
type Starter = (...ignoreErrors: [] | [true]) => Promise<JobProgress>;

/**
 * A long job: a progress bar "done / total" until finished; a failure offers to resume. Documents
 * refused because of errors list those errors (each selects its cell) and offer to make them anyway.
 */
async function showProgress(ctx: JobContext, start: Starter, label: string): Promise<void> {
  let last: JobProgress | undefined;
  const made = new LinkCollector();
  const step = (p: JobProgress): void => {
    last = p;
    made.add(p.links);
    fill(ctx.out, renderProgress(p, label));
  };
  const follow = async (first: () => Promise<JobProgress>): Promise<void> => {
    try {
      const done = await followJob(await first(), step);
      if (done.blockers?.length) {
        const anyway = jobControl(h('button', { class: 'small', attrs: { type: 'button', 'data-action': 'ignore-errors' }, on: { click: () => void ctx.run(() => follow(() => start(true))) } },
          'สร้างทั้งที่ยังมีข้อผิดพลาด'));
        fill(ctx.out, renderBlockers(done.message, done.blockers, (f, item) => void selectFinding(f, item)), anyway);
        return;
      }
      fill(ctx.out,
        done.total > 0 ? renderProgress({ ...done, message: done.ok ? 'เสร็จแล้ว' : 'หยุดก่อนเสร็จ' }, label) : null,
        renderResult({ ok: done.ok, message: done.message || (done.ok ? 'เสร็จแล้ว' : 'ทำไม่สำเร็จ'), links: done.links, allLinks: made.all() }));
      if (done.ok) ctx.closeForm();
    } catch (e) {
      const resumeFrom = last && !last.finished ? last : undefined;
      const resume = resumeFrom
        ? jobControl(h('button', { class: 'primary small', attrs: { type: 'button', 'data-action': 'resume' }, on: { click: () => void ctx.run(() => follow(() => callServer('continueJob', resumeFrom.jobId))) } },
            `ทำต่อจากที่ค้างไว้ (${resumeFrom.done} / ${resumeFrom.total})`))
        : null;
      fill(ctx.out, renderError(thaiError(e), resumeFrom ? partialLinks(resumeFrom, made.all()) : null, resume));
    }
  };
  await follow(start);
}

/** What a job that stopped half way had already made. */
function partialLinks(p: JobProgress, links: readonly Link[]): HTMLElement | null {
  return links.length ? h('div', { class: 'partial' }, h('p', { class: 'hint' }, `ทำเสร็จแล้ว ${p.done} จาก ${p.total}:`), renderJobLinks([], links)) : null;
}

async function showValidation(ctx: JobContext): Promise<void> {
  const summary = await callServer('runValidate');
  fill(ctx.out, renderValidation(summary, (f, item) => void selectFinding(f, item)));
}

async function selectFinding(f: FindingView, item: HTMLElement): Promise<void> {
  item.parentElement?.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
  item.classList.add('selected');
  item.querySelector('.field-error')?.remove();
  try {
    await callServer('selectCell', f.sheet, f.cell);
  } catch (e) {
    item.append(h('p', { class: 'field-error' }, `ไปที่เซลล์ไม่สำเร็จ: ${thaiError(e).message}`));
  }
}

async function showImportPreview(source: ImportSource, ctx: JobContext): Promise<void> {
  const preview = await callServer('previewImport', source);
  fill(ctx.out, renderImportPreview(preview,
    () => void ctx.run(() => showResult(ctx, callServer('runImport', source), true)),
    () => fill(ctx.out)));
}

// ---- The jobs, one button each ------------------------------------------------------------

const yearAndRound = (id: string) => form<{ fiscalYear: number; round: MonitoringRound }>({ fiscalYear: fiscalYearField(`${id}-year`), round: roundField(id) });

export const JOBS: readonly Job[] = [
  job<void>({
    id: 'scaffold', group: 'prepare', label: 'ปรับโครงแผน',
    hint: 'สร้างแผ่นงาน หัวตาราง และสูตรสรุปที่ยังขาด ข้อมูลที่กรอกไว้ไม่ถูกแก้',
    run: (_, ctx) => showResult(ctx, callServer('runScaffold'), true),
  }),
  job<{ source: ImportSource }>({
    id: 'import', group: 'prepare', label: 'นำเข้าแผนเดิม',
    hint: 'อ่านแผนจาก Google Docs หรือข้อความที่วาง ดูตัวอย่างก่อนบันทึกลงแผ่นงาน',
    form: (id) => form({ source: importSourceField(id) }),
    submitLabel: 'ดูตัวอย่างก่อนนำเข้า',
    run: (v, ctx) => showImportPreview(v.source, ctx),
  }),
  job<void>({
    id: 'validate', group: 'prepare', label: 'ตรวจสอบแผน',
    hint: 'ตรวจรหัส งบประมาณ จำนวน และข้อความ แล้วชี้เซลล์ที่ต้องแก้',
    run: (_, ctx) => showValidation(ctx),
  }),
  job<void>({
    id: 'measureDocs', group: 'documents', label: 'สร้างเอกสารรายละเอียดโครงการ',
    hint: 'Google Docs หนึ่งไฟล์ต่อโครงการ สร้างซ้ำจะปรับไฟล์เดิม',
    run: (_, ctx) => showProgress(ctx, (...ignore) => callServer('startMeasureDocs', ...ignore), 'กำลังสร้างเอกสารโครงการ'),
    resume: (jobId, ctx) => showProgress(ctx, () => callServer('continueJob', jobId), 'กำลังสร้างเอกสารโครงการ'),
  }),
  job<void>({
    id: 'planDoc', group: 'documents', label: 'สร้างเอกสารแผน',
    hint: 'แผนทั้งฉบับ: ปก คำนำ สารบัญ ตารางสรุป และรายละเอียดโครงการ',
    run: (_, ctx) => showProgress(ctx, (...ignore) => callServer('startPlanDoc', ...ignore), 'กำลังสร้างเอกสารแผน'),
    resume: (jobId, ctx) => showProgress(ctx, () => callServer('continueJob', jobId), 'กำลังสร้างเอกสารแผน'),
  }),
  job<{ kind: OtherDocChoice; fiscalYear: number }>({
    id: 'otherDoc', group: 'documents', label: 'เอกสารประกอบ',
    hint: 'มาตรการส่งเสริมคุณธรรม ประกาศ หรือบันทึกข้อความ ของปีงบประมาณที่เลือก',
    form: (id) => form({ kind: otherDocKindField(`${id}-kind`), fiscalYear: fiscalYearField(`${id}-year`) }),
    submitLabel: 'สร้างเอกสาร',
    run: (v, ctx) => showResult(ctx, callServer('createOtherDoc', v.kind.kind, v.fiscalYear, v.kind.about ? { about: v.kind.about } : undefined)),
  }),
  job<{ fiscalYear: number; round: MonitoringRound }>({
    id: 'monitoringRound', group: 'monitoring', label: 'เริ่มรอบติดตาม',
    hint: 'เพิ่มแถวในแผ่นงาน “ติดตามผล” ของปีและรอบที่เลือก แถวที่กรอกแล้วไม่ถูกแก้',
    form: yearAndRound,
    submitLabel: 'เริ่มรอบติดตาม',
    run: (v, ctx) => showResult(ctx, callServer('startMonitoringRound', v.fiscalYear, v.round)),
  }),
  job<{ fiscalYear: number; round: MonitoringRound; date: string }>({
    id: 'monitoringReport', group: 'monitoring', label: 'สร้างรายงานรอบ 6 เดือน / 12 เดือน',
    hint: 'รายงานการกำกับติดตามฯ เป็น Google Docs และ PDF พร้อมเผยแพร่',
    form: (id) => form({ fiscalYear: fiscalYearField(`${id}-year`), round: roundField(id), date: reportDateField(`${id}-date`) }),
    submitLabel: 'สร้างรายงาน',
    run: (v, ctx) => showProgress(ctx, () => callServer('startMonitoringReport', v.fiscalYear, v.round, v.date), 'กำลังสร้างรายงาน'),
  }),
];

/** Builds every group and card; returns a way to start a job by id (the status prompt uses it). */
export interface MountedJobs {
  /** Presses a job's button (e.g. "scaffold" from the status box). */
  start(id: string): void;
  /** Shows and follows a job already running on the server, in its card; false when no card can. */
  resume(kind: string, jobId: string): boolean;
}

export function mountJobs(container: HTMLElement, refreshStatus: () => Promise<void>): MountedJobs {
  const buttons = new Map<string, HTMLButtonElement>();
  const resumers = new Map<string, (jobId: string) => void>();
  GROUPS.forEach((group, i) => {
    const cards = JOBS.filter((j) => j.group === group.id).map((j) => {
      const out = h('div', { class: 'job-out', attrs: { 'aria-live': 'polite' } });
      const button = jobControl(h('button', { class: 'job-btn', attrs: { type: 'button', 'data-job': j.id, 'aria-expanded': j.hasForm ? 'false' : undefined } },
        h('span', { class: 'job-label' }, j.label, j.hasForm ? h('span', { class: 'chevron', attrs: { 'aria-hidden': 'true' } }, '▾') : null),
        h('span', { class: 'job-hint' }, j.hint)));
      const formBox = j.hasForm
        ? h('form', { class: 'job-form', attrs: { hidden: true, 'data-form': j.id, novalidate: true } },
            h('div', { class: 'actions' }, jobControl(h('button', { class: 'primary', attrs: { type: 'submit', 'data-submit': j.id } }, j.submitLabel ?? 'เริ่ม'))))
        : null;
      const card = h('div', { class: 'job', attrs: { 'data-card': j.id } }, button, formBox, out);
      const ctx: JobContext = {
        out,
        run: async (work) => {
          await exclusive(async () => {
            fill(out, renderWorking());
            try {
              await work();
            } catch (e) {
              fill(out, renderError(thaiError(e)));
            }
          });
        },
        closeForm: () => {
          if (formBox) formBox.hidden = true;
          if (j.hasForm) button.setAttribute('aria-expanded', 'false');
        },
        refreshStatus,
      };
      j.mount({ button, formBox, ctx });
      buttons.set(j.id, button);
      const resume = j.resume;
      if (resume) resumers.set(j.id, (jobId) => void ctx.run(() => resume(jobId, ctx)));
      return card;
    });
    container.append(h('section', { class: 'group', attrs: { 'aria-labelledby': `g-${group.id}` } },
      h('h2', { attrs: { id: `g-${group.id}` } }, h('span', { class: 'step' }, String(i + 1)), group.title),
      ...cards));
  });
  return {
    start(id) {
      const button = buttons.get(id);
      button?.scrollIntoView({ block: 'nearest' });
      button?.click();
    },
    resume(kind, jobId) {
      const resume = resumers.get(kind);
      resume?.(jobId);
      return resume !== undefined;
    },
  };
}
