import { err, ok, type Result } from '../result';
import { FIX_FIELDS_MESSAGE } from '../problem-messages';
import { zodProblems } from '../zod-problems';
import { contract, isOperationName, type OperationName, type ParsedInput } from './contract';

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
    // The operation's name is for logs, not for the person at the form: the details say which field and what to do.
    return err('invalid-input', FIX_FIELDS_MESSAGE.zh, FIX_FIELDS_MESSAGE.en, zodProblems(contract[name].input, input ?? {}));
  }
  return ok({ name: name as N, input: parsed.data as ParsedInput<N> });
}
