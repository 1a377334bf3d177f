import path from 'node:path';
import { call } from '../api/dispatch';
import { startLoopbackServer } from '../transports/http-loopback';
import type { Command, ParsedArgs } from './commands';
import { CliExit, EXIT, openContext, unwrap, withContext } from './context';
import { dataDir } from './args';


function intOption(args: ParsedArgs, name: string): number | undefined {
  const raw = args.values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) {
    throw new CliExit(EXIT.usage, `--${name} 需要一个非负整数 / --${name} needs a non-negative integer`);
  }
  return Number(raw);
}

export const demo: Command = async (args) => {
  const seed = intOption(args, 'seed');
  return withContext(dataDir(args), async (ctx) => {
    const s = unwrap(await call(ctx, 'demo.generate', { seed }));
    console.log(`演示数据已生成 / demo data written: year ${s.year}, seed ${s.seed}, experts ${s.experts}, nominations ${s.nominations}`);
    return EXIT.ok;
  });
};

export const info: Command = async (args) => {
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

export const auditVerify: Command = async (args) => {
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

export const serve: Command = async (args) => {
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
