import { describe, expect, test } from 'vitest';
import { DEFAULT_TIME_ZONE, describeTimeZone, formatLocalTime, isTimeZone, localIso } from './local-time';

describe('local times', () => {
  test('an instant prints in Asia/Shanghai by default, in the app language', () => {
    expect(formatLocalTime('2026-12-01T06:35:30.123Z', 'zh-CN')).toBe('2026年12月01日 14:35:30');
    expect(formatLocalTime('2026-12-01T06:35:30.123Z', 'en')).toBe('2026-12-01 14:35:30 +08:00');
    expect(formatLocalTime('2026-12-01T20:00:00+08:00', 'zh-CN')).toBe('2026年12月01日 20:00:00');
    expect(formatLocalTime('2026-12-31T16:00:00Z', 'zh-CN')).toBe('2027年01月01日 00:00:00');
  });

  test('another zone, with its offset and daylight saving', () => {
    expect(formatLocalTime('2026-07-01T12:00:00Z', 'en', 'Europe/Berlin')).toBe('2026-07-01 14:00:00 +02:00');
    expect(formatLocalTime('2026-01-01T12:00:00Z', 'en', 'America/St_Johns')).toBe('2026-01-01 08:30:00 -03:30');
    expect(localIso('2026-12-01T06:35:30.900Z')).toBe('2026-12-01T14:35:30+08:00');
    expect(describeTimeZone('zh-CN', DEFAULT_TIME_ZONE, '2026-12-01T06:35:30Z')).toBe('Asia/Shanghai（UTC+08:00）');
    expect(describeTimeZone('en', 'Europe/Berlin', '2026-07-01T12:00:00Z')).toBe('Europe/Berlin (UTC+02:00)');
  });

  test('a zone name is checked, and a value that is not a time is printed as it is', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(formatLocalTime('yesterday', 'zh-CN')).toBe('yesterday');
  });
});
