import path from 'node:path';
import { call } from '../api/dispatch';
import { startLoopbackServer } from '../transports/http-loopback';
import { CliExit, EXIT, openContext, unwrap, withContext } from './context';
import { DRAW_COMMANDS } from './draw-commands';
import { importCommand, screenCommand } from './pool-commands';
import { BUNDLE_COMMANDS } from './bundle-commands';
import { simulateCommand } from './session-commands';
import { TITLE_COMMANDS } from './title-commands';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | string[] | boolean | undefined>;
}

type Command = (args: ParsedArgs) => Promise<number>;

const dataDir = (args: ParsedArgs) => args.values['data-dir'] as string | undefined;

function intOption(args: ParsedArgs, name: string): number | undefined {
  const raw = args.values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) {
    throw new CliExit(EXIT.usage, `--${name} 需要一个非负整数 / --${name} needs a non-negative integer`);
  }
  return Number(raw);
}

const demo: Command = async (args) => {
  const seed = intOption(args, 'seed');
  return withContext(dataDir(args), async (ctx) => {
    const s = unwrap(await call(ctx, 'demo.generate', { seed }));
    console.log(`演示数据已生成 / demo data written: year ${s.year}, seed ${s.seed}, experts ${s.experts}, nominations ${s.nominations}`);
    return EXIT.ok;
  });
};

const info: Command = async (args) => {
  return withContext(dataDir(args), async (ctx) => {
    const i = unwrap(await call(ctx, 'app.info'));
    console.log(
      [
        `数据库 / database: ${i.databasePath}`,
        `数据库版本 / schema version: ${i.schemaVersion}`,
        `程序版本 / app version: ${i.appVersion}`,
        `评审年度 / selection year: ${i.year}`,
        `专家 / experts: ${i.counts.experts}`,
        `推荐对象 / nominations: ${i.counts.nominations}`,
        `数据摘要 / data digest: ${i.dataDigest}`,
      ].join('\n'),
    );
    return EXIT.ok;
  });
};

const auditVerify: Command = async (args) => {
  return withContext(dataDir(args), async (ctx) => {
    const v = unwrap(await call(ctx, 'audit.verify'));
    if (!v.valid) {
      console.error(`审计日志校验失败 / audit log check FAILED: ${v.problem?.zh} / ${v.problem?.en}`);
      return EXIT.checkFailed;
    }
    console.log(`审计日志完好 / audit log OK: ${v.entries} entries, head ${v.headHash}`);
    return EXIT.ok;
  });
};

const serve: Command = async (args) => {
  const port = intOption(args, 'port');
  const ctx = openContext(dataDir(args));
  const rendererDir = path.resolve((args.values.renderer as string | undefined) ?? 'out/renderer');
  const server = await startLoopbackServer(ctx, { rendererDir, port });
  console.log(`数据目录 / data folder: ${ctx.store.dataDir}`);
  console.log(`URL: ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  ctx.store.close();
  return EXIT.ok;
};

/** `group sub` commands are keyed by both words. */
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  demo: { run: demo, usage: 'demo --data-dir D [--seed N]' },
  info: { run: info, usage: 'info --data-dir D' },
  'audit verify': { run: auditVerify, usage: 'audit verify --data-dir D' },
  'import experts': { run: importCommand, usage: 'import experts FILE --data-dir D [--duplicates skip|replace]' },
  'import nominations': { run: importCommand, usage: 'import nominations FILE --data-dir D [--year Y] [--duplicates skip|replace]' },
  screen: { run: screenCommand, usage: 'screen --year Y --data-dir D [--screener NAME]' },
  ...TITLE_COMMANDS,
  ...DRAW_COMMANDS,
  'session simulate': { run: simulateCommand, usage: 'session simulate --data-dir D [--seed N] [--export DIR]' },
  ...BUNDLE_COMMANDS,
  serve: { run: serve, usage: 'serve --data-dir D [--port P] [--renderer DIR]' },
};
