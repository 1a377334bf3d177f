import { err, ok, type Result } from '../result';
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
    return err(
      'invalid-input',
      `操作 ${name} 的输入无效`,
      `Invalid input for ${name}`,
      zodProblems(contract[name].input, input ?? {}),
    );
  }
  return ok({ name: name as N, input: parsed.data as ParsedInput<N> });
}
