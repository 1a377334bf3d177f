import type { Selectable } from 'kysely';
import type { LedgerEntryView, LedgerOverviewRow, LedgerStudio, StudioLedgerView } from '../../src-shared/api/ops/ledger';
import { DEFAULT_GRANT_FEN } from '../../src-shared/office/ledger-vocabulary';
import { entryEffects, summarizeLedger, type LedgerFacts } from '../../src-shared/office/ledger-rules';
import { err, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import type { LedgerEntriesTable, StudiosTable } from '../store/schema-types';

/** Reading the ledger: the studios of the register, their entries as views, balances through the shared rules. */

export type EntryRow = Selectable<LedgerEntriesTable>;

export const toStudio = (r: Selectable<StudiosTable>): LedgerStudio => ({
  id: r.id,
  year: r.year,
  studioName: r.studio_name,
  leaderName: r.leader_name,
  workUnitName: r.work_unit_name,
  sector: r.sector,
  status: r.status,
});

export const toFacts = (r: EntryRow): LedgerFacts => ({
  id: r.id,
  kind: r.kind,
  date: r.entry_date,
  amountFen: r.amount_fen,
  category: r.category,
  reverses: r.reverses,
});

export function findStudio({ store }: ServiceContext, studioId: string): Result<LedgerStudio> {
  const row = store.first(store.q.selectFrom('studios').selectAll().where('id', '=', studioId));
  return row ? ok(toStudio(row)) : err('studio-not-found', `名册中没有工作室 ${studioId}`, `No studio ${studioId} in the register`);
}

export function entryRows({ store }: ServiceContext, studioId: string): EntryRow[] {
  return store.all(store.q.selectFrom('ledger_entries').selectAll().where('studio_id', '=', studioId).orderBy('id'));
}

/** Every entry of the ledger grouped by studio, in entry order (one query for a report of the whole register). */
export function entriesByStudio({ store }: ServiceContext): Map<string, EntryRow[]> {
  const groups = new Map<string, EntryRow[]>();
  for (const r of store.all(store.q.selectFrom('ledger_entries').selectAll().orderBy('studio_id').orderBy('id'))) {
    const list = groups.get(r.studio_id);
    if (list) list.push(r);
    else groups.set(r.studio_id, [r]);
  }
  return groups;
}

export function grantFenSetting({ store }: ServiceContext): number {
  return store.first(store.q.selectFrom('ledger_settings').select('grant_fen').where('id', '=', 1))?.grant_fen ?? DEFAULT_GRANT_FEN;
}

export function entryViews(rows: readonly EntryRow[]): LedgerEntryView[] {
  const facts = rows.map(toFacts);
  const { balanceAfter } = summarizeLedger(facts);
  const effects = entryEffects(facts);
  const reversedBy = new Map(rows.flatMap((r) => (r.reverses === null ? [] : [[r.reverses, r.id] as const])));
  return rows.map((r) => ({
    id: r.id,
    studioId: r.studio_id,
    kind: r.kind,
    date: r.entry_date,
    amountFen: r.amount_fen,
    changeFen: effects.get(r.id)!.changeFen,
    category: effects.get(r.id)!.category,
    purpose: r.purpose,
    payee: r.payee,
    voucherNo: r.voucher_no,
    accountName: r.account_name,
    bank: r.bank,
    reverses: r.reverses,
    reversedBy: reversedBy.get(r.id) ?? null,
    reason: r.reason,
    attachment:
      r.attachment_sha256 === null
        ? null
        : { fileName: r.attachment_name!, mediaType: r.attachment_type!, sha256: r.attachment_sha256, size: r.attachment_size! },
    balanceAfterFen: balanceAfter.get(r.id)!,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
}

export function studioLedger(ctx: ServiceContext, studioId: string): Result<StudioLedgerView> {
  const studio = findStudio(ctx, studioId);
  if (!studio.ok) return studio;
  const rows = entryRows(ctx, studioId);
  const s = summarizeLedger(rows.map(toFacts));
  return ok({
    studio: studio.value,
    entries: entryViews(rows),
    balanceFen: s.balanceFen,
    grantedFen: s.grantedFen,
    spentFen: s.spentFen,
    byCategory: s.byCategory,
    grantEntry: s.grant?.id ?? null,
    grantFenSetting: grantFenSetting(ctx),
  });
}

/** Every studio of the register (or of one publication year) with its money at a glance. */
export function ledgerStudios(ctx: ServiceContext, year?: number): LedgerOverviewRow[] {
  const { store } = ctx;
  let q = store.q.selectFrom('studios').selectAll().orderBy('year').orderBy('seq');
  if (year !== undefined) q = q.where('year', '=', year);
  const groups = entriesByStudio(ctx);
  return store.all(q).map((r) => {
    const rows = groups.get(r.id) ?? [];
    const s = summarizeLedger(rows.map(toFacts));
    return { studio: toStudio(r), grantedFen: s.grantedFen, spentFen: s.spentFen, balanceFen: s.balanceFen, entries: rows.length };
  });
}
