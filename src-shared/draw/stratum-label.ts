import { SECTOR_LABELS, UNIT_TYPE_LABELS } from '../domain/vocabulary';
import type { Message } from '../result';

/** The Chinese label of each sector and unit type, back to its label pair. */
const BY_CHINESE = new Map<string, Message>([...Object.values(SECTOR_LABELS), ...Object.values(UNIT_TYPE_LABELS)].map((m) => [m.zh, m]));

/**
 * A draw's strata are stored by their Chinese names (`教育`, `高校`, `教育·高校`: see stratumOf in
 * src-main/services/draw-setup.ts), because outsiders recompute the draw from them; shown, they are labels in the
 * language in use. A stratum that is not made of known names (an older draw, a test's own) is shown as stored.
 */
export function stratumLabel(stratum: string): Message {
  const parts = stratum.split('·').map((p) => BY_CHINESE.get(p));
  if (parts.some((p) => !p)) return { zh: stratum, en: stratum };
  return { zh: stratum, en: parts.map((p) => p!.en).join(' · ') };
}
