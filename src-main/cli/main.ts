import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import { CliExit, EXIT } from './exit';
import { closeChromiumPrinter } from '../print/chromium-printer';

const OPTIONS = {
  'data-dir': { type: 'string' },
  seed: { type: 'string' },
  port: { type: 'string' },
  renderer: { type: 'string' },
  year: { type: 'string' },
  screener: { type: 'string' },
  duplicates: { type: 'string' },
  pool: { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  witness: { type: 'string', multiple: true },
  id: { type: 'string' },
  'pool-size': { type: 'string' },
  select: { type: 'string' },
  source: { type: 'string', multiple: true },
  role: { type: 'string' },
  label: { type: 'string' },
  reason: { type: 'string' },
  fingerprint: { type: 'string' },
  trust: { type: 'string', multiple: true },
  export: { type: 'string' },
  office: { type: 'string' },
  remove: { type: 'boolean' },
  'paper-commitment': { type: 'string' },
  'paper-expert': { type: 'string', multiple: true },
  'paper-not-checked': { type: 'boolean' },
  none: { type: 'boolean' },
  studio: { type: 'string' },
  date: { type: 'string' },
  finding: { type: 'string' },
  activities: { type: 'string' },
  results: { type: 'string' },
  funds: { type: 'string' },
  checker: { type: 'string', multiple: true },
  deadline: { type: 'string' },
  requirements: { type: 'string' },
  outcome: { type: 'string' },
  notes: { type: 'string' },
  'doc-no': { type: 'string' },
  grant: { type: 'boolean' },
  expense: { type: 'boolean' },
  account: { type: 'string' },
  bank: { type: 'string' },
  voucher: { type: 'string' },
  amount: { type: 'string' },
  category: { type: 'string' },
  purpose: { type: 'string' },
  payee: { type: 'string' },
  attachment: { type: 'string' },
  entry: { type: 'string' },
  'notice-start': { type: 'string' },
  'notice-end': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(): string {
  return ['用法 / usage: studio-review <command>', ...Object.values(COMMANDS).map((c) => `  studio-review ${c.usage}`)].join('\n');
}

/** Returns the exit code: 0 success, 1 a check failed, 2 bad usage. Messages go to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage()}`);
    return EXIT.usage;
  }
  const [first, second] = parsed.positionals;
  const command = COMMANDS[`${first} ${second}`] ?? COMMANDS[first ?? ''];
  if (parsed.values.help || !command) {
    if (!parsed.values.help) console.error(first ? `未知命令 / unknown command: ${parsed.positionals.join(' ')}` : '缺少命令 / missing command');
    console.error(usage());
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values });
  } catch (e) {
    if (e instanceof CliExit) {
      console.error(e.message);
      return e.code;
    }
    console.error(e);
    return EXIT.checkFailed;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(async (code) => {
    await closeChromiumPrinter();
    process.exit(code);
  });
}
