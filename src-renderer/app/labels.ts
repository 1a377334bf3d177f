import type { Message } from '../../src-shared/result';
import { localized } from '../i18n';

/** Select options from a code → {zh, en} table, in the language in use. */
export function optionsOf<K extends string>(labels: Record<K, Message>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: localized(labels[value]) }));
}
