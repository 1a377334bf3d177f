import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI_PROCESS_TIMEOUT } from './timeouts';

/** The built CLI as a user runs it (`node scripts/build-cli.mjs` makes it before the tests that spawn it). */
const BIN = path.resolve(__dirname, '../../bin/studio-review.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `env` added; the key passphrases are empty unless a test gives them, whatever the shell holds. */
export function cliWith(env: Record<string, string>, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: CLI_PROCESS_TIMEOUT,
    env: { ...process.env, STUDIO_REVIEW_KEY_PASSPHRASE: '', STUDIO_REVIEW_NEW_KEY_PASSPHRASE: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const cli = (...args: string[]): CliRun => cliWith({}, ...args);

/** The fingerprint of a data folder's own key, as `keys show` prints it for people to read out to each other. */
export function keyFingerprint(dataDir: string): string {
  const m = /fingerprint: ((?:[0-9A-F]{4} ){15}[0-9A-F]{4})/.exec(cli('keys', 'show', '--data-dir', dataDir).stdout);
  if (!m) throw new Error(`keys show printed no fingerprint for ${dataDir}`);
  return m[1];
}

/** The nominations `session simulate` marks as proposed, in ranking order, from its stdout. */
export function simulatedProposals(stdout: string): { nominationId: string; studioName: string }[] {
  return [...stdout.matchAll(/ 建议 proposed +\S+ +(\S+) +(\S+)/g)].map((m) => ({ nominationId: m[1], studioName: m[2] }));
}
