import type { OperationName, OperationOutput, ParsedInput } from '../../src-shared/api/contract';
import { ok, type Result } from '../../src-shared/result';
import { verifyAuditChain } from '../store/audit-log';
import { appInfo } from '../services/app-info';
import type { ServiceContext } from '../services/context';
import { generateDemo } from '../services/demo';
import { readSettings, updateSettings } from '../services/settings';

export type Handler<N extends OperationName> = (
  ctx: ServiceContext,
  input: ParsedInput<N>,
) => Result<OperationOutput<N>> | Promise<Result<OperationOutput<N>>>;

/** The one table every door dispatches through: operation name → service call. */
export const handlers: { [N in OperationName]: Handler<N> } = {
  'app.info': (ctx) => ok(appInfo(ctx)),
  'settings.get': (ctx) => ok(readSettings(ctx)),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
  'audit.verify': (ctx) => ok(verifyAuditChain(ctx.store.db)),
  'demo.generate': (ctx, input) => generateDemo(ctx, input.seed),
};
