/** Ui, Menu and PromptResponse, recording everything shown and answering dialogs from a script. */
import { Fake, instrument, RUNTIME, type Runtime, STATE } from './calls';
import { Button, type ButtonName, ButtonSet, type ButtonSetName } from './enums';
import { signatureMismatch } from './errors';
import { HtmlOutput } from './html';

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly title: string;
  /** Created with createAddonMenu (shown under Extensions). */
  readonly addon: boolean;
  readonly entries: MenuEntry[];
}

export interface AlertRecord {
  readonly title: string | null;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly response: ButtonName;
}

export interface PromptRecord {
  readonly title: string | null;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly response: { readonly text: string; readonly button: ButtonName };
}

export interface DialogRecord {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly html: string;
  readonly width: number | null;
  readonly height: number | null;
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** What the Ui fake records and the answers tests script for it. */
export class UiState {
  /** False simulates a trigger context, where SpreadsheetApp.getUi() throws. */
  available = true;
  /** Menus added with addToUi(), in order. */
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alertAnswers: ButtonName[] = [];
  readonly promptAnswers: { text: string; button: ButtonName }[] = [];

  constructor(readonly addonName: string) {}
}

export class Ui extends Fake {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly [STATE]: UiState;

  constructor(runtime: Runtime, state: UiState) {
    super(runtime);
    this[STATE] = state;
  }

  createMenu(caption: string): Menu {
    return new Menu(this[RUNTIME], this[STATE], { title: String(caption), addon: false, entries: [] });
  }

  createAddonMenu(): Menu {
    return new Menu(this[RUNTIME], this[STATE], { title: this[STATE].addonName, addon: true, entries: [] });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers come from the script (default: first button). */
  alert(...args: unknown[]): ButtonName {
    const { title, prompt, buttons } = dialogArgs(this, 'alert', args);
    const response = nextAnswer(this[STATE].alertAnswers.shift(), buttons, 'alert') ?? BUTTONS_OF[buttons][0];
    this[STATE].alerts.push({ title, prompt, buttons, response });
    return response;
  }

  prompt(...args: unknown[]): PromptResponse {
    const { title, prompt, buttons } = dialogArgs(this, 'prompt', args);
    const answer = this[STATE].promptAnswers.shift();
    const button = nextAnswer(answer?.button, buttons, 'prompt') ?? BUTTONS_OF[buttons][0];
    const response = { text: answer?.text ?? '', button };
    this[STATE].prompts.push({ title, prompt, buttons, response });
    return new PromptResponse(this[RUNTIME], response.text, response.button);
  }

  showSidebar(userInterface: HtmlOutput): void { show(this, 'showSidebar', userInterface); }
  showModalDialog(userInterface: HtmlOutput, title: string): void { show(this, 'showModalDialog', userInterface, title); }
  showModelessDialog(userInterface: HtmlOutput, title: string): void { show(this, 'showModelessDialog', userInterface, title); }
}

export class Menu extends Fake {
  readonly [STATE]: { readonly ui: UiState; readonly record: MenuRecord };

  constructor(runtime: Runtime, ui: UiState, record: MenuRecord) {
    super(runtime);
    this[STATE] = { ui, record };
  }

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureMismatch(this, 'Menu.addItem', [caption, functionName]);
    }
    this[STATE].record.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this[STATE].record.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof Menu)) throw signatureMismatch(this, 'Menu.addSubMenu', [menu]);
    this[STATE].record.entries.push({ kind: 'submenu', menu: menu[STATE].record });
    return this;
  }

  addToUi(): void {
    this[STATE].ui.menus.push(this[STATE].record);
  }
}

export class PromptResponse extends Fake {
  readonly [STATE]: { readonly text: string; readonly button: ButtonName };

  constructor(runtime: Runtime, text: string, button: ButtonName) {
    super(runtime);
    this[STATE] = { text, button };
  }

  getResponseText(): string { return this[STATE].text; }
  getSelectedButton(): ButtonName { return this[STATE].button; }
}

instrument(Ui, 'Ui');
instrument(Menu, 'Menu');
instrument(PromptResponse, 'PromptResponse');

function isButtonSet(value: unknown): value is ButtonSetName {
  return typeof value === 'string' && value in BUTTONS_OF;
}

function dialogArgs(ui: Ui, method: string, args: unknown[]): { title: string | null; prompt: string; buttons: ButtonSetName } {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === 'string') return { title: null, prompt: a, buttons: 'OK' };
  if (args.length === 2 && typeof a === 'string' && isButtonSet(b)) return { title: null, prompt: a, buttons: b };
  if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && isButtonSet(c)) return { title: a, prompt: b, buttons: c };
  throw signatureMismatch(ui, `Ui.${method}`, args);
}

/** A scripted answer must be one of the dialog's buttons, or CLOSE (the user closed the dialog). */
function nextAnswer(answer: ButtonName | undefined, buttons: ButtonSetName, kind: string): ButtonName | undefined {
  if (answer !== undefined && answer !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer)) {
    throw new Error(`Scripted ${kind} answer ${answer} is not a button of ButtonSet.${buttons}`);
  }
  return answer;
}

const DIALOG_KINDS = { showSidebar: 'sidebar', showModalDialog: 'modal', showModelessDialog: 'modeless' } as const;

function show(ui: Ui, method: keyof typeof DIALOG_KINDS, output: unknown, title?: string): void {
  const kind = DIALOG_KINDS[method];
  if (!(output instanceof HtmlOutput) || (kind !== 'sidebar' && typeof title !== 'string')) {
    throw signatureMismatch(ui, `Ui.${method}`, kind === 'sidebar' ? [output] : [output, title]);
  }
  const state = output[STATE];
  ui[STATE].dialogs.push({ kind, title: title ?? state.title, html: state.content, width: state.width, height: state.height });
}
