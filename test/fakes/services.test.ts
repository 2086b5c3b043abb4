/** Ui, HtmlService, Properties, Lock, Cache, ScriptApp, Session, Utilities and Logger fakes. */
import { ALL_SCOPES } from './scopes';
import { createGasEnvironment, type GasEnvironment } from './index';

let env: GasEnvironment;

beforeEach(() => {
  env = createGasEnvironment({ oauthScopes: ALL_SCOPES });
});

describe('Ui', () => {
  test('alert overloads and scripted answers', () => {
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    env.ui.answerAlert('CANCEL');
    expect(ui.alert('Sure?', ui.ButtonSet.OK_CANCEL)).toBe('CANCEL');
    env.ui.answerAlert('YES');
    expect(() => ui.alert('Title', 'Prompt', ui.ButtonSet.OK)).toThrow('Scripted alert answer YES is not a button of ButtonSet.OK');
    expect(() => ui.alert('Title', 'Prompt' as never)).toThrow("don't match the method signature for Ui.alert");
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual(['Saved', 'Sure?']);
  });

  test('prompts return scripted text and buttons', () => {
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerPrompt('2567');
    env.ui.answerPrompt('', 'CLOSE');
    const first = ui.prompt('ปีงบประมาณ', 'ระบุปี พ.ศ.', ui.ButtonSet.OK_CANCEL);
    expect([first.getResponseText(), first.getSelectedButton()]).toEqual(['2567', 'OK']);
    expect(ui.prompt('Again?').getSelectedButton()).toBe('CLOSE');
    expect(ui.prompt('Default').getResponseText()).toBe('');
    expect(env.ui.prompts[0]).toEqual({ title: 'ปีงบประมาณ', prompt: 'ระบุปี พ.ศ.', buttons: 'OK_CANCEL', response: { text: '2567', button: 'OK' } });
  });

  test('dialogs record HTML, title and size', () => {
    const { HtmlService, SpreadsheetApp } = env.globals;
    const html = HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400).setHeight(300);
    SpreadsheetApp.getUi().showModalDialog(html, 'รายงาน');
    expect(env.ui.dialogs).toEqual([{ kind: 'modal', title: 'รายงาน', html: '<p>hi</p>', width: 400, height: 300 }]);
    expect(() => SpreadsheetApp.getUi().showSidebar('<p>' as never)).toThrow("don't match the method signature for Ui.showSidebar");
  });
});

describe('HtmlService', () => {
  test('templates: escaped and raw prints, code scriptlets, template properties', () => {
    const t = env.globals.HtmlService.createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= raw ?>',
    );
    Object.assign(t, { items: ['a&b', '<c>'], raw: '<b>ok</b>' });
    const out = t.evaluate();
    expect(out.getContent()).toBe('<ul><li>a&#38;b</li><li>&#60;c&#62;</li></ul><b>ok</b>');
    expect(out.setTitle('T').getTitle()).toBe('T');
    expect(out.getBlob().getContentType()).toBe('text/html');
    expect(out.getAs('application/pdf').getDataAsString()).toContain('a&#38;b');
  });

  test('missing files fail like Apps Script', () => {
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile('NoSuchFile')).toThrow('No HTML file named NoSuchFile was found.');
  });
});

describe('PropertiesService', () => {
  test('stores strings per scope, with quotas', () => {
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('cursor', 12 as never).setProperties({ a: '1', b: '2' });
    expect(props.getProperty('cursor')).toBe('12');
    expect(props.getProperty('missing')).toBeNull();
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'cursor']);
    props.setProperties({ only: 'x' }, true);
    expect(props.getProperties()).toEqual({ only: 'x' });
    expect(env.globals.PropertiesService.getScriptProperties().getProperties()).toEqual({});
    expect(() => props.setProperty('big', 'x'.repeat(10 * 1024))).toThrow('Argument too large: value');
    props.deleteProperty('only');
    env.properties.seed('user', { lang: 'th' });
    expect(env.globals.PropertiesService.getUserProperties().getProperty('lang')).toBe('th');
    expect(env.properties.get('document')).toEqual({});
  });
});

describe('LockService', () => {
  test('acquire, release, and a lock held by someone else', () => {
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(env.locks.isHeld()).toBe(true);
    lock.releaseLock();
    expect([env.locks.isHeld(), env.locks.acquisitions(), env.locks.releases()]).toEqual([false, 1, 1]);
    env.locks.holdByOther('document');
    expect(env.globals.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => env.globals.LockService.getDocumentLock().waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(env.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
    env.endExecution();
    expect(env.locks.isHeld('script')).toBe(false);
  });
});

describe('CacheService', () => {
  test('get, put, remove', () => {
    const cache = env.globals.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1' });
    expect([cache.get('k'), cache.get('none')]).toEqual(['v', null]);
    expect(cache.getAll(['k', 'a', 'none'])).toEqual({ k: 'v', a: '1' });
    cache.remove('k');
    expect(cache.get('k')).toBeNull();
  });
});

describe('ScriptApp and Session', () => {
  test('clock triggers are recorded, listed and deleted', () => {
    const { ScriptApp } = env.globals;
    const trigger = ScriptApp.newTrigger('continueJob').timeBased().after(60 * 1000).create();
    ScriptApp.newTrigger('onEditHandler').forSpreadsheet(env.globals.SpreadsheetApp.getActive()).onEdit().create();
    expect(env.triggers.list().map((t) => [t.handler, t.eventType, t.schedule])).toEqual([
      ['continueJob', 'CLOCK', { after: 60000 }],
      ['onEditHandler', 'ON_EDIT', {}],
    ]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['continueJob', 'onEditHandler']);
    ScriptApp.deleteTrigger(trigger);
    expect(env.triggers.list()).toHaveLength(1);
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow("don't match the method signature");
    expect(() => ScriptApp.newTrigger('x').timeBased().create()).toThrow('no schedule');
    for (let i = 0; i < 19; i++) ScriptApp.newTrigger('x').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('x').timeBased().everyHours(1).create()).toThrow('This script has too many triggers.');
    expect(ScriptApp.AuthMode.LIMITED).toBe('LIMITED');
  });

  test('Session reports the configured user and time zone', () => {
    const custom = createGasEnvironment({ userEmail: '', timeZone: 'UTC', oauthScopes: ALL_SCOPES });
    expect(custom.globals.Session.getActiveUser().getEmail()).toBe('');
    expect(custom.globals.Session.getScriptTimeZone()).toBe('UTC');
    expect(env.globals.Session.getEffectiveUser().getEmail()).toBe('user@example.com');
    expect(env.globals.Session.getActiveUserLocale()).toBe('th');
  });
});

describe('Utilities, Logger and console', () => {
  test('formatDate in a time zone, formatString', () => {
    const { Utilities } = env.globals;
    const date = new Date(Date.UTC(2024, 0, 31, 20, 5, 9));
    expect(Utilities.formatDate(date, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss XXX")).toBe('2024-02-01T03:05:09 +07:00');
    expect(Utilities.formatDate(date, 'UTC', 'd MMM yy, EEE h:mm a')).toBe('31 Jan 24, Wed 8:05 PM');
    expect(Utilities.formatString('%s has %d rows (%.1f%%) %05d', 'Plan', 12.7, 33.333, 42)).toBe('Plan has 12 rows (33.3%) 00042');
  });

  test('blobs, base64 and sleep', () => {
    const { Utilities } = env.globals;
    const blob = Utilities.newBlob('ไทย', 'text/plain', 'a.txt');
    expect(blob.getBytes().some((b) => b < 0)).toBe(true); // Java bytes are signed
    expect(Utilities.newBlob(blob.getBytes()).getDataAsString()).toBe('ไทย');
    expect(Utilities.base64Encode('ไทย')).toBe(Buffer.from('ไทย').toString('base64'));
    expect(Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('abc'))).getDataAsString()).toBe('abc');
    expect(blob.getAs('application/pdf').getName()).toBe('a.pdf');
    expect(() => blob.getAs('image/png')).toThrow('Converting from text/plain to image/png is not supported.');
    Utilities.sleep(1500);
    expect(env.sleptMs()).toBe(1500);
  });

  test('Logger and console are recorded', () => {
    env.globals.Logger.log('row %s of %s', 3, 10);
    env.globals.console.warn('careful', { a: 1 });
    expect(env.logs.messages()).toEqual(['row 3 of 10', 'careful {"a":1}']);
    expect(env.globals.Logger.getLog()).toBe('row 3 of 10');
    expect(env.calls.count('Logger.log')).toBe(1);
  });
});
