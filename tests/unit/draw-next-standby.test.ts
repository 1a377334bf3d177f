import { describe, expect, test } from 'vitest';
import type { DrawView } from '../../src-shared/api/views';
import { runDraw } from '../../src-shared/draw';
import type { DrawProtocol } from '../../src-shared/draw/protocol';
import { applyCallLog, type CallLogEntry, type CallOutcome } from '../../src-shared/draw/replacement';
import { int, pick, randomCase, rngFor } from '../../src-main/testing/draw-fixtures';
import { nextStandby, standbysLeft } from '../../src-renderer/draw/panel-summary';

const NEGATIVE: Exclude<CallOutcome, 'accepted'>[] = ['declined', 'unreachable', 'conflict'];

/**
 * The call confirmation names the standby who will take the seat before anything is stored; here it is checked
 * against the call log as actually replayed afterwards, over random draws and random call sequences.
 */
describe('the standby named in the call confirmation', () => {
  test('is the one the call log then seats, or none when the call would be refused', () => {
    const rng = rngFor('next-standby');
    let seated = 0;
    let refused = 0;
    for (let c = 0; c < 2000; c++) {
      const { pool, config, witnesses } = randomCase(rng, 30);
      const drawn = runDraw({ pool, config, witnesses });
      if (!drawn.ok) continue;
      const protocol: DrawProtocol = drawn.value;
      let log: CallLogEntry[] = [];
      for (let step = 0; step < 8; step++) {
        const state = applyCallLog(protocol, log);
        if (!state.ok) throw new Error(state.error.message.en);
        const view = { config: protocol.config, protocol: { ...protocol, callLog: log }, panel: state.value } as unknown as DrawView;
        const unused = protocol.result.filter(
          (r) => r.status === 'alternate' && !state.value.replacements.some((x) => x.replacementId === r.id) && !state.value.released.some((x) => x.expertId === r.id),
        );
        expect(standbysLeft(view).map((r) => r.id).sort()).toEqual(unused.map((r) => r.id).sort());
        if (!state.value.panel.length) break;
        const seat = pick(rng, state.value.panel);
        const predicted = nextStandby(view, seat);
        const entry: CallLogEntry = { at: `2026-03-01T10:${String(step).padStart(2, '0')}:00+08:00`, caller: '周操作', expertId: seat.expertId, outcome: pick(rng, NEGATIVE) };
        const after = applyCallLog(protocol, [...log, entry]);
        if (!after.ok) {
          expect(after.error.code).toBe('no-alternate-left');
          expect(predicted).toBeUndefined();
          refused++;
          break;
        }
        expect(predicted?.id).toBe(after.value.replacements.at(-1)!.replacementId);
        seated++;
        log = [...log, entry];
        if (int(rng, 0, 4) === 0) break;
      }
    }
    expect(seated).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(50);
  });
});
