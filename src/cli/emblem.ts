import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { emblemChoice, emblemRefusal, emblemValueProblem } from '../core/doc/emblemSetting';
import { readPngImage, type PngImage } from '../core/image/pngImage';
import type { SnapshotSource } from '../core/workbook/scaffold';
import { CliError } from './args';

/** Why a file could not be read, in Thai, by Node's error code. */
const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'ไม่พบไฟล์นี้',
  EISDIR: 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์',
  EACCES: 'ไม่มีสิทธิ์อ่านไฟล์นี้',
  EPERM: 'ระบบไม่อนุญาตให้อ่านไฟล์นี้',
  ENOTDIR: 'ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์',
  ENAMETOOLONG: 'ชื่อไฟล์หรือเส้นทางยาวเกินไป',
};

/**
 * The organisation's emblem as ข้อมูลหน่วยงาน sets it (see emblemChoice): the one uploaded into the
 * spreadsheet, or a path relative to the workbook's folder (or absolute); undefined when the cell
 * is blank (the built-in Garuda). A stored emblem that is gone or damaged, or a file that is
 * missing, unreadable or not a whole PNG, stops the command (exit 1) with the cell and the path:
 * documents made with another emblem than the one set would be wrong, like those the blockers stop.
 */
export function loadEmblem(source: SnapshotSource, workbookPath: string): PngImage | undefined {
  const choice = emblemChoice(source);
  if (choice.kind === 'builtIn') return undefined;
  if (choice.kind === 'stored') return choice.image;
  const { setting } = choice;
  const refuse = (reason: string, path?: string) => new CliError(emblemRefusal(setting, reason, path), 1);
  if (choice.kind === 'unusable') throw refuse(choice.reason);
  const problem = emblemValueProblem(setting.value);
  if (problem) throw refuse(problem);
  const path = resolve(dirname(workbookPath), setting.value);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw refuse(READ_REASONS[code] ?? `อ่านไฟล์ไม่ได้ (${(e as Error).message})`, path);
  }
  const image = readPngImage(bytes);
  if ('error' in image) throw refuse(image.error, path);
  return image;
}
