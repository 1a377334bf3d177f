import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { TEST_TIMEOUT } from './tests/helpers/timeouts';

export default defineConfig({
  test: {
    include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    // One test file per core (vitest's default leaves one core idle, which on a 2-core CI machine is half of it).
    maxWorkers: os.availableParallelism(),
    // Generous on purpose: a test that hangs still ends, a busy machine only makes tests slower (tests/helpers/timeouts.ts).
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
