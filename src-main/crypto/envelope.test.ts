import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/result';
import { openEnvelope, parseEnvelopeFile, seal, serializeEnvelope, type OpenExpectation, type SignedEnvelope } from './envelope';
import { generateKeyPair, keyId, privateKeyFromPkcs8 } from './keys';
import { sign } from './signing';

function signer() {
  const pair = generateKeyPair();
  return { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
}

/** The committee's expert (trusted), a second trusted colleague, and a stranger nobody trusts. */
const expert = signer();
const colleague = signer();
const stranger = signer();
const trustList = new Map([expert, colleague].map((k) => [keyId(k.publicKey), k.publicKey]));
const trusted: OpenExpectation['trusted'] = (id, publicKey) => trustList.get(id) === publicKey;

const scores = { session: 'S-2026-01', expert: 'E-007', scores: [{ nomination: 'N-01', total: 92.5 }, { nomination: 'N-02', total: 80 }] };
const otherScores = { ...scores, scores: [{ nomination: 'N-01', total: 60 }] };

const original = seal('score-file', scores, expert);
const fileBytes = (env: unknown) => Buffer.from(JSON.stringify(env), 'utf8');
const clone = (): SignedEnvelope<typeof scores> => structuredClone(original);

/** What a reader does with a file from a USB stick: bytes → JSON → checked envelope. */
function readFile(bytes: Buffer, expected: OpenExpectation): Result<unknown> {
  const json = parseEnvelopeFile(bytes);
  return json.ok ? openEnvelope(json.value, expected) : json;
}

function flipSignatureByte(sig: string, index: number): string {
  const bytes = Buffer.from(sig, 'base64');
  bytes[index] ^= 0x80;
  return bytes.toString('base64');
}

interface TamperCase {
  name: string;
  bytes: () => Buffer;
  /** What the reader expects; defaults to a score file from a trusted signer. */
  expected?: OpenExpectation;
  code: string;
}

const asScoreFile: OpenExpectation = { kind: 'score-file', trusted };
const withoutTrustList: OpenExpectation = { kind: 'score-file' };

const tamperCases: TamperCase[] = [
  { name: 'payload value changed', code: 'bad-signature', bytes: () => {
    const e = clone(); e.payload.scores[0].total = 99.5; return fileBytes(e);
  } },
  { name: 'payload key added', code: 'bad-signature', bytes: () => {
    const e = clone(); (e.payload as Record<string, unknown>).bonus = 5; return fileBytes(e);
  } },
  { name: 'payload row removed', code: 'bad-signature', bytes: () => {
    const e = clone(); e.payload.scores.pop(); return fileBytes(e);
  } },
  { name: 'payload replaced by null', code: 'bad-signature', bytes: () => fileBytes({ ...clone(), payload: null }) },
  { name: 'signature first byte flipped', code: 'bad-signature', bytes: () => {
    const e = clone(); e.signature = flipSignatureByte(e.signature, 0); return fileBytes(e);
  } },
  { name: 'signature last byte flipped', code: 'bad-signature', bytes: () => {
    const e = clone(); e.signature = flipSignatureByte(e.signature, 63); return fileBytes(e);
  } },
  { name: 'signature from another key over the same payload', code: 'bad-signature', bytes: () => {
    const e = clone(); e.signature = sign('score-file', scores, colleague.privateKey); return fileBytes(e);
  } },
  { name: 'signature swapped from another envelope of the same kind and signer', code: 'bad-signature', bytes: () => {
    const e = clone(); e.signature = seal('score-file', otherScores, expert).signature; return fileBytes(e);
  } },
  { name: 'a score file presented where a session package is expected', code: 'wrong-kind',
    expected: { kind: 'session-package', trusted }, bytes: () => fileBytes(clone()) },
  { name: 'kind field rewritten to session-package (score-file signature kept)', code: 'bad-signature',
    expected: { kind: 'session-package', trusted }, bytes: () => fileBytes({ ...clone(), kind: 'session-package' }) },
  { name: 'keyId changed', code: 'key-id-mismatch', bytes: () => {
    const e = clone(); e.signer.keyId = keyId(colleague.publicKey); return fileBytes(e);
  } },
  { name: 'publicKey swapped for another key, keyId left alone', code: 'key-id-mismatch', bytes: () => {
    const e = clone(); e.signer.publicKey = colleague.publicKey; return fileBytes(e);
  } },
  { name: 'publicKey and keyId swapped for another trusted key, original signature kept', code: 'bad-signature', bytes: () => {
    const e = clone(); e.signer = { keyId: keyId(colleague.publicKey), publicKey: colleague.publicKey }; return fileBytes(e);
  } },
  { name: 'publicKey and keyId swapped, no trust list given', code: 'bad-signature', expected: withoutTrustList, bytes: () => {
    const e = clone(); e.signer = { keyId: keyId(colleague.publicKey), publicKey: colleague.publicKey }; return fileBytes(e);
  } },
  { name: 'untrusted signer (an honest envelope from a stranger)', code: 'signer-not-trusted',
    bytes: () => fileBytes(seal('score-file', scores, stranger)) },
  { name: 'payload altered and re-sealed with an attacker key', code: 'signer-not-trusted',
    bytes: () => fileBytes(seal('score-file', { ...scores, scores: [{ nomination: 'N-01', total: 100 }] }, stranger)) },
  { name: 'attacker key with the expert’s keyId', code: 'key-id-mismatch', bytes: () => {
    const e = seal('score-file', scores, stranger); e.signer.keyId = keyId(expert.publicKey); return fileBytes(e);
  } },
  { name: 'truncated JSON', code: 'not-json', bytes: () => {
    const b = Buffer.from(serializeEnvelope(original), 'utf8'); return b.subarray(0, b.length - 10);
  } },
  { name: 'not JSON', code: 'not-json', bytes: () => Buffer.from('专家评分表 — not a signed file', 'utf8') },
  { name: 'empty file', code: 'not-json', bytes: () => Buffer.alloc(0) },
  { name: 'invalid UTF-8', code: 'not-json', bytes: () => Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) },
  { name: 'JSON that is not an envelope', code: 'invalid-envelope', bytes: () => fileBytes(scores) },
  { name: 'unsigned extra field added', code: 'invalid-envelope', bytes: () => fileBytes({ ...clone(), approvedBy: '主任' }) },
  { name: 'payload removed', code: 'invalid-envelope', bytes: () => {
    const { payload: _drop, ...rest } = clone(); return fileBytes(rest);
  } },
  { name: 'signature respelled in sloppy base64 (same bytes)', code: 'invalid-envelope', bytes: () => {
    const e = clone();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const i = e.signature.length - 3; // last data character before "==": its low 4 bits are padding
    e.signature = e.signature.slice(0, i) + alphabet[alphabet.indexOf(e.signature[i]) ^ 1] + '==';
    return fileBytes(e);
  } },
  { name: 'signature truncated', code: 'invalid-envelope', bytes: () => fileBytes({ ...clone(), signature: clone().signature.slice(0, 40) }) },
  { name: 'keyId in upper case', code: 'invalid-envelope', bytes: () => {
    const e = clone(); e.signer.keyId = e.signer.keyId.toUpperCase().replace(/^[0-9]/, 'A'); return fileBytes(e);
  } },
  { name: 'format version from the future', code: 'envelope-version-unsupported', bytes: () => fileBytes({ ...clone(), version: 2 }) },
];

describe('signed envelopes', () => {
  it.each(tamperCases)('refuses a tampered file: $name → $code', ({ bytes, expected, code }) => {
    const r = readFile(bytes(), expected ?? asScoreFile);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    if (!r.ok) {
      expect(r.error.message.zh.length).toBeGreaterThan(0);
      expect(r.error.message.en.length).toBeGreaterThan(0);
    }
  });

  it('messages name what failed', () => {
    const kind = readFile(fileBytes(original), { kind: 'session-package' });
    expect(kind.ok ? '' : kind.error.message.en).toMatch(/"score-file".*"session-package"/);
    expect(kind.ok ? '' : kind.error.message.zh).toMatch(/score-file.*session-package/);
    const stranger_ = readFile(fileBytes(seal('score-file', scores, stranger)), asScoreFile);
    expect(stranger_.ok ? '' : stranger_.error.message.zh).toContain(keyId(stranger.publicKey));
    const shape = readFile(fileBytes({ ...clone(), extra: 1 }), asScoreFile);
    expect(shape.ok ? [] : shape.error.details?.length).toBeGreaterThan(0);
  });

  it('an untouched envelope opens, with or without a trust list, through canonical file bytes', () => {
    for (const expected of [asScoreFile, withoutTrustList]) {
      const r = readFile(Buffer.from(serializeEnvelope(original), 'utf8'), expected);
      expect(r).toEqual({ ok: true, value: { payload: scores, signer: { keyId: keyId(expert.publicKey), publicKey: expert.publicKey } } });
    }
  });

  it('file bytes are deterministic and independent of key order; a UTF-8 BOM is tolerated', () => {
    const reordered = { scores: scores.scores, expert: scores.expert, session: scores.session };
    expect(serializeEnvelope(seal('score-file', reordered, expert))).toBe(serializeEnvelope(original));
    const pretty = Buffer.from('\ufeff' + JSON.stringify(original, null, 2), 'utf8');
    expect(readFile(pretty, asScoreFile).ok).toBe(true);
  });

  it('seals exactly what it signs: Dates and undefined fields become their JSON form', () => {
    const env = seal('score-file', { at: new Date('2026-03-01T08:00:00Z'), gone: undefined, n: 1 }, expert);
    expect(env.payload).toEqual({ at: '2026-03-01T08:00:00.000Z', n: 1 });
    expect(readFile(fileBytes(env), asScoreFile).ok).toBe(true);
  });

  it('seal refuses a key pair whose halves do not belong together', () => {
    expect(() => seal('score-file', scores, { privateKey: expert.privateKey, publicKey: colleague.publicKey })).toThrow(/public half/);
  });

  it('untouched envelopes always verify (50 random payloads)', () => {
    const random = mulberry32(20260301);
    for (let i = 0; i < 50; i++) {
      const payload = randomJson(random, 0);
      const kind = ['score-file', 'session-package', 'roster'][i % 3];
      const keys = [expert, colleague][i % 2];
      const bytes = Buffer.from(serializeEnvelope(seal(kind, payload, keys)), 'utf8');
      const r = readFile(bytes, { kind, trusted });
      if (!r.ok) throw new Error(`payload ${i} failed: ${r.error.code} ${JSON.stringify(payload)}`);
      expect((r.value as { payload: unknown }).payload).toEqual(JSON.parse(JSON.stringify(payload)));
    }
  });
});

/** Small seeded PRNG so a failure can be reproduced. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE_TEXT = ['评审', '河南省总工会', 'ok', '', 'a"b\\c', 'line\nbreak', '😀', 'Zürich', '\u0000'];

function randomJson(random: () => number, depth: number): unknown {
  const pick = Math.floor(random() * (depth > 3 ? 5 : 7));
  switch (pick) {
    case 0: return null;
    case 1: return random() < 0.5;
    case 2: return Math.floor(random() * 2_000_000) - 1_000_000 || 1;
    case 3: return Math.round(random() * 1e6) / 100 + 0.01; // scores like 87.35
    case 4: return SAMPLE_TEXT[Math.floor(random() * SAMPLE_TEXT.length)] + Math.floor(random() * 100);
    case 5: return Array.from({ length: Math.floor(random() * 5) }, () => randomJson(random, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let k = Math.floor(random() * 6); k > 0; k--) {
        out[SAMPLE_TEXT[Math.floor(random() * SAMPLE_TEXT.length)] + k] = randomJson(random, depth + 1);
      }
      return out;
    }
  }
}
