import type { PrintStamp } from '../print/html';
import type { ServiceContext } from './context';
import { readSettings } from './settings';

/** Now, in the office's zone: the print time every sheet ends with. */
export function printStampOf(ctx: ServiceContext): PrintStamp {
  return { at: ctx.now().toISOString(), timeZone: readSettings(ctx).timeZone };
}
