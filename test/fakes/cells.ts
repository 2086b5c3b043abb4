/** One spreadsheet cell: what it holds, how writes are interpreted, how it displays. */
import { formatDate, sheetsDatePattern, zonedMidnight } from './dates';
import { isDate } from './realm';

/** What getValues returns: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

export interface CellFormat {
  background: string;
  fontColor: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  fontLine: string;
  numberFormat: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapStrategy: string;
}

/** Defaults of a new Google Sheets cell, as Apps Script reports them. */
export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  background: '#ffffff',
  fontColor: '#000000',
  fontFamily: 'Arial',
  fontSize: 10,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  numberFormat: '0.###############',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
});

export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface ValidationRule {
  readonly criteria: string;
  /** As getCriteriaValues returns them (e.g. `[['a', 'b'], true]` for VALUE_IN_LIST). */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
  /** For VALUE_IN_RANGE: reads the allowed values when a write is checked. */
  readonly listSource?: () => CellValue[];
}

export interface Cell {
  value: CellValue;
  formula: string;
  note: string;
  format: CellFormat;
  validation: ValidationRule | null;
  /** Hyperlinks set through setRichTextValue; cleared by any other write. */
  links: LinkRun[];
}

export function newCell(): Cell {
  return { value: '', formula: '', note: '', format: { ...DEFAULT_FORMAT }, validation: null, links: [] };
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || cell.formula !== '');
}

export type CellInput = { formula: string } | { value: CellValue };

/**
 * Interprets a written value the way Sheets interprets typed input (setValue/setValues are
 * "user entered"): "=…" is a formula, numeric/boolean/ISO-date text becomes a number/boolean/date,
 * a leading apostrophe forces text, and a cell formatted as plain text ("@") keeps strings as they are.
 */
export function interpretInput(raw: unknown, numberFormat: string, timeZone: string): CellInput {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return { value: new Date(raw.getTime()) };
  const text = String(raw);
  if (numberFormat === '@') return { value: text };
  if (text.length > 1 && text.startsWith('=')) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  return { value: parseTyped(text, timeZone) };
}

function parseTyped(text: string, timeZone: string): CellValue {
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return zonedMidnight(year, month, day, timeZone);
  }
  return text;
}

/** getDisplayValues: a modest rendering of the number format (grouping, decimals, %, dates). */
export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell || cell.value === '') return '';
  const { value } = cell;
  const format = cell.format.numberFormat;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const pattern = /[yd]/i.test(format) ? sheetsDatePattern(format) : 'M/d/yyyy';
    return formatDate(value, timeZone, pattern);
  }
  if (typeof value === 'number') return formatNumber(value, format);
  return value;
}

function formatNumber(value: number, format: string): string {
  if (format === '@' || format === DEFAULT_FORMAT.numberFormat || format === '') return String(value);
  const section = format.split(';')[0];
  const match = /[#0,.%]*[#0][#0,.%]*/.exec(section);
  if (!match) return String(value);
  const pattern = match[0];
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(section.slice(0, match.index));
  const suffix = literal(section.slice(match.index + pattern.length));
  const percent = pattern.includes('%') || suffix.includes('%');
  const decimals = pattern.includes('.') ? pattern.split('.')[1].replace(/[^#0]/g, '') : '';
  const shown = percent ? value * 100 : value;
  let text = shown.toFixed(decimals.length);
  const minDecimals = decimals.replace(/#+$/, '').length;
  if (decimals.length > minDecimals) text = text.replace(new RegExp(`0{1,${decimals.length - minDecimals}}$`), '').replace(/\.$/, '');
  if (pattern.includes(',')) {
    const [whole, fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
  }
  return `${prefix}${text}${pattern.includes('%') ? '%' : ''}${suffix}`;
}

/** Whether `value` passes a validation rule; criteria the fake cannot evaluate are accepted. */
export function passesValidation(rule: ValidationRule, value: CellValue): boolean {
  if (value === '') return true;
  const [a, b] = rule.values;
  const num = typeof value === 'number' ? value : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.some((allowed) => String(allowed) === displayable(value));
    case 'VALUE_IN_RANGE':
      return (rule.listSource?.() ?? []).some((allowed) => displayable(allowed) === displayable(value));
    case 'CHECKBOX':
      return a === undefined ? typeof value === 'boolean' : value === a || value === b;
    case 'NUMBER_BETWEEN': return num >= Number(a) && num <= Number(b);
    case 'NUMBER_NOT_BETWEEN': return num < Number(a) || num > Number(b);
    case 'NUMBER_EQUAL_TO': return num === Number(a);
    case 'NUMBER_NOT_EQUAL_TO': return !Number.isNaN(num) && num !== Number(a);
    case 'NUMBER_GREATER_THAN': return num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return num >= Number(a);
    case 'NUMBER_LESS_THAN': return num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return num <= Number(a);
    case 'TEXT_CONTAINS': return displayable(value).includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN': return !displayable(value).includes(String(a));
    case 'TEXT_EQUAL_TO': return displayable(value) === String(a);
    case 'TEXT_IS_VALID_EMAIL': return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(displayable(value));
    case 'TEXT_IS_VALID_URL': return /^(https?|ftp):\/\/\S+$/i.test(displayable(value));
    case 'DATE_IS_VALID_DATE': return isDate(value);
    default: return true;
  }
}

function displayable(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isDate(value) ? value.toISOString() : String(value);
}
