/** The pool and configuration both draw benches use: 100,000 experts in 2,000 units and 5 strata, 3 + 3 a stratum. */
export const BENCH_POOL_SIZE = 100_000;
const STRATA = ['教育', '科技', '文化', '卫生', '体育'];

export const benchPool = () =>
  Array.from({ length: BENCH_POOL_SIZE }, (_, i) => ({ id: `E${String(i).padStart(6, '0')}`, unitCode: `U${i % 2000}`, stratum: STRATA[i % 5] }));

export const benchConfig = () => ({
  drawId: 'BENCH-1',
  quotas: Object.fromEntries(STRATA.map((s) => [s, 3])),
  alternates: Object.fromEntries(STRATA.map((s) => [s, 3])),
  unitCap: 1,
});
