import { runDraw } from '../src-shared/draw';
import { compareTickets, ticketFor } from '../src-shared/draw/tickets';
import { sha256Hex } from '../src-shared/sha256';
import { timeMs, type BenchResult } from './harness';

import { BENCH_POOL_SIZE as N, benchConfig, benchPool } from './draw-pool';

/** A whole HN-DRAW-1 over 100,000 experts in 5 strata vs the floor: computing and sorting their tickets. */
export async function drawBench(): Promise<BenchResult> {
  const pool = benchPool();
  const config = benchConfig();
  const witnesses = ['甲', '乙', '丙'].map((name, i) => ({ name, first: `01234567${i}9`, second: `01234567${i}9` }));
  const seed = 'a'.repeat(64);

  const floor = await timeMs(() => {
    const seedHash = sha256Hex(seed);
    const tickets = pool.map((e) => ({ id: e.id, ticket: ticketFor(seed, e.id, seedHash) }));
    tickets.sort((a, b) => compareTickets(a.ticket, b.ticket));
  }, 3);
  const measured = await timeMs(() => {
    const r = runDraw({ pool, config, witnesses });
    if (!r.ok) throw new Error(r.error.message.en);
  }, 3);
  return { name: `draw over ${N.toLocaleString('en')} experts in 5 strata (vs computing and sorting the tickets)`, measured, floor, target: 2, unit: 'ms' };
}
