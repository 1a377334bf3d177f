import canonicalize from 'canonicalize';

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * RFC 8785 (JCS) canonical JSON: the only form that is ever hashed or signed.
 *
 * For JSON data, JCS is `JSON.stringify` with every object's keys in code-unit order (its numbers and strings
 * are ECMAScript's own), so the engine's serializer does the work with sorted copies of the objects. One case
 * it cannot express: an object whose keys look like array indexes, which the engine always enumerates first
 * and in numeric order; such values go to the `canonicalize` package, the reference this is tested against.
 */
export function canonicalJson(value: unknown): string {
  if (isInOrder(value)) return JSON.stringify(value);
  let indexKeys = false;
  const text = JSON.stringify(value, function sortKeys(_key, member: unknown) {
    if (typeof member === 'number' && !Number.isFinite(member)) throw new TypeError(`${member} has no JSON form`);
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member;
    const keys = Object.keys(member);
    if (keys.some((k) => ARRAY_INDEX.test(k))) indexKeys = true;
    if (isSorted(keys)) return member;
    const sorted: Record<string, unknown> = {};
    for (const k of keys.sort()) sorted[k] = (member as Record<string, unknown>)[k];
    return sorted;
  }) as string | undefined;
  if (text === undefined) throw new TypeError('value has no JSON form');
  return indexKeys ? (canonicalize(value) as string) : text;
}

const isSorted = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1] < k);

/**
 * True when plain `JSON.stringify` already writes the canonical form: only strings, finite numbers, booleans,
 * null, arrays and plain objects whose keys are in order and none like an array index. Checking is much cheaper
 * than a replacer call per value, and the draw record's rows are built that way.
 */
function isInOrder(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (!isInOrder(item)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      let previous: string | undefined;
      for (const key in value) {
        if ((previous !== undefined && !(previous < key)) || ARRAY_INDEX.test(key)) return false;
        if (!isInOrder((value as Record<string, unknown>)[key])) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Arrays longer than this are handed out in runs of this many items. */
const PIECE_ITEMS = 256;

/**
 * The text of `canonicalJson(value)`, handed out in pieces so that a large record (a 100,000-expert draw
 * protocol is 22 MB) is written without ever being one string: objects member by member, long arrays in runs
 * of items, everything else whole.
 */
export function canonicalJsonPieces(value: unknown, emit: (piece: string) => void): void {
  if (Array.isArray(value) && value.length > PIECE_ITEMS) {
    for (let start = 0; start < value.length; start += PIECE_ITEMS) {
      const run = canonicalJson(value.slice(start, start + PIECE_ITEMS)); // "[a,b,…]"
      const last = start + PIECE_ITEMS >= value.length;
      emit(`${start === 0 ? '[' : ','}${run.slice(1, last ? undefined : -1)}`);
    }
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    emit(canonicalJson(value));
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  emit('{');
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'symbol' || typeof member === 'function') continue;
    emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    canonicalJsonPieces(member, emit);
    first = false;
  }
  emit('}');
}
