import { simulateSession, SimulationError } from '../testing/simulate';
import { exportAfterSimulation } from './bundle-commands';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, openContext } from './context';

/** `session simulate`: a whole demo meeting headless, then the ranking on stdout. */
export async function simulateCommand(args: ParsedArgs): Promise<number> {
  const raw = args.values.seed;
  if (raw !== undefined && (typeof raw !== 'string' || !/^\d+$/.test(raw))) {
    throw new CliExit(EXIT.usage, '--seed 需要一个非负整数 / --seed needs a non-negative integer');
  }
  const ctx = openContext(args.values['data-dir'] as string | undefined);
  try {
    const { session, results } = await simulateSession(ctx, Number(raw ?? 2026));
    const name = (id: string) => session.nominations.find((n) => n.id === id)?.studioName ?? id;
    console.log(`评审会 / session ${session.sessionId}: ${session.panel.length} experts, method ${session.rules.method}, cut ${session.rules.cut}, rules ${session.rulesHash}`);
    for (const row of results.ranking.rows) {
      const mark = row.inCut ? '建议 proposed' : '             ';
      console.log(`${String(row.rank).padStart(3)}  ${mark} ${row.score === null ? '   —   ' : row.score.toFixed(3).padStart(7)}  ${row.nominationId}  ${name(row.nominationId)}${row.tieBrokenBy ? `  (${row.tieBrokenBy})` : ''}`);
    }
    for (const v of results.votes) console.log(`表决 / panel vote: ${v.order.join(' > ')} — ${v.record}`);
    const exportTo = args.values.export;
    if (typeof exportTo === 'string') await exportAfterSimulation(ctx, session.sessionId, exportTo);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof SimulationError) throw new CliExit(EXIT.checkFailed, e.message);
    throw e;
  } finally {
    ctx.store.close();
  }
}
