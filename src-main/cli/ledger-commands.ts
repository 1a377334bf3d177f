import fs from 'node:fs';
import path from 'node:path';
import type { StudioLedgerView } from '../../src-shared/api/ops/ledger';
import { formatFen, parseYuan } from '../../src-shared/office/ledger-money';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, ENTRY_KIND_LABELS, type ExpenseCategory } from '../../src-shared/office/ledger-vocabulary';
import { call } from '../api/dispatch';
import { writeBytesAtomically } from '../import/atomic-write';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';
import { dataDir, required, text } from './args';

/**
 * `ledger add|reverse|show|report`: the subsidy ledger (Art. 9 to 12) from the shell, through the same operations as
 * the page. Amounts are typed in yuan (`1234.50`, `30,000.00`) and read into fen by the shared `parseYuan`.
 */

function attachment(args: ParsedArgs) {
  const file = text(args, 'attachment');
  if (!file) return undefined;
  try {
    return { fileName: path.basename(file), content: fs.readFileSync(file) };
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取 / cannot read ${file}: ${(e as Error).message}`);
  }
}

/** An allowed use by its id (`skills`) or its Chinese name (`职工技能提升`). */
function category(args: ParsedArgs): ExpenseCategory {
  const v = required(args, 'category');
  const found = EXPENSE_CATEGORIES.find((c) => c === v || EXPENSE_CATEGORY_LABELS[c].zh === v);
  if (!found) {
    const list = EXPENSE_CATEGORIES.map((c) => `${c}（${EXPENSE_CATEGORY_LABELS[c].zh}）`).join(', ');
    throw new CliExit(EXIT.checkFailed, `“${v}”不是第十条允许的用途 / "${v}" is not a use Art. 10 allows: ${list}`);
  }
  return found;
}

function printLedger(view: StudioLedgerView, entryId?: number): void {
  const e = entryId === undefined ? undefined : view.entries.find((x) => x.id === entryId);
  if (e) console.log(`已记入第 ${e.id} 笔 / entry ${e.id} recorded: ${ENTRY_KIND_LABELS[e.kind].zh} ${ENTRY_KIND_LABELS[e.kind].en} ${formatFen(e.amountFen)}`);
  console.log(`${view.studio.id} ${view.studio.studioName}: 余额 / balance ${formatFen(view.balanceFen)} 元 (拨付 granted ${formatFen(view.grantedFen)}, 支出 spent ${formatFen(view.spentFen)})`);
}

/** `ledger add --grant …` pays the one-time subsidy; `ledger add --expense …` records an expense. */
export async function ledgerAdd(args: ParsedArgs): Promise<number> {
  const studioId = required(args, 'studio');
  const isGrant = args.values.grant === true;
  if (isGrant === (args.values.expense === true)) throw new CliExit(EXIT.usage, '请给出 --grant 或 --expense 之一 / give one of --grant or --expense');
  const date = required(args, 'date');
  const voucherNo = required(args, 'voucher');
  const scan = attachment(args);
  return withContext(dataDir(args), async (ctx) => {
    let view: StudioLedgerView;
    if (isGrant) {
      view = unwrap(await call(ctx, 'ledger.grant', { studioId, date, voucherNo, accountName: required(args, 'account'), bank: required(args, 'bank'), attachment: scan }));
    } else {
      const amountFen = unwrap(parseYuan(required(args, 'amount')));
      view = unwrap(
        await call(ctx, 'ledger.expense', {
          studioId,
          date,
          voucherNo,
          amountFen,
          category: category(args),
          purpose: required(args, 'purpose'),
          payee: required(args, 'payee'),
          attachment: scan,
        }),
      );
    }
    printLedger(view, view.entries.at(-1)?.id);
    return EXIT.ok;
  });
}

export async function ledgerReverse(args: ParsedArgs): Promise<number> {
  const raw = required(args, 'entry');
  if (!/^\d+$/.test(raw)) throw new CliExit(EXIT.usage, '--entry 需要台账编号 / --entry needs an entry number');
  const reason = required(args, 'reason');
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'ledger.reverse', { entryId: Number(raw), reason }));
    printLedger(view, view.entries.at(-1)?.id);
    return EXIT.ok;
  });
}

export async function ledgerShow(args: ParsedArgs): Promise<number> {
  const studioId = required(args, 'studio');
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'ledger.get', { studioId }));
    for (const e of view.entries) {
      const what = e.kind === 'grant' ? `${e.accountName} ${e.bank}` : e.kind === 'expense' ? `${EXPENSE_CATEGORY_LABELS[e.category!].zh} ${e.purpose} → ${e.payee}` : `冲销第 ${e.reverses} 笔 reverses ${e.reverses}: ${e.reason}`;
      console.log(`${String(e.id).padStart(5)}  ${e.date}  ${ENTRY_KIND_LABELS[e.kind].zh}  ${formatFen(e.amountFen).padStart(12)}  ${formatFen(e.balanceAfterFen).padStart(12)}  ${e.voucherNo}  ${what}${e.reversedBy ? `  [已冲销 reversed by ${e.reversedBy}]` : ''}`);
    }
    printLedger(view);
    return EXIT.ok;
  });
}

/** `ledger report (--studio ID | --year Y) --out DIR`: the PDF and the xlsx, each written whole or not at all. */
export async function ledgerReport(args: ParsedArgs): Promise<number> {
  const out = required(args, 'out');
  const studioId = text(args, 'studio');
  const year = text(args, 'year');
  if ((studioId === undefined) === (year === undefined)) throw new CliExit(EXIT.usage, '请给出 --studio 或 --year 之一 / give one of --studio or --year');
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new CliExit(EXIT.usage, '--year 需要四位年份 / --year needs a four-digit year');
  if (!fs.existsSync(out) || !fs.statSync(out).isDirectory()) throw new CliExit(EXIT.checkFailed, `输出文件夹不存在 / no such folder: ${out}`);
  return withContext(dataDir(args), async (ctx) => {
    const files = unwrap(await call(ctx, 'ledger.report', studioId !== undefined ? { studioId } : { year: Number(year) }));
    for (const f of [files.pdf, files.xlsx]) {
      const target = path.join(out, f.fileName);
      unwrap(writeBytesAtomically(target, f.content));
      console.log(`已写入 / written: ${target} (sha256 ${f.sha256})`);
    }
    return EXIT.ok;
  });
}
