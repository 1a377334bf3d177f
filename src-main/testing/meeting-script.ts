import seedrandom from 'seedrandom';
import type { OperationInput, OperationName, OperationOutput } from '../../src-shared/api/contract';
import type { DrawView, ResultsView, SessionView } from '../../src-shared/api/views';
import type { Result } from '../../src-shared/result';
import { MANUAL_ITEMS } from '../../src-shared/screening/manual-checklist';
import type { Criterion } from '../../src-shared/scoring/rubric';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import type { IssuedPackageView } from '../../src-shared/api/ops/issued-package';

/**
 * The demo meeting, written once: the demo year screened, the session's package issued, a panel drawn before three
 * witnesses, the session made from the package and frozen, experts checked in, every sheet scored by one plan (a
 * conflict, a tie planted at the cut), sheets locked, the tie put to the panel, every signature. Each step goes through a door: the API as its caller reaches it, in process (see
 * `inProcess` in simulate.ts: the CLI's `session simulate`, the unit tests, the bench) or over the loopback server
 * (the e2e tests). This module loads no service and no test runner, so any of them can import it.
 */
export type Door = <N extends OperationName>(name: N, input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>;

/** Six digits, as the PIN rule asks of every new PIN (src-shared/scoring/pin-rule.ts). */
export const SIMULATED_PIN = '246813';
export const DEMO_WITNESSES = [
  { name: '王监督', first: '0123456789', second: '0123456789' },
  { name: '李见证', first: '9876543210', second: '9876543210' },
  { name: '赵公证', first: '3141592653', second: '3141592653' },
];
export const CONFLICT_REASON = '本人曾在该单位兼职';
export const SCORE_COMMENT = '材料翔实';

export class SimulationError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
  }
}

/** The value of a step that must succeed; a refusal ends the meeting with the app's own message. */
export async function must<T>(step: Promise<Result<T>>): Promise<T> {
  const r = await step;
  if (!r.ok) throw new SimulationError(r.error.message.zh, r.error.message.en);
  return r.value;
}

/** The demo year generated from `seed` and every nomination screened with all manual items met (as far as its automatic checks allow); returns the year. */
export async function screenDemoYear(door: Door, seed: number, screener: string): Promise<number> {
  const { year } = await must(door('demo.generate', { seed }));
  const manual = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));
  // A nomination its automatic checks reject stays rejected: its refusal is not the meeting's concern.
  for (const n of await must(door('nominations.list', { year }))) await door('screening.record', { nominationId: n.id, manual, screener });
  return year;
}

export interface DrawSettings {
  /** Seats in each sector, and as many alternates. */
  perStratum: number;
  unitCap: number;
  place: string;
  operator: string;
  /** The plan's suggested id when omitted. */
  drawId?: string;
  /** Finished (the panel final) after the run, or left open for calls. */
  finish: boolean;
}

/** A panel drawn by sector from the year's pool before the demo witnesses. */
export async function drawDemoPanel(door: Door, year: number, s: DrawSettings): Promise<DrawView> {
  const plan = await must(door('draw.plan', { year, stratumBy: 'sector' }));
  const quotas = Object.fromEntries(plan.strata.map((x) => [x.stratum, s.perStratum]));
  const drawId = s.drawId ?? plan.suggestedDrawId;
  await must(door('draw.commit', { year, drawId, stratumBy: 'sector', quotas, alternates: quotas, unitCap: s.unitCap, place: s.place, operator: s.operator }));
  const drawn = await must(door('draw.run', { drawId, witnesses: DEMO_WITNESSES }));
  return s.finish ? must(door('draw.finish', { drawId })) : drawn;
}

/** The seats a demo draw of `perStratum` per sector makes: the panel size a package for it names. */
export async function demoPanelSize(door: Door, year: number, perStratum: number): Promise<number> {
  const plan = await must(door('draw.plan', { year, stratumBy: 'sector' }));
  return plan.strata.length * perStratum;
}

/**
 * A demo or test computer signs without a device-key passphrase, by the recorded choice (keys.declinePassphrase):
 * the office's package, the coordinator's session package and bundle all need the device key.
 */
export async function signWithoutPassphrase(door: Door): Promise<void> {
  if (!(await must(door('keys.device', {}))).protected) await must(door('keys.declinePassphrase', {}));
}

/**
 * The office issues the session's package (评审会授权包) from its screened year: its rules, or the draft's, and a panel
 * by sector; `passphrase`: the device key's, when it has one.
 */
export async function issuePackage(
  door: Door,
  year: number,
  sessionId: string,
  panelSize: number,
  more: { rules?: SessionRules; passphrase?: string } = {},
): Promise<IssuedPackageView> {
  return must(door('package.issue', { year, sessionId, panelSize, stratumBy: 'sector', ...more }));
}

/** The session of a package on the draw's panel, with the package's rules, frozen: scoring can start. */
export async function openSession(door: Door, year: number, drawId: string, sessionId: string): Promise<SessionView> {
  await must(door('session.create', { year, drawId, sessionId }));
  return must(door('session.freeze', { sessionId }));
}

export interface ScorePlan {
  /** The cut-th and (cut+1)-th nominations by quality: the very same sheet from every expert, so they tie at the cut. */
  tie: [string, string];
  /** The first expert's declared conflict, on the best nomination (far from the cut). */
  conflict: { expertId: string; nominationId: string };
  /** An expert's points per criterion for a nomination (on the criterion's steps). */
  sheet(expertId: string, nominationId: string): Record<string, number>;
}

const onStep = (value: number, c: Criterion) => Math.min(c.maxPoints, Math.max(0, Math.round(value / c.step) * c.step));

/**
 * Every sheet of the meeting, deterministic for a seed: a quality per nomination, two points apart in a seeded order
 * so only the planted tie can straddle the cut; a leniency per expert; noise per cell except on the tie.
 */
export function planScores(session: SessionView, seed: number): ScorePlan {
  const rand = seedrandom(`simulate|${seed}`);
  const criteria = session.rules.rubric.criteria;
  const ids = session.nominations.map((n) => n.id);
  const byQuality = ids.map((id) => ({ id, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.id);
  const quality = new Map(byQuality.map((id, i) => [id, 0.95 - 0.02 * i]));
  const tie: [string, string] = [byQuality[session.rules.cut - 1], byQuality[session.rules.cut]];
  quality.set(tie[1], quality.get(tie[0])!);
  const conflict = { expertId: session.panel[0].expertId, nominationId: byQuality[0] };
  const sheetOf = (q: number) => Object.fromEntries(criteria.map((c) => [c.id, onStep(q * c.maxPoints, c)]));
  const sheets = new Map<string, Record<string, number>>();
  const leans = new Map<string, number>();
  for (const { expertId } of session.panel) {
    const lean = (rand() - 0.5) * 0.1;
    leans.set(expertId, lean);
    for (const id of ids) {
      if (expertId === conflict.expertId && id === conflict.nominationId) continue;
      const noise = tie.includes(id) ? 0 : (rand() - 0.5) * 0.008;
      sheets.set(`${expertId}|${id}`, sheetOf(quality.get(id)! + leans.get(expertId)! + noise));
    }
  }
  return {
    tie,
    conflict,
    sheet: (expertId, nominationId) => {
      const lean = leans.get(expertId);
      if (lean === undefined || !quality.has(nominationId)) throw new Error(`no sheet planned for ${expertId} on ${nominationId}`);
      // The conflicted cell is declared, not scored; asked anyway, it gets the expert's noiseless sheet.
      return sheets.get(`${expertId}|${nominationId}`) ?? sheetOf(quality.get(nominationId)! + lean);
    },
  };
}

export async function checkIn(door: Door, sessionId: string, expertId: string): Promise<SessionView> {
  return must(door('session.checkIn', { sessionId, expertId, pin: SIMULATED_PIN }));
}

/** One expert's whole sheet by the plan (the conflict declared where the plan puts it), then locked; the expert's PIN opens the sheet first. */
export async function scoreAndLock(door: Door, session: SessionView, expertId: string, plan: ScorePlan): Promise<void> {
  const { sessionId } = session;
  await must(door('score.unlock', { sessionId, expertId, pin: SIMULATED_PIN }));
  for (const { id: nominationId } of session.nominations) {
    if (expertId === plan.conflict.expertId && nominationId === plan.conflict.nominationId) {
      await must(door('score.save', { sessionId, expertId, nominationId, recuse: { reason: CONFLICT_REASON } }));
    } else {
      await must(door('score.save', { sessionId, expertId, nominationId, criteria: plan.sheet(expertId, nominationId), comment: SCORE_COMMENT }));
    }
  }
  await must(door('score.lock', { sessionId, expertId }));
}

/** Every tie the ranking puts to the panel, voted in id order; returns the results after the votes. */
export async function voteTies(door: Door, sessionId: string, record: string): Promise<ResultsView> {
  let results = await must(door('results.get', { sessionId }));
  for (const tie of results.ranking.needsPanelVote) {
    results = await must(door('results.vote', { sessionId, vote: { nominationIds: tie.nominationIds, order: [...tie.nominationIds].sort(), record } }));
  }
  return results;
}

/** The expert signs their own sheet, without dissent. */
export async function signSheet(door: Door, sessionId: string, expertId: string): Promise<SessionView> {
  return must(door('signoff.expert', { sessionId, expertId, pin: SIMULATED_PIN, dissent: '' }));
}
