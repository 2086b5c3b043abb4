import type { ImportSource, MemoAbout, MonitoringRound, OtherDocKind } from '../core/api';
import { h } from './dom';
import { currentFiscalYear, parseBuddhistYear, type Parsed } from './format';

/** One input of a job's small form: its elements, and how to read (and check) its value. */
export interface Field<T> {
  readonly element: HTMLElement;
  read(): Parsed<T>;
  /** Called whenever the user changes the value. */
  onInput(fn: () => void): void;
}

export interface Form<V> {
  readonly elements: readonly HTMLElement[];
  read(): Parsed<V>;
  onInput(fn: () => void): void;
}

/** Several fields read together; the first invalid one reports (and gets the focus). */
export function form<V extends Record<string, unknown>>(fields: { readonly [K in keyof V]: Field<V[K]> }): Form<V> {
  const entries = Object.entries(fields) as [keyof V, Field<unknown>][];
  return {
    elements: entries.map(([, f]) => f.element),
    read() {
      const values = {} as Record<keyof V, unknown>;
      for (const [key, f] of entries) {
        const r = f.read();
        if (!r.ok) return r;
        values[key] = r.value;
      }
      return { ok: true, value: values as V };
    },
    onInput: (fn) => entries.forEach(([, f]) => f.onInput(fn)),
  };
}

function errorLine(): HTMLElement {
  return h('p', { class: 'field-error', attrs: { role: 'alert', hidden: true } });
}

function showError(line: HTMLElement, input: HTMLElement, message: string | null): void {
  line.textContent = message ?? '';
  line.hidden = !message;
  input.toggleAttribute('aria-invalid', Boolean(message));
  if (message) input.focus();
}

/** ปีงบประมาณ (พ.ศ.): defaults to the current fiscal year from the user's clock (October → next year). */
export function fiscalYearField(id: string, label = 'ปีงบประมาณ (พ.ศ.)'): Field<number> {
  const input = h('input', { class: 'year', attrs: { id, name: 'fiscalYear', type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': `${id}-help` } });
  input.value = String(currentFiscalYear());
  const error = errorLine();
  const help = h('span', { class: 'help', attrs: { id: `${id}-help` } });
  // The period the year stands for, so nobody confuses ปีงบประมาณ 2568 with the calendar year.
  const describe = (): void => {
    const r = parseBuddhistYear(input.value);
    help.textContent = r.ok ? `1 ต.ค. ${r.value - 1} – 30 ก.ย. ${r.value}` : '';
  };
  describe();
  input.addEventListener('input', describe);
  return {
    element: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), h('div', { class: 'inline' }, input, help), error),
    read() {
      const r = parseBuddhistYear(input.value);
      showError(error, input, r.ok ? null : r.error);
      return r;
    },
    onInput: (fn) => input.addEventListener('input', fn),
  };
}

/** รอบ 6 เดือน (1 ต.ค.–31 มี.ค.) or รอบ 12 เดือน (1 ต.ค.–30 ก.ย.). */
export function roundField(id: string): Field<MonitoringRound> {
  const options: readonly [MonitoringRound, string, string][] = [
    [6, 'รอบ 6 เดือน', '1 ต.ค. – 31 มี.ค.'],
    [12, 'รอบ 12 เดือน', '1 ต.ค. – 30 ก.ย.'],
  ];
  const radios = options.map(([value, text, period], i) => {
    const input = h('input', { attrs: { type: 'radio', name: `${id}-round`, id: `${id}-round-${value}`, value } });
    input.checked = i === 0;
    return { value, input, label: h('label', { class: 'choice', attrs: { for: `${id}-round-${value}` } }, input, h('span', null, text, h('small', null, period))) };
  });
  return {
    element: h('fieldset', { class: 'field' }, h('legend', null, 'รอบการติดตาม'), h('div', { class: 'choices' }, ...radios.map((r) => r.label))),
    read: () => ({ ok: true, value: radios.find((r) => r.input.checked)?.value ?? 6 }),
    onInput: (fn) => radios.forEach((r) => r.input.addEventListener('change', fn)),
  };
}

/** The documents around the plan; a memo is chosen together with what it submits. */
export interface OtherDocChoice {
  readonly kind: OtherDocKind;
  readonly about?: MemoAbout;
}

export const OTHER_DOCS: readonly (OtherDocChoice & { readonly label: string })[] = [
  { kind: 'integrity', label: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส และผลการดำเนินการ' },
  { kind: 'announcement', label: 'ประกาศนโยบาย/มาตรการ (ลงนามผู้บริหาร)' },
  { kind: 'risk', label: 'การประเมินความเสี่ยงการทุจริต และผลการบริหารจัดการความเสี่ยง' },
  { kind: 'appendix', label: 'ภาคผนวก: คำสั่งแต่งตั้งคณะกรรมการจัดทำแผน และประกาศใช้แผน' },
  { kind: 'memo', about: 'plan', label: 'บันทึกข้อความเสนอแผนปฏิบัติการฯ' },
  { kind: 'memo', about: 'integrity', label: 'บันทึกข้อความเสนอรายงานมาตรการส่งเสริมคุณธรรม' },
  { kind: 'memo', about: 'monitoring', label: 'บันทึกข้อความเสนอรายงานติดตามผล (รอบล่าสุด)' },
];

export function otherDocKindField(id: string): Field<OtherDocChoice> {
  const select = h('select', { attrs: { id, name: 'kind' } }, ...OTHER_DOCS.map((d, i) => {
    const option = h('option', null, d.label);
    option.value = String(i);
    return option;
  }));
  return {
    element: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, 'เอกสาร'), select),
    read: () => {
      const { kind, about } = OTHER_DOCS[Number(select.value)] ?? OTHER_DOCS[0];
      return { ok: true, value: about ? { kind, about } : { kind } };
    },
    onInput: (fn) => select.addEventListener('change', fn),
  };
}

/** A Google Doc (link or id) or pasted text: where the old plan comes from. */
export function importSourceField(id: string): Field<ImportSource> {
  const docRadio = h('input', { attrs: { type: 'radio', name: `${id}-kind`, id: `${id}-kind-doc`, value: 'doc' } });
  const textRadio = h('input', { attrs: { type: 'radio', name: `${id}-kind`, id: `${id}-kind-text`, value: 'text' } });
  docRadio.checked = true;
  const url = h('input', { attrs: { id: `${id}-url`, name: 'docUrl', type: 'url', placeholder: 'https://docs.google.com/document/d/…', autocomplete: 'off', 'aria-label': 'ลิงก์ Google Doc' } });
  const text = h('textarea', { attrs: { id: `${id}-text`, name: 'text', rows: 6, placeholder: 'วางข้อความแผนเดิม (คัดลอกจาก Word หรือ PDF)', 'aria-label': 'ข้อความแผนเดิม', hidden: true } });
  const error = errorLine();
  const sync = (): void => {
    url.hidden = !docRadio.checked;
    text.hidden = docRadio.checked;
    showError(error, url, null);
  };
  docRadio.addEventListener('change', sync);
  textRadio.addEventListener('change', sync);
  return {
    element: h('fieldset', { class: 'field' },
      h('legend', null, 'แผนเดิมอยู่ที่'),
      h('div', { class: 'choices' },
        h('label', { class: 'choice', attrs: { for: docRadio.id } }, docRadio, h('span', null, 'ลิงก์ Google Doc')),
        h('label', { class: 'choice', attrs: { for: textRadio.id } }, textRadio, h('span', null, 'วางข้อความ'))),
      url, text, error),
    read() {
      if (docRadio.checked) {
        const value = url.value.trim();
        showError(error, url, value ? null : 'วางลิงก์ Google Doc ของแผนเดิม (ต้องเปิดสิทธิ์ให้บัญชีนี้อ่านได้)');
        return value ? { ok: true, value: { kind: 'doc', docUrlOrId: value } } : { ok: false, error: 'no url' };
      }
      const value = text.value.trim();
      showError(error, text, value ? null : 'วางข้อความของแผนเดิมก่อน');
      return value ? { ok: true, value: { kind: 'text', text: value } } : { ok: false, error: 'no text' };
    },
    onInput: (fn) => [url, text, docRadio, textRadio].forEach((el) => el.addEventListener('input', fn)),
  };
}

/** "2025-03-10" for a date input (the user's own calendar day). */
function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** วันที่ของรายงาน: the date printed under the signatures, today unless the user picks another. */
export function reportDateField(id: string, label = 'วันที่ลงในรายงาน'): Field<string> {
  const input = h('input', { attrs: { id, name: 'reportDate', type: 'date', required: true } });
  input.value = isoDay(new Date());
  const error = errorLine();
  return {
    element: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), input, error),
    read() {
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(input.value);
      showError(error, input, ok ? null : 'กรุณาเลือกวันที่ของรายงาน');
      return ok ? { ok: true, value: input.value } : { ok: false, error: 'กรุณาเลือกวันที่ของรายงาน' };
    },
    onInput: (fn) => input.addEventListener('input', fn),
  };
}
