import { z } from 'zod';

/**
 * criterion id → points, checked only as a plain object here: the rubric (`totalOf`) then says precisely which
 * criterion is missing, unknown or not a valid score. Not `z.record`, whose per-key parsing made up most of the time
 * of checking a 200 × 25 meeting's 5,000 cells.
 */
export const pointsSchema = z.custom<Record<string, number>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype,
  { message: 'expected criterion id → points' },
);
