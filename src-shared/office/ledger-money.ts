import { err, ok, type Result } from '../result';

/**
 * Money is integer fen (分), never a float: an amount typed in yuan is read digit by digit into fen, and fen are
 * printed back by integer division. 0.1 + 0.2 is 0.30 here because no binary fraction is ever made.
 */

/** 99,999,999.99 yuan: far above any subsidy, and far below Number.MAX_SAFE_INTEGER fen. */
export const MAX_FEN = 9_999_999_999;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E]/g;

/**
 * Reads a yuan amount as people type it: `30000`, `30,000.00`, `1234.5`, `￥1,234.50`, `30000元`, full-width
 * digits. Up to two decimals; thousands separators only in groups of three; more than zero.
 */
export function parseYuan(input: string): Result<number> {
  const typed = input.trim();
  const text = typed
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '');
  if (text === '') return err('amount-missing', '请填写金额（元）', 'Enter the amount (yuan)');
  if (/[万千百亿]/.test(text)) {
    return err('amount-unit', `金额“${typed}”请按元填写数字，例如 30000 或 30,000.00`, `Write the amount "${typed}" in yuan as digits, e.g. 30000 or 30,000.00`);
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return err('amount-invalid', `“${typed}”不是有效的金额（元），例如 1234.50`, `"${typed}" is not an amount in yuan, e.g. 1234.50`);
  const [, whole, decimals = ''] = m;
  if (decimals.length > 2) {
    return err('amount-decimals', `金额“${typed}”最多两位小数（精确到分）`, `The amount "${typed}" has more than two decimals (fen are the smallest unit)`);
  }
  const digits = whole.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  if (digits.length > 8) return err('amount-too-large', `金额“${typed}”过大`, `The amount "${typed}" is too large`);
  const fen = Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen <= 0) return err('amount-zero', '金额须大于零', 'The amount must be more than zero');
  return ok(fen);
}

/** 3000000 → "30,000.00"; a negative amount keeps its sign in front. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`formatFen: not a whole number of fen: ${fen}`);
  const abs = Math.abs(fen);
  const yuan = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
