import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import { MANUAL_ITEMS } from '../../src-shared/screening/manual-checklist';
import { isErr, type Result } from '../../src-shared/result';
import type { Criterion } from '../../src-shared/scoring/rubric';
import { call } from '../api/dispatch';
import { Store } from '../store/store';
import type { ServiceContext } from '../services/context';

export const SIMULATED_PIN = '2468';
const WITNESSES = [
  { name: '王监督', first: '0123456789', second: '0123456789' },
  { name: '李见证', first: '9876543210', second: '9876543210' },
  { name: '赵公证', first: '3141592653', second: '3141592653' },
];

type Step<T> = Promise<Result<T>>;
async function must<T>(step: Step<T>): Promise<T> {
  const r = await step;
  if (isErr(r)) throw new SimulationError(r.error.message.zh, r.error.message.en);
  return r.value;
}
export class SimulationError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
  }
}

const onStep = (value: number, c: Criterion) => Math.min(c.maxPoints, Math.max(0, Math.round(value / c.step) * c.step));

/**
 * A whole meeting, headless, on the demo year: screening, the draw (fixed witness digits), a session with
 * three experts on this laptop and two on laptops of their own (their own data folders), synthetic scores
 * with a conflict and a tie at the cut, score files carried through a folder, the panel's vote, every
 * signature. Deterministic for a seed.
 */
/** The demo year screened (all qualified as their checks allow), a five-expert panel drawn, a session frozen. */
export async function prepareSession(ctx: ServiceContext, seed: number): Promise<SessionView> {
  const { year, drawId } = await prepareDraw(ctx, seed);
  const sessionId = `${year}-S${String(seed).padStart(2, '0')}`.slice(0, 60);
  await must(call(ctx, 'session.create', { year, drawId, sessionId }));
  return must(call(ctx, 'session.freeze', { sessionId }));
}

/** The demo year screened and a five-expert panel drawn and finished, in a folder that holds no session yet. */
export async function prepareDraw(ctx: ServiceContext, seed: number): Promise<{ year: number; drawId: string }> {
  const year = 2026;
  if ((await must(call(ctx, 'session.list'))).length > 0) {
    throw new SimulationError('该数据目录中已有评审会，模拟只能在空目录或演示目录中进行', 'This data folder already holds a scoring session; simulate into an empty or demo-only folder');
  }
  await must(call(ctx, 'demo.generate', { seed }));
  const allMet = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));
  for (const n of await must(call(ctx, 'nominations.list', { year }))) {
    await call(ctx, 'screening.record', { nominationId: n.id, manual: allMet, screener: '模拟审查人' });
  }
  const plan = await must(call(ctx, 'draw.plan', { year, stratumBy: 'sector' }));
  const quotas = Object.fromEntries(plan.strata.map((s) => [s.stratum, 1]));
  await must(call(ctx, 'draw.commit', { year, drawId: plan.suggestedDrawId, stratumBy: 'sector', quotas, alternates: quotas, unitCap: 1, place: '模拟会场', operator: '模拟操作人' }));
  await must(call(ctx, 'draw.run', { drawId: plan.suggestedDrawId, witnesses: WITNESSES }));
  await must(call(ctx, 'draw.finish', { drawId: plan.suggestedDrawId }));
  return { year, drawId: plan.suggestedDrawId };
}

export async function simulateSession(ctx: ServiceContext, seed: number): Promise<{ session: SessionView; results: ResultsView; laptops: string[]; usb: string }> {
  let session = await prepareSession(ctx, seed);
  const sessionId = session.sessionId;

  // Three experts take turns on this laptop; two bring laptops of their own.
  const panel = session.panel.map((p) => p.expertId);
  const local = panel.slice(0, 3);
  const remote = panel.slice(3);
  const usb = path.join(ctx.store.dataDir, 'simulated-usb');
  fs.mkdirSync(usb, { recursive: true });
  const pkg = await must(call(ctx, 'session.exportPackage', { sessionId }));
  const laptops = remote.map((id) => path.join(ctx.store.dataDir, 'simulated-laptops', id));
  const laptopCtx = laptops.map((dir) => {
    const opened = Store.open(dir, ctx.now);
    if (isErr(opened)) throw new SimulationError(opened.error.message.zh, opened.error.message.en);
    return { ...ctx, store: opened.value, actor: `laptop:${path.basename(dir)}` };
  });
  try {
    for (const l of laptopCtx) await must(call(l, 'session.importPackage', { contentBase64: pkg.contentBase64 }));
    const where = (id: string) => laptopCtx[remote.indexOf(id)] ?? ctx;
    for (const id of panel) await must(call(where(id), 'session.checkIn', { sessionId, expertId: id, pin: SIMULATED_PIN }));

    // Scores: a quality per nomination, a leniency per expert, noise per cell; the 30th and 31st get the
    // very same sheets from everyone, so they tie at the cut; the first expert declares one conflict.
    const rand = seedrandom(`simulate|${seed}`);
    const criteria = session.rules.rubric.criteria;
    const ids = session.nominations.map((n) => n.id);
    // Qualities two points apart, in a seeded order, so only the planted tie can straddle the cut.
    const byQuality = ids.map((id) => ({ id, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.id);
    const quality = new Map(byQuality.map((id, i) => [id, 0.95 - 0.02 * i]));
    const [tieA, tieB] = [byQuality[session.rules.cut - 1], byQuality[session.rules.cut]];
    quality.set(tieB, quality.get(tieA)!);
    const conflict = byQuality[0];
    for (const [e, expertId] of panel.entries()) {
      const lean = (rand() - 0.5) * 0.1;
      for (const nominationId of ids) {
        if (e === 0 && nominationId === conflict) {
          await must(call(where(expertId), 'score.save', { sessionId, expertId, nominationId, recuse: { reason: '本人曾在该单位兼职' } }));
          continue;
        }
        const noise = nominationId === tieA || nominationId === tieB ? 0 : (rand() - 0.5) * 0.008;
        const scores = Object.fromEntries(criteria.map((c) => [c.id, onStep((quality.get(nominationId)! + lean + noise) * c.maxPoints, c)]));
        await must(call(where(expertId), 'score.save', { sessionId, expertId, nominationId, criteria: scores, comment: '材料翔实' }));
      }
      await must(call(where(expertId), 'score.lock', { sessionId, expertId }));
    }

    // Score files from the expert laptops reach the coordinator on a stick.
    const carry = async () => {
      for (const [i, id] of remote.entries()) {
        const file = await must(call(laptopCtx[i], 'score.exportFile', { sessionId, expertId: id, pin: SIMULATED_PIN }));
        fs.writeFileSync(path.join(usb, file.fileName), Buffer.from(file.contentBase64, 'base64'));
      }
      const files = fs.readdirSync(usb).map((f) => ({ fileName: f, contentBase64: fs.readFileSync(path.join(usb, f)).toString('base64') }));
      return must(call(ctx, 'score.importFiles', { files }));
    };
    await carry();

    // Discussion: the tie across the cut is put to the panel.
    let results = await must(call(ctx, 'results.get', { sessionId }));
    for (const tie of results.ranking.needsPanelVote) {
      results = await must(call(ctx, 'results.vote', { sessionId, vote: { nominationIds: tie.nominationIds, order: [...tie.nominationIds].sort(), record: '专家组举手表决，多数赞成按编号顺序' } }));
    }
    for (const id of panel) await must(call(where(id), 'signoff.expert', { sessionId, expertId: id, pin: SIMULATED_PIN, dissent: '' }));
    fs.rmSync(usb, { recursive: true, force: true });
    fs.mkdirSync(usb);
    await carry();
    session = await must(call(ctx, 'signoff.summary', { sessionId, pin: SIMULATED_PIN }));
    return { session, results: await must(call(ctx, 'results.get', { sessionId })), laptops, usb };
  } finally {
    for (const l of laptopCtx) l.store.close();
  }
}

