import type { OperationInput, OperationName, OperationOutput } from '../../src-shared/api/contract';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { err, type Result } from '../../src-shared/result';

/**
 * One client, two doors: the Electron preload bridge when present, else the loopback HTTP transport. There the
 * per-run token is a cookie the server set when the page was first opened (the page's scripts cannot read it), and
 * the browser sends it with every same-origin request.
 */
declare global {
  interface Window {
    studioReview?: {
      call(operation: string, input: unknown): Promise<unknown>;
      /** The system's folder dialog (Electron only); null when cancelled. */
      pickFolder?(): Promise<string | null>;
    };
  }
}

async function viaHttp(operation: string, input: unknown): Promise<unknown> {
  const res = await fetch(`/api/${encodeURIComponent(operation)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Bytes travel as {"$bytes": base64} both ways, the same module as the server's.
    body: toWireJson(input ?? {}),
  });
  return fromWireJson(await res.text());
}

export async function api<N extends OperationName>(
  operation: N,
  input: OperationInput<N> = {} as OperationInput<N>,
): Promise<Result<OperationOutput<N>>> {
  try {
    const bridge = window.studioReview;
    const result = bridge?.call ? await bridge.call(operation, input) : await viaHttp(operation, input);
    return result as Result<OperationOutput<N>>;
  } catch (e) {
    return err('transport-failed', `无法连接到程序后台：${String(e)}`, `Cannot reach the app's back end: ${String(e)}`);
  }
}
