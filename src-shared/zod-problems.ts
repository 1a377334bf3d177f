import type { z } from 'zod';
import { problemMessage, type FieldProblem } from './problem-messages';
import type { ErrorDetail, Message } from './result';

type Issue = z.core.$ZodIssue;

/**
 * Field-level, bilingual messages for a zod failure: each issue keeps its path (so a form can put it under the
 * field) and gets words a person can act on, never zod's schema text ("期望 string", `"a"|"b"`).
 */
export function zodProblems(schema: z.ZodType, input: unknown): ErrorDetail[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || undefined;
    const value = valueAt(input, issue.path);
    const own = issue.code === 'custom' || !isBlank(value) ? ownMessage(issue) : undefined;
    if (own) return { path, message: own };
    const problem = problemOf(issue, value);
    return { path, message: problemMessage(problem), problem };
  });
}

/** Classifies one issue; a missing or blank value is "required" whatever rule it broke. */
export function problemOf(issue: Issue, value: unknown): FieldProblem {
  if (isBlank(value) && issue.code !== 'unrecognized_keys') return { kind: 'required' };
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrong-type', expected: issue.expected };
    case 'invalid_value':
      return { kind: 'not-an-option' };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'choose-at-least', min: Number(issue.minimum) };
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { kind: 'required' } : { kind: 'too-short', min: Number(issue.minimum) };
      return { kind: 'too-small', min: bound(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'choose-at-most', max: Number(issue.maximum) };
      if (issue.origin === 'string') return { kind: 'too-long', max: Number(issue.maximum) };
      return { kind: 'too-big', max: bound(issue.maximum), inclusive: issue.inclusive ?? true };
    case 'not_multiple_of':
      return { kind: 'not-multiple', divisor: Number(issue.divisor) };
    case 'invalid_format':
      return { kind: 'bad-format', format: issue.format };
    case 'unrecognized_keys':
      return { kind: 'unknown-field', keys: issue.keys };
    case 'invalid_union': {
      // "'' or an e-mail address": the branch that says most about the value is the one to tell.
      const telling = issue.errors.flat().find((i) => i.path.length === 0 && !['invalid_type', 'invalid_value'].includes(i.code));
      return telling ? problemOf(telling, value) : { kind: 'invalid' };
    }
    default:
      return { kind: 'invalid' };
  }
}

/**
 * A schema's own words for a rule: `bilingualIssue` puts both languages in params; refinements and regexes write
 * "中文 / English" in the message. A refinement's English-only message (written for logs) is not shown to a
 * Chinese reader: it gets the general words in Chinese.
 */
function ownMessage(issue: Issue): Message | undefined {
  const params = (issue as { params?: Partial<Message> }).params;
  if (params?.zh && params.en) return { zh: params.zh, en: params.en };
  const [zh, en] = issue.message.split(' / ');
  if (en && /\p{Script=Han}/u.test(zh)) return { zh, en };
  if (issue.code === 'custom') return { zh: problemMessage({ kind: 'invalid' }).zh, en: issue.message };
  return undefined;
}

const bound = (b: number | bigint | Date | string) => (b instanceof Date ? b.toISOString().slice(0, 10) : typeof b === 'bigint' ? Number(b) : b);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
