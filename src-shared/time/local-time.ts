/**
 * Printed and shown times are local wall-clock times in one IANA zone (Asia/Shanghai unless the office sets
 * another), never raw UTC instants: `2026年12月1日 14:35` in Chinese, `1 Dec 2026 14:35` in English.
 * Pure (Intl only), so the main process, the renderer and every printout format alike: this is the one formatter.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type TimeLanguage = 'zh-CN' | 'en';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone name Intl knows, e.g. `Asia/Shanghai`, `UTC`. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** Offset of the zone at that instant, `+08:00`. */
  offset: string;
}

/** The wall-clock fields of an instant in a zone; null for a string that is not a date-time. */
export function localParts(iso: string, timeZone = DEFAULT_TIME_ZONE): LocalParts | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const { year, month, day, hour, minute, second } = parts as Record<string, string>;
  // The offset is what the wall clock shows minus the instant (seconds dropped: no zone in use has them).
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const minutes = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { year, month, day, hour, minute, second, offset };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TimeFormat {
  /** Seconds too, for records whose entries can be seconds apart (a draw's call log). */
  seconds?: boolean;
}

/**
 * `2026年12月1日 14:35` (zh) or `1 Dec 2026 14:35` (en), in `timeZone`. A value that is not a date-time is returned
 * unchanged, so a damaged field is still printed as it is rather than hidden.
 */
export function formatLocalTime(iso: string, language: TimeLanguage, timeZone = DEFAULT_TIME_ZONE, format: TimeFormat = {}): string {
  const p = localParts(iso, timeZone);
  if (!p) return iso;
  const clock = `${p.hour}:${p.minute}${format.seconds ? `:${p.second}` : ''}`;
  const [month, day] = [Number(p.month), Number(p.day)];
  return language === 'zh-CN' ? `${p.year}年${month}月${day}日 ${clock}` : `${day} ${MONTHS[month - 1]} ${p.year} ${clock}`;
}

/** The zone's name for people, not its id: 中国标准时间 / China Standard Time (the id when Intl has no name). */
export function timeZoneName(language: TimeLanguage, timeZone: string, at = new Date().toISOString()): string {
  const ms = Date.parse(at);
  const date = new Date(Number.isFinite(ms) ? ms : Date.now());
  for (const timeZoneName of ['longGeneric', 'long'] as const) {
    const name = new Intl.DateTimeFormat(language, { timeZone, timeZoneName }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
    // A bare "GMT+06:00" is no name: the offset is printed beside it anyway.
    if (name && !/^(GMT|UTC)([+-]|$)/.test(name)) return name;
  }
  return timeZone;
}

/** The zone as printed once on a sheet: `中国标准时间（UTC+08:00）` / `China Standard Time (UTC+08:00)`, offset at `at`. */
export function describeTimeZone(language: TimeLanguage, timeZone: string, at: string): string {
  const offset = localParts(at, timeZone)?.offset ?? '';
  const name = timeZoneName(language, timeZone, at);
  return language === 'zh-CN' ? `${name}（UTC${offset}）` : `${name} (UTC${offset})`;
}

/** The instant as ISO 8601 in the zone's wall-clock time with its offset, `2026-12-01T14:35:30+08:00` (same instant). */
export function localIso(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = localParts(iso, timeZone);
  return p ? `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}` : iso;
}
