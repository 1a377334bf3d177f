import { z } from 'zod';
import { err, ok, type ErrorDetail, type Result } from '../result';
import { contract, isOperationName, type OperationName, type ParsedInput } from './contract';

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

/** Every door calls this before a handler runs: unknown operations and bad inputs never reach one. */
export function validateInput<N extends OperationName>(
  name: string,
  input: unknown,
): Result<{ name: N; input: ParsedInput<N> }> {
  if (!isOperationName(name)) {
    return err('unknown-operation', `未知的操作：${name}`, `Unknown operation: ${name}`);
  }
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    return err(
      'invalid-input',
      `操作 ${name} 的输入无效`,
      `Invalid input for ${name}`,
      zodProblems(contract[name].input, input ?? {}),
    );
  }
  return ok({ name: name as N, input: parsed.data as ParsedInput<N> });
}
