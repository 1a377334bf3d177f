import type { OperationName, OperationOutput } from '../../src-shared/api/contract';
import { validateInput } from '../../src-shared/api/validate';
import { err, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { handlers, type Handler } from './handlers';

/**
 * The single entry behind every door: validate, run, and turn a bug into an `internal-error` Result so a
 * caller (a window, a test, a shell) always gets an answer and the process keeps running.
 */
export async function dispatch(ctx: ServiceContext, name: string, input: unknown): Promise<Result<unknown>> {
  const valid = validateInput(name, input);
  if (!valid.ok) return valid;
  const handler = handlers[valid.value.name] as Handler<OperationName>;
  try {
    return await handler(ctx, valid.value.input as never);
  } catch (e) {
    console.error(`[api] ${name} failed`, e);
    return err('internal-error', `内部错误：${(e as Error).message}`, `Internal error: ${(e as Error).message}`);
  }
}

/** Typed form of `dispatch` for tests and in-process callers. */
export function call<N extends OperationName>(
  ctx: ServiceContext,
  name: N,
  input: unknown = {},
): Promise<Result<OperationOutput<N>>> {
  return dispatch(ctx, name, input) as Promise<Result<OperationOutput<N>>>;
}
