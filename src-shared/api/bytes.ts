import { z } from 'zod';

/**
 * Binary data in the contract: a file's content is a `Uint8Array` (a Node `Buffer` is one) in inputs and outputs.
 * No operation carries base64: the doors that speak text (the loopback HTTP door and the page's HTTP client)
 * encode bytes on the way out and decode them on the way in (`./wire`); Electron's IPC and in-process callers pass
 * the bytes as they are.
 */
export function bytes(max: number, min = 0) {
  return z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'expected bytes (a file’s content)' })
    .refine((b) => b.byteLength >= min, { error: min === 1 ? 'the file is empty' : `at least ${min} bytes` })
    .refine((b) => b.byteLength <= max, { error: `at most ${sizeText(max)}` });
}

export function sizeText(n: number): string {
  const MB = 1024 * 1024;
  if (n >= MB) return `${+(n / MB).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
