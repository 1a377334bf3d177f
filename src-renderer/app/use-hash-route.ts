import { startTransition, useEffect, useState } from 'react';

/** The route key in the address; a query after it (#/score?session=…) belongs to the page, not to the key. */
export function hashRoute(fallback: string): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] || fallback;
}

/** Hash routes survive a reload in both doors (app:// in Electron, loopback in a browser). */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const read = () => hashRoute(fallback);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    // A transition: while a page's code is still arriving the page before stays on screen (React shows no 加载中 for
    // the few milliseconds, and so does not hold the new page back for its 300 ms minimum of a shown fallback).
    const onChange = () => startTransition(() => setRoute(read()));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (r) => (window.location.hash = `#/${r}`)];
}
