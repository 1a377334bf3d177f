import type { Message } from '../result';

/**
 * The rule for a PIN chosen from now on (at check-in, or by a leader signing on a laptop they did not check in on):
 * 6 to 32 digits. A copied database lets anyone try PINs offline against the vault, where scrypt is the only brake,
 * so 4 digits (10,000 tries) fall in minutes and 6 (a million) do not. NFKC first, as the vault does, so the
 * full-width digits of a Chinese input method count. Only new PINs are held to it: a vault locked under a shorter PIN
 * by an earlier version keeps opening with it, so no one is locked out of a running session.
 */
export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 32;

const DIGITS = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

export function isAcceptableNewPin(pin: string): boolean {
  return DIGITS.test(pin.normalize('NFKC'));
}

export const NEW_PIN_RULE: Message = {
  zh: `PIN 须为 ${PIN_MIN_DIGITS} 至 ${PIN_MAX_DIGITS} 位数字`,
  en: `The PIN must be ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits`,
};
