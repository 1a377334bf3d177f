import type { z } from 'zod';
import { zodProblems } from '../zod-problems';
import type { Message } from '../result';
import { echo } from '../text/echo';
import type { RowReader } from './row-reader';

/** Messages by field; each gets the value as it may be quoted (`echo`: hidden characters shown, long values cut). */
export type FieldMessages<F extends string> = Partial<Record<F, (value: string) => Message>>;

/**
 * Validates a row's input with the domain schema: the schema stays the single source of truth for what a
 * record is. Fields the reader already reported are skipped; bilingual messages are only built for a row
 * that fails, so a clean row costs one safeParse.
 */
export function checkRow<T, F extends string>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  reader: RowReader<F>,
  messages: FieldMessages<F> = {},
): T | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return reader.bad.size === 0 ? parsed.data : undefined;
  let details: ReturnType<typeof zodProblems> | undefined;
  parsed.error.issues.forEach((issue, i) => {
    const field = String(issue.path[0] ?? '') as F;
    if (reader.bad.has(field)) return;
    const raw = reader.raw(field);
    const value = raw === undefined ? '' : echo(String(input[field] ?? ''));
    const custom = messages[field];
    const reason = custom ? custom(value) : (details ??= zodProblems(schema, input))[i]?.message;
    reader.report(field, raw, reason ?? { zh: issue.message, en: issue.message });
  });
  return undefined;
}
