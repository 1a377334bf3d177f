import { timingSafeEqual } from 'node:crypto';

/**
 * Who may come through the loopback door, decided from the request's headers alone.
 *
 * A web page elsewhere can reach 127.0.0.1 too: through DNS rebinding its own name points at our address (its
 * requests then carry its name in `Host`), and any page can send requests here (they carry its `Origin`). So the
 * Host must be our own address and port, and an Origin, when sent, our own origin, before the token is looked at.
 * The token is in the URL printed at start only for the first visit, which swaps it for a cookie the page's scripts
 * cannot read, so it leaves the address bar and the history.
 */

/** `Host` names this server: `127.0.0.1:<port>` or `localhost:<port>`, its own port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  const h = host?.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** `Origin` absent (navigations, scripts outside a browser) or the origin of the allowed `host`. */
export function originAllowed(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin === `http://${host.toLowerCase()}`;
}

/** Cookies belong to a host, not a port: the port in the name keeps two running instances from taking each other's. */
export const tokenCookieName = (port: number) => `studio-review-token-${port}`;

/** Sent for the whole session of the browser (no expiry), to this site's own requests only. */
export const tokenCookie = (port: number, token: string) => `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Every value of the cookie `name` in a `Cookie` header (another page on 127.0.0.1 may have set one of the same name). */
export function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

export function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `decodeURIComponent` that answers undefined for malformed percent-encoding instead of throwing. */
export function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
