import type { z } from 'zod';
import type { ErrorDetail, Message } from '../result';
import { zodProblems } from '../zod-problems';

/**
 * zod's locales only know zod's own issue kinds. Our cross-field checks (unique ids, step divides max, …) raise
 * `custom` issues carrying both languages in `params`, so a refusal reads the same in Chinese and English as the
 * built-in ones. This fills those in over {@link zodProblems} (same issue order, so indexes line up).
 */
export function bilingualProblems(schema: z.ZodType, input: unknown): ErrorDetail[] {
  const base = zodProblems(schema, input);
  const parsed = schema.safeParse(input);
  if (parsed.success) return base;
  return parsed.error.issues.map((issue, i) => {
    const params = (issue as { params?: Partial<Message> }).params;
    const path = issue.path.map(String).join('.') || undefined;
    if (issue.code === 'custom' && params?.zh && params.en) return { path, message: { zh: params.zh, en: params.en } };
    return base[i] ?? { path, message: { zh: issue.message, en: issue.message } };
  });
}

/**
 * A `custom` issue for {@link bilingualProblems}. The plain `message` carries both languages too, for callers that
 * embed these schemas in a larger one and only have zod's own message.
 */
export function bilingualIssue(path: PropertyKey[], zh: string, en: string) {
  return { code: 'custom' as const, path, params: { zh, en }, message: `${zh} / ${en}` };
}
