/**
 * An error as one log line: its name and message, never the stack. Whatever a request makes fail is logged
 * like this, so a log handed over for support shows what went wrong without the program's insides.
 */
export function errorLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\s*\n\s*/g, ' ');
}
