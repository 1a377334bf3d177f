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
