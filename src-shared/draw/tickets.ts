import { compareUtf8, sha256Hex } from './hash';

/**
 * Ticket of Rivest's consistent_sampler (sampler.py): seedHash = SHA-256 hex of the seed; the ticket is the
 * decimal SHA-256(seedHash + id), zero-padded to 64 digits and reversed, as a fraction "0.ddd…". Reusing it lets
 * anyone check our order with an independent, published implementation.
 */
export function ticketFor(seed: string, id: string, seedHash = sha256Hex(seed)): string {
  const n = BigInt(`0x${sha256Hex(seedHash + id)}`);
  return `0.${n.toString(10).padStart(64, '0').split('').reverse().join('')}`;
}

/** Exact decimal comparison of two "0.ddd" fractions (right-padded with zeros), never via floats. */
export function compareTickets(a: string, b: string): number {
  // Equal lengths (the usual case): the digit strings compare as the decimals do.
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  const da = a.slice(2);
  const db = b.slice(2);
  const len = Math.max(da.length, db.length);
  const pa = da.padEnd(len, '0');
  const pb = db.padEnd(len, '0');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

export interface Ticketed {
  id: string;
  ticket: string;
}

/**
 * Ids in ascending ticket order; a tie (never seen in practice) falls back to id byte order. Tickets are
 * right-padded to one width once, so the sort compares them as `compareTickets` would with plain `<`.
 */
export function orderByTicket(seed: string, ids: readonly string[]): Ticketed[] {
  const seedHash = sha256Hex(seed);
  const ticketed = ids.map((id) => ({ id, ticket: ticketFor(seed, id, seedHash), key: '' }));
  const width = ticketed.reduce((w, t) => Math.max(w, t.ticket.length), 0);
  for (const t of ticketed) t.key = t.ticket.padEnd(width, '0');
  return ticketed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : compareUtf8(x.id, y.id)));
}
