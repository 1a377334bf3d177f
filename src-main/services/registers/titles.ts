import { TITLE_RANK_LABELS, type TitleRank } from '../../../src-shared/domain/vocabulary';
import { err, ok, type Result } from '../../../src-shared/result';
import { TitleResolver, type TitleRuling } from '../../../src-shared/titles/resolve-title';
import { TitleDictionary, titleKey, type TitleEntry } from '../../../src-shared/titles/title-dictionary';
import type { FileDownload, PendingTitle, TitleDictionaryView } from '../../../src-shared/api/views';
import { sha256Hex } from '../../../src-shared/sha256';
import { listedDetails } from '../../../src-shared/import/problem-list';
import { echo } from '../../../src-shared/text/echo';
import { readTitleSheet, writeTitleSheet } from '../../import/title-sheet';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { viaTempFile } from '../spreadsheets';
import { auditSubject } from '../../../src-shared/audit/subjects';

/** The dictionary sheet's headers, as the office sees and edits them. */
export const COLUMN_HEADERS = { title: '职称', rank: '级别', aliases: '别名', series: '系列' } as const;

export function titleEntries({ store }: ServiceContext): TitleEntry[] {
  return store.all(store.q.selectFrom('title_dictionary').selectAll().orderBy('position')).map((r) => ({
    title: r.title,
    rank: r.rank,
    aliases: readJson('title_dictionary.aliases', r.aliases),
    series: r.series,
  }));
}

export function titleRulings({ store }: ServiceContext): TitleRuling[] {
  return store.all(store.q.selectFrom('title_rulings').selectAll().orderBy('title')).map((r) => ({
    titleKey: r.title_key,
    title: r.title,
    rank: r.rank,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }));
}

/** The office's dictionary as stored; it was validated when written, so a failure here is a bug. */
export function loadTitleDictionary(ctx: ServiceContext): TitleDictionary {
  const built = TitleDictionary.build(titleEntries(ctx));
  if (!built.ok) throw new Error(`stored title dictionary is invalid: ${built.problems[0].reason.en}`);
  return built.value;
}

export function titleResolver(ctx: ServiceContext): TitleResolver {
  return new TitleResolver(loadTitleDictionary(ctx), titleRulings(ctx));
}

/**
 * Replaces the whole dictionary (the office edits it as a spreadsheet): refused whole, with every row named,
 * if any entry is bad; written in one transaction with an audit row.
 */
export function replaceTitleDictionary(
  ctx: ServiceContext,
  entries: ReadonlyArray<{ title: string; rank: string; aliases: readonly string[]; series?: string; row?: number }>,
  source: string,
): Result<{ entries: number }> {
  const built = TitleDictionary.build(entries);
  if (!built.ok) {
    return err(
      'title-dictionary-invalid',
      `职称字典有 ${built.problems.length} 处问题，未作任何更改。`,
      `The title dictionary has ${built.problems.length} problems; nothing was changed.`,
      listedDetails(
        built.problems.map((p) => ({ path: `第${p.row}行 ${COLUMN_HEADERS[p.column]}`, message: { zh: `${p.reason.zh}：${echo(p.value)}`, en: `${p.reason.en}: ${echo(p.value)}` } })),
        built.problems.length,
      ),
    );
  }
  const { store } = ctx;
  return store.transaction(() => {
    const before = store.all(store.q.selectFrom('title_dictionary').select('title')).length;
    store.run(store.q.deleteFrom('title_dictionary'));
    store.insertMany(
      'title_dictionary',
      built.value.entries.map((e, i) => ({ position: i + 1, title: e.title, rank: e.rank, aliases: JSON.stringify(e.aliases), series: e.series })),
    );
    store.audit({
      actor: ctx.actor,
      action: 'titles.replace',
      subject: auditSubject.titleDictionary(),
      details: { source, before, after: built.value.entries.length },
    });
    return ok({ entries: built.value.entries.length });
  });
}

/**
 * A reviewer rules on a title the dictionary leaves open (unknown, or a skill grade): once per distinct
 * title, remembered for every expert and nomination that carries it. A new ruling replaces the old one;
 * both stay in the audit log.
 */
export function ruleTitle(
  ctx: ServiceContext,
  input: { title: string; rank: TitleRank; reason: string; reviewer: string },
): Result<TitleRuling> {
  const { store } = ctx;
  const key = titleKey(input.title);
  if (key === '') return err('title-empty', '职称不能为空', 'The title must not be empty');
  const found = loadTitleDictionary(ctx).lookup(input.title);
  if (found.kind === 'ranked') {
    const label = TITLE_RANK_LABELS[found.rank];
    return err(
      'title-in-dictionary',
      `“${input.title}”已在职称字典中（${label.zh}）；如需更改，请修改职称字典。`,
      `"${input.title}" is in the title dictionary (${label.en}); change the dictionary instead.`,
    );
  }
  return store.transaction(() => {
    const before = store.first(store.q.selectFrom('title_rulings').selectAll().where('title_key', '=', key));
    const row = {
      title_key: key,
      title: input.title.trim(),
      rank: input.rank,
      reason: input.reason.trim(),
      decided_by: input.reviewer.trim(),
      decided_at: ctx.now().toISOString(),
    };
    store.run(store.q.insertInto('title_rulings').values(row).onConflict((oc) => oc.column('title_key').doUpdateSet(row)));
    store.audit({
      actor: ctx.actor,
      action: 'titles.rule',
      subject: auditSubject.title(key),
      details: { title: row.title, rank: row.rank, reason: row.reason, reviewer: row.decided_by, from: before?.rank ?? null },
    });
    return ok({ titleKey: key, title: row.title, rank: input.rank, reason: row.reason, decidedBy: row.decided_by, decidedAt: row.decided_at });
  });
}


/** Distinct titles in the pool and the nominations that still wait for a reviewer's ruling. */
export function pendingTitles(ctx: ServiceContext): PendingTitle[] {
  const { store } = ctx;
  const resolver = titleResolver(ctx);
  const pending = new Map<string, PendingTitle>();
  const count = (title: string, field: 'experts' | 'nominations', n: number) => {
    const finding = resolver.resolve(title);
    if (finding.rank !== null) return;
    const key = titleKey(title);
    const p = pending.get(key) ?? { title, source: finding.source, experts: 0, nominations: 0 };
    p[field] += n;
    pending.set(key, p);
  };
  for (const r of store.all(store.q.selectFrom('experts').select(['title', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('title'))) {
    count(r.title, 'experts', Number(r.n));
  }
  for (const r of store.all(
    store.q.selectFrom('nominations').select(['leader_title', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('leader_title'),
  )) {
    count(r.leader_title, 'nominations', Number(r.n));
  }
  return [...pending.values()].sort((a, b) => b.experts + b.nominations - (a.experts + a.nominations) || a.title.localeCompare(b.title, 'zh'));
}

/** The office's dictionary as an Excel sheet to edit. */
export function titleDictionaryXlsx(ctx: ServiceContext): Promise<Result<FileDownload>> {
  const entries = titleEntries(ctx);
  return viaTempFile('职称字典.xlsx', (file) => writeTitleSheet(entries, file));
}

/** An edited dictionary sheet replaces the dictionary, all or nothing (see replaceTitleDictionary). */
export async function importTitleDictionary(ctx: ServiceContext, fileName: string, content: Buffer): Promise<Result<{ entries: number }>> {
  const sheet = await readTitleSheet(content, fileName);
  if (!sheet.ok) return sheet;
  return replaceTitleDictionary(ctx, sheet.value.entries, `file:${fileName}:${sha256Hex(content)}`);
}

export function titleDictionaryView(ctx: ServiceContext): TitleDictionaryView {
  return { entries: titleEntries(ctx), rulings: titleRulings(ctx), pending: pendingTitles(ctx) };
}
