import { bundleVerifyBench } from './bundle-verify.bench';
import { cliStartBench } from './cli-start.bench';
import { drawRunBench } from './draw-run.bench';
import { drawBench } from './draw.bench';
import { firstScreenBench } from './first-screen.bench';
import { importBoundsBench } from './import-bounds.bench';
import { importPoolBench } from './import-pool.bench';
import { keystrokeBench } from './keystroke.bench';
import { poolListBench } from './pool-list.bench';
import { ledgerReportBench } from './ledger-report.bench';
import { publicationBench } from './publication.bench';
import { verifyPageBench } from './verify-page.bench';
import { resultsTabBench } from './results-tab.bench';
import { report, type BenchResult } from './harness';

const benches: (() => Promise<BenchResult | BenchResult[]>)[] = [
  importPoolBench,
  importBoundsBench,
  drawBench,
  cliStartBench,
  drawRunBench,
  keystrokeBench,
  poolListBench,
  firstScreenBench,
  resultsTabBench,
  bundleVerifyBench,
  ledgerReportBench,
  publicationBench,
  verifyPageBench,
];

/** `npm run bench -- pool first` runs only the benches whose function name contains one of the words. */
function chosen(): typeof benches {
  const words = process.argv.slice(2).map((w) => w.toLowerCase());
  return words.length ? benches.filter((b) => words.some((w) => b.name.toLowerCase().includes(w))) : benches;
}

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  for (const bench of chosen()) results.push(...[await bench()].flat());
  process.exitCode = report(results) ? 0 : 1;
}

void main();
