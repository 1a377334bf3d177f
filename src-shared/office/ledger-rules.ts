import { err, ok, type Result } from '../result';
import type { StudioStatus } from './vocabulary';
import { formatFen } from './ledger-money';
import { EXPENSE_CATEGORIES, type ExpenseCategory, type LedgerEntryKind } from './ledger-vocabulary';

/**
 * The ledger's rules (Art. 9 to 12), on the entries of one studio as they stand: pure, so the service, the report
 * and the tests read the same balance. Entries are never changed: a wrong one is answered by a counter-entry
 * (`reversal`) that names it, and its effect is the opposite of the entry it reverses.
 */
export interface LedgerFacts {
  id: number;
  kind: LedgerEntryKind;
  date: string;
  amountFen: number;
  category: ExpenseCategory | null;
  reverses: number | null;
}

export interface LedgerSummary {
  balanceFen: number;
  /** Grants received, less reversed grants. */
  grantedFen: number;
  /** Expenses, less reversed expenses. */
  spentFen: number;
  /** Spent per allowed use (Art. 10), reversals netted. */
  byCategory: Record<ExpenseCategory, number>;
  /** The grant in force (not reversed), if any: Art. 9 pays once. */
  grant: LedgerFacts | null;
  /** Entries answered by a reversal. */
  reversed: Set<number>;
  /** Balance after each entry, in entry order. */
  balanceAfter: Map<number, number>;
}

/** What an entry does: its change to the balance, and the kind and use it counts under (a reversal's are its target's). */
export interface EntryEffect {
  changeFen: number;
  counts: 'grant' | 'expense';
  category: ExpenseCategory | null;
}

/** Each entry's effect: a grant adds, an expense takes, a reversal undoes what it reverses. */
export function entryEffects(entries: readonly LedgerFacts[]): Map<number, EntryEffect> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const effects = new Map<number, EntryEffect>();
  for (const e of entries) {
    if (e.kind !== 'reversal') {
      effects.set(e.id, { changeFen: e.kind === 'grant' ? e.amountFen : -e.amountFen, counts: e.kind, category: e.category });
      continue;
    }
    const target = e.reverses === null ? undefined : byId.get(e.reverses);
    if (!target || target.kind === 'reversal') throw new Error(`ledger: reversal ${e.id} does not name a grant or an expense`);
    effects.set(e.id, { changeFen: target.kind === 'grant' ? -target.amountFen : target.amountFen, counts: target.kind, category: target.category });
  }
  return effects;
}

export const emptyTotals = (): Record<ExpenseCategory, number> =>
  Object.fromEntries(EXPENSE_CATEGORIES.map((c) => [c, 0])) as Record<ExpenseCategory, number>;

/** Money in (grants, net of reversed grants), money out (expenses, net) and out per use, over some effects. */
export function totalsOf(effects: Iterable<EntryEffect>): { grantedFen: number; spentFen: number; byCategory: Record<ExpenseCategory, number> } {
  const byCategory = emptyTotals();
  let grantedFen = 0;
  let spentFen = 0;
  for (const f of effects) {
    if (f.counts === 'grant') grantedFen += f.changeFen;
    else {
      spentFen -= f.changeFen;
      if (f.category) byCategory[f.category] -= f.changeFen;
    }
  }
  return { grantedFen, spentFen, byCategory };
}

/** Balance, totals by use and the grant in force, from one studio's entries in entry order. */
export function summarizeLedger(entries: readonly LedgerFacts[]): LedgerSummary {
  const effects = entryEffects(entries);
  const reversed = new Set(entries.flatMap((e) => (e.reverses === null ? [] : [e.reverses])));
  const balanceAfter = new Map<number, number>();
  let balanceFen = 0;
  for (const e of entries) {
    balanceFen += effects.get(e.id)!.changeFen;
    balanceAfter.set(e.id, balanceFen);
  }
  const grant = entries.find((e) => e.kind === 'grant' && !reversed.has(e.id)) ?? null;
  return { balanceFen, ...totalsOf(effects.values()), grant, reversed, balanceAfter };
}

/**
 * Words that name what Art. 10 forbids: 误餐、加班、补贴 (and their usual neighbours) of the people in the studio's
 * activities. 补助 is not among them: it is the subsidy's own name (补助工作经费).
 */
const FORBIDDEN_WORDS = ['误餐', '餐费', '用餐', '就餐', '工作餐', '伙食', '加班', '补贴', '津贴', 'meal', 'overtime', 'allowance'];

/** The first forbidden word the text names, if any (case does not matter for the English ones). */
export function forbiddenWord(text: string): string | undefined {
  const lower = text.toLowerCase();
  return FORBIDDEN_WORDS.find((w) => lower.includes(w));
}

/** A voucher is dated when the money moved: never after today (the office's local date). */
export function checkEntryDate(date: string, today: string): Result<void> {
  return date > today
    ? err('date-in-future', `日期 ${date} 晚于今天（${today}）：请填写凭证上的实际日期`, `The date ${date} is after today (${today}): give the voucher's actual date`)
    : ok();
}

const notRevoked = (status: StudioStatus, studioId: string): Result<void> =>
  status === 'revoked'
    ? err('studio-revoked', `工作室 ${studioId} 已被撤销，不能再拨付补助经费（第十七条）`, `Studio ${studioId} is revoked and cannot receive money (Art. 17)`)
    : ok();

/** Art. 9: one grant per studio; a revoked studio receives nothing. */
export function checkGrant(studioId: string, status: StudioStatus, summary: LedgerSummary): Result<void> {
  const open = notRevoked(status, studioId);
  if (!open.ok) return open;
  if (summary.grant) {
    return err(
      'grant-exists',
      `工作室 ${studioId} 已于 ${summary.grant.date} 拨付补助经费（第 ${summary.grant.id} 笔），一次性补助不能重复拨付；如拨付有误，请先冲销该笔`,
      `Studio ${studioId} already received its one-time grant on ${summary.grant.date} (entry ${summary.grant.id}); reverse that entry first if it was wrong`,
    );
  }
  return ok();
}

/**
 * An expense: an allowed use (the category), no forbidden use named in its purpose (Art. 10), paid out of money the
 * studio has (never below zero), not dated before the grant arrived. A revoked studio's expenses stay recordable:
 * the money was already in its account, and the record must show where it went.
 */
export function checkExpense(studioId: string, summary: LedgerSummary, expense: { date: string; amountFen: number; purpose: string }): Result<void> {
  const word = forbiddenWord(expense.purpose);
  if (word) {
    return err(
      'forbidden-use',
      `用途中含“${word}”：依据第十条，补助工作经费不得列支工作室开展活动所涉人员的误餐、加班、补贴等费用`,
      `The purpose names "${word}": under Art. 10 the subsidy may not pay meals, overtime or allowances of the people in the studio's activities`,
    );
  }
  if (!summary.grant) {
    return err('no-grant', `工作室 ${studioId} 尚未拨付补助经费，不能记支出`, `Studio ${studioId} has not received its grant: no expense can be recorded`);
  }
  if (expense.date < summary.grant.date) {
    return err(
      'expense-before-grant',
      `支出日期 ${expense.date} 早于补助经费拨付日期 ${summary.grant.date}`,
      `The expense date ${expense.date} is before the grant was paid (${summary.grant.date})`,
    );
  }
  if (expense.amountFen > summary.balanceFen) {
    return overdraft(studioId, expense.amountFen, summary.balanceFen);
  }
  return ok();
}

function overdraft(studioId: string, amountFen: number, balanceFen: number) {
  return err(
    'overdraft',
    `金额 ${formatFen(amountFen)} 元超过工作室 ${studioId} 的余额 ${formatFen(balanceFen)} 元，余额不能为负`,
    `${formatFen(amountFen)} yuan is more than studio ${studioId}'s balance of ${formatFen(balanceFen)} yuan; the balance cannot go below zero`,
  );
}

/** A counter-entry: for a grant or an expense, once; never for another reversal; never taking the balance below zero. */
export function checkReversal(studioId: string, entries: readonly LedgerFacts[], summary: LedgerSummary, targetId: number): Result<LedgerFacts> {
  const target = entries.find((e) => e.id === targetId);
  if (!target) return err('entry-not-found', `工作室 ${studioId} 的台账中没有第 ${targetId} 笔`, `Studio ${studioId}'s ledger has no entry ${targetId}`);
  if (target.kind === 'reversal') {
    return err('reverse-reversal', `第 ${targetId} 笔本身是冲销，不能再冲销；请重新记录正确的一笔`, `Entry ${targetId} is itself a reversal and cannot be reversed; record the right entry again`);
  }
  if (summary.reversed.has(targetId)) {
    return err('already-reversed', `第 ${targetId} 笔已冲销过，每笔只能冲销一次`, `Entry ${targetId} has already been reversed; an entry is reversed once`);
  }
  if (target.kind === 'grant' && target.amountFen > summary.balanceFen) {
    return err(
      'overdraft',
      `冲销第 ${targetId} 笔拨付将使余额为负（余额 ${formatFen(summary.balanceFen)} 元）：请先冲销有误的支出`,
      `Reversing grant ${targetId} would take the balance (${formatFen(summary.balanceFen)} yuan) below zero: reverse the wrong expenses first`,
    );
  }
  return ok(target);
}
