import { defineConfig } from '@playwright/test';
import { findChromium } from './src-main/print/find-chromium';
import { EXPECT_TIMEOUT, TEST_TIMEOUT } from './tests/helpers/timeouts';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
});
