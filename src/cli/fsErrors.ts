import { CliError } from './args';

/** A file-system failure as a Thai message that names the path and says what to do. */
export function fsError(error: unknown, path: string): CliError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? FS_REASONS[code] : undefined;
  return reason ? new CliError(`${path}: ${reason}`) : undefined;
}

const FS_REASONS: Readonly<Record<string, string>> = {
  EEXIST: 'มีไฟล์ชื่อนี้อยู่แล้วและไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์อื่นใน --out',
  ENOTDIR: 'ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์อื่นใน --out',
  EACCES: 'ไม่มีสิทธิ์เขียนที่นี่ กรุณาเลือกโฟลเดอร์ที่ท่านเขียนได้ (เช่น ในโฟลเดอร์ของท่านเอง) หรือขอสิทธิ์จากผู้ดูแลเครื่อง',
  EPERM: 'ระบบไม่อนุญาตให้เขียนที่นี่ กรุณาเลือกโฟลเดอร์อื่น',
  EROFS: 'เป็นพื้นที่อ่านอย่างเดียว เขียนไฟล์ไม่ได้ กรุณาเลือกโฟลเดอร์อื่น',
  ENOENT: 'ไม่ใช่โฟลเดอร์ปกติที่เขียนไฟล์ได้ (เช่น /proc หรือ /sys) หรือไม่มีอยู่ กรุณาเลือกโฟลเดอร์อื่น',
  ENOSPC: 'พื้นที่ดิสก์เต็ม กรุณาเพิ่มพื้นที่หรือเลือกดิสก์อื่น',
  EISDIR: 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์',
  ENAMETOOLONG: 'ชื่อไฟล์หรือเส้นทางยาวเกินไป กรุณาใช้โฟลเดอร์ที่เส้นทางสั้นกว่านี้',
};
