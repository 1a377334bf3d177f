import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import type { ServiceContext } from './context';

/**
 * This installation's own Ed25519 key (the coordinator signs session packages with it). Kept in the data
 * folder, readable by the user only; made on first use.
 */
export function deviceKey(ctx: ServiceContext): { privateKey: KeyObject; publicKey: string } {
  const file = path.join(ctx.store.dataDir, 'keys', 'device-key.json');
  if (!fs.existsSync(file)) {
    const pair = generateKeyPair();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.partial`;
    fs.writeFileSync(temp, JSON.stringify({ publicKey: pair.publicKey, privateKeyPkcs8: pair.privateKeyPkcs8.toString('base64') }), { mode: 0o600, flush: true });
    fs.renameSync(temp, file);
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKeyPkcs8: string };
  return { publicKey: stored.publicKey, privateKey: privateKeyFromPkcs8(Buffer.from(stored.privateKeyPkcs8, 'base64')) };
}
