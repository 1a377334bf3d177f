import type { BundleFiles } from '../src-main/bundle/render';
import { verifyBundleFiles, type Verified } from '../src-main/bundle/verify';
import type { TrustLookup } from '../src-main/bundle/trust-lookup';
import { answerPending } from './swap/digest-signature';
import { rememberDigest } from './swap/sha256';

/**
 * The page has no trust store: it takes the key attached to the bundle as the meeting laptop's and shows its
 * fingerprint, which the reader compares with the one on the signed paper (that comparison is the trust step).
 */
const attachedKey: TrustLookup = () => ({ status: 'trusted', label: '结果包所附密钥 (key attached to the bundle)', role: 'meeting-laptop' });

export type Progress = (done: number, total: number) => void;

/**
 * The app's own verification (src-main/bundle/verify.ts, built for the browser), run over files read in the
 * page. Every file is hashed with WebCrypto first (all at once); then the checks run, with every Ed25519 signature provisionally
 * good, and run again only when WebCrypto finds one that is not (swap/digest-signature.ts): a genuine bundle is
 * checked once, a spoiled one a few times; the run returned is one whose every answer was WebCrypto's.
 */
export async function verifyInBrowser(files: BundleFiles, now: Date, progress: Progress = () => undefined): Promise<Verified> {
  let done = 0;
  // All at once: WebCrypto hashes off the page's thread, and one file's wait need not hold up the next.
  await Promise.all(
    [...files.values()].map(async (bytes) => {
      rememberDigest(bytes, await webCryptoSha256(bytes));
      progress(++done, files.size);
    }),
  );
  for (;;) {
    const verified = verifyBundleFiles(files, { trust: attachedKey, now });
    if ((await answerPending()) === 0) return verified;
  }
}

/** Lower-case hex SHA-256 through WebCrypto (the page reads files into ArrayBuffers, never shared ones). */
export async function webCryptoSha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
