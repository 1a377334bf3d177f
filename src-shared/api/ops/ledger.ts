import { z } from 'zod';
import { MAX_FEN } from '../../office/ledger-money';
import { EXPENSE_CATEGORIES, type ExpenseCategory, type LedgerEntryKind } from '../../office/ledger-vocabulary';
import type { StudioStatus } from '../../office/vocabulary';
import type { Sector } from '../../domain/vocabulary';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { FileDownload } from '../views';

/** A studio of the register as the ledger shows it. */
export interface LedgerStudio {
  id: string;
  year: number;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  sector: Sector;
  status: StudioStatus;
}

export interface LedgerEntryView {
  /** The entry number, unique over the whole ledger (a reversal names it). */
  id: number;
  studioId: string;
  kind: LedgerEntryKind;
  date: string;
  amountFen: number;
  /** What the entry did to the balance: + for a grant, − for an expense, the opposite of its target for a reversal. */
  changeFen: number;
  /** An expense's use; for a reversal, the use of the expense it reverses. */
  category: ExpenseCategory | null;
  purpose: string;
  payee: string;
  voucherNo: string;
  accountName: string;
  bank: string;
  reverses: number | null;
  reversedBy: number | null;
  reason: string;
  attachment: { fileName: string; mediaType: string; sha256: string; size: number } | null;
  /** The balance after this entry, in entry order. */
  balanceAfterFen: number;
  recordedAt: string;
  recordedBy: string;
}

export interface StudioLedgerView {
  studio: LedgerStudio;
  entries: LedgerEntryView[];
  balanceFen: number;
  grantedFen: number;
  spentFen: number;
  byCategory: Record<ExpenseCategory, number>;
  /** The grant in force, if any (Art. 9: once). */
  grantEntry: number | null;
  /** What a grant pays now (the office's setting). */
  grantFenSetting: number;
}

export interface LedgerOverviewRow {
  studio: LedgerStudio;
  grantedFen: number;
  spentFen: number;
  balanceFen: number;
  entries: number;
}

export interface LedgerReportFiles {
  pdf: FileDownload;
  xlsx: FileDownload;
}

const studioId = z.string().trim().min(1).max(40);
const text = (max: number) => z.string().trim().min(1).max(max);
const attachment = (limit: number) => z.object({ fileName: text(200), content: bytes(limit, 1) }).strict().optional();
const year = z.number().int().min(2000).max(2100);

/** The subsidy ledger (Art. 9 to 12): amounts are integer fen (the pages and the CLI read yuan with `parseYuan`). */
export const ledgerOperations = {
  'ledger.studios': operation<LedgerOverviewRow[]>()(z.object({ year: year.optional() }).strict()),
  'ledger.get': operation<StudioLedgerView>()(z.object({ studioId }).strict()),
  'ledger.grant': operation<StudioLedgerView>()(
    z
      .object({
        studioId,
        date: z.iso.date(),
        accountName: text(100),
        bank: text(100),
        voucherNo: text(60),
        attachment: attachment(REQUEST_LIMITS['ledger.grant']),
      })
      .strict(),
  ),
  'ledger.expense': operation<StudioLedgerView>()(
    z
      .object({
        studioId,
        date: z.iso.date(),
        amountFen: z.number().int().positive().max(MAX_FEN),
        category: z.enum(EXPENSE_CATEGORIES),
        purpose: text(500),
        payee: text(100),
        voucherNo: text(60),
        attachment: attachment(REQUEST_LIMITS['ledger.expense']),
      })
      .strict(),
  ),
  'ledger.reverse': operation<StudioLedgerView>()(z.object({ entryId: z.number().int().positive(), reason: text(500) }).strict()),
  'ledger.attachment': operation<FileDownload>()(z.object({ entryId: z.number().int().positive() }).strict()),
  'ledger.report': operation<LedgerReportFiles>()(z.union([z.object({ studioId }).strict(), z.object({ year }).strict()])),
  /** Read the grant amount, or set it (fen) when given. */
  'ledger.settings': operation<{ grantFen: number }>()(z.object({ grantFen: z.number().int().positive().max(MAX_FEN).optional() }).strict()),
};
