import { startTransition, useCallback, useEffect, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '../../src-shared/api/contract';
import type { AppError } from '../../src-shared/result';
import { api } from './client';
import { takePrefetched } from './prefetch';

export interface ApiState<T> {
  data?: T;
  error?: AppError;
  loading: boolean;
  reload(): void;
}

/**
 * Loads one operation's result for a page; `reload` fetches it again after a change. An input of `null`
 * means "not yet" (e.g. the year is still loading): nothing is called until it is given.
 */
export function useApi<N extends OperationName>(operation: N, input?: OperationInput<N> | null): ApiState<OperationOutput<N>> {
  const [state, setState] = useState<{ data?: OperationOutput<N>; error?: AppError; loading: boolean }>({
    loading: true,
  });
  const key = input === null ? null : JSON.stringify(input ?? {});
  const load = useCallback(() => {
    if (key === null) return;
    setState((s) => ({ ...s, loading: true }));
    const args = JSON.parse(key);
    // Drawn in a transition: React renders what arrived in slices between frames (a page of rows at once is one
    // long task otherwise), and only the commit runs in one piece.
    void (takePrefetched(operation, args) ?? api(operation, args)).then((r) =>
      startTransition(() => setState(r.ok ? { data: r.value, loading: false } : { error: r.error, loading: false })),
    );
  }, [operation, key]);
  useEffect(load, [load]);
  return { ...state, reload: load };
}
