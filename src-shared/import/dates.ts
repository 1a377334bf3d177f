import { err, ok, type Result } from '../result';
import { echo } from '../text/echo';
import { isoFromDate, type CellValue } from './cell';
import { normalizeAscii } from './normalize';

/**
 * Dates as they arrive from Chinese spreadsheets → ISO `YYYY-MM-DD`.
 *
 * Decisions:
 * - A year and month without a day (2019年3月, 2019-03, 201903) is rejected, not completed to the 1st: the
 *   three-year rule (Art. 4.2) is decided to the day around a 06-30 cut-off, so a guessed day could pass a
 *   studio that should fail.
 * - A whole number 1900..2100 in a numeric cell, or any four digits as text, is taken for a year typed
 *   alone and rejected (month and day missing), not read as an Excel serial for a day in 1905.
 * - Other numbers 1..60000 are Excel serials in the 1900 system, with Excel's phantom 1900-02-29 (serial
 *   60) rejected; the time of day is ignored.
 * - Two-digit years and month-first orders (3/5/2019) are rejected as ambiguous.
 */

const DAY_MS = 86_400_000;
// Serial 0 would be 1900-01-00; from serial 61 on, day 0 is 1899-12-30 because of the phantom leap day.
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 60_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const YMD = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_ZH = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YM = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月?)$/;
const YM_COMPACT = /^(\d{4})(\d{2})$/;
const Y_ONLY = /^(\d{4})\s*年?$/;
const DIGITS = /^\d{1,5}(?:\.\d+)?$/;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function badDate(zh: string, en: string): Result<never> {
  return err('invalid-date', zh, en);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromParts(y: number, m: number, d: number, text: string): Result<string> {
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return badDate(`年份超出范围（${MIN_YEAR}–${MAX_YEAR}）：${text}`, `year out of range (${MIN_YEAR}–${MAX_YEAR}): ${text}`);
  }
  if (m < 1 || m > 12) return badDate(`月份无效：${text}`, `invalid month: ${text}`);
  if (d < 1 || d > daysInMonth(y, m)) {
    return badDate(`日期不存在（${y}年${m}月没有${d}日）：${text}`, `no such date (${y}-${pad2(m)} has no day ${d}): ${text}`);
  }
  return ok(`${y}-${pad2(m)}-${pad2(d)}`);
}

/** Excel 1900-system serial → ISO date. */
export function excelSerialToIso(serial: number): Result<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    return badDate(`不是有效的 Excel 日期序号（1–${MAX_SERIAL}）：${serial}`, `not an Excel date serial (1–${MAX_SERIAL}): ${serial}`);
  }
  const whole = Math.floor(serial);
  if (whole === 60) {
    return badDate('1900年2月29日不存在（Excel 的闰年错误）', '1900-02-29 does not exist (Excel leap-year bug)');
  }
  const days = whole < 60 ? whole + 1 : whole;
  return ok(isoFromDate(new Date(SERIAL_EPOCH + days * DAY_MS)));
}

/** ISO date → Excel serial (for writing fixtures and for tests). */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

function yearOnly(text: string): Result<never> {
  return badDate(`缺少月和日（只有年份）：${text}`, `month and day missing (a year alone): ${text}`);
}

function dayMissing(text: string): Result<never> {
  return badDate(`缺少日（请写到具体某一天，如 2019-03-05）：${text}`, `day missing (give the full date, e.g. 2019-03-05): ${text}`);
}

function fromNumber(n: number): Result<string> {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return yearOnly(String(n));
  return excelSerialToIso(n);
}

function fromText(raw: string): Result<string> {
  const text = normalizeAscii(raw);
  if (text === '') return badDate('日期为空', 'date is empty');
  let m = YMD.exec(text) ?? YMD_ZH.exec(text);
  if (m) {
    const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return fromParts(Number(y), Number(mo), Number(d), raw);
  }
  if ((m = YMD_COMPACT.exec(text))) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  if (Y_ONLY.test(text)) return yearOnly(raw);
  if (YM.test(text) || YM_COMPACT.test(text)) return dayMissing(raw);
  if (DIGITS.test(text)) return fromNumber(Number(text));
  return badDate(
    `无法识别的日期：${echo(raw)}（请用 2019-03-05、2019/3/5 或 2019年3月5日 这样的写法）`,
    `unrecognised date: ${echo(raw)} (write it as 2019-03-05, 2019/3/5 or 2019年3月5日)`,
  );
}

/** Any date cell: an exceljs Date, an Excel serial, or text in one of the usual Chinese ways. */
export function parseDate(value: CellValue): Result<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return badDate('日期无效', 'invalid date');
    const iso = isoFromDate(value);
    return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), iso);
  }
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'boolean') return badDate(`不是日期：${value}`, `not a date: ${value}`);
  return fromText(value);
}

const YEAR_MONTH_TEXT = /^(\d{4})\s*(?:年|[-/.年]\s*(\d{1,2})\s*月?)?$/;

/**
 * A year from 出生年份 / 出生年月 / 出生日期: 1975, 1975年, 1975-03, 1975年3月, 197503, a full date, or a date
 * cell. Only the year is kept, so a missing day is fine here.
 */
export function parseYearOf(value: CellValue): Result<number> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return ok(value);
  if (typeof value === 'string') {
    const text = normalizeAscii(value);
    const m = YEAR_MONTH_TEXT.exec(text) ?? YM_COMPACT.exec(text);
    if (m) {
      const y = Number(m[1]);
      const mo = m[2] === undefined ? 1 : Number(m[2]);
      if (y < MIN_YEAR || y > MAX_YEAR) {
        return err('invalid-year', `年份超出范围（${MIN_YEAR}–${MAX_YEAR}）：${value}`, `year out of range (${MIN_YEAR}–${MAX_YEAR}): ${value}`);
      }
      if (mo < 1 || mo > 12) return err('invalid-year', `月份无效：${value}`, `invalid month: ${value}`);
      return ok(y);
    }
  }
  // Digits that are not a year are not taken for a serial here: '75' means 1975 to a person, not 1900.
  const date = typeof value === 'string' && DIGITS.test(normalizeAscii(value)) ? undefined : parseDate(value);
  if (!date?.ok) {
    return err('invalid-year', `无法识别的年份：${echo(String(value))}（如 1975 或 1975年3月）`, `unrecognised year: ${echo(String(value))} (e.g. 1975 or 1975-03)`);
  }
  return ok(Number(date.value.slice(0, 4)));
}
