import type { FieldProblem } from './problem-messages';

/**
 * Expected failures travel as values, never as thrown strings, so every door (IPC, HTTP, CLI, tests)
 * can show the same bilingual message. Thrown exceptions are reserved for bugs.
 */
export interface Message {
  zh: string;
  en: string;
}

export interface AppError {
  /** Stable machine-readable code, e.g. `invalid-input`, `db-newer-than-app`. */
  code: string;
  message: Message;
  /** Row/column-level problems and the like; each carries its own message. */
  details?: ErrorDetail[];
}

export interface ErrorDetail {
  path?: string;
  message: Message;
  /** What kind of problem a field has, so a form can say it with the field's own name ("请填写理由"). */
  problem?: FieldProblem;
  /** For a value that was recomputed and differs: both values in full, so a screen can show them aligned. */
  mismatch?: ValueMismatch;
}

/**
 * A recorded value and what it recomputes to, both in full (null where the record has no value), with the field
 * named in words, and — when it can be told — the field whose value explains the difference (for a seed key that
 * does not recompute, e.g. the second witness's digits), with the two values that disagree there.
 */
export interface ValueMismatch {
  label: Message;
  recorded: string | null;
  recomputed: string | null;
  cause?: MismatchCause;
}

export interface MismatchCause {
  path: string;
  label: Message;
  /** The value of `path` in the record … */
  value: string;
  /** … and the value it is held against, found in `against` (e.g. 种子原文中 / in the seed key). */
  other: string;
  against: Message;
}

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: AppError };
export type Result<T> = Ok<T> | Err;

export function ok<T>(value: T): Ok<T>;
export function ok(): Ok<void>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function err(code: string, zh: string, en: string, details?: ErrorDetail[]): Err {
  return { ok: false, error: { code, message: { zh, en }, ...(details?.length ? { details } : {}) } };
}

export function isErr<T>(r: Result<T>): r is Err {
  return !r.ok;
}

/** One line for logs and the CLI: Chinese first, English second (the users read Chinese). */
export function formatError(e: AppError): string {
  const head = `${e.message.zh} / ${e.message.en}`;
  const rest = (e.details ?? []).map(
    (d) => `  - ${d.path ? `${d.path}: ` : ''}${d.message.zh} / ${d.message.en}`,
  );
  return [head, ...rest].join('\n');
}
