import fs from 'node:fs';
import path from 'node:path';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import { isErr } from '../../src-shared/result';
import { call } from '../api/dispatch';
import { Store } from '../store/store';
import type { ServiceContext } from '../services/context';
import {
  checkIn,
  demoPanelSize,
  drawDemoPanel,
  issuePackage,
  must,
  openSession,
  planScores,
  scoreAndLock,
  screenDemoYear,
  signSheet,
  signWithoutPassphrase,
  SimulationError,
  SIMULATED_PIN,
  voteTies,
  type Door,
} from './meeting-script';

export { SIMULATED_PIN, SimulationError } from './meeting-script';

/** The API in this process, as the meeting script's door. */
export const inProcess =
  (ctx: ServiceContext): Door =>
  (name, input) =>
    call(ctx, name, input);

const PANEL = { perStratum: 1, unitCap: 1, place: '模拟会场', operator: '模拟操作人', finish: true } as const;

/** The demo year screened in a folder that holds no session yet; returns the year. */
async function screenedYear(ctx: ServiceContext, seed: number): Promise<number> {
  const door = inProcess(ctx);
  if ((await must(door('session.list', {}))).length > 0) {
    throw new SimulationError('该数据目录中已有评审会，模拟只能在空目录或演示目录中进行', 'This data folder already holds a scoring session; simulate into an empty or demo-only folder');
  }
  return screenDemoYear(door, seed, '模拟审查人');
}

/**
 * The session's package (评审会授权包) before the meeting. With `office` (another data folder): the office screens
 * the same demo year and issues it, and this laptop pins the office's key and takes the package file in, as a
 * meeting laptop does. Without: this folder is its own office and issues it to itself (a single-laptop meeting).
 */
async function packageForMeeting(ctx: ServiceContext, office: ServiceContext | undefined, seed: number, year: number, sessionId: string): Promise<void> {
  const door = inProcess(ctx);
  const panelSize = await demoPanelSize(door, year, PANEL.perStratum);
  await signWithoutPassphrase(door);
  if (!office) {
    await issuePackage(door, year, sessionId, panelSize);
    return;
  }
  const desk = inProcess(office);
  await signWithoutPassphrase(desk);
  await screenDemoYear(desk, seed, '办公室审查人');
  await issuePackage(desk, year, sessionId, panelSize);
  const file = await must(desk('package.file', { sessionId }));
  const officeKey = await must(desk('keys.device', {}));
  if (!(await must(door('keys.list', {}))).some((k) => k.keyId === officeKey.keyId)) {
    const keyFile = await must(desk('keys.exportFile', { label: '评审办公室' }));
    await must(door('keys.enrol', { content: keyFile.content, role: 'office', label: '评审办公室', fingerprint: officeKey.fingerprint }));
  }
  await must(door('package.import', { content: file.content }));
}

/**
 * The demo year screened, the session's package issued (by `office`, or by this folder itself), a five-expert panel
 * drawn, the session made from the package and frozen. A simulated meeting is a demo: the office and the coordinator
 * sign without a device-key passphrase, by the recorded choice.
 */
export async function prepareSession(ctx: ServiceContext, seed: number, office?: ServiceContext): Promise<SessionView> {
  const year = await screenedYear(ctx, seed);
  const sessionId = `${year}-S${String(seed).padStart(2, '0')}`.slice(0, 60);
  await packageForMeeting(ctx, office, seed, year, sessionId);
  const draw = await drawDemoPanel(inProcess(ctx), year, PANEL);
  return openSession(inProcess(ctx), year, draw.drawId, sessionId);
}

/** The demo year screened and a five-expert panel drawn and finished, in a folder that holds no session (nor package) yet. */
export async function prepareDraw(ctx: ServiceContext, seed: number): Promise<{ year: number; drawId: string }> {
  const year = await screenedYear(ctx, seed);
  const draw = await drawDemoPanel(inProcess(ctx), year, PANEL);
  return { year, drawId: draw.drawId };
}

/**
 * A whole meeting, headless, on the demo year: screening, the session's package (issued by `options.office`, or
 * by this folder itself), the draw (fixed witness digits), a session with
 * three experts on this laptop and two on laptops of their own (their own data folders), synthetic scores
 * with a conflict and a tie at the cut, score files carried through a folder, the panel's vote, every
 * signature. Deterministic for a seed.
 */
export async function simulateSession(
  ctx: ServiceContext,
  seed: number,
  options: { office?: ServiceContext } = {},
): Promise<{ session: SessionView; results: ResultsView; laptops: string[]; usb: string }> {
  let session = await prepareSession(ctx, seed, options.office);
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
    for (const l of laptopCtx) await must(call(l, 'session.importPackage', { content: pkg.content }));
    const doorOf = (id: string) => inProcess(laptopCtx[remote.indexOf(id)] ?? ctx);
    for (const id of panel) await checkIn(doorOf(id), sessionId, id);

    // Scores by the meeting script's plan: the first expert declares a conflict, a tie is planted at the cut.
    const plan = planScores(session, seed);
    for (const id of panel) await scoreAndLock(doorOf(id), session, id, plan);

    // Score files from the expert laptops reach the coordinator on a stick.
    const carry = async () => {
      for (const [i, id] of remote.entries()) {
        const file = await must(call(laptopCtx[i], 'score.exportFile', { sessionId, expertId: id, pin: SIMULATED_PIN }));
        fs.writeFileSync(path.join(usb, file.fileName), file.content);
      }
      const files = fs.readdirSync(usb).map((f) => ({ fileName: f, content: fs.readFileSync(path.join(usb, f)) }));
      return must(call(ctx, 'score.importFiles', { files }));
    };
    await carry();

    // Discussion: the tie across the cut is put to the panel.
    await voteTies(inProcess(ctx), sessionId, '专家组举手表决，多数赞成按编号顺序');
    for (const id of panel) await signSheet(doorOf(id), sessionId, id);
    fs.rmSync(usb, { recursive: true, force: true });
    fs.mkdirSync(usb);
    await carry();
    session = await must(call(ctx, 'signoff.summary', { sessionId, pin: SIMULATED_PIN }));
    return { session, results: await must(call(ctx, 'results.get', { sessionId })), laptops, usb };
  } finally {
    for (const l of laptopCtx) l.store.close();
  }
}

