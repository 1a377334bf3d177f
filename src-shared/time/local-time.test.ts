import { describe, expect, test } from 'vitest';
import { DEFAULT_TIME_ZONE, describeTimeZone, formatLocalTime, isTimeZone, localIso } from './local-time';

describe('local times', () => {
  test('an instant prints in Asia/Shanghai by default, in the app language, to the minute', () => {
    expect(formatLocalTime('2026-12-01T06:35:30.123Z', 'zh-CN')).toBe('2026年12月1日 14:35');
    expect(formatLocalTime('2026-12-01T06:35:30.123Z', 'en')).toBe('1 Dec 2026 14:35');
    expect(formatLocalTime('2026-12-01T20:00:00+08:00', 'zh-CN')).toBe('2026年12月1日 20:00');
    // Eight hours ahead of UTC: the last evening of the year in UTC is already the next year in the office.
    expect(formatLocalTime('2026-12-31T16:00:00Z', 'zh-CN')).toBe('2027年1月1日 00:00');
    expect(formatLocalTime('2026-12-31T16:00:00Z', 'en')).toBe('1 Jan 2027 00:00');
    expect(formatLocalTime('2026-12-01T06:35:30.900Z', 'zh-CN', DEFAULT_TIME_ZONE, { seconds: true })).toBe('2026年12月1日 14:35:30');
  });

  test('Asia/Shanghai has no daylight saving: +08:00 in winter and in summer', () => {
    expect(formatLocalTime('2026-01-15T04:00:00Z', 'en')).toBe('15 Jan 2026 12:00');
    expect(formatLocalTime('2026-07-15T04:00:00Z', 'en')).toBe('15 Jul 2026 12:00');
    expect(localIso('2026-07-15T04:00:00Z')).toBe('2026-07-15T12:00:00+08:00');
  });

  test('the zone is a setting: another zone, with its offset and daylight saving', () => {
    expect(formatLocalTime('2026-07-01T12:00:00Z', 'en', 'Europe/Berlin')).toBe('1 Jul 2026 14:00');
    expect(formatLocalTime('2026-01-01T12:00:00Z', 'en', 'Europe/Berlin')).toBe('1 Jan 2026 13:00');
    expect(formatLocalTime('2026-01-01T12:00:00Z', 'zh-CN', 'America/St_Johns')).toBe('2026年1月1日 08:30');
    expect(formatLocalTime('2026-12-01T06:35:00Z', 'zh-CN', 'UTC')).toBe('2026年12月1日 06:35');
    expect(localIso('2026-12-01T06:35:30.900Z')).toBe('2026-12-01T14:35:30+08:00');
    expect(describeTimeZone('zh-CN', DEFAULT_TIME_ZONE, '2026-12-01T06:35:30Z')).toBe('中国标准时间（UTC+08:00）');
    expect(describeTimeZone('en', 'Europe/Berlin', '2026-07-01T12:00:00Z')).toBe('Central European Time (UTC+02:00)');
    expect(describeTimeZone('zh-CN', 'UTC', '2026-07-01T12:00:00Z')).toBe('协调世界时（UTC+00:00）');
  });

  test('a zone name is checked, and a value that is not a time is printed as it is', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(formatLocalTime('yesterday', 'zh-CN')).toBe('yesterday');
  });
});
