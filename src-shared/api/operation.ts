import type { z } from 'zod';

export interface OperationDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

/** `operation<Output>()(inputSchema)`: the input is checked at run time, the output by the compiler. */
export function operation<O>() {
  return <I extends z.ZodType>(input: I): OperationDef<I, O> => ({ input });
}
