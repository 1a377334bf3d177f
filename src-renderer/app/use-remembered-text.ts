import { useState } from 'react';

/**
 * A name typed once per laptop (the screener, the second reviewer): kept in this browser's storage so it is there on
 * the next drawer, page and start, and can still be changed at any time.
 */
export function useRememberedText(key: string): [string, (value: string) => void] {
  const storageKey = `studio-review.remembered.${key}`;
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(storageKey) ?? '';
    } catch {
      return '';
    }
  });
  const remember = (next: string) => {
    setValue(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage refused (private mode, quota): the name is kept for this page only.
    }
  };
  return [value, remember];
}
