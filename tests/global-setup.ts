// The CLI tests run the built CLI (out/cli/), as users do: build it from today's sources first (under a second).
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without types
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
