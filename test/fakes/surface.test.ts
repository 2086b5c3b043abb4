/**
 * Every method a fake offers must exist in the real Apps Script class (per @types/google-apps-script):
 * otherwise code that only works against the fake would pass its tests.
 */
import { apiMembers, fakeMethods } from './api-surface';
import { Cache, CacheService } from './cache';
import {
  Body, FooterSection, HeaderSection, HorizontalRule, InlineImage, ListItem, PageBreak, Paragraph, RangeElement, Table, TableCell,
  TableRow, Text,
} from './document-elements';
import { Document, DocumentApp } from './document';
import { Blob } from './blob';
import { DriveApp, File, FileIterator, Folder, FolderIterator } from './drive';
import { HtmlOutput, HtmlService, HtmlTemplate } from './html';
import { createGasEnvironment } from './index';
import { Lock, LockService } from './lock';
import { Properties, PropertiesService } from './properties';
import { Range } from './range';
import { ClockTriggerBuilder, ScriptApp, Session, SpreadsheetTriggerBuilder, Trigger, TriggerBuilder, User } from './script';
import { Sheet, Spreadsheet, SpreadsheetApp } from './spreadsheet';
import {
  BooleanCondition, ConditionalFormatRule, ConditionalFormatRuleBuilder, DataValidation, DataValidationBuilder, Protection,
  RichTextValue, RichTextValueBuilder,
} from './spreadsheet-objects';
import { Menu, PromptResponse, Ui } from './ui';
import { Logger, Utilities } from './utilities';

const CLASSES: [{ prototype: object }, string, ...string[]][] = [
  [SpreadsheetApp, 'Spreadsheet.SpreadsheetApp'],
  [Spreadsheet, 'Spreadsheet.Spreadsheet'],
  [Sheet, 'Spreadsheet.Sheet'],
  [Range, 'Spreadsheet.Range'],
  [DataValidation, 'Spreadsheet.DataValidation'],
  [DataValidationBuilder, 'Spreadsheet.DataValidationBuilder'],
  [RichTextValue, 'Spreadsheet.RichTextValue'],
  [RichTextValueBuilder, 'Spreadsheet.RichTextValueBuilder'],
  [Protection, 'Spreadsheet.Protection'],
  [ConditionalFormatRule, 'Spreadsheet.ConditionalFormatRule'],
  [ConditionalFormatRuleBuilder, 'Spreadsheet.ConditionalFormatRuleBuilder'],
  [BooleanCondition, 'Spreadsheet.BooleanCondition'],
  [Ui, 'Base.Ui'],
  [Menu, 'Base.Menu'],
  [PromptResponse, 'Base.PromptResponse'],
  [Blob, 'Base.Blob'],
  [Session, 'Base.Session'],
  [User, 'Base.User'],
  [Logger, 'Base.Logger'],
  [HtmlService, 'HTML.HtmlService'],
  [HtmlOutput, 'HTML.HtmlOutput'],
  [HtmlTemplate, 'HTML.HtmlTemplate'],
  [PropertiesService, 'Properties.PropertiesService'],
  [Properties, 'Properties.Properties'],
  [LockService, 'Lock.LockService'],
  [Lock, 'Lock.Lock'],
  [CacheService, 'Cache.CacheService'],
  [Cache, 'Cache.Cache'],
  [ScriptApp, 'Script.ScriptApp'],
  [TriggerBuilder, 'Script.TriggerBuilder'],
  [ClockTriggerBuilder, 'Script.ClockTriggerBuilder'],
  [SpreadsheetTriggerBuilder, 'Script.SpreadsheetTriggerBuilder'],
  [Trigger, 'Script.Trigger'],
  [Utilities, 'Utilities.Utilities'],
  [DocumentApp, 'Document.DocumentApp'],
  [Document, 'Document.Document'],
  // Elements also answer the generic Element methods (asParagraph(), getType()…).
  [Body, 'Document.Body', 'Document.Element'],
  [HeaderSection, 'Document.HeaderSection', 'Document.Element'],
  [FooterSection, 'Document.FooterSection', 'Document.Element'],
  [Paragraph, 'Document.Paragraph', 'Document.Element'],
  [ListItem, 'Document.ListItem', 'Document.Element'],
  [Table, 'Document.Table', 'Document.Element'],
  [TableRow, 'Document.TableRow', 'Document.Element'],
  [TableCell, 'Document.TableCell', 'Document.Element'],
  [PageBreak, 'Document.PageBreak', 'Document.Element'],
  [HorizontalRule, 'Document.HorizontalRule', 'Document.Element'],
  [InlineImage, 'Document.InlineImage', 'Document.Element'],
  [Text, 'Document.Text'],
  [RangeElement, 'Document.RangeElement'],
  [DriveApp, 'Drive.DriveApp'],
  [Folder, 'Drive.Folder'],
  [File, 'Drive.File'],
  [FileIterator, 'Drive.FileIterator'],
  [FolderIterator, 'Drive.FolderIterator'],
];

test.each(CLASSES)('%p offers only methods of %s', (cls, ...interfaces) => {
  const real = new Set(interfaces.flatMap((name) => [...apiMembers(name)]));
  expect(fakeMethods(cls).filter((name) => !real.has(name))).toEqual([]);
});

test('enum properties of the global services exist in Apps Script', () => {
  const { globals } = createGasEnvironment();
  const services: [string, object][] = [
    ['Spreadsheet.SpreadsheetApp', globals.SpreadsheetApp], ['Document.DocumentApp', globals.DocumentApp],
    ['Drive.DriveApp', globals.DriveApp], ['HTML.HtmlService', globals.HtmlService], ['Script.ScriptApp', globals.ScriptApp],
    ['Utilities.Utilities', globals.Utilities], ['Base.Ui', globals.SpreadsheetApp.getUi()],
  ];
  for (const [name, service] of services) {
    const real = apiMembers(name);
    expect(Object.keys(service).filter((key) => !real.has(key))).toEqual([]);
  }
});
