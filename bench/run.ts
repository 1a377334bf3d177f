import { report, type BenchResult } from './harness';
import { storeInsertBench } from './store-insert.bench';

const benches: (() => BenchResult)[] = [storeInsertBench];

const results = benches.map((b) => b());
const met = report(results);
process.exitCode = met ? 0 : 1;
