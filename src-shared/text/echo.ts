import { IMPORT_LIMITS } from '../api/limits';
import { showHidden } from './hidden-characters';

/**
 * A value quoted back in a message (an imported cell, a header, a sheet name): hidden characters written out, so
 * the message shows what the file holds, and at most `IMPORT_LIMITS.echoedChars` characters, so a 30,000-character
 * cell does not make every message about it 30,000 characters long.
 */
export function echo(value: string, max: number = IMPORT_LIMITS.echoedChars): string {
  const shown = showHidden(value);
  if (shown.length <= max) return shown;
  const chars = Array.from(shown);
  return chars.length <= max ? shown : `${chars.slice(0, max).join('')}…`;
}
