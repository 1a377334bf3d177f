import { decodeBase64Strict } from '../../src-main/crypto/base64';
import { decodePublicKey, ED25519_SIGNATURE_BYTES, isPublicKeyText } from '../../src-main/crypto/keys';
import { digestMessage } from '../../src-main/crypto/message';
import { ed25519 } from '@noble/curves/ed25519';

export { digestMessage };

/**
 * The verify page's src-main/bundle/digest-signature.ts (the build swaps it in; same exports). The checks ask
 * for signatures synchronously; WebCrypto's Ed25519 answers asynchronously. So a question not yet answered is
 * noted and provisionally answered yes; once WebCrypto has answered every noted question, verify-in-browser.ts
 * keeps the run if every provisional yes was right (the checks then ran exactly as with WebCrypto's answers: a
 * genuine bundle is checked once), and otherwise runs the checks again with the answers known, until a run's
 * provisional answers all hold. Only that run's report is shown.
 */
interface Question {
  kind: string;
  sha256Hex: string;
  signature: string;
  publicKey: string;
}

const answers = new Map<string, boolean>();
const pending = new Map<string, Question>();
const keyOf = (q: Question) => `${q.kind}\n${q.sha256Hex}\n${q.signature}\n${q.publicKey}`;

export function verifyDigest(kind: string, sha256Hex: string, signature: string, publicKey: string): boolean {
  const q = { kind, sha256Hex, signature, publicKey };
  const answer = answers.get(keyOf(q));
  if (answer !== undefined) return answer;
  pending.set(keyOf(q), q);
  return true;
}

/** The page never signs. */
export function signDigest(): string {
  throw new Error('the verify page does not sign');
}

/**
 * Answers every question noted since the last call; how many of their provisional yeses were wrong (0: the last
 * run stands as it is).
 */
export async function answerPending(): Promise<number> {
  const questions = [...pending];
  pending.clear();
  // All asked at once: each answer comes back from WebCrypto's own thread, and none needs another.
  const answered = await Promise.all(questions.map(([, q]) => webCryptoVerify(q)));
  questions.forEach(([key], i) => answers.set(key, answered[i]));
  return answered.filter((answer) => !answer).length;
}

/** Whether this browser's WebCrypto has Ed25519 (Chrome/Edge 137+, Firefox 129+, Safari 17+). */
export async function hasEd25519(): Promise<boolean> {
  try {
    await crypto.subtle.importKey('raw', new Uint8Array(32).fill(1), { name: 'Ed25519' }, false, ['verify']);
    return true;
  } catch {
    return false;
  }
}

const keys = new Map<string, Promise<CryptoKey>>();
let webCryptoHasEd25519: Promise<boolean> | undefined;

/** Which Ed25519 answers this page's questions: the browser's own, or the bundled @noble/curves. */
export async function ed25519Engine(): Promise<'webcrypto' | 'noble'> {
  return (await (webCryptoHasEd25519 ??= hasEd25519())) ? 'webcrypto' : 'noble';
}

/** False for anything malformed, like the app's: every input may come from a USB stick. */
async function webCryptoVerify(q: Question): Promise<boolean> {
  try {
    const signature = decodeBase64Strict(q.signature, ED25519_SIGNATURE_BYTES);
    if (!signature || !isPublicKeyText(q.publicKey)) return false;
    const message = new Uint8Array(digestMessage(q.kind, q.sha256Hex));
    // Browsers on Chinese office PCs are often built on a Chromium older than 137, whose WebCrypto has no Ed25519:
    // the audited pure-JS verifier answers there, with RFC 8032's strict rules (zip215 off), as OpenSSL in the app.
    if ((await ed25519Engine()) === 'noble') return ed25519.verify(new Uint8Array(signature), message, new Uint8Array(decodePublicKey(q.publicKey)!), { zip215: false });
    let key = keys.get(q.publicKey);
    if (!key) {
      key = crypto.subtle.importKey('raw', new Uint8Array(decodePublicKey(q.publicKey)!), { name: 'Ed25519' }, false, ['verify']);
      keys.set(q.publicKey, key);
    }
    return await crypto.subtle.verify('Ed25519', await key, new Uint8Array(signature), message);
  } catch {
    return false;
  }
}
