import type { Insertable } from 'kysely';
import type { StudioLedgerView } from '../../src-shared/api/ops/ledger';
import type { FileDownload } from '../../src-shared/api/views';
import { auditSubject } from '../../src-shared/audit/subjects';
import { checkEntryDate, checkExpense, checkGrant, checkReversal, summarizeLedger } from '../../src-shared/office/ledger-rules';
import type { ExpenseCategory } from '../../src-shared/office/ledger-vocabulary';
import { err, ok, type Result } from '../../src-shared/result';
import { localParts } from '../../src-shared/time/local-time';
import { readStoredFile, storeAttachmentFile } from '../services/attachments';
import type { ServiceContext } from '../services/context';
import { asBuffer } from '../services/downloads';
import { readSettings } from '../services/settings';
import type { LedgerEntriesTable } from '../store/schema-types';
import { entryRows, findStudio, grantFenSetting, studioLedger, toFacts } from './ledger-read';

/**
 * The subsidy ledger's changes (Art. 9 to 12): a grant, an expense, a reversal. Each is checked by the shared rules
 * against the studio's entries as they stand, inside the transaction that inserts it with its audit row, so two
 * windows cannot both spend the last yuan. The app never writes `studios`: publication and dynamic management do.
 */

export interface VoucherScan {
  fileName: string;
  content: Uint8Array;
}

export interface GrantInput {
  studioId: string;
  date: string;
  accountName: string;
  bank: string;
  voucherNo: string;
  attachment?: VoucherScan;
}

export interface ExpenseInput {
  studioId: string;
  date: string;
  amountFen: number;
  category: ExpenseCategory;
  purpose: string;
  payee: string;
  voucherNo: string;
  attachment?: VoucherScan;
}

/** Today in the office's time zone, as a voucher is dated. */
function today(ctx: ServiceContext): string {
  const p = localParts(ctx.now().toISOString(), readSettings(ctx).timeZone)!;
  return `${p.year}-${p.month}-${p.day}`;
}

/** The scan copied into the data folder under its SHA-256 (as a nomination's attachment), as the entry's columns. */
function scanColumns(ctx: ServiceContext, scan: VoucherScan | undefined): Result<Partial<Insertable<LedgerEntriesTable>>> {
  if (!scan) return ok({});
  const stored = storeAttachmentFile(ctx, scan.fileName, asBuffer(scan.content));
  if (!stored.ok) return stored;
  return ok({ attachment_name: scan.fileName, attachment_type: stored.value.mediaType, attachment_sha256: stored.value.sha256, attachment_size: stored.value.size });
}

function insertEntry(ctx: ServiceContext, row: Insertable<LedgerEntriesTable>): number {
  const { store } = ctx;
  return store.first(store.q.insertInto('ledger_entries').values(row).returning('id'))!.id;
}

/** What every new payment or expense starts from: a studio of the register, a date not in the future, its ledger so far. */
function openEntry(ctx: ServiceContext, studioId: string, date: string) {
  const studio = findStudio(ctx, studioId);
  if (!studio.ok) return studio;
  const dated = checkEntryDate(date, today(ctx));
  if (!dated.ok) return dated;
  return ok({ studio: studio.value, summary: summarizeLedger(entryRows(ctx, studioId).map(toFacts)) });
}

const recorded = (ctx: ServiceContext) => ({ recorded_at: ctx.now().toISOString(), recorded_by: ctx.actor });

/** Art. 9: the one-time subsidy, at the amount set now (kept with the entry), paid into the union funds account. */
export function grantSubsidy(ctx: ServiceContext, input: GrantInput): Result<StudioLedgerView> {
  const { store } = ctx;
  const done = store.transaction(() => {
    const opened = openEntry(ctx, input.studioId, input.date);
    if (!opened.ok) return opened;
    const { studio, summary } = opened.value;
    const allowed = checkGrant(studio.id, studio.status, summary);
    if (!allowed.ok) return allowed;
    const scan = scanColumns(ctx, input.attachment);
    if (!scan.ok) return scan;
    const amountFen = grantFenSetting(ctx);
    const id = insertEntry(ctx, {
      studio_id: input.studioId,
      kind: 'grant',
      entry_date: input.date,
      amount_fen: amountFen,
      category: null,
      account_name: input.accountName,
      bank: input.bank,
      voucher_no: input.voucherNo,
      reverses: null,
      ...scan.value,
      ...recorded(ctx),
    });
    store.audit({
      actor: ctx.actor,
      action: 'ledger.grant',
      subject: auditSubject.studio(input.studioId),
      details: { entry: id, date: input.date, amountFen, accountName: input.accountName, bank: input.bank, voucherNo: input.voucherNo, attachmentSha256: scan.value.attachment_sha256 ?? null },
    });
    return ok();
  });
  return done.ok ? studioLedger(ctx, input.studioId) : done;
}

/** Art. 10: an expense for an allowed use, never a forbidden one, never more than the balance. */
export function recordExpense(ctx: ServiceContext, input: ExpenseInput): Result<StudioLedgerView> {
  const { store } = ctx;
  const done = store.transaction(() => {
    const opened = openEntry(ctx, input.studioId, input.date);
    if (!opened.ok) return opened;
    const { studio, summary } = opened.value;
    const allowed = checkExpense(studio.id, summary, input);
    if (!allowed.ok) return allowed;
    const scan = scanColumns(ctx, input.attachment);
    if (!scan.ok) return scan;
    const id = insertEntry(ctx, {
      studio_id: input.studioId,
      kind: 'expense',
      entry_date: input.date,
      amount_fen: input.amountFen,
      category: input.category,
      purpose: input.purpose,
      payee: input.payee,
      voucher_no: input.voucherNo,
      reverses: null,
      ...scan.value,
      ...recorded(ctx),
    });
    store.audit({
      actor: ctx.actor,
      action: 'ledger.expense',
      subject: auditSubject.studio(input.studioId),
      details: {
        entry: id,
        date: input.date,
        amountFen: input.amountFen,
        category: input.category,
        purpose: input.purpose,
        payee: input.payee,
        voucherNo: input.voucherNo,
        attachmentSha256: scan.value.attachment_sha256 ?? null,
      },
    });
    return ok();
  });
  return done.ok ? studioLedger(ctx, input.studioId) : done;
}

/**
 * A wrong entry is answered, never changed: a counter-entry dated today, naming the entry and why. Allowed for a
 * revoked studio too (it corrects the record, it pays nothing new).
 */
export function reverseEntry(ctx: ServiceContext, entryId: number, reason: string): Result<StudioLedgerView> {
  const { store } = ctx;
  let studioId = '';
  const done = store.transaction(() => {
    const target = store.first(store.q.selectFrom('ledger_entries').select(['studio_id']).where('id', '=', entryId));
    if (!target) return err('entry-not-found', `台账中没有第 ${entryId} 笔`, `The ledger has no entry ${entryId}`);
    studioId = target.studio_id;
    const facts = entryRows(ctx, studioId).map(toFacts);
    const reversed = checkReversal(studioId, facts, summarizeLedger(facts), entryId);
    if (!reversed.ok) return reversed;
    const date = today(ctx);
    const id = insertEntry(ctx, {
      studio_id: studioId,
      kind: 'reversal',
      entry_date: date,
      amount_fen: reversed.value.amountFen,
      category: null,
      reverses: entryId,
      reason,
      ...recorded(ctx),
    });
    store.audit({
      actor: ctx.actor,
      action: 'ledger.reverse',
      subject: auditSubject.studio(studioId),
      details: { entry: id, reverses: entryId, date, amountFen: reversed.value.amountFen, reason },
    });
    return ok();
  });
  return done.ok ? studioLedger(ctx, studioId) : done;
}

/** The scan kept with an entry, refused if its bytes no longer match the SHA-256 recorded. */
export function ledgerAttachment(ctx: ServiceContext, entryId: number): Result<FileDownload> {
  const { store } = ctx;
  const row = store.first(store.q.selectFrom('ledger_entries').select(['attachment_name', 'attachment_type', 'attachment_sha256']).where('id', '=', entryId));
  if (!row) return err('entry-not-found', `台账中没有第 ${entryId} 笔`, `The ledger has no entry ${entryId}`);
  if (row.attachment_sha256 === null) return err('no-attachment', `第 ${entryId} 笔没有凭证扫描件`, `Entry ${entryId} has no voucher scan`);
  return readStoredFile(ctx, { file_name: row.attachment_name!, media_type: row.attachment_type!, sha256: row.attachment_sha256 });
}

/** The grant amount (Art. 9: 30,000 yuan), read, or changed as a setting with its audit row; grants already paid keep theirs. */
export function ledgerSettings(ctx: ServiceContext, grantFen?: number): Result<{ grantFen: number }> {
  const { store } = ctx;
  return store.transaction(() => {
    const before = grantFenSetting(ctx);
    if (grantFen !== undefined && grantFen !== before) {
      store.run(store.q.insertInto('ledger_settings').values({ id: 1, grant_fen: grantFen }).onConflict((oc) => oc.column('id').doUpdateSet({ grant_fen: grantFen })));
      store.audit({ actor: ctx.actor, action: 'settings.update', subject: auditSubject.setting('ledgerGrantFen'), details: { from: before, to: grantFen } });
    }
    return ok({ grantFen: grantFenSetting(ctx) });
  });
}
