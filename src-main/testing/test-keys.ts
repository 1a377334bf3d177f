import { privateKeyFromPkcs8, publicKeyToBase64 } from '../crypto/keys';

/**
 * Test vector 1 of RFC 8032 §7.1, so key ids, fingerprints and signatures can be pinned to values
 * computed outside this code. Test-only: never use a published key for anything real.
 */
export const RFC8032_SEED_HEX = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
export const RFC8032_PUBLIC_HEX = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
/** PKCS#8 header for an Ed25519 private key; the 32-byte seed follows it. */
const PKCS8_ED25519_PREFIX_HEX = '302e020100300506032b657004220420';

export function rfc8032Key() {
  const privateKeyPkcs8 = Buffer.from(PKCS8_ED25519_PREFIX_HEX + RFC8032_SEED_HEX, 'hex');
  const privateKey = privateKeyFromPkcs8(privateKeyPkcs8);
  return { privateKeyPkcs8, privateKey, publicKey: publicKeyToBase64(privateKey) };
}
