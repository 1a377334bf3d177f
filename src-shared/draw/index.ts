import { err, ok, type Result } from '../result';
import { configHash, parseDrawConfig, type DrawConfig } from './config';
import { checkFeasibility, type StratumFeasibility } from './feasibility';
import { buildPoolSnapshot, type PoolEntry, type PoolSnapshot } from './pool-snapshot';
import { PROTOCOL_FORMAT_VERSION, type DrawMetadata, type DrawProtocol } from './protocol';
import { ALGORITHM, seedFromKey, seedKey } from './seed';
import { unfilled, walkDraw } from './walk';
import { validateWitnesses, type WitnessEntry } from './witnesses';

export * from './config';
export * from './feasibility';
export * from './pool-snapshot';
export * from './protocol';
export * from './replacement';
export * from './rfc3797';
export * from './seed';
export * from './tickets';
export * from './walk';
export * from './witnesses';

export interface PreparedDraw {
  snapshot: PoolSnapshot;
  config: DrawConfig;
  poolHash: string;
  configHash: string;
  feasibility: StratumFeasibility[];
}

/**
 * Steps 1–3: what is shown and printed as the commitment (poolHash, configHash) *before* the witnesses write their
 * digits. Refuses a configuration that some ticket order could leave unfilled.
 */
export function prepareDraw(input: { pool: readonly PoolEntry[]; config: unknown }): Result<PreparedDraw> {
  const snapshot = buildPoolSnapshot(input.pool);
  if (!snapshot.ok) return snapshot;
  const config = parseDrawConfig(input.config);
  if (!config.ok) return config;
  const feasibility = checkFeasibility(snapshot.value.entries, config.value);
  if (!feasibility.ok) return feasibility;
  return ok({
    snapshot: snapshot.value,
    config: config.value,
    poolHash: snapshot.value.poolHash,
    configHash: configHash(config.value),
    feasibility: feasibility.value,
  });
}

/** Steps 1–7 of HN-DRAW-1: returns the complete draw record, or the first input problem as a Result. */
export function runDraw(input: {
  pool: readonly PoolEntry[];
  config: unknown;
  witnesses: readonly WitnessEntry[];
  metadata?: DrawMetadata;
}): Result<DrawProtocol> {
  const prepared = prepareDraw(input);
  if (!prepared.ok) return prepared;
  const witnesses = validateWitnesses(input.witnesses);
  if (!witnesses.ok) return witnesses;
  const { snapshot, config } = prepared.value;
  const key = seedKey(config.drawId, prepared.value.poolHash, prepared.value.configHash, witnesses.value);
  const seed = seedFromKey(key);
  const result = walkDraw(snapshot.entries, config, seed);
  const gaps = unfilled(result, config);
  if (gaps.length) {
    // Unreachable after the feasibility check; kept so a future change to either rule cannot print a short panel.
    const list = gaps.map((g) => g.stratum).join('、');
    return err('draw-incomplete', `抽取未能填满：${list}`, `The draw could not fill: ${list}`);
  }
  return ok({
    algorithm: ALGORITHM,
    formatVersion: PROTOCOL_FORMAT_VERSION,
    pool: snapshot.lines,
    config,
    poolHash: prepared.value.poolHash,
    configHash: prepared.value.configHash,
    witnesses: witnesses.value,
    key,
    seed,
    result,
    callLog: [],
    metadata: input.metadata ?? {},
  });
}
