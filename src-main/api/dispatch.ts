import type { OperationInput, OperationName, OperationOutput } from '../../src-shared/api/contract';
import { validateInput } from '../../src-shared/api/validate';
import { err, type Result } from '../../src-shared/result';
import { errorLine } from '../error-line';
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
    console.error(`[api] ${name} failed: ${errorLine(e)}`);
    return err('internal-error', `内部错误：${(e as Error).message}`, `Internal error: ${(e as Error).message}`);
  }
}

/** The input may be left out where every field of it is optional. */
type InputArg<N extends OperationName> = {} extends OperationInput<N> ? [input?: OperationInput<N>] : [input: OperationInput<N>];

/**
 * Typed form of `dispatch` for the CLI, tests and other in-process callers: the input is checked by the compiler
 * against the operation's schema (its input side, defaults still optional), and again at run time like any door's.
 */
export function call<N extends OperationName>(ctx: ServiceContext, name: N, ...[input]: InputArg<N>): Promise<Result<OperationOutput<N>>> {
  return dispatch(ctx, name, input ?? {}) as Promise<Result<OperationOutput<N>>>;
}
