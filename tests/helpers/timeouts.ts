/**
 * The one limit for tests that start processes (the built CLI, a crashing score writer): each start costs a
 * fraction of a second on a quiet 2-core machine and several seconds with both cores busy, and some tests make a
 * dozen calls. Generous on purpose, so a loaded CI machine slows them down without failing them; no test
 * measures speed (that is `npm run bench`).
 */
export const CLI_PROCESS_TEST_TIMEOUT = 600_000;

/** The limit for one CLI process started by a test (far above a start under load; a hang still ends). */
export const CLI_PROCESS_TIMEOUT = 300_000;
