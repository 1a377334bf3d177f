import { describe, expect, it } from 'vitest';
import { checkPublicationCap, publicationCount } from './publication-cap';

describe('the cap at publication counts over the whole year (Art. 2)', () => {
  it('adds the studios already registered for the year to the ones adopted', () => {
    expect(publicationCount(2026, 25, 4)).toEqual({ year: 2026, cap: 30, registered: 25, adopted: 4, remaining: 1 });
    expect(checkPublicationCap(publicationCount(2026, 25, 4), 1).ok).toBe(true);
    const refused = checkPublicationCap(publicationCount(2026, 25, 5), 1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'publication-cap-exceeded' } });
    if (refused.ok) return;
    expect(refused.error.message.zh).toBe('2026 年度名录中已有本年度工作室 25 个，已决定采纳 5 个，再采纳 1 个将达到 31 个，超过全年上限 30 个（第二条：每年发布不超过30个）。请对部分工作室作“不采纳”决定并写明理由。');
    expect(refused.error.message.en).toContain('the register already holds 25 studios of 2026, 5 are adopted, and adopting 1 more makes 31');
  });

  it('checks the year as it stands, and with no studio registered says nothing of the register', () => {
    expect(checkPublicationCap(publicationCount(2026, 0, 30), 0).ok).toBe(true);
    const over = checkPublicationCap(publicationCount(2026, 0, 31), 0);
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.message.zh).toBe('2026 年度已决定采纳 31 个将达到 31 个，超过全年上限 30 个（第二条：每年发布不超过30个）。请对部分工作室作“不采纳”决定并写明理由。');
  });
});
