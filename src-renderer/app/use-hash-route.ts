import { useEffect, useState } from 'react';

/** Hash routes survive a reload in both doors (app:// in Electron, loopback in a browser). */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  // A query after the route (#/score?session=…) belongs to the page, not to the route key.
  const read = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] || fallback;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (r) => (window.location.hash = `#/${r}`)];
}
