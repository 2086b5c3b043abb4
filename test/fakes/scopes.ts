/**
 * Which OAuth scopes allow each Apps Script call the fakes offer, as data, and the policy that
 * enforces them against a manifest. Real Apps Script refuses a call whose scope the manifest does
 * not list; a fake that grants everything lets a green test ship an add-on that fails on first use.
 *
 * Sources (the "Authorization" section of each method in the Apps Script reference,
 * developers.google.com/apps-script/reference/…):
 * - spreadsheet/*: spreadsheets.currentonly or spreadsheets; openById/openByUrl need spreadsheets.
 * - document/*: documents; DocumentApp.getActiveDocument also documents.currentonly.
 * - drive/* (DriveApp, Folder, File, iterators): drive; methods that only read also drive.readonly.
 *   Not drive.file: DriveApp is documented for the full scopes only.
 * - Drive advanced service v3 (developers.google.com/drive/api/reference/rest/v3/files/…):
 *   files.create and files.update accept drive.file or drive; files.get and files.list also
 *   drive.readonly. Under drive.file only files the app created or the person picked are visible.
 * - base/ui: alert, prompt, showSidebar, showModalDialog, showModelessDialog need
 *   script.container.ui; building menus needs no scope (it works in AuthMode.NONE).
 * - script/script-app: newTrigger, getProjectTriggers, getUserTriggers, deleteTrigger and the
 *   trigger builders need script.scriptapp.
 * - base/user getEmail: userinfo.email. Properties, Lock, Cache, Utilities, Logger, Blob, HtmlService,
 *   Session.getTemporaryActiveUserKey / getScriptTimeZone: no scope.
 */

export const SCOPE_URL = 'https://www.googleapis.com/auth/';

type Rule = readonly string[]; // short scope names; [] = no scope needed

const SHEETS: Rule = ['spreadsheets.currentonly', 'spreadsheets'];
const DOCS: Rule = ['documents'];
const DRIVE: Rule = ['drive'];
const DRIVE_READ: Rule = ['drive', 'drive.readonly'];
const UI: Rule = ['script.container.ui'];
const TRIGGERS: Rule = ['script.scriptapp'];
const NONE: Rule = [];

const BY_CLASS: Readonly<Record<string, Rule>> = {
  SpreadsheetApp: SHEETS, Spreadsheet: SHEETS, Sheet: SHEETS, Range: SHEETS, DataValidation: SHEETS,
  DataValidationBuilder: SHEETS, BooleanCondition: SHEETS, ConditionalFormatRule: SHEETS,
  ConditionalFormatRuleBuilder: SHEETS, Protection: SHEETS, RichTextValue: SHEETS, RichTextValueBuilder: SHEETS,
  DocumentApp: DOCS, Document: DOCS, Element: DOCS, Container: DOCS, Section: DOCS, Body: DOCS, HeaderSection: DOCS,
  FooterSection: DOCS, TableCell: DOCS, ParagraphBase: DOCS, Paragraph: DOCS, ListItem: DOCS, Table: DOCS,
  TableRow: DOCS, PageBreak: DOCS, HorizontalRule: DOCS, InlineImage: DOCS, Text: DOCS, RangeElement: DOCS,
  DriveApp: DRIVE, Folder: DRIVE, File: DRIVE, FileIterator: DRIVE_READ, FolderIterator: DRIVE_READ,
  'Drive.Files': ['drive.file', 'drive'],
  Ui: NONE, Menu: NONE, PromptResponse: NONE,
  HtmlService: NONE, HtmlOutput: NONE, HtmlTemplate: NONE,
  ScriptApp: NONE, TriggerBuilder: TRIGGERS, ClockTriggerBuilder: TRIGGERS, SpreadsheetTriggerBuilder: TRIGGERS, Trigger: TRIGGERS,
  Session: NONE, User: NONE,
  PropertiesService: NONE, Properties: NONE, LockService: NONE, Lock: NONE, CacheService: NONE, Cache: NONE,
  Utilities: NONE, Logger: NONE, Blob: NONE,
};

const BY_METHOD: Readonly<Record<string, Rule>> = {
  'SpreadsheetApp.openById': ['spreadsheets'], 'SpreadsheetApp.openByUrl': ['spreadsheets'],
  'SpreadsheetApp.getUi': NONE,
  'DocumentApp.getActiveDocument': ['documents.currentonly', 'documents'],
  'Drive.Files.get': ['drive.file', 'drive', 'drive.readonly'], 'Drive.Files.list': ['drive.file', 'drive', 'drive.readonly'],
  'Ui.alert': UI, 'Ui.prompt': UI, 'Ui.showSidebar': UI, 'Ui.showModalDialog': UI, 'Ui.showModelessDialog': UI,
  'ScriptApp.newTrigger': TRIGGERS, 'ScriptApp.getProjectTriggers': TRIGGERS, 'ScriptApp.getUserTriggers': TRIGGERS,
  'ScriptApp.deleteTrigger': TRIGGERS,
  'User.getEmail': ['userinfo.email'],
};

/** The scopes that allow `Class.method`; throws when the table has no entry (add one, with its source). */
export function scopesFor(method: string): Rule {
  if (method in BY_METHOD) return BY_METHOD[method];
  const cls = method.slice(0, method.lastIndexOf('.'));
  if (/^(DriveApp|Folder|File)$/.test(cls) && /\.(get|has|is|next)[A-Z]?\w*$/.test(method)) return DRIVE_READ;
  const rule = BY_CLASS[cls];
  if (!rule) throw new Error(`Fake scope table has no entry for ${method}: add it to test/fakes/scopes.ts with its source`);
  return rule;
}

/** In AuthMode.NONE (an add-on's onOpen before it is used in the file) only menus can be built. */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.createMenu|Ui\.createAddonMenu|Menu\.\w+)$/;

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';
/** Where the code runs: in the spreadsheet, or in a trigger with no container (no document lock or properties). */
export type ExecutionContext = 'container' | 'trigger-outside-container';

export class ScopePolicy {
  granted: ReadonlySet<string>;
  private readonly usedScopes = new Set<string>();
  authMode: AuthMode = 'FULL';
  context: ExecutionContext = 'container';

  constructor(oauthScopes: readonly string[], readonly installedAs: 'addon' | 'bound') {
    this.granted = new Set();
    this.grant(oauthScopes);
  }

  /** From now on only these scopes are granted; what was used so far is forgotten. */
  grant(oauthScopes: readonly string[]): void {
    this.granted = new Set(oauthScopes.map((s) => s.replace(SCOPE_URL, '')));
    this.usedScopes.clear();
  }

  /** Throws Apps Script's error when no granted scope allows the call; records the scope that did. */
  check(method: string, error: (message: string) => Error): void {
    if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.test(method)) {
      throw error(`You do not have permission to call ${method}. This method is not available in AuthMode.NONE.`);
    }
    const rule = scopesFor(method);
    if (rule.length === 0) return;
    const scope = rule.find((s) => this.granted.has(s));
    if (!scope) {
      if (method.startsWith('Drive.')) {
        throw error(`GoogleJsonResponseException: API call to drive.files.${method.split('.').pop()} failed with error: Request had insufficient authentication scopes.`);
      }
      throw error(`You do not have permission to call ${method}. Required permissions: ${rule.map((s) => SCOPE_URL + s).join(' || ')}`);
    }
    this.usedScopes.add(SCOPE_URL + scope);
  }

  /** Whether the full Drive scopes are granted (then the advanced service sees every file). */
  seesAllOfDrive(): boolean {
    return this.granted.has('drive') || this.granted.has('drive.readonly');
  }

  used(): string[] {
    return [...this.usedScopes].sort();
  }
}

/** Every scope the table knows: for the fakes' own tests of services the add-on must not use (DriveApp…). */
export const ALL_SCOPES: readonly string[] = [
  'spreadsheets', 'documents', 'drive', 'script.container.ui', 'script.scriptapp', 'userinfo.email',
].map((s) => SCOPE_URL + s);
