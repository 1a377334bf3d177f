import type { Clock } from '../clock';

/** A clock for tests: it stands still at `start` until the test moves it, so no test waits for time to pass. */
export interface FixedClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to an instant (ISO text). */
  set(iso: string): void;
}

export const TEST_START = '2026-06-01T08:00:00Z';

export function fixedClock(start: string = TEST_START): FixedClock {
  let t = Date.parse(start);
  if (Number.isNaN(t)) throw new Error(`fixedClock: not an instant: ${start}`);
  return Object.assign(() => new Date(t), {
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  });
}
