/**
 * Bytes through a door that speaks text. Inside the contract a file's content is a `Uint8Array`; JSON has no bytes,
 * so the loopback HTTP door and the page's HTTP client (one module, both ends) write each `Uint8Array` as
 * `{"$bytes": "<base64>"}` and read that back as a `Uint8Array`. Nothing else in the app does base64 of API data.
 * (No operation has a field named `$bytes`, so the marker cannot be confused with data.)
 */

export const BYTES_MARKER = '$bytes';

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * `value` with every `Uint8Array` in it (through arrays and plain objects) replaced by `fn(bytes)`; arrays and
 * objects are copied only along the way to one, so a large answer without bytes is walked, not rebuilt.
 */
export function mapBytes(value: unknown, fn: (bytes: Uint8Array) => unknown): unknown {
  if (value instanceof Uint8Array) return fn(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = mapBytes(value[i], fn);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: Plain | undefined;
    for (const key of Object.keys(value)) {
      const v = mapBytes(value[key], fn);
      if (v !== value[key]) (out ??= { ...value })[key] = v;
    }
    return out ?? value;
  }
  return value;
}

interface NodeBuffer {
  from(data: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'base64'): string };
  from(text: string, encoding: 'base64'): Uint8Array;
}
/** Node's Buffer where there is one (the back end, tests): much faster than atob/btoa for megabytes. */
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

export function bytesToBase64(b: Uint8Array): string {
  return nodeBuffer ? nodeBuffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64') : bytesToBase64InPage(b);
}

/** The page's way (no Buffer there). */
export function bytesToBase64InPage(b: Uint8Array): string {
  const parts: string[] = [];
  // A multiple of 3 bytes per chunk, so the chunks' base64 joins without padding in between.
  for (let i = 0; i < b.length; i += 0x6000) parts.push(btoa(String.fromCharCode(...b.subarray(i, i + 0x6000))));
  return parts.join('');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of canonical-alphabet, padded base64; undefined for anything else. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  return nodeBuffer ? nodeBuffer.from(text, 'base64') : base64ToBytesInPage(text);
}

/** The page's way (no Buffer there), for text already checked to be base64. */
export function base64ToBytesInPage(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** JSON text of `value`, its bytes as `{"$bytes": base64}`. */
export function toWireJson(value: unknown): string {
  return JSON.stringify(mapBytes(value, (b) => ({ [BYTES_MARKER]: bytesToBase64(b) })));
}

/**
 * The value of JSON text written by `toWireJson`, with its bytes back. A marker whose text is not base64 stays as
 * it is, so the contract's schema refuses it where bytes are expected (it is not silently read as something else).
 */
export function fromWireJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return text.includes(`"${BYTES_MARKER}"`) ? revive(value) : value;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === BYTES_MARKER && typeof value[BYTES_MARKER] === 'string') {
      return base64ToBytes(value[BYTES_MARKER]) ?? value;
    }
    for (const key of keys) {
      const v = revive(value[key]);
      if (v !== value[key]) value[key] = v;
    }
  }
  return value;
}
