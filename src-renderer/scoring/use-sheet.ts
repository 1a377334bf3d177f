import { useEffect, useMemo, useRef, useState } from 'react';
import type { CellView, SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { SaveQueue, type CellPatch, type SaveState } from './save-queue';

/**
 * One expert's cells on this laptop and the queue that saves their changes. `changeReason` is read at send time,
 * so a reason typed after locking applies to every change that follows it.
 */
export function useSheet(session: SessionView, expertId: string, changeReason: string) {
  const { sessionId } = session;
  const own = (s: SessionView) => new Map(s.cells.filter((c) => c.expertId === expertId).map((c) => [c.nominationId, c]));
  const [cells, setCells] = useState<Map<string, CellView>>(() => own(session));
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const reason = useRef(changeReason);
  reason.current = changeReason;

  const queue = useMemo(
    () =>
      new SaveQueue(
        (patch) => {
          const why = reason.current.trim();
          return api('score.save', { sessionId, expertId, ...patch, ...(why ? { changeReason: why } : {}) });
        },
        setState,
        (cell) => setCells((m) => new Map(m).set(cell.nominationId, cell)),
      ),
    [sessionId, expertId],
  );

  // A fresh copy of the session (after lock, sign, or a reload) replaces the cells only when nothing is in flight,
  // so a reply that is still on its way is never overwritten by an older picture.
  useEffect(() => {
    if (queue.idle) setCells(own(session));
  }, [session, queue]);

  // Closing the window with a change in flight or refused: the browser asks once.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!queue.idle) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [queue]);

  return { cells, state, save: (patch: CellPatch) => queue.push(patch), retry: () => queue.retry() };
}
