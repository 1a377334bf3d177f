/**
 * Test limits exist only so that a hung test ends; a test never measures speed (that is `npm run bench`). CI
 * machines are often busy, and a test that takes a second here may take a minute there, so there is one
 * generous limit for every test and hook (vitest.config.ts, playwright.config.ts) and no test sets its own
 * (tests/unit/test-timeouts.test.ts checks that).
 */
export const TEST_TIMEOUT = 600_000;

/** What one Playwright expectation waits for the page (it polls, so a passing check never waits this long). */
export const EXPECT_TIMEOUT = 60_000;

/** The limit for one process started by a test (the built CLI): far above a start under load; a hang still ends. */
export const CLI_PROCESS_TIMEOUT = 300_000;
