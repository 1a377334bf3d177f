import { DEFAULT_TIME_ZONE, formatLocalTime } from '../../src-shared/time/local-time';
import { currentLanguage } from '../i18n';

/**
 * A stored instant as the wall-clock time of the office's zone (a setting, Asia/Shanghai by default), as the
 * printed record shows it: 2026年12月01日 14:35:30, or 2026-12-01 14:35:30 +08:00.
 */
export function localTime(iso: string, timeZone?: string): string {
  return formatLocalTime(iso, currentLanguage(), timeZone || DEFAULT_TIME_ZONE);
}
