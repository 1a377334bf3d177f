/**
 * Child process of the crash test: saves score cells one after another through the real service and,
 * only after each save has returned (committed), reports it on stdout. The parent kills it at random.
 *   node out/test/score-writer.cjs DATA_DIR SESSION EXPERT RUN   (built by tests/global-setup.ts)
 */
import seedrandom from 'seedrandom';
import { call } from '../../src-main/api/dispatch';
import { APP_VERSION } from '../../src-main/app-version';
import { chromiumPdfPrinter } from '../../src-main/print/chromium-printer';
import { Store } from '../../src-main/store/store';
import { fixedClock } from '../../src-main/testing/clock';

const [dataDir, sessionId, expertId, run] = process.argv.slice(2);
const now = fixedClock();
const opened = Store.open(dataDir, now);
if (!opened.ok) throw new Error(opened.error.message.en);
const ctx = { store: opened.value, actor: 'crash-test', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now };

async function main(): Promise<void> {
  const session = await call(ctx, 'session.get', { sessionId });
  if (!session.ok) throw new Error(session.error.message.en);
  const rand = seedrandom(`crash|${run}`);
  const criteria = session.value.rules.rubric.criteria;
  process.stdout.write('READY\n');
  for (let i = 0; ; i++) {
    const n = session.value.nominations[Math.floor(rand() * session.value.nominations.length)];
    const c = criteria[Math.floor(rand() * criteria.length)];
    const value = Math.floor(rand() * (c.maxPoints / c.step + 1)) * c.step;
    const saved = await call(ctx, 'score.save', { sessionId, expertId, nominationId: n.id, criteria: { [c.id]: value } });
    if (!saved.ok) throw new Error(saved.error.message.en);
    // Written only after the transaction committed; pipes are written synchronously on Linux.
    process.stdout.write(`SAVED ${saved.value.version} ${n.id} ${c.id} ${value}\n`);
  }
}

void main();
