import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';

export type SheetAccess = 'checking' | 'closed' | 'open';

/**
 * Whether this expert's sheet is open on this laptop. The expert's PIN opens it for five minutes, timed by the app
 * (not by this page's clock); after that a save or a lock is refused with `pin-required`, and `closed` is called so
 * the PIN is asked again. `everOpened` keeps the sheet on screen meanwhile, with whatever was typed.
 */
export function useSheetAccess(sessionId: string, expertId: string) {
  const [access, setAccess] = useState<SheetAccess>('checking');
  const [everOpened, setEverOpened] = useState(false);
  const [error, setError] = useState<AppError>();
  useEffect(() => {
    let live = true;
    void api('score.sheet', { sessionId, expertId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setAccess('open');
        setEverOpened(true);
      } else if (r.error.code === 'pin-required') setAccess('closed');
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [sessionId, expertId]);
  const opened = useCallback(() => {
    setAccess('open');
    setEverOpened(true);
  }, []);
  const closed = useCallback(() => setAccess('closed'), []);
  return { access, everOpened, error, opened, closed };
}
