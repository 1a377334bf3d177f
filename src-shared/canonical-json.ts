import canonicalize from 'canonicalize';

/** RFC 8785 (JCS) canonical JSON: the only form that is ever hashed or signed. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}
