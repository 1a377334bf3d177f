import { simulateSession, SimulationError } from '../testing/simulate';
import { exportAfterSimulation } from './bundle-commands';
import type { ServiceContext } from '../services/context';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, openContext } from './context';

/**
 * `session simulate`: a whole demo meeting headless, then the ranking on stdout. With `--office DIR` the session's
 * package is issued by the office in DIR (its own data folder, screening the same demo year) and taken in here, as
 * a meeting laptop takes it; without, this data folder issues it to itself (a single-laptop meeting), and no other
 * office will take its bundle in.
 */
export async function simulateCommand(args: ParsedArgs): Promise<number> {
  const raw = args.values.seed;
  if (raw !== undefined && (typeof raw !== 'string' || !/^\d+$/.test(raw))) {
    throw new CliExit(EXIT.usage, '--seed 需要一个非负整数 / --seed needs a non-negative integer');
  }
  const officeDir = args.values.office;
  if (officeDir !== undefined && (typeof officeDir !== 'string' || officeDir.trim() === '')) throw new CliExit(EXIT.usage, '--office 需要办公室的数据目录 / --office needs the office data folder');
  const ctx = openContext(args.values['data-dir'] as string | undefined);
  let office: ServiceContext | undefined;
  try {
    if (typeof officeDir === 'string') office = openContext(officeDir);
    const { session, results } = await simulateSession(ctx, Number(raw ?? 2026), { office });
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
    office?.store.close();
    ctx.store.close();
  }
}
