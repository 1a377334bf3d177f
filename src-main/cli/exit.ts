import { formatError, type Result } from '../../src-shared/result';

/** Exit codes of the CLI, as documented in the README. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

export class CliExit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

/** An error Result ends the command with exit 1 and its message on stderr. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CliExit(EXIT.checkFailed, formatError(result.error));
  return result.value;
}
