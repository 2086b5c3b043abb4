import { CliError, parseArgs } from './args';
import { demoCommand } from './commands/demo';
import { docsCommand } from './commands/docs';
import { importCommand } from './commands/import';
import { scaffoldCommand } from './commands/scaffold';
import { validateCommand } from './commands/validate';
import { monitorCommand } from './commands/monitor';
import { reportCommand } from './commands/report';
import { overviewCommand, serveOverviewWorker } from './commands/overview';
import type { Args } from './args';
import { fsError } from './fsErrors';

/** The local runner: the same core as the add-on, over .xlsx and .docx files. */
/** Each command with the options it reads: any other option is refused, not silently ignored. */
const COMMANDS: Record<string, { run: (args: Args) => Promise<number>; options: readonly string[]; usage: string }> = {
  demo: { run: demoCommand, options: ['out'], usage: 'demo --out DIR                      แผนตัวอย่าง: สร้างสมุดงานและเอกสารลงใน DIR' },
  docs: { run: docsCommand, options: ['in', 'out', 'kind', 'year', 'about', 'round', 'date', 'ignore-errors'], usage: 'docs --in FILE.xlsx --out DIR [--ignore-errors]   เอกสารรายละเอียดโครงการ (.docx) ทุกโครงการ และแผนทั้งฉบับ (ไม่สร้างเมื่อมีข้อผิดพลาดที่ทำให้เนื้อหาผิด)' +
    '\n  docs --kind integrity|announcement|memo|risk|appendix --in FILE.xlsx --out DIR [--year 2567] [--about plan|integrity|monitoring] [--round 6|12] [--date 2567-04-01]\n      มาตรการส่งเสริมคุณธรรมและรายงานผล / ประกาศนโยบาย / บันทึกข้อความ / การประเมินความเสี่ยงการทุจริตและผลการจัดการ / ภาคผนวก: คำสั่งแต่งตั้งคณะกรรมการและประกาศใช้แผน (.docx)' },
  scaffold: { run: scaffoldCommand, options: ['in', 'out'], usage: 'scaffold --in FILE.xlsx --out DIR   สร้าง/ปรับโครงสมุดงานของท่าน (ไม่แก้ข้อมูลเดิม)' },
  validate: { run: validateCommand, options: ['in', 'out', 'json'], usage: 'validate --in FILE.xlsx [--out DIR] [--json]   ตรวจสอบแผน: ข้อผิดพลาดพร้อมช่อง (--out: สำเนาที่ทำเครื่องหมายแล้ว)' },
  monitor: { run: monitorCommand, options: ['in', 'out', 'year', 'round'], usage: 'monitor --in FILE.xlsx --year 2567 --round 6 --out DIR   เริ่มรอบติดตามผล: เพิ่มแถวในแผ่นงานติดตามผล (ไม่แก้แถวที่กรอกแล้ว)' },
  report: { run: reportCommand, options: ['in', 'out', 'year', 'round', 'date'], usage: 'report --in FILE.xlsx --year 2567 --round 6 --out DIR [--date 2567-04-05]    รายงานการกำกับติดตามรอบ 6/12 เดือน (.docx)' },
  import: { run: importCommand, options: ['in', 'out', 'into'], usage: 'import --in PLAN.docx|PLAN.txt --out DIR [--into FILE.xlsx]   นำเข้าแผนเดิมจากเอกสาร (เพิ่มแถวใหม่เท่านั้น)' },
  overview: { run: overviewCommand, options: ['in', 'out'], usage: 'overview --in DIR [--out DIR]   ภาพรวมแผนทุกไฟล์ในโฟลเดอร์ (สำนักงานท้องถิ่นอำเภอ/จังหวัด): สมุดงานและเอกสารหนึ่งชุด เรียงแผนที่ต้องติดตามก่อน' },
};

const SWITCHES = ['json', 'help', 'ignore-errors'];

function usage(): string {
  return ['การใช้งาน: node build/cli.js <คำสั่ง> [ตัวเลือก]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWITCHES);
  if (args.command === 'help' || args.switches.has('help')) {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS[args.command];
  if (!command) throw new CliError(`ไม่รู้จักคำสั่ง "${args.command}"\n\n${usage()}`);
  const unknown = [...args.options.keys(), ...args.switches].filter((name) => name !== 'help' && !command.options.includes(name));
  if (unknown.length > 0) {
    throw new CliError(`คำสั่ง ${args.command} ไม่รู้จักตัวเลือก ${unknown.map((n) => `--${n}`).join(', ')} (ตัวเลือกที่ใช้ได้: ${command.options.map((n) => `--${n}`).join(' ')})\n\n  ${command.usage}`);
  }
  return command.run(args);
}

// The overview's worker threads run this same file: they serve the overview instead of a command.
if (!serveOverviewWorker()) runCli();

function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof CliError ? error : fsError(error, (error as NodeJS.ErrnoException).path ?? '');
      if (known) {
        console.error(known.message);
        process.exit(known.exitCode);
      }
      console.error(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${(error as Error).message ?? String(error)}`);
      process.exit(3);
    },
  );
}
