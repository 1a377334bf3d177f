import { App as AntApp } from 'antd';
import { useState } from 'react';
import type { Result } from '../../src-shared/result';
import { localized } from '../i18n';

/** Runs one API call from a button: busy while it runs, the error shown as a message, the value handed on. */
export function useAction(): { busy: boolean; run<T>(work: () => Promise<Result<T>>, done?: (value: T) => void): Promise<boolean> } {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (work, done) => {
      setBusy(true);
      try {
        const r = await work();
        if (!r.ok) {
          void message.error(localized(r.error.message));
          return false;
        }
        done?.(r.value);
        return true;
      } finally {
        setBusy(false);
      }
    },
  };
}
