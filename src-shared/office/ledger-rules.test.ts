import { describe, expect, it } from 'vitest';
import { checkExpense, checkGrant, checkReversal, forbiddenWord, summarizeLedger, type LedgerFacts } from './ledger-rules';

const grant = (id: number, amountFen = 3_000_000, date = '2026-12-10'): LedgerFacts => ({ id, kind: 'grant', date, amountFen, category: null, reverses: null });
const expense = (id: number, amountFen: number, category: LedgerFacts['category'] = 'equipment-and-materials', date = '2026-12-20'): LedgerFacts => ({
  id,
  kind: 'expense',
  date,
  amountFen,
  category,
  reverses: null,
});
const reversal = (id: number, of: LedgerFacts): LedgerFacts => ({ id, kind: 'reversal', date: '2026-12-30', amountFen: of.amountFen, category: of.category, reverses: of.id });

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('the subsidy ledger rules', () => {
  it('keeps the balance and the totals by use, reversals netted', () => {
    const g = grant(1);
    const a = expense(2, 1_234_500, 'equipment-and-materials');
    const b = expense(3, 50_000, 'skills');
    const c = expense(4, 20_000, 'skills');
    const entries = [g, a, b, c, reversal(5, c)];
    const s = summarizeLedger(entries);
    expect(s.grantedFen).toBe(3_000_000);
    expect(s.spentFen).toBe(1_234_500 + 50_000);
    expect(s.balanceFen).toBe(3_000_000 - 1_284_500);
    expect(s.byCategory['equipment-and-materials']).toBe(1_234_500);
    expect(s.byCategory.skills).toBe(50_000);
    expect(s.byCategory['innovation-projects']).toBe(0);
    expect([...s.balanceAfter.values()]).toEqual([3_000_000, 1_765_500, 1_715_500, 1_695_500, 1_715_500]);
    expect(s.grant).toBe(g);
    expect(s.reversed).toEqual(new Set([4]));
  });

  it('pays a studio once (Art. 9), again only after the wrong grant was reversed', () => {
    expect(code(checkGrant('2026-JKWWT-01', 'active', summarizeLedger([])))).toBe('ok');
    expect(code(checkGrant('2026-JKWWT-01', 'rectifying', summarizeLedger([])))).toBe('ok');
    const g = grant(1);
    expect(code(checkGrant('2026-JKWWT-01', 'active', summarizeLedger([g])))).toBe('grant-exists');
    expect(code(checkGrant('2026-JKWWT-01', 'active', summarizeLedger([g, reversal(2, g)])))).toBe('ok');
  });

  it('refuses money to a revoked studio', () => {
    const r = checkGrant('2026-JKWWT-01', 'revoked', summarizeLedger([]));
    expect(code(r)).toBe('studio-revoked');
    if (!r.ok) expect(r.error.message.zh).toContain('已被撤销');
  });

  it.each(['专家误餐费', '周末加班费', '成员交通补贴', '岗位津贴', 'Team meals', 'OVERTIME pay'])('refuses the forbidden use in %j, naming the word and Art. 10', (purpose) => {
    const r = checkExpense('S', summarizeLedger([grant(1)]), { date: '2026-12-20', amountFen: 100, purpose });
    expect(code(r)).toBe('forbidden-use');
    if (!r.ok) {
      expect(r.error.message.zh).toContain(`“${forbiddenWord(purpose)}”`);
      expect(r.error.message.zh).toContain('第十条');
      expect(r.error.message.en).toContain('Art. 10');
    }
  });

  it('takes an allowed purpose, even one that names the subsidy itself (补助经费)', () => {
    expect(forbiddenWord('用补助经费购置三坐标测量仪')).toBeUndefined();
    expect(code(checkExpense('S', summarizeLedger([grant(1)]), { date: '2026-12-20', amountFen: 100, purpose: '用补助经费购置三坐标测量仪' }))).toBe('ok');
  });

  it('refuses an overdraft, to the fen, and an expense before the grant or without one', () => {
    const s = summarizeLedger([grant(1), expense(2, 2_999_999)]);
    expect(s.balanceFen).toBe(1);
    expect(code(checkExpense('S', s, { date: '2026-12-21', amountFen: 1, purpose: '耗材' }))).toBe('ok');
    const over = checkExpense('S', s, { date: '2026-12-21', amountFen: 2, purpose: '耗材' });
    expect(code(over)).toBe('overdraft');
    if (!over.ok) expect(over.error.message.zh).toContain('0.02 元超过工作室 S 的余额 0.01 元');
    expect(code(checkExpense('S', summarizeLedger([]), { date: '2026-12-21', amountFen: 1, purpose: '耗材' }))).toBe('no-grant');
    expect(code(checkExpense('S', s, { date: '2026-12-09', amountFen: 1, purpose: '耗材' }))).toBe('expense-before-grant');
  });

  it('reverses an entry once, never a reversal, and never a grant whose money is spent', () => {
    const g = grant(1);
    const e = expense(2, 1_000_000);
    const entries = [g, e];
    expect(code(checkReversal('S', entries, summarizeLedger(entries), 2))).toBe('ok');
    expect(code(checkReversal('S', [g], summarizeLedger([g]), 1))).toBe('ok');
    const after = [...entries, reversal(3, e)];
    expect(code(checkReversal('S', after, summarizeLedger(after), 2))).toBe('already-reversed');
    expect(code(checkReversal('S', after, summarizeLedger(after), 3))).toBe('reverse-reversal');
    expect(code(checkReversal('S', after, summarizeLedger(after), 9))).toBe('entry-not-found');
    // The grant's money partly spent: its reversal would leave the balance below zero.
    expect(code(checkReversal('S', entries, summarizeLedger(entries), 1))).toBe('overdraft');
    const undone = [...after, reversal(4, g)];
    expect(summarizeLedger(undone).balanceFen).toBe(0);
  });
});
