/**
 * Long digit strings are read aloud, compared by eye and copied by hand in groups of four: `a1b2 c3d4 …`.
 * Grouping is only presentation: removing the spaces gives the value back.
 */
export function groupsOfFour(hex: string): string {
  return hex.match(/.{1,4}/gsu)?.join(' ') ?? '';
}

/** A ticket `0.ddd…` with its digits in groups of four after the point: `0.0378 0000 9784 …`. */
export function groupTicket(ticket: string): string {
  return ticket.startsWith('0.') ? `0.${groupsOfFour(ticket.slice(2))}` : ticket;
}

/** Back from a grouped (or printed and wrapped) value to the value: every white-space character removed. */
export function ungroup(text: string): string {
  return text.replace(/\s+/g, '');
}
