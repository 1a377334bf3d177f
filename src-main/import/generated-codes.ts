import { nameKey } from '../../src-shared/registers/name-key';
import { sha256Hex } from '../../src-shared/sha256';

/**
 * Codes for files that carry names only. Derived from the names (compared as the registers compare them), so
 * the same person or unit gets the same code in every import, and a unit keeps its code for conflict checks.
 */
const code = (prefix: string, ...names: string[]) => `${prefix}-${sha256Hex(names.map(nameKey).join('|')).slice(0, 10).toUpperCase()}`;

export const generatedExpertId = (name: string, unitName: string) => code('X', name, unitName);
export const generatedUnitCode = (unitName: string) => code('U', unitName);
export const generatedRecommenderCode = (name: string) => code('R', name);
