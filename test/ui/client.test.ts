/** The sidebar's pure client logic (no browser): years, errors, URLs, the long-job loop, and a source guard. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JobProgress } from '../../src/core/api';
import { safeUrl } from '../../src/ui/dom';
import { ServerError, thaiError } from '../../src/ui/errors';
import { currentFiscalYear, formatBaht, parseBuddhistYear } from '../../src/ui/format';
import { followJob, LinkCollector, MAX_STEPS } from '../../src/ui/progress';

describe('fiscal year', () => {
  it('is named by the Buddhist year it ends in: October starts the next one', () => {
    expect(currentFiscalYear(new Date(2024, 8, 30))).toBe(2567); // 30 ก.ย. 2567
    expect(currentFiscalYear(new Date(2024, 9, 1))).toBe(2568); // 1 ต.ค. 2567
    expect(currentFiscalYear(new Date(2025, 2, 31))).toBe(2568);
  });

  it('reads what people type: Thai digits, "พ.ศ.", spaces; refuses a Christian year with the conversion', () => {
    expect(parseBuddhistYear('2568')).toEqual({ ok: true, value: 2568 });
    expect(parseBuddhistYear(' ๒๕๖๘ ')).toEqual({ ok: true, value: 2568 });
    expect(parseBuddhistYear('พ.ศ. 2567')).toEqual({ ok: true, value: 2567 });
    const ce = parseBuddhistYear('2025');
    expect(ce.ok).toBe(false);
    expect(!ce.ok && ce.error).toContain('2568');
    expect(parseBuddhistYear('68').ok).toBe(false);
    expect(parseBuddhistYear('').ok).toBe(false);
    expect(parseBuddhistYear('3000').ok).toBe(false);
  });
});

describe('formatBaht', () => {
  it('writes baht with thousands separators, satang only when there are any', () => {
    expect(formatBaht(1234500)).toBe('1,234,500');
    expect(formatBaht(1234.5)).toBe('1,234.50');
    expect(formatBaht(0)).toBe('0');
  });
});

describe('thaiError', () => {
  it('shows a Thai message from our server as it is', () => {
    expect(thaiError(new Error('ไม่พบแผ่นงาน มิติที่ 1'))).toEqual({ message: 'ไม่พบแผ่นงาน มิติที่ 1' });
  });

  it('turns Apps Script failures into Thai with what to do, keeping the original as detail', () => {
    expect(thaiError(new Error('Exceeded maximum execution time'))).toMatchObject({ message: expect.stringContaining('6 นาที'), detail: 'Exceeded maximum execution time' });
    expect(thaiError(new Error('Exception: Lock timeout: another process was holding the lock for too long.')).message).toBe('มีผู้อื่นกำลังทำงานกับสเปรดชีตนี้อยู่');
    expect(thaiError(new Error('Authorization is required to perform that action.')).hint).toContain('อนุญาต');
    expect(thaiError(new Error('NetworkError: Connection failure due to HTTP 0')).message).toBe('ติดต่อ Google ไม่ได้');
    expect(thaiError(new Error('Exception: Service invoked too many times for one day: docs create.')).message).toContain('โควตา');
    expect(thaiError(new Error('TypeError: x is undefined'))).toMatchObject({ message: 'เกิดข้อผิดพลาดที่ไม่คาดคิด', detail: 'TypeError: x is undefined' });
    expect(thaiError('plain string')).toMatchObject({ detail: 'plain string' });
  });

  it('says a missing server function is not ready yet', () => {
    expect(thaiError(new ServerError('x', 'startPlanDoc', true))).toMatchObject({ message: 'ความสามารถนี้ยังไม่พร้อมใช้งานในรุ่นนี้', hint: expect.stringContaining('startPlanDoc') });
  });
});

describe('safeUrl', () => {
  it('lets only http(s) URLs become links', () => {
    expect(safeUrl('https://docs.google.com/document/d/abc/edit')).toBe('https://docs.google.com/document/d/abc/edit');
    expect(safeUrl(' http://example.org/x ')).toBe('http://example.org/x');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', '', null, 'https://a b']) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });
});

describe('followJob', () => {
  const p = (done: number, total: number): JobProgress => ({ jobId: 'j', done, total, finished: done >= total, ok: true, message: '', links: [] });

  it('calls continueJob until finished and reports every step', async () => {
    const steps: string[] = [];
    const answers = [p(2, 5), p(4, 5), p(5, 5)];
    const next = jest.fn(async () => answers.shift()!);
    const last = await followJob(p(0, 5), (s) => steps.push(`${s.done}/${s.total}`), next);
    expect(steps).toEqual(['0/5', '2/5', '4/5', '5/5']);
    expect(next).toHaveBeenCalledTimes(3);
    expect(next).toHaveBeenCalledWith('j');
    expect(last.finished).toBe(true);
  });

  it('does not call continueJob for a job finished at once, and gives up on one that never finishes', async () => {
    const next = jest.fn(async () => p(1, 2));
    await followJob(p(1, 1), () => undefined, next);
    expect(next).not.toHaveBeenCalled();
    await expect(followJob(p(0, 2), () => undefined, next, async () => undefined)).rejects.toThrow('ไม่จบตามปกติ');
    expect(next).toHaveBeenCalledTimes(MAX_STEPS);
  });

  it('waits a little longer each time a step moves nothing (queued behind another job), not after progress', async () => {
    const answers = [p(0, 3), p(0, 3), p(0, 3), p(2, 3), p(3, 3)];
    const waits: number[] = [];
    await followJob(p(0, 3), () => undefined, async () => answers.shift()!, async (ms) => { waits.push(ms); });
    expect(waits).toEqual([1000, 2000, 3000]);
  });

  it('collects the links every step reported, once each', () => {
    const links = new LinkCollector();
    links.add([{ title: 'a', url: 'https://x/a' }, { title: 'b', url: 'https://x/b' }]);
    links.add([{ title: 'b again', url: 'https://x/b' }, { title: 'c', url: 'https://x/c' }]);
    expect(links.all().map((l) => l.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('src/ui source', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

  it('never writes HTML strings into the page: everything shown is built as DOM text', () => {
    for (const file of files(join(__dirname, '../../src/ui')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(file, 'utf8');
      expect({ file, hits: source.match(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment/g) }).toEqual({ file, hits: null });
    }
  });
});
