import { localParts } from '../../src-shared/time/local-time';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';

/** The office's date today (YYYY-MM-DD) in the zone of its settings: deadlines and "not in the future" count from it. */
export function officeToday(ctx: ServiceContext): string {
  const p = localParts(ctx.now().toISOString(), readSettings(ctx).timeZone);
  if (!p) throw new Error('officeToday: the clock gave no date');
  return `${p.year}-${p.month}-${p.day}`;
}
