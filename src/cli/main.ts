import { CliError, parseArgs } from './args';
import { demoCommand } from './commands/demo';
import { scaffoldCommand } from './commands/scaffold';
import type { Args } from './args';

/** The local runner: the same core as the add-on, over .xlsx and .docx files. */
const COMMANDS: Record<string, { run: (args: Args) => Promise<number>; usage: string }> = {
  demo: { run: demoCommand, usage: 'demo --out DIR                      แผนตัวอย่าง: สร้างสมุดงานและเอกสารลงใน DIR' },
  scaffold: { run: scaffoldCommand, usage: 'scaffold --in FILE.xlsx --out DIR   สร้าง/ปรับโครงสมุดงานของท่าน (ไม่แก้ข้อมูลเดิม)' },
};

const SWITCHES = ['json', 'help'];

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
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${(error as Error).message ?? String(error)}`);
    process.exit(3);
  },
);
