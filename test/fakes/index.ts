/**
 * In-memory Apps Script services for tests. `createGasEnvironment()` returns the global object to hand
 * to gas-local (`env.load('build/addon')`), plus inspectors to seed and check state and a call
 * counter. See README.md in this folder for the API and the Apps Script behaviours reproduced.
 */
import * as gasLocal from 'gas-local';
import { CacheService, type CacheScope, type CacheStore } from './cache';
import { CallCounter, type Runtime } from './calls';
import { DocumentApp, DocumentStore } from './document';
import { DriveApp, DriveModel } from './drive';
import { MimeType } from './enums';
import { HtmlService } from './html';
import { SpreadsheetInspector } from './inspect-spreadsheet';
import { DocumentsInspector, DriveInspector, LocksInspector, PropertiesInspector, UiInspector } from './inspectors';
import { LockService, type LockModel, type LockScope, newLockModel } from './lock';
import { PropertiesService, type PropertyStores } from './properties';
import { Realm } from './realm';
import { ScriptApp, type ScriptState, Session, type TriggerModel } from './script';
import { SpreadsheetModel } from './sheet-model';
import { SpreadsheetApp } from './spreadsheet';
import { driveAdvancedService } from './drive-advanced';
import { type AuthMode, type ExecutionContext, SCOPE_URL, ScopePolicy } from './scopes';
import { readFileSync } from 'node:fs';
import { Ui, UiState } from './ui';
import { createConsole, Logger, type LogEntry, type LogState, Utilities, type UtilitiesState } from './utilities';

export interface GasEnvironmentOptions {
  /** Default 'Sujarit test'. */
  readonly spreadsheetName?: string;
  /** Default: a generated Drive-like id. */
  readonly spreadsheetId?: string;
  /** Sheets to seed, in order (see SpreadsheetInspector.seedSheet). Default: one empty "Sheet1". */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Spreadsheet and script time zone. Default 'Asia/Bangkok'. */
  readonly timeZone?: string;
  /** Default 'th'. */
  readonly locale?: string;
  /** Session.getActiveUser().getEmail(); '' simulates a user whose email Apps Script withholds. Default 'user@example.com'. */
  readonly userEmail?: string;
  /** Default: userEmail. */
  readonly effectiveUserEmail?: string;
  readonly scriptId?: string;
  /** Title of createAddonMenu() menus. Default 'Sujarit'. */
  readonly addonName?: string;
  /** Where HtmlService finds `<name>.html`. Default 'build/addon'. */
  readonly htmlDir?: string;
  /** Reject writes breaking a "reject input" validation rule, as Sheets does. Default true. */
  readonly enforceValidation?: boolean;
  /** Print Logger/console output of the code under test. Default false. */
  readonly echoLogs?: boolean;
  /** The manifest whose oauthScopes and advanced services apply. Default: the shipped build/addon/appsscript.json. */
  readonly manifestPath?: string;
  /** Overrides the manifest's oauthScopes (full URLs), e.g. to prove a job fails without one. */
  readonly oauthScopes?: readonly string[];
  /** As an installed add-on clock triggers run at most hourly, one per type per document. Default 'bound'. */
  readonly installedAs?: 'addon' | 'bound';
}

/**
 * The Apps Script global object handed to the code under test. Typed with the real Apps Script
 * interfaces so tests read like Apps Script code; the fakes implement a subset (see README.md), and
 * a method they lack fails at run time with "… is not a function".
 */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  MimeType: GoogleAppsScript.Base.MimeType;
  console: ReturnType<typeof createConsole>;
  /** After load(): the script's own top-level functions and variables. */
  [name: string]: unknown;
}

export interface GasEnvironment {
  readonly globals: GasGlobals;
  readonly calls: CallCounter;
  readonly spreadsheet: SpreadsheetInspector;
  readonly ui: UiInspector;
  readonly documents: DocumentsInspector;
  readonly drive: DriveInspector;
  readonly properties: PropertiesInspector;
  readonly locks: LocksInspector;
  readonly triggers: { list(): TriggerModel[] };
  /** The scopes the manifest grants, and those the calls so far needed (see scopes.ts); `grant` replaces the grant and forgets what was used. */
  readonly scopes: { granted(): string[]; used(): string[]; grant(oauthScopes: readonly string[]): void };
  /** The next calls run as in this auth mode (e.g. an add-on's onOpen in 'NONE'). Default 'FULL'. */
  setAuthMode(mode: AuthMode): void;
  /** 'trigger-outside-container': no document lock, no document properties, no active spreadsheet, no UI. */
  setContext(context: ExecutionContext): void;
  readonly logs: { readonly entries: readonly LogEntry[]; messages(): string[] };
  /** Total milliseconds passed to Utilities.sleep (the fake does not wait). */
  sleptMs(): number;
  /** Runs every .js file of `dir` (default 'build/addon') with gas-local in a vm whose global object is `globals`. */
  load(dir?: string): GasGlobals;
  /** Calls a top-level function of the loaded script. */
  call(functionName: string, ...args: unknown[]): unknown;
  /** What Apps Script does when an execution ends: open documents are saved and closed, held locks released. */
  endExecution(): void;
}

export function createGasEnvironment(options: GasEnvironmentOptions = {}): GasEnvironment {
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const locale = options.locale ?? 'th';
  const userEmail = options.userEmail ?? 'user@example.com';
  const globals = {} as GasGlobals;
  const runtime: Runtime = { calls: new CallCounter(), realm: new Realm(globals) };

  const manifest = readManifest(options.manifestPath ?? 'build/addon/appsscript.json');
  const policy = new ScopePolicy(options.oauthScopes ?? manifest.oauthScopes ?? [], options.installedAs ?? 'bound');
  runtime.calls.policy = policy;
  const drive = new DriveModel();
  const documents = new DocumentStore(drive);
  const spreadsheet = newSpreadsheet(options, runtime, drive, { timeZone, locale, userEmail });
  const uiState = new UiState(options.addonName ?? 'Sujarit');
  const ui = new Ui(runtime, uiState);
  const stores: PropertyStores = { document: new Map(), script: new Map(), user: new Map() };
  const locks: Record<LockScope, LockModel> = { document: newLockModel(), script: newLockModel(), user: newLockModel() };
  const caches: Record<CacheScope, CacheStore> = { document: new Map(), script: new Map(), user: new Map() };
  const script: ScriptState = {
    settings: {
      scriptId: options.scriptId ?? drive.newId('Script'), timeZone, locale, userEmail,
      effectiveUserEmail: options.effectiveUserEmail ?? userEmail,
    },
    triggers: [],
    nextTriggerId: 0,
  };
  const logState: LogState = { entries: [], echo: options.echoLogs ?? false };
  const utilities: UtilitiesState = { sleptMs: 0 };

  Object.assign(globals, {
    SpreadsheetApp: new SpreadsheetApp(spreadsheet.model, () => {
      if (!uiState.available) throw runtime.realm.error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    }),
    DocumentApp: new DocumentApp(runtime, documents),
    DriveApp: new DriveApp(runtime, drive),
    HtmlService: new HtmlService(runtime, { htmlDir: options.htmlDir ?? 'build/addon', globals }),
    PropertiesService: new PropertiesService(runtime, stores),
    LockService: new LockService(runtime, locks),
    CacheService: new CacheService(runtime, caches),
    ScriptApp: new ScriptApp(runtime, script),
    Session: new Session(runtime, script.settings),
    Utilities: new Utilities(runtime, utilities),
    Logger: new Logger(runtime, logState),
    MimeType,
    console: createConsole(logState),
  });
  // Apps Script defines an advanced service's global only when the manifest enables it.
  const advanced = manifest.dependencies?.enabledAdvancedServices ?? [];
  if (advanced.some((a) => a.userSymbol === 'Drive' && a.serviceId === 'drive' && a.version === 'v3')) {
    Object.assign(globals, { Drive: driveAdvancedService(runtime, { drive, documents, policy }) });
  }

  return {
    globals,
    calls: runtime.calls,
    spreadsheet: spreadsheet.inspector,
    ui: new UiInspector(uiState),
    documents: new DocumentsInspector(documents),
    drive: new DriveInspector(drive),
    properties: new PropertiesInspector(stores),
    locks: new LocksInspector(locks),
    triggers: { list: () => script.triggers.map((t) => ({ ...t, schedule: { ...t.schedule } })) },
    scopes: { granted: () => [...policy.granted].map((s) => SCOPE_URL + s).sort(), used: () => policy.used(), grant: (scopes) => policy.grant(scopes) },
    setAuthMode(mode) { policy.authMode = mode; },
    setContext(context) {
      policy.context = context;
      uiState.available = context === 'container';
    },
    logs: { entries: logState.entries, messages: () => logState.entries.map((e) => e.message) },
    sleptMs: () => utilities.sleptMs,
    load(dir = 'build/addon') {
      gasLocal.require(dir, globals);
      return globals;
    },
    call(functionName, ...args) {
      const fn = globals[functionName];
      if (typeof fn !== 'function') throw new Error(`The loaded script has no top-level function ${functionName}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    endExecution() {
      documents.endExecution();
      for (const lock of Object.values(locks)) {
        if (lock.held) lock.releases++;
        lock.held = false;
      }
    },
  };
}

/** The active spreadsheet, also registered in Drive (so DriveApp.getFileById(ss.getId()) finds its folder). */
function newSpreadsheet(
  options: GasEnvironmentOptions, runtime: Runtime, drive: DriveModel,
  settings: { timeZone: string; locale: string; userEmail: string },
): { model: SpreadsheetModel; inspector: SpreadsheetInspector } {
  const name = options.spreadsheetName ?? 'Sujarit test';
  const file = drive.addFile(name, MimeType.GOOGLE_SHEETS, new Uint8Array(), drive.root.id, options.spreadsheetId ?? drive.newId('Sheet'));
  const seeds = Object.entries(options.sheets ?? { Sheet1: [] });
  const model = new SpreadsheetModel(
    { runtime, id: file.id, name, enforceValidation: options.enforceValidation ?? true, ...settings },
    seeds[0]?.[0] ?? 'Sheet1',
  );
  const inspector = new SpreadsheetInspector(model);
  for (const [sheetName, values] of seeds) inspector.seedSheet(sheetName, values);
  file.google = {
    exportText: () => model.sheets.map((s) => [s.name, ...inspector.sheet(s.name).displayValues().map((r) => r.join('\t'))].join('\n')).join('\n\n'),
    copyTo: () => {
      throw new Error('Fake limitation: copying the active spreadsheet is not supported.');
    },
  };
  return { model, inspector };
}

export type { CellSnapshot, SheetInspector, SpreadsheetInspector } from './inspect-spreadsheet';
export type { DocumentInspector, DocumentsInspector, DriveInspector, DriveItemSnapshot, MenuItemSnapshot } from './inspectors';
export type { DocumentJson, BlockJson, ParagraphJson, TableJson } from './document-json';
export type { AlertRecord, DialogRecord, MenuRecord, PromptRecord } from './ui';
export type { CallCounter } from './calls';

interface Manifest {
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly { userSymbol: string; serviceId: string; version: string }[] };
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
