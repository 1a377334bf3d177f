import { describe, expect, test } from 'vitest';
import { compareTickets, orderByTicket, ticketFor } from './tickets';

describe('consistent_sampler tickets', () => {
  test('published vector: seed 01382438112797316654, id AB-130', () => {
    expect(ticketFor('01382438112797316654', 'AB-130')).toBe(
      '0.26299714122838008416507544297546663599715395525154425586041245287750224561854',
    );
  });

  test('seed 314159 orders ab-1, ab-2, cd-1, ef-3 as cd-1, ef-3, ab-1, ab-2', () => {
    expect(orderByTicket('314159', ['ab-1', 'ab-2', 'cd-1', 'ef-3']).map((t) => t.id)).toEqual(['cd-1', 'ef-3', 'ab-1', 'ab-2']);
  });

  test('order does not depend on the input order', () => {
    expect(orderByTicket('314159', ['ef-3', 'ab-2', 'cd-1', 'ab-1']).map((t) => t.id)).toEqual(['cd-1', 'ef-3', 'ab-1', 'ab-2']);
  });

  test('tickets are at least 64 digits and compared as exact decimals', () => {
    expect(ticketFor('x', 'y').length).toBeGreaterThanOrEqual(66);
    expect(compareTickets('0.1', '0.10')).toBe(0);
    expect(compareTickets('0.09', '0.1')).toBe(-1);
    expect(compareTickets('0.123456789012345678901', '0.123456789012345678900')).toBe(1);
    // Differ only beyond double precision: a float comparison would call these equal.
    expect(compareTickets('0.10000000000000000000001', '0.1')).toBe(1);
  });
});
