import { z } from 'zod';
import type { ErrorDetail } from './result';

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

/** Bilingual, path-level messages for a zod failure (parsed once per language, only on failure). */
export function zodProblems(schema: z.ZodType, input: unknown): ErrorDetail[] {
  const zh = schema.safeParse(input, { error: zhLocale });
  const en = schema.safeParse(input, { error: enLocale });
  if (zh.success || en.success) return [];
  return en.error.issues.map((issue, i) => ({
    path: issue.path.map(String).join('.') || undefined,
    message: { zh: zh.error.issues[i]?.message ?? issue.message, en: issue.message },
  }));
}
