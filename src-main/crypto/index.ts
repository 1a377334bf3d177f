/** Offline signing for files that travel on USB sticks: keys, PIN-locked key storage, signatures, envelopes. */
export { base64Bytes, decodeBase64Strict } from './base64';
export {
  assertEd25519,
  decodePublicKey,
  ED25519_PUBLIC_KEY_BYTES,
  ED25519_SIGNATURE_BYTES,
  fingerprint,
  generateKeyPair,
  isPublicKeyText,
  keyId,
  privateKeyFromPkcs8,
  publicKeyFromBase64,
  publicKeyToBase64,
  type GeneratedKeyPair,
} from './keys';
export { checkPin, lockPrivateKey, pinVaultSchema, SCRYPT_DEFAULTS, unlockPrivateKey, type PinVault } from './pin-vault';
export { isValidKind, sign, signingMessage, verifySignature } from './signing';
export {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  envelopeSchema,
  openEnvelope,
  parseEnvelopeFile,
  seal,
  serializeEnvelope,
  type OpenedEnvelope,
  type OpenExpectation,
  type SignedEnvelope,
  type Signer,
  type SigningKeys,
} from './envelope';
