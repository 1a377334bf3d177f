/**
 * The subsidy ledger's words (Art. 9 to 12): what an entry is, and the uses Art. 10 allows the money for. The
 * tuples type the columns and write their CHECKs (migration 012), so a value the app does not know cannot be stored.
 */

/** A grant (the one-time payment into the studio's union funds account), an expense, or a counter-entry. */
export const LEDGER_ENTRY_KINDS = ['grant', 'expense', 'reversal'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** The uses Art. 10 lists (更新购置软硬件设备器材、改善工作条件、提升职工技能、创新课题攻关以及成果转化). */
export const EXPENSE_CATEGORIES = [
  'equipment-and-materials',
  'software-and-hardware',
  'working-conditions',
  'skills',
  'innovation-projects',
  'results-into-practice',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, { zh: string; en: string }> = {
  'equipment-and-materials': { zh: '设备和材料', en: 'Equipment and materials' },
  'software-and-hardware': { zh: '软硬件', en: 'Software and hardware' },
  'working-conditions': { zh: '改善工作条件', en: 'Working conditions' },
  skills: { zh: '职工技能提升', en: 'Staff skills' },
  'innovation-projects': { zh: '创新项目', en: 'Innovation projects' },
  'results-into-practice': { zh: '成果转化', en: 'Turning results into practice' },
};

export const ENTRY_KIND_LABELS: Record<LedgerEntryKind, { zh: string; en: string }> = {
  grant: { zh: '拨付', en: 'Grant' },
  expense: { zh: '支出', en: 'Expense' },
  reversal: { zh: '冲销', en: 'Reversal' },
};

/** Art. 9: 每个一次性补助工作经费3万元, in fen. The office may change it (a setting); each grant keeps its own amount. */
export const DEFAULT_GRANT_FEN = 3_000_000;
