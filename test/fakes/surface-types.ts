/**
 * Compile-time check that each fake method returns nothing exactly where the Apps Script method does
 * (e.g. Paragraph.setText returns void, so chaining on it must not compile against the real types
 * yet work against the fake). `npm run typecheck` fails and names the method if one drifts.
 */
import type { Cache, CacheService } from './cache';
import type { Body, ListItem, Paragraph, Table, TableCell, TableRow, Text } from './document-elements';
import type { Document, DocumentApp } from './document';
import type { Blob } from './blob';
import type { DriveApp, File, Folder } from './drive';
import type { HtmlOutput, HtmlService, HtmlTemplate } from './html';
import type { Lock, LockService } from './lock';
import type { Properties, PropertiesService } from './properties';
import type { Range } from './range';
import type { ScriptApp, Session } from './script';
import type { Sheet, Spreadsheet, SpreadsheetApp } from './spreadsheet';
import type { DataValidationBuilder, Protection } from './spreadsheet-objects';
import type { Menu, Ui } from './ui';
import type { Logger, Utilities } from './utilities';

type Fn = (...args: never[]) => unknown;
/** 'any' (declared `any`, e.g. Range.getValue), 'void' or 'value'. */
type Returns<T> = T extends (...args: never[]) => infer R ? (0 extends 1 & R ? 'any' : [R] extends [void] ? 'void' : 'value') : never;

/** Names of methods of the fake `F` whose void-ness differs from the real `R`. */
type VoidMismatches<F, R> = {
  [K in keyof F & keyof R]: F[K] extends Fn
    ? Returns<R[K]> extends 'any' ? never : Returns<F[K]> extends Returns<R[K]> ? never : K
    : never;
}[keyof F & keyof R];

type AssertNone<T extends never> = T;

export type Checked = AssertNone<
  | VoidMismatches<SpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>
  | VoidMismatches<Spreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>
  | VoidMismatches<Sheet, GoogleAppsScript.Spreadsheet.Sheet>
  | VoidMismatches<Range, GoogleAppsScript.Spreadsheet.Range>
  | VoidMismatches<Protection, GoogleAppsScript.Spreadsheet.Protection>
  | VoidMismatches<DataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>
  | VoidMismatches<Ui, GoogleAppsScript.Base.Ui>
  | VoidMismatches<Menu, GoogleAppsScript.Base.Menu>
  | VoidMismatches<Blob, GoogleAppsScript.Base.Blob>
  | VoidMismatches<Logger, GoogleAppsScript.Base.Logger>
  | VoidMismatches<Session, GoogleAppsScript.Base.Session>
  | VoidMismatches<HtmlService, GoogleAppsScript.HTML.HtmlService>
  | VoidMismatches<HtmlOutput, GoogleAppsScript.HTML.HtmlOutput>
  | VoidMismatches<HtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>
  | VoidMismatches<PropertiesService, GoogleAppsScript.Properties.PropertiesService>
  | VoidMismatches<Properties, GoogleAppsScript.Properties.Properties>
  | VoidMismatches<LockService, GoogleAppsScript.Lock.LockService>
  | VoidMismatches<Lock, GoogleAppsScript.Lock.Lock>
  | VoidMismatches<CacheService, GoogleAppsScript.Cache.CacheService>
  | VoidMismatches<Cache, GoogleAppsScript.Cache.Cache>
  | VoidMismatches<ScriptApp, GoogleAppsScript.Script.ScriptApp>
  | VoidMismatches<Utilities, GoogleAppsScript.Utilities.Utilities>
  | VoidMismatches<DocumentApp, GoogleAppsScript.Document.DocumentApp>
  | VoidMismatches<Document, GoogleAppsScript.Document.Document>
  | VoidMismatches<Body, GoogleAppsScript.Document.Body>
  | VoidMismatches<Paragraph, GoogleAppsScript.Document.Paragraph>
  | VoidMismatches<ListItem, GoogleAppsScript.Document.ListItem>
  | VoidMismatches<Table, GoogleAppsScript.Document.Table>
  | VoidMismatches<TableRow, GoogleAppsScript.Document.TableRow>
  | VoidMismatches<TableCell, GoogleAppsScript.Document.TableCell>
  | VoidMismatches<Text, GoogleAppsScript.Document.Text>
  | VoidMismatches<DriveApp, GoogleAppsScript.Drive.DriveApp>
  | VoidMismatches<Folder, GoogleAppsScript.Drive.Folder>
  | VoidMismatches<File, GoogleAppsScript.Drive.File>
>;
