/**
 * Where a recorded JSON value first differs from a recomputed one, as a path like `ranking.rows[3].score`, so a
 * refusal can say exactly which value does not recompute. Numbers must be equal exactly: both sides are the same
 * double computed the same way, and JSON keeps every double exactly.
 */
export interface Difference {
  path: string;
  recorded: unknown;
  recomputed: unknown;
}

export function firstDifference(recorded: unknown, recomputed: unknown, path = ''): Difference | null {
  // The common case, everything equal, without building a path for every value on the way.
  if (jsonEqual(recorded, recomputed)) return null;
  return locate(recorded, recomputed, path);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(y, k) || !jsonEqual(x[k], y[k])) return false;
    n++;
  }
  for (const _ in y) n--;
  return n === 0;
}

function locate(recorded: unknown, recomputed: unknown, path: string): Difference | null {
  if (Object.is(recorded, recomputed) || (recorded === 0 && recomputed === 0)) return null;
  const here = { path: path || '(root)', recorded, recomputed };
  if (typeof recorded !== 'object' || typeof recomputed !== 'object' || recorded === null || recomputed === null) return here;
  if (Array.isArray(recorded) !== Array.isArray(recomputed)) return here;
  if (Array.isArray(recorded) && Array.isArray(recomputed)) {
    for (let i = 0; i < Math.max(recorded.length, recomputed.length); i++) {
      if (i >= recorded.length || i >= recomputed.length) return { path: `${path}.length`, recorded: recorded.length, recomputed: recomputed.length };
      const d = locate(recorded[i], recomputed[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const a = recorded as Record<string, unknown>;
  const b = recomputed as Record<string, unknown>;
  // Both sides are JSON values (parsed, or passed through JSON), so neither holds an undefined field.
  for (const k of Object.keys(a)) {
    if (!Object.hasOwn(b, k)) return { path: path ? `${path}.${k}` : k, recorded: a[k], recomputed: undefined };
    const d = locate(a[k], b[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  for (const k of Object.keys(b)) {
    if (!Object.hasOwn(a, k)) return { path: path ? `${path}.${k}` : k, recorded: undefined, recomputed: b[k] };
  }
  return null;
}

/** A value shown in a message: short, one line. */
export function shown(v: unknown): string {
  const s = v === undefined ? '（无 none）' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
