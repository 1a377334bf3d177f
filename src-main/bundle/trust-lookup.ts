import type { KeyRole, TrustedKeyView } from '../../src-shared/api/ops/bundle';
import { fingerprint, keyId } from '../crypto/keys';

/** The answer a verifier gets about one signing key. */
export type TrustDecision =
  | { status: 'trusted'; label: string; role: KeyRole }
  | { status: 'not-enrolled' }
  | { status: 'revoked'; label: string; revokedAt: string; reason: string }
  | { status: 'wrong-role'; label: string; role: KeyRole };

export type TrustLookup = (keyId: string, publicKey: string) => TrustDecision;

/**
 * A lookup over a list of keys: the full key is compared, not only its 64-bit id, so a key ground out to share an
 * id is still a stranger.
 */
export function trustLookup(keys: readonly TrustedKeyView[], role: KeyRole): TrustLookup {
  const byId = new Map(keys.map((k) => [k.keyId, k]));
  return (id, publicKey) => {
    const k = byId.get(id);
    if (!k || k.publicKey !== publicKey) return { status: 'not-enrolled' };
    if (k.revokedAt) return { status: 'revoked', label: k.label, revokedAt: k.revokedAt, reason: k.revokeReason ?? '' };
    if (k.role !== role) return { status: 'wrong-role', label: k.label, role: k.role };
    return { status: 'trusted', label: k.label, role: k.role };
  };
}

/** Trust in exactly one key (an export checking its own work; a benchmark). */
export function trustOneKey(publicKey: string, role: KeyRole, label: string): TrustLookup {
  // Not enrolled anywhere, so no enrolment time: a lookup reads only the key, its role and revocation.
  return trustLookup(
    [{ keyId: keyId(publicKey), fingerprint: fingerprint(publicKey), publicKey, role, label, deviceId: '', enrolledAt: '', enrolledBy: '', revokedAt: null, revokedBy: null, revokeReason: null }],
    role,
  );
}
