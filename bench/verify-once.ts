import { readBundleFolder } from '../src-main/bundle/read-folder';
import { verifyBundleFiles } from '../src-main/bundle/verify';
import { systemClock } from '../src-main/clock';
import { trustOneKey } from '../src-main/bundle/trust-lookup';

/**
 * Run as a process of its own by verify-page.bench.ts (`node --import tsx bench/verify-once.ts DIR PUBLIC_KEY`):
 * the app's verification of a bundle folder once, as the first verification after the app starts, and its time in
 * ms on stdout. The page verifies once per load, on code the JavaScript engine has never run; so does this.
 * The files are read before the clock starts, as the page's figure leaves reading out.
 */
const [dir, publicKey] = process.argv.slice(2);
const read = readBundleFolder(dir);
if (!read.files) throw new Error(`cannot read ${dir}`);
const trust = trustOneKey(publicKey, 'meeting-laptop', 'bench');
const started = performance.now();
const verified = verifyBundleFiles(read.files, { trust, now: systemClock() }).report.verified;
const ms = performance.now() - started;
if (!verified) throw new Error('the bench bundle did not verify');
process.stdout.write(`${ms}\n`);
