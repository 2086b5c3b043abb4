/** Time-zone aware date helpers shared by Utilities.formatDate and the spreadsheet's date cells. */

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(date: Date, timeZone: string): ZonedParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'long',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Minutes east of UTC for `timeZone` at `date`. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The instant of local midnight on a calendar day in `timeZone` (what Sheets stores for a typed date). */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, day));
  return new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60000);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatOffset(minutes: number, colon: boolean, short: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (short) return `${sign}${hours}`;
  return `${sign}${hours}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** A subset of Java's SimpleDateFormat, as used by Utilities.formatDate. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += literal === '' ? "'" : literal;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, p, date, timeZone);
  }
  return out;
}

function field(ch: string, n: number, p: ZonedParts, date: Date, timeZone: string): string {
  switch (ch) {
    case 'y': return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M': return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
    case 'd': return pad(p.day, n);
    case 'H': return pad(p.hour, n);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm': return pad(p.minute, n);
    case 's': return pad(p.second, n);
    case 'S': return pad(date.getUTCMilliseconds(), n);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'E': return n >= 4 ? WEEKDAYS[p.weekday] : WEEKDAYS[p.weekday].slice(0, 3);
    case 'Z': return formatOffset(offsetMinutes(date, timeZone), false, false);
    case 'X': return formatOffset(offsetMinutes(date, timeZone), n >= 3, n === 1);
    default: return /[A-Za-z]/.test(ch) ? '' : ch.repeat(n);
  }
}

/**
 * Converts a Sheets date number format ("dd/mm/yyyy hh:mm") to the SimpleDateFormat subset above.
 * In Sheets "m" means minutes only right after an hour field; everywhere else it is the month.
 */
export function sheetsDatePattern(format: string): string {
  const hour = /AM\/PM/i.test(format) ? 'h' : 'H';
  return format
    .replace(/AM\/PM/gi, 'a')
    .replace(/(h+)([^a-z]*)(m+)/gi, (_all, h: string, sep: string, m: string) => `${hour.repeat(h.length)}${sep}${'\u0000'.repeat(m.length)}`)
    .replace(/m/g, 'M')
    .replace(/\u0000/g, 'm')
    .replace(/dddd/g, 'EEEE')
    .replace(/ddd/g, 'EEE');
}
