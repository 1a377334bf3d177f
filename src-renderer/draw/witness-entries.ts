import type { TFunction } from 'i18next';

/** One witness's name and the digits typed twice (they stay strings: leading zeros count). */
export interface WitnessEntry {
  name: string;
  first: string;
  second: string;
}

export const blankWitness = (): WitnessEntry => ({ name: '', first: '', second: '' });

/** What is wrong with an entry as typed so far, or undefined (nothing typed yet counts as nothing wrong). */
export function witnessProblem(e: WitnessEntry, t: TFunction): string | undefined {
  if (!e.first && !e.second) return undefined;
  if (!/^\d*$/.test(e.first) || !/^\d*$/.test(e.second)) return t('draw.onlyDigits');
  if (e.first.length < 10) return t('draw.tooShort');
  if (e.second && e.first !== e.second) return t('draw.mismatch');
  return undefined;
}

/** Both entries typed, equal and long enough: these digits go into the seed. */
export function witnessConfirmed(e: WitnessEntry): boolean {
  return e.first.length >= 10 && /^\d+$/.test(e.first) && e.first === e.second;
}

export function witnessesReady(entries: WitnessEntry[]): boolean {
  return entries.length >= 3 && entries.every((e) => e.name.trim() && witnessConfirmed(e));
}
