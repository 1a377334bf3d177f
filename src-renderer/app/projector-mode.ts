import { useSyncExternalStore } from 'react';

/**
 * Projector mode (投影模式): one page (the draw wizard) fills the screen and the app's navigation, header and
 * language switch are gone, so the room sees nothing but the draw. The page that turns it on turns it off
 * again (Esc, its own button, or when it unmounts).
 */
let on = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setProjectorMode(next: boolean): void {
  if (on === next) return;
  on = next;
  for (const l of listeners) l();
}

export function useProjectorMode(): boolean {
  return useSyncExternalStore(subscribe, () => on);
}
