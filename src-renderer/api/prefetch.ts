import type { OperationInput, OperationName, OperationOutput } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/result';
import { api } from './client';

/**
 * Answers asked for at start-up, before the first page's code has arrived, so the first screen's requests
 * run side by side instead of one after another (settings → page code → page data). The first `useApi`
 * with the same operation and input takes the answer; leaving the screen drops whatever was not taken, so
 * no page is shown an answer older than its own visit.
 */
const pending = new Map<string, Promise<Result<unknown>>>();

export const requestKey = (operation: OperationName, input: unknown): string => `${operation} ${JSON.stringify(input ?? {})}`;

export function prefetch<N extends OperationName>(operation: N, input?: OperationInput<N>): Promise<Result<OperationOutput<N>>> {
  const key = requestKey(operation, input);
  if (!pending.has(key)) pending.set(key, api(operation, input));
  return pending.get(key) as Promise<Result<OperationOutput<N>>>;
}

/** The start-up answer for this request, once: a later reload asks the back end again. */
export function takePrefetched<N extends OperationName>(operation: N, input: unknown): Promise<Result<OperationOutput<N>>> | undefined {
  const key = requestKey(operation, input);
  const found = pending.get(key);
  pending.delete(key);
  return found as Promise<Result<OperationOutput<N>>> | undefined;
}

window.addEventListener('hashchange', () => pending.clear());
