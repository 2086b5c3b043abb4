/** ScriptApp (installable triggers), Session and User. */
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';
import { fail, isInteger, signatureMismatch } from './errors';
import { importValue } from './realm';

/** Apps Script allows 20 triggers per user per script. */
const MAX_TRIGGERS = 20;
const MINUTE_INTERVALS = [1, 5, 10, 15, 30];

export interface TriggerModel {
  readonly id: string;
  readonly handler: string;
  readonly eventType: string;
  readonly source: string;
  readonly sourceId: string | null;
  /** Clock triggers: what the builder was told (e.g. `{ after: 60000 }`, `{ everyMinutes: 5 }`). */
  readonly schedule: Readonly<Record<string, unknown>>;
}

export interface ScriptSettings {
  readonly scriptId: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly userEmail: string;
  readonly effectiveUserEmail: string;
}

export interface ScriptState {
  readonly settings: ScriptSettings;
  readonly triggers: TriggerModel[];
  nextTriggerId: number;
}

export class ScriptApp extends Fake {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly [STATE]: ScriptState;

  constructor(runtime: Runtime, state: ScriptState) {
    super(runtime);
    this[STATE] = state;
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw signatureMismatch(this, 'ScriptApp.newTrigger', [functionName]);
    return new TriggerBuilder(this[RUNTIME], this[STATE], functionName);
  }

  getProjectTriggers(): Trigger[] { return this[STATE].triggers.map((t) => new Trigger(this[RUNTIME], t)); }

  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) throw signatureMismatch(this, 'ScriptApp.deleteTrigger', [trigger]);
    const triggers = this[STATE].triggers;
    const i = triggers.findIndex((t) => t.id === trigger[STATE].id);
    if (i >= 0) triggers.splice(i, 1);
  }

  getScriptId(): string { return this[STATE].settings.scriptId; }
  getOAuthToken(): string { return 'fake-oauth-token'; }
}

export class TriggerBuilder extends Fake {
  readonly [STATE]: { readonly script: ScriptState; readonly handler: string };

  constructor(runtime: Runtime, script: ScriptState, handler: string) {
    super(runtime);
    this[STATE] = { script, handler };
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this[RUNTIME], this[STATE].script, this[STATE].handler);
  }

  forSpreadsheet(spreadsheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new SpreadsheetTriggerBuilder(this[RUNTIME], this[STATE].script, this[STATE].handler, id);
  }
}

export class ClockTriggerBuilder extends Fake {
  readonly [STATE]: { readonly script: ScriptState; readonly handler: string; readonly schedule: Record<string, unknown> };

  constructor(runtime: Runtime, script: ScriptState, handler: string) {
    super(runtime);
    this[STATE] = { script, handler, schedule: {} };
  }

  after(durationMilliseconds: number): ClockTriggerBuilder { return schedule(this, 'after', durationMilliseconds, isNonNegative); }
  at(instant: Date): ClockTriggerBuilder { return schedule(this, 'at', importValue(instant), () => true); }
  atDate(year: number, month: number, day: number): ClockTriggerBuilder { return schedule(this, 'atDate', [year, month, day], () => true); }
  atHour(hour: number): ClockTriggerBuilder { return schedule(this, 'atHour', hour, (h) => isInteger(h) && h >= 0 && h < 24); }
  nearMinute(minute: number): ClockTriggerBuilder { return schedule(this, 'nearMinute', minute, (m) => isInteger(m) && m >= 0 && m < 60); }
  everyMinutes(n: number): ClockTriggerBuilder { return schedule(this, 'everyMinutes', n, (v) => MINUTE_INTERVALS.includes(v as number)); }
  everyHours(n: number): ClockTriggerBuilder { return schedule(this, 'everyHours', n, (v) => isInteger(v) && v >= 1); }
  everyDays(n: number): ClockTriggerBuilder { return schedule(this, 'everyDays', n, (v) => isInteger(v) && v >= 1); }
  everyWeeks(n: number): ClockTriggerBuilder { return schedule(this, 'everyWeeks', n, (v) => isInteger(v) && v >= 1); }
  onMonthDay(day: number): ClockTriggerBuilder { return schedule(this, 'onMonthDay', day, (d) => isInteger(d) && d >= 1 && d <= 31); }
  onWeekDay(day: string): ClockTriggerBuilder { return schedule(this, 'onWeekDay', day, (d) => typeof d === 'string' && d in WeekDay); }
  inTimezone(timezone: string): ClockTriggerBuilder { return schedule(this, 'inTimezone', timezone, (t) => typeof t === 'string'); }

  create(): Trigger {
    const { script, handler, schedule: when } = this[STATE];
    if (!['after', 'at', 'atDate', 'everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'onMonthDay', 'onWeekDay'].some((k) => k in when)) {
      throw fail(this, 'The clock trigger has no schedule: call after(), at(), everyMinutes()… before create().');
    }
    if (this[RUNTIME].calls.policy?.installedAs === 'addon') addonClockLimits(this, script, when);
    return addTrigger(this, script, { handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...when } });
  }
}

export class SpreadsheetTriggerBuilder extends Fake {
  readonly [STATE]: { readonly script: ScriptState; readonly handler: string; readonly sourceId: string; eventType: string | null };

  constructor(runtime: Runtime, script: ScriptState, handler: string, sourceId: string) {
    super(runtime);
    this[STATE] = { script, handler, sourceId, eventType: null };
  }

  onOpen(): SpreadsheetTriggerBuilder { this[STATE].eventType = 'ON_OPEN'; return this; }
  onEdit(): SpreadsheetTriggerBuilder { this[STATE].eventType = 'ON_EDIT'; return this; }
  onChange(): SpreadsheetTriggerBuilder { this[STATE].eventType = 'ON_CHANGE'; return this; }
  onFormSubmit(): SpreadsheetTriggerBuilder { this[STATE].eventType = 'ON_FORM_SUBMIT'; return this; }

  create(): Trigger {
    const { script, handler, sourceId, eventType } = this[STATE];
    if (!eventType) throw fail(this, 'The spreadsheet trigger has no event: call onOpen(), onEdit()… before create().');
    return addTrigger(this, script, { handler, eventType, source: 'SPREADSHEETS', sourceId, schedule: {} });
  }
}

export class Trigger extends Fake {
  readonly [STATE]: TriggerModel;

  constructor(runtime: Runtime, model: TriggerModel) {
    super(runtime);
    this[STATE] = model;
  }

  getUniqueId(): string { return this[STATE].id; }
  getHandlerFunction(): string { return this[STATE].handler; }
  getEventType(): string { return this[STATE].eventType; }
  getTriggerSource(): string { return this[STATE].source; }
  getTriggerSourceId(): string | null { return this[STATE].sourceId; }
}

export class Session extends Fake {
  readonly [STATE]: ScriptSettings;

  constructor(runtime: Runtime, settings: ScriptSettings) {
    super(runtime);
    this[STATE] = settings;
  }

  getActiveUser(): User { return new User(this[RUNTIME], this[STATE].userEmail); }
  getEffectiveUser(): User { return new User(this[RUNTIME], this[STATE].effectiveUserEmail); }
  getActiveUserLocale(): string { return this[STATE].locale; }
  getScriptTimeZone(): string { return this[STATE].timeZone; }
  getTemporaryActiveUserKey(): string { return `temp-key-${this[STATE].userEmail || 'anonymous'}`; }
}

export class User extends Fake {
  readonly [STATE]: string;

  constructor(runtime: Runtime, email: string) {
    super(runtime);
    this[STATE] = email;
  }

  getEmail(): string { return this[STATE]; }
}

instrument(ScriptApp, 'ScriptApp');
instrument(TriggerBuilder, 'TriggerBuilder');
instrument(ClockTriggerBuilder, 'ClockTriggerBuilder');
instrument(SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');
instrument(Trigger, 'Trigger');
instrument(Session, 'Session');
instrument(User, 'User');

function isNonNegative(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function schedule(builder: ClockTriggerBuilder, key: string, value: unknown, valid: (v: unknown) => boolean): ClockTriggerBuilder {
  if (!valid(value)) throw signatureMismatch(builder, `ClockTriggerBuilder.${key}`, [value]);
  builder[STATE].schedule[key] = value;
  return builder;
}

function addTrigger(fake: Fake, script: ScriptState, trigger: Omit<TriggerModel, 'id'>): Trigger {
  if (script.triggers.length >= MAX_TRIGGERS) {
    throw fail(fake, 'This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  const model = { id: String(++script.nextTriggerId), ...trigger };
  script.triggers.push(model);
  return new Trigger(fake[RUNTIME], model);
}

/**
 * Editor add-ons may run a time-driven trigger at most once an hour, and have at most one trigger
 * of each type per user per document (Apps Script reference, "Add-on triggers" restrictions).
 */
function addonClockLimits(fake: Fake, script: ScriptState, when: Record<string, unknown>): void {
  const HOUR = 3_600_000;
  if ('everyMinutes' in when || (typeof when.after === 'number' && when.after < HOUR)) {
    throw fail(fake, 'Add-ons may not create time-based triggers that run more often than once per hour.');
  }
  if (script.triggers.some((t) => t.eventType === 'CLOCK')) {
    throw fail(fake, 'This add-on already has a time-based trigger for this document (one per type per user per document).');
  }
}
