import { useEffect, useState } from 'react';

/** Hash routes survive a reload in both doors (app:// in Electron, loopback in a browser). */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '') || fallback;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (r) => (window.location.hash = `#/${r}`)];
}
