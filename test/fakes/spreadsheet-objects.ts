/** Value objects of SpreadsheetApp: data validation, rich text, protections, conditional formats. */
import { type GridRect } from './a1';
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { type CellValue, type LinkRun, type ValidationRule } from './cells';
import { fail, signatureMismatch } from './errors';
import { Range } from './range';
import { importValue } from './realm';
import { User } from './script';
import {
  type BooleanConditionModel, type ConditionalRuleModel, type ProtectionModel, type RuleFormat, type SheetModel,
} from './sheet-model';

// --- Data validation -------------------------------------------------------------------------

interface ValidationDraft {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  listSource?: () => CellValue[];
}

export class DataValidation extends Fake {
  readonly [STATE]: ValidationRule;

  constructor(runtime: Runtime, rule: ValidationRule) {
    super(runtime);
    this[STATE] = rule;
  }

  getCriteriaType(): string { return this[STATE].criteria; }
  getCriteriaValues(): unknown[] { return [...this[STATE].values]; }
  getAllowInvalid(): boolean { return this[STATE].allowInvalid; }
  getHelpText(): string | null { return this[STATE].helpText; }
  copy(): DataValidationBuilder {
    const { criteria, values, allowInvalid, helpText, listSource } = this[STATE];
    return new DataValidationBuilder(this[RUNTIME], { criteria, values: [...values], allowInvalid, helpText, listSource });
  }
}

export class DataValidationBuilder extends Fake {
  readonly [STATE]: ValidationDraft;

  constructor(runtime: Runtime, draft?: ValidationDraft) {
    super(runtime);
    // Apps Script's default for a new rule is "show a warning" (allowInvalid true).
    this[STATE] = draft ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  build(): DataValidation {
    const { criteria, values, allowInvalid, helpText, listSource } = this[STATE];
    if (!criteria) throw fail(this, 'You must specify a criteria type for the data validation rule.');
    return new DataValidation(this[RUNTIME], { criteria, values: [...values], allowInvalid, helpText, listSource });
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this[RUNTIME], { ...this[STATE], values: [...this[STATE].values] });
  }

  getCriteriaType(): string | null { return this[STATE].criteria; }
  getCriteriaValues(): unknown[] { return [...this[STATE].values]; }
  getAllowInvalid(): boolean { return this[STATE].allowInvalid; }
  getHelpText(): string | null { return this[STATE].helpText; }
  setAllowInvalid(allowInvalid: boolean): this { this[STATE].allowInvalid = !!allowInvalid; return this; }
  setHelpText(helpText: string): this { this[STATE].helpText = String(helpText); return this; }
  withCriteria(criteria: string, args: unknown[]): this { return criterion(this, criteria, importValue(args) as unknown[]); }

  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values)) throw signatureMismatch(this, 'SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return criterion(this, 'VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): this {
    if (!(range instanceof Range)) throw signatureMismatch(this, 'SpreadsheetApp.DataValidationBuilder.requireValueInRange', [range]);
    const { sheet, rect } = range[STATE];
    criterion(this, 'VALUE_IN_RANGE', [range, showDropdown]);
    this[STATE].listSource = () => valuesIn(sheet, rect);
    return this;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return criterion(this, 'CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number): this { return criterion(this, 'NUMBER_BETWEEN', [start, end]); }
  requireNumberNotBetween(start: number, end: number): this { return criterion(this, 'NUMBER_NOT_BETWEEN', [start, end]); }
  requireNumberEqualTo(n: number): this { return criterion(this, 'NUMBER_EQUAL_TO', [n]); }
  requireNumberNotEqualTo(n: number): this { return criterion(this, 'NUMBER_NOT_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number): this { return criterion(this, 'NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return criterion(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThan(n: number): this { return criterion(this, 'NUMBER_LESS_THAN', [n]); }
  requireNumberLessThanOrEqualTo(n: number): this { return criterion(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireTextContains(text: string): this { return criterion(this, 'TEXT_CONTAINS', [text]); }
  requireTextDoesNotContain(text: string): this { return criterion(this, 'TEXT_DOES_NOT_CONTAIN', [text]); }
  requireTextEqualTo(text: string): this { return criterion(this, 'TEXT_EQUAL_TO', [text]); }
  requireTextIsEmail(): this { return criterion(this, 'TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): this { return criterion(this, 'TEXT_IS_VALID_URL', []); }
  requireDate(): this { return criterion(this, 'DATE_IS_VALID_DATE', []); }
  requireDateAfter(date: Date): this { return criterion(this, 'DATE_AFTER', [date]); }
  requireDateBefore(date: Date): this { return criterion(this, 'DATE_BEFORE', [date]); }
  requireDateBetween(start: Date, end: Date): this { return criterion(this, 'DATE_BETWEEN', [start, end]); }
  requireDateOnOrAfter(date: Date): this { return criterion(this, 'DATE_ON_OR_AFTER', [date]); }
  requireDateOnOrBefore(date: Date): this { return criterion(this, 'DATE_ON_OR_BEFORE', [date]); }
  requireFormulaSatisfied(formula: string): this { return criterion(this, 'CUSTOM_FORMULA', [formula]); }
}

function criterion<T extends DataValidationBuilder>(builder: T, criteria: string, values: unknown[]): T {
  const draft = builder[STATE];
  draft.criteria = criteria;
  draft.values = values.map((v) => (v instanceof Range ? v : importValue(v)));
  draft.listSource = undefined;
  return builder;
}

function valuesIn(sheet: SheetModel, rect: GridRect): CellValue[] {
  const out: CellValue[] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) out.push(sheet.value(r, c));
  }
  return out;
}

/** The rule model behind a DataValidation argument, or Apps Script's signature error. */
export function ruleOf(fake: Fake, rule: unknown, method: string): ValidationRule {
  if (!(rule instanceof DataValidation)) throw signatureMismatch(fake, method, [rule]);
  return rule[STATE];
}

// --- Rich text -------------------------------------------------------------------------------

interface RichTextDraft {
  text: string;
  links: LinkRun[];
}

export class RichTextValueBuilder extends Fake {
  readonly [STATE]: RichTextDraft = { text: '', links: [] };

  setText(text: string): this {
    this[STATE].text = String(text);
    this[STATE].links = [];
    return this;
  }

  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) links [start, end). */
  setLinkUrl(startOrUrl: number | string | null, end?: number, url?: string | null): this {
    const draft = this[STATE];
    const [start, stop, link] = typeof startOrUrl === 'number'
      ? [startOrUrl, end ?? startOrUrl, url ?? null]
      : [0, draft.text.length, startOrUrl];
    if (start < 0 || stop > draft.text.length || start > stop) {
      throw fail(this, `Index (${stop}) out of range for text of length ${draft.text.length}.`);
    }
    draft.links = draft.links.filter((l) => l.end <= start || l.start >= stop);
    if (link) draft.links.push({ start, end: stop, url: String(link) });
    draft.links.sort((a, b) => a.start - b.start);
    return this;
  }

  build(): RichTextValue {
    return new RichTextValue(this[RUNTIME], this[STATE].text, this[STATE].links);
  }
}

export class RichTextValue extends Fake {
  readonly [STATE]: { readonly text: string; readonly links: readonly LinkRun[]; readonly start: number; readonly end: number };

  constructor(runtime: Runtime, text: string, links: readonly LinkRun[], start = 0, end = text.length) {
    super(runtime);
    this[STATE] = { text, links: links.map((l) => ({ ...l })), start, end };
  }

  getText(): string {
    const { text, start, end } = this[STATE];
    return text.slice(start, end);
  }

  getStartIndex(): number { return this[STATE].start; }
  getEndIndex(): number { return this[STATE].end; }

  /** The link over [start, end) (default: this value's whole span), or null if none or several. */
  getLinkUrl(start?: number, end?: number): string | null {
    const state = this[STATE];
    const from = start ?? state.start;
    const to = end ?? state.end;
    const covering = state.links.find((l) => l.start <= from && l.end >= to);
    return covering ? covering.url : null;
  }

  /** Runs split at link boundaries. */
  getRuns(): RichTextValue[] {
    const { text, links, start, end } = this[STATE];
    const cuts = new Set([start, end]);
    for (const l of links) for (const i of [l.start, l.end]) if (i > start && i < end) cuts.add(i);
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted.slice(0, -1).map((from, i) => new RichTextValue(this[RUNTIME], text, links, from, sorted[i + 1]));
  }

  copy(): RichTextValueBuilder {
    const builder = new RichTextValueBuilder(this[RUNTIME]);
    builder[STATE].text = this[STATE].text;
    builder[STATE].links = this[STATE].links.map((l) => ({ ...l }));
    return builder;
  }
}

/** Text and links of a RichTextValue argument, or Apps Script's signature error. */
export function textAndLinksOf(fake: Fake, value: unknown): RichTextDraft {
  if (!(value instanceof RichTextValue)) throw signatureMismatch(fake, 'SpreadsheetApp.Range.setRichTextValue', [value]);
  const { text, links } = value[STATE];
  return { text, links: links.map((l) => ({ ...l })) };
}

// --- Protection ------------------------------------------------------------------------------

export class Protection extends Fake {
  readonly [STATE]: ProtectionModel;

  constructor(model: ProtectionModel) {
    super(model.sheet.spreadsheet.settings.runtime);
    this[STATE] = model;
  }

  getProtectionType(): string { return this[STATE].type; }
  getDescription(): string { return this[STATE].description; }
  setDescription(description: string): this { this[STATE].description = String(description); return this; }
  isWarningOnly(): boolean { return this[STATE].warningOnly; }
  setWarningOnly(warningOnly: boolean): this { this[STATE].warningOnly = !!warningOnly; return this; }
  canDomainEdit(): boolean { return this[STATE].domainEdit; }
  setDomainEdit(editable: boolean): this { this[STATE].domainEdit = !!editable; return this; }
  /** The script runs as the spreadsheet's owner, who can always edit. */
  canEdit(): boolean { return true; }

  getRange(): Range {
    const { sheet, rect } = this[STATE];
    return new Range(sheet, rect ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns });
  }

  setRange(range: Range): this {
    if (this[STATE].type !== 'RANGE') throw fail(this, 'A sheet protection cannot change its range.');
    this[STATE].rect = { ...range[STATE].rect };
    return this;
  }

  getEditors(): User[] {
    return [...this[STATE].editors].map((email) => new User(this[RUNTIME], email));
  }

  addEditor(emailOrUser: string | User): this { return this.addEditors([emailOrUser]); }
  addEditors(emails: (string | User)[]): this {
    for (const e of emails) this[STATE].editors.add(emailOf(e));
    return this;
  }

  removeEditor(emailOrUser: string | User): this { return this.removeEditors([emailOrUser]); }
  /** The owner cannot be removed, as in Sheets. */
  removeEditors(emails: (string | User)[]): this {
    const owner = this[STATE].sheet.spreadsheet.settings.userEmail;
    for (const e of emails) if (emailOf(e) !== owner) this[STATE].editors.delete(emailOf(e));
    return this;
  }

  getUnprotectedRanges(): Range[] {
    const { sheet, unprotected } = this[STATE];
    return unprotected.map((rect) => new Range(sheet, rect));
  }

  setUnprotectedRanges(ranges: Range[]): this {
    if (this[STATE].type !== 'SHEET') throw fail(this, 'Unprotected ranges can only be set on a sheet protection.');
    this[STATE].unprotected = ranges.map((r) => ({ ...r[STATE].rect }));
    return this;
  }

  remove(): void {
    const { sheet } = this[STATE];
    const i = sheet.protections.indexOf(this[STATE]);
    if (i >= 0) sheet.protections.splice(i, 1);
  }
}

function emailOf(e: string | User): string {
  return e instanceof User ? e[STATE] : String(e);
}

// --- Conditional formatting ------------------------------------------------------------------

interface RuleDraft {
  condition: BooleanConditionModel | null;
  format: RuleFormat;
  ranges: Range[];
}

export class ConditionalFormatRuleBuilder extends Fake {
  readonly [STATE]: RuleDraft;

  constructor(runtime: Runtime, draft?: RuleDraft) {
    super(runtime);
    this[STATE] = draft ?? { condition: null, format: {}, ranges: [] };
  }

  build(): ConditionalFormatRule {
    const { condition, format, ranges } = this[STATE];
    return new ConditionalFormatRule(this[RUNTIME], {
      condition, format: { ...format }, ranges: ranges.map((r) => ({ sheet: r[STATE].sheet, rect: { ...r[STATE].rect } })),
    });
  }

  copy(): ConditionalFormatRuleBuilder {
    const { condition, format, ranges } = this[STATE];
    return new ConditionalFormatRuleBuilder(this[RUNTIME], { condition, format: { ...format }, ranges: [...ranges] });
  }

  getRanges(): Range[] { return [...this[STATE].ranges]; }
  getBooleanCondition(): BooleanCondition | null { return booleanConditionOf(this, this[STATE]); }
  setRanges(ranges: Range[]): this { this[STATE].ranges = [...ranges]; return this; }
  setBackground(color: string | null): this { this[STATE].format.background = color; return this; }
  setFontColor(color: string | null): this { this[STATE].format.fontColor = color; return this; }
  setBold(bold: boolean | null): this { this[STATE].format.bold = bold; return this; }
  setItalic(italic: boolean | null): this { this[STATE].format.italic = italic; return this; }
  setUnderline(underline: boolean | null): this { this[STATE].format.underline = underline; return this; }
  setStrikethrough(strikethrough: boolean | null): this { this[STATE].format.strikethrough = strikethrough; return this; }
  whenCellEmpty(): this { return when(this, 'CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return when(this, 'CELL_NOT_EMPTY', []); }
  whenFormulaSatisfied(formula: string): this { return when(this, 'CUSTOM_FORMULA', [formula]); }
  whenNumberBetween(start: number, end: number): this { return when(this, 'NUMBER_BETWEEN', [start, end]); }
  whenNumberNotBetween(start: number, end: number): this { return when(this, 'NUMBER_NOT_BETWEEN', [start, end]); }
  whenNumberEqualTo(n: number): this { return when(this, 'NUMBER_EQUAL_TO', [n]); }
  whenNumberNotEqualTo(n: number): this { return when(this, 'NUMBER_NOT_EQUAL_TO', [n]); }
  whenNumberGreaterThan(n: number): this { return when(this, 'NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number): this { return when(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number): this { return when(this, 'NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number): this { return when(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenTextContains(text: string): this { return when(this, 'TEXT_CONTAINS', [text]); }
  whenTextDoesNotContain(text: string): this { return when(this, 'TEXT_DOES_NOT_CONTAIN', [text]); }
  whenTextEqualTo(text: string): this { return when(this, 'TEXT_EQUAL_TO', [text]); }
  whenTextStartsWith(text: string): this { return when(this, 'TEXT_STARTS_WITH', [text]); }
  whenTextEndsWith(text: string): this { return when(this, 'TEXT_ENDS_WITH', [text]); }
}

function when<T extends ConditionalFormatRuleBuilder>(builder: T, type: string, values: unknown[]): T {
  builder[STATE].condition = { type, values: importValue(values) as unknown[] };
  return builder;
}

export class ConditionalFormatRule extends Fake {
  readonly [STATE]: ConditionalRuleModel;

  constructor(runtime: Runtime, model: ConditionalRuleModel) {
    super(runtime);
    this[STATE] = model;
  }

  getRanges(): Range[] { return this[STATE].ranges.map((r) => new Range(r.sheet, r.rect)); }
  getBooleanCondition(): BooleanCondition | null { return booleanConditionOf(this, this[STATE]); }
  getGradientCondition(): null { return null; }

  copy(): ConditionalFormatRuleBuilder {
    const { condition, format } = this[STATE];
    return new ConditionalFormatRuleBuilder(this[RUNTIME], {
      condition, format: { ...format }, ranges: this.getRanges(),
    });
  }
}

export class BooleanCondition extends Fake {
  readonly [STATE]: { readonly condition: BooleanConditionModel; readonly format: RuleFormat };

  constructor(runtime: Runtime, condition: BooleanConditionModel, format: RuleFormat) {
    super(runtime);
    this[STATE] = { condition, format };
  }

  getCriteriaType(): string { return this[STATE].condition.type; }
  getCriteriaValues(): unknown[] { return [...this[STATE].condition.values]; }
  getBackground(): string | null { return this[STATE].format.background ?? null; }
  getFontColor(): string | null { return this[STATE].format.fontColor ?? null; }
  getBold(): boolean | null { return this[STATE].format.bold ?? null; }
  getItalic(): boolean | null { return this[STATE].format.italic ?? null; }
  getUnderline(): boolean | null { return this[STATE].format.underline ?? null; }
  getStrikethrough(): boolean | null { return this[STATE].format.strikethrough ?? null; }
}

function booleanConditionOf(
  fake: Fake, source: { condition: BooleanConditionModel | null; format: RuleFormat },
): BooleanCondition | null {
  return source.condition ? new BooleanCondition(fake[RUNTIME], source.condition, source.format) : null;
}

/** A copy of a built rule's model for Sheet.setConditionalFormatRules, or Apps Script's signature error. */
export function conditionalRuleOf(fake: Fake, rule: unknown): ConditionalRuleModel {
  if (!(rule instanceof ConditionalFormatRule)) {
    throw signatureMismatch(fake, 'SpreadsheetApp.Sheet.setConditionalFormatRules', [rule]);
  }
  const { condition, format, ranges } = rule[STATE];
  return { condition, format: { ...format }, ranges: ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })) };
}

instrument(DataValidation, 'DataValidation');
instrument(DataValidationBuilder, 'DataValidationBuilder');
instrument(RichTextValueBuilder, 'RichTextValueBuilder');
instrument(RichTextValue, 'RichTextValue');
instrument(Protection, 'Protection');
instrument(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
instrument(ConditionalFormatRule, 'ConditionalFormatRule');
instrument(BooleanCondition, 'BooleanCondition');
