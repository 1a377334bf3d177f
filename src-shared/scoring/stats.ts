/** Plain statistics over expert totals. Inputs are non-empty unless stated; nothing here rounds. */

export function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Middle value; for an even count the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Population standard deviation (divide by n): the panel is the whole population of scores, not a sample. */
export function populationSd(values: readonly number[]): number {
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) ** 2;
  return Math.sqrt(s / values.length);
}

/**
 * Drops exactly one highest and one lowest value when there are at least `threshold` values, else the plain mean.
 * Sorting and slicing drops one value of each end even when several experts gave the same top or bottom total,
 * which is the rule as the panel reads it ("去掉一个最高分和一个最低分").
 */
export function trimmedMean(values: readonly number[], threshold: number): number {
  if (values.length < threshold || values.length < 3) return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/**
 * Scores are unrounded floats (means of half points, z-scores), so two nominations the panel would call tied can
 * differ in the 15th digit depending on summation order. Comparisons go through this key: values equal to 1e-9
 * are one key. A fixed grid (not |a−b| < ε) keeps "tied" transitive; real score differences are far larger (at
 * least 0.5 / n² points for n experts).
 */
export function scoreKey(value: number): number {
  return Math.round(value * 1e9);
}

/** Descending by key: negative when `a` ranks above `b`. */
export function compareDesc(a: number, b: number): number {
  return scoreKey(b) - scoreKey(a);
}
