/**
 * Tests that start the CLI as a process pay its start-up on every call (TypeScript compiled at run time: about
 * 1 s on a quiet 2-core machine, 5 s and more with both cores busy), and some make a dozen calls. Their limit is
 * set here, generous, so a loaded CI machine slows them down without failing them.
 */
export const CLI_PROCESS_TEST_TIMEOUT = 600_000;
