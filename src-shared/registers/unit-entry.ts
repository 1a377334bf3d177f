import type { UnitType } from '../domain/vocabulary';
import type { RegisterEntry } from './name-register';

/** A unit of the office's units register: its code (used for conflict checks), name, aliases and type. */
export interface UnitEntry extends RegisterEntry {
  type: UnitType;
}
