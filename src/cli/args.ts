/** Minimal argument parsing: `<command> [--flag value] [--switch]`. */
export interface Args {
  readonly command: string;
  readonly options: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function parseArgs(argv: readonly string[], switchNames: readonly string[]): Args {
  const [command = 'help', ...rest] = argv;
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) throw new CliError(`ไม่รู้จักอาร์กิวเมนต์ "${arg}"`);
    const name = arg.slice(2);
    if (switchNames.includes(name)) switches.add(name);
    else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`ตัวเลือก --${name} ต้องมีค่า`);
      options.set(name, value);
      i++;
    }
  }
  return { command, options, switches };
}

export function requireOption(args: Args, name: string): string {
  const value = args.options.get(name);
  if (!value) throw new CliError(`คำสั่ง ${args.command} ต้องระบุ --${name}`);
  return value;
}
