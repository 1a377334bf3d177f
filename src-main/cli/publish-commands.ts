import fs from 'node:fs';
import type { ProposedStudio, SessionProposal } from '../../src-shared/api/ops/publication';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { checkPublicationCap } from '../../src-shared/office/publication-cap';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';
import { required, text } from './args';

/** Why the CLI adopted a studio: it publishes every verified proposed studio, and the audit log says it did. */
const CLI_REASON = '命令行 publish：采纳全部经核验的建议工作室 / CLI publish: every verified proposed studio adopted';

function dateOption(args: ParsedArgs, name: string, needed: boolean): string | undefined {
  const v = needed ? required(args, name) : text(args, name);
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new CliExit(EXIT.usage, `--${name} 需要 YYYY-MM-DD 格式的日期 / --${name} needs a date as YYYY-MM-DD`);
  return v;
}

/**
 * The undecided studios the CLI would adopt (each once, from a list that passed its check), or why it cannot publish
 * them all: checked before anything is recorded, so a refusal leaves the year as it was.
 */
function toAdopt(p: { sessions: SessionProposal[]; count: Parameters<typeof checkPublicationCap>[0] }): Result<{ sessionId: string; studio: ProposedStudio }[]> {
  const seen = new Set<string>();
  const adopt: { sessionId: string; studio: ProposedStudio }[] = [];
  const blocked: string[] = [];
  for (const s of p.sessions) {
    for (const studio of s.studios) {
      if (seen.has(studio.nominationId)) continue;
      seen.add(studio.nominationId);
      if (studio.decision) continue;
      if (!s.source.verified) blocked.push(`${studio.studioName}（${studio.nominationId}，${s.sessionId}）`);
      else adopt.push({ sessionId: s.sessionId, studio });
    }
  }
  if (blocked.length) {
    return err('proposal-not-verified', `以下工作室所在的建议名单未通过核验，请在程序中逐个决定：${blocked.join('、')}`, `These studios are on a proposed list that failed its check; decide each in the app: ${blocked.join(', ')}`);
  }
  const fits = checkPublicationCap(p.count, adopt.length);
  return isErr(fits) ? fits : ok(adopt);
}

/** `publish`: adopts every verified proposed studio of the year within the cap, publishes the list and writes its files. */
export async function publishCommand(args: ParsedArgs): Promise<number> {
  const rawYear = required(args, 'year');
  if (!/^\d{4}$/.test(rawYear)) throw new CliExit(EXIT.usage, '--year 需要四位年份 / --year needs a four-digit year');
  const year = Number(rawYear);
  const docNo = required(args, 'doc-no');
  const publishedOn = dateOption(args, 'date', true)!;
  const noticeStart = dateOption(args, 'notice-start', false);
  const noticeEnd = dateOption(args, 'notice-end', false);
  const out = text(args, 'out');
  return withContext(args.values['data-dir'] as string | undefined, async (ctx: ServiceContext) => {
    const proposals = unwrap(await call(ctx, 'publication.proposals', { year }));
    if (proposals.publication) {
      throw new CliExit(EXIT.checkFailed, `[year-published] ${year} 年度名单已于 ${proposals.publication.publishedOn} 发布（${proposals.publication.docNo}） / the list of ${year} was already published on ${proposals.publication.publishedOn} (${proposals.publication.docNo})`);
    }
    for (const { sessionId, studio } of unwrap(toAdopt(proposals))) {
      unwrap(await call(ctx, 'publication.decide', { year, sessionId, nominationId: studio.nominationId, decision: 'adopt', reason: CLI_REASON }));
    }
    const published = unwrap(await call(ctx, 'publication.publish', { year, docNo, publishedOn, noticeStart, noticeEnd }));
    console.log(`已发布 / published: ${year} 年度 ${published.studios.filter((s) => s.source === 'published').length} 个工作室 / studios, ${docNo}, ${publishedOn}`);
    for (const s of published.studios) console.log(`  ${s.id}  ${SECTOR_LABELS[s.sector].zh}  ${s.studioName}  ${s.leaderName}  ${s.workUnitName}`);
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      const files = unwrap(await call(ctx, 'publication.files', { year, destination: out }));
      for (const f of files.files) console.log(`已写入 / written: ${f.name}  SHA-256 ${f.sha256}`);
    }
    return EXIT.ok;
  });
}
