/**
 * The shipped add-on under the scopes it ships with: every job runs under the real
 * build/addon/appsscript.json, the fakes refuse any call its scopes do not allow (test/fakes/scopes.ts),
 * and the scopes the jobs need are exactly the ones the manifest asks for.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobProgress, JobResult } from '../../src/core/api';
import type { GasEnvironment } from '../fakes';
import { seed001Sheet } from './aroundPlan';
import { cutAfter } from './harness';

const MANIFEST = JSON.parse(readFileSync('build/addon/appsscript.json', 'utf8')) as { oauthScopes: string[]; dependencies: unknown };
const CODE = readFileSync('build/addon/Code.js', 'utf8');

/** A long job the way the sidebar runs it: start, then continueJob until finished. */
function follow(env: GasEnvironment, first: JobProgress): JobProgress {
  let p = first;
  env.endExecution();
  for (let i = 0; !p.finished && i < 50; i++) {
    p = env.call('continueJob', p.jobId) as JobProgress;
    env.endExecution();
  }
  return p;
}

/** Every job a person can run, in the order they would; each result as the person would see it. */
function everyJob(oauthScopes: readonly string[] = MANIFEST.oauthScopes): { env: GasEnvironment; results: Record<string, { ok: boolean; message: string }> } {
  const env = seed001Sheet();
  env.scopes.grant(oauthScopes);
  const results: Record<string, { ok: boolean; message: string }> = {};
  const record = (name: string, run: () => unknown) => {
    try {
      const r = run() as { ok: boolean; message: string };
      results[name] = { ok: r.ok, message: r.message };
    } catch (e) {
      results[name] = { ok: false, message: (e as Error).message };
    }
    env.endExecution();
  };
  env.setAuthMode('NONE');
  record('onOpen', () => (env.call('onOpen', { authMode: 'NONE' }), { ok: true, message: '' }));
  env.setAuthMode('FULL');
  record('scaffold', () => env.call('runScaffold'));
  record('validate', () => ({ ok: true, message: (env.call('runValidate') as { message: string }).message }));
  record('sidebar', () => (env.call('getSidebarState'), env.call('menuOpenSidebar'), { ok: true, message: '' }));
  record('import', () => env.call('previewImport', { kind: 'text', text: 'มิติที่ 1 การสร้างวัฒนธรรมสุจริต\n1. ชื่อโครงการ : โครงการอบรมคุณธรรม' }));
  record('measureDocs', () => follow(env, env.call('startMeasureDocs') as JobProgress));
  record('planDoc', () => follow(env, env.call('startPlanDoc') as JobProgress));
  record('monitoringRound', () => env.call('startMonitoringRound', 2567, 6));
  record('report', () => env.call('startMonitoringReport', 2567, 6));
  record('integrity', () => env.call('createOtherDoc', 'integrity', 2566));
  record('announcement', () => env.call('createOtherDoc', 'announcement', 2567));
  record('memo', () => env.call('createOtherDoc', 'memo', 2567, { about: 'monitoring', round: 6 }));
  // The menu's long-job path asks for the continuation trigger (script.scriptapp).
  const restore = cutAfter(require('../fakes/document-elements').Body.prototype, 'appendParagraph', 40);
  try {
    record('menuPlanDoc', () => (env.call('menuPlanDoc'), { ok: env.triggers.list().length === 1, message: '' }));
  } finally {
    restore();
  }
  return { env, results };
}

describe('the manifest and the bundle', () => {
  it('asks for the five narrow scopes, nothing restricted, and enables the Drive advanced service v3', () => {
    expect(MANIFEST.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort()).toEqual(
      ['documents', 'drive.file', 'script.container.ui', 'script.scriptapp', 'spreadsheets.currentonly']);
    expect(MANIFEST.dependencies).toEqual({ enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] });
  });

  it('never calls DriveApp (documented for the restricted drive scope only)', () => {
    expect(CODE).not.toMatch(/\bDriveApp\b/);
  });
});

describe('every job under the shipped manifest', () => {
  const { env, results } = everyJob();

  it('succeeds', () => {
    for (const [name, r] of Object.entries(results)) expect({ name, ...r }).toMatchObject({ name, ok: true });
  });

  it('needs every scope the manifest asks for, and no other (none missing, none superfluous)', () => {
    expect(env.scopes.used()).toEqual([...MANIFEST.oauthScopes].sort());
  });
});

describe.each(MANIFEST.oauthScopes.map((s) => [s.replace('https://www.googleapis.com/auth/', ''), s]))('without %s', (_, scope) => {
  it('some job fails with Google\'s permission error', () => {
    const { results } = everyJob(MANIFEST.oauthScopes.filter((s) => s !== scope));
    const failed = Object.entries(results).filter(([, r]) => !r.ok);
    expect(failed.length).toBeGreaterThan(0);
  });
});

describe('drive.file in particular', () => {
  it('without it no document job can make a file, and the person is told in Thai', () => {
    const { results } = everyJob(MANIFEST.oauthScopes.filter((s) => !s.endsWith('/drive.file')));
    for (const name of ['measureDocs', 'planDoc', 'report', 'integrity', 'memo']) {
      expect(results[name].ok).toBe(false);
    }
    expect(results.measureDocs.message).toContain('ยังไม่ได้รับสิทธิ์');
  });

  it('a DriveApp call slipped into the bundle fails under the shipped scopes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sujarit-driveapp-'));
    cpSync('build/addon', dir, { recursive: true });
    const patched = CODE.replace(/function createFile\(file, content\) \{/, '$& DriveApp.getRootFolder();');
    expect(patched).not.toBe(CODE);
    writeFileSync(join(dir, 'Code.js'), patched);
    const env = seed001Sheet();
    env.load(dir);
    const p = follow(env, env.call('startMeasureDocs') as JobProgress);
    expect(p.ok).toBe(false);
    expect(p.message).toContain('ยังไม่ได้รับสิทธิ์');
  });

  it('a folder the person did not make is invisible: a typed folder link is explained, and Sujarit uses its own', () => {
    const env = seed001Sheet();
    const theirs = env.drive.seedFolder('โฟลเดอร์ของฉัน');
    const settings = env.spreadsheet.sheet('ข้อมูลหน่วยงาน').values();
    const row = settings.findIndex((r) => r[0] === 'โฟลเดอร์เก็บเอกสาร (Google Drive)') + 1;
    (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet()
      .getSheetByName('ข้อมูลหน่วยงาน')!.getRange(row, 2).setValue(`https://drive.google.com/drive/folders/${theirs}`);
    const result = env.call('createOtherDoc', 'integrity', 2566) as JobResult;
    expect(result.ok).toBe(true);
    const folders = env.drive.folders().filter((f) => f.appProperties.sujaritKind === 'folder');
    expect(folders).toHaveLength(1);
    expect(env.drive.files(theirs)).toEqual([]);
    // The folder's link is shown beside the setting, the person's own value left as typed.
    expect(env.spreadsheet.sheet('ข้อมูลหน่วยงาน').cell(`C${row}`).link).toBe(`https://drive.google.com/drive/folders/${folders[0].id}`);
    expect(env.spreadsheet.sheet('ข้อมูลหน่วยงาน').cell(`B${row}`).value).toBe(`https://drive.google.com/drive/folders/${theirs}`);
  });
});

describe('limits the fakes hold the add-on to', () => {
  it('onOpen in AuthMode.NONE only builds the add-on menu', () => {
    const env = seed001Sheet();
    env.setAuthMode('NONE');
    expect(() => env.call('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(env.ui.menuItems().length).toBeGreaterThan(5);
    expect(() => env.call('getSidebarState')).toThrow('AuthMode.NONE');
  });

  it('a measure-document job of 5,000 measures keeps its state small (a property value holds 9 KB)', () => {
    const env = seed001Sheet();
    const first = env.call('startMeasureDocs') as JobProgress;
    env.endExecution();
    const state = env.properties.get('document')['sujarit.job.measureDocs'];
    expect(first.finished).toBe(false);
    // What is done is stamped on the documents in Drive; the state holds no per-measure list.
    expect(state.length).toBeLessThan(1000);
    expect(state).not.toMatch(/"done":\[/);
  });
});
