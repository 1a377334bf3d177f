import type { ParsedArgs } from './commands';
import { CliExit, EXIT } from './exit';

/** The options every command reads the same way: a missing one is a usage error (exit 2), named in both languages. */
export const dataDir = (args: ParsedArgs) => args.values['data-dir'] as string | undefined;

/** An option's text, trimmed; undefined when absent or blank. */
export function text(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function required(args: ParsedArgs, name: string): string {
  const v = text(args, name);
  if (v === undefined) throw new CliExit(EXIT.usage, `缺少 --${name} / --${name} is required`);
  return v;
}

/** `what` is "中文 / English". */
export function positional(args: ParsedArgs, index: number, what: string): string {
  const v = args.positionals[index];
  if (!v) throw new CliExit(EXIT.usage, `缺少${what.split(' / ')[0]} / missing ${what.split(' / ')[1]}`);
  return v;
}
