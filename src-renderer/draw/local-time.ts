import { DEFAULT_TIME_ZONE, formatLocalTime, type TimeFormat } from '../../src-shared/time/local-time';
import { currentLanguage } from '../i18n';

// The office's zone, like the language: read from the settings at start and set again when they change, so every
// time on screen follows it without each page asking for the settings.
let officeTimeZone = DEFAULT_TIME_ZONE;

export function setOfficeTimeZone(timeZone: string): void {
  officeTimeZone = timeZone;
}

/**
 * A stored instant (UTC ISO) as the wall-clock time of the office's zone, as the printouts show it:
 * 2026年12月1日 14:35, or 1 Dec 2026 14:35 (the shared formatter in src-shared/time/).
 */
export function localTime(iso: string, timeZone?: string, format?: TimeFormat): string {
  return formatLocalTime(iso, currentLanguage(), timeZone || officeTimeZone, format);
}
