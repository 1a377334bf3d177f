import { describe, expect, it } from 'vitest';
import { annualCheckStep, recheckStep, revokeStep, type CheckStep, type ManagementState } from './management-rules';

const TODAY = '2027-06-01';
const active: ManagementState = { studioId: '2025-JKWWT-01', status: 'active', studioYear: 2025, checkedYears: [], rectification: null, revokedOn: null };
const check = (change: Partial<CheckStep> = {}): CheckStep => ({ year: 2026, checkedOn: '2027-01-10', finding: 'evident', rectification: null, ...change });
const notEvident = check({ finding: 'not-evident', rectification: { deadline: '2027-04-30', requirements: '补齐活动记录' } });
const rectifying: ManagementState = {
  ...active,
  status: 'rectifying',
  checkedYears: [2026],
  rectification: { checkYear: 2026, openedOn: '2027-01-10', deadline: '2027-04-30', recheck: null },
};
const failed: ManagementState = {
  ...rectifying,
  rectification: { ...rectifying.rectification!, recheck: { recheckedOn: '2027-05-06', outcome: 'not-rectified' } },
};
const revoked: ManagementState = { ...failed, status: 'revoked', revokedOn: '2027-05-20' };

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('dynamic management: the annual check', () => {
  it('keeps a studio whose role is evident or ordinary active', () => {
    expect(annualCheckStep(active, check(), TODAY)).toEqual({ ok: true, value: 'active' });
    expect(annualCheckStep(active, check({ finding: 'ordinary' }), TODAY)).toEqual({ ok: true, value: 'active' });
  });

  it('opens a rectification when the role is not evident, and only then', () => {
    expect(annualCheckStep(active, notEvident, TODAY)).toEqual({ ok: true, value: 'rectifying' });
    expect(code(annualCheckStep(active, check({ finding: 'not-evident' }), TODAY))).toBe('rectification-required');
    expect(code(annualCheckStep(active, { ...notEvident, finding: 'ordinary' }, TODAY))).toBe('rectification-not-needed');
    const sameDay = { ...notEvident, rectification: { deadline: '2027-01-10', requirements: '补齐' } };
    expect(code(annualCheckStep(active, sameDay, TODAY))).toBe('deadline-not-after-check');
  });

  it('checks a studio once a year, not before its own year, and not on a date to come', () => {
    expect(code(annualCheckStep({ ...active, checkedYears: [2026] }, check(), TODAY))).toBe('check-exists');
    expect(annualCheckStep({ ...active, checkedYears: [2026] }, check({ year: 2027, checkedOn: '2027-05-01' }), TODAY).ok).toBe(true);
    expect(code(annualCheckStep(active, check({ year: 2024 }), TODAY))).toBe('check-year-before-studio');
    expect(code(annualCheckStep(active, check({ checkedOn: '2027-06-02' }), TODAY))).toBe('date-in-future');
    expect(code(annualCheckStep(active, check({ checkedOn: '2025-12-31' }), TODAY))).toBe('check-date-before-year');
  });

  it('waits while a rectification is open or a failed one awaits the decision', () => {
    expect(code(annualCheckStep(rectifying, check({ year: 2027 }), TODAY))).toBe('rectification-open');
    expect(code(annualCheckStep(failed, check({ year: 2027 }), TODAY))).toBe('revocation-pending');
  });
});

describe('dynamic management: the re-check', () => {
  it('closes the rectification as rectified (active again) or not rectified (still rectifying, revocation next)', () => {
    expect(recheckStep(rectifying, { recheckedOn: '2027-03-01', outcome: 'rectified' }, TODAY)).toEqual({ ok: true, value: 'active' });
    expect(recheckStep(rectifying, { recheckedOn: '2027-05-06', outcome: 'not-rectified' }, TODAY)).toEqual({ ok: true, value: 'rectifying' });
  });

  it('finds "not rectified" only once the deadline has come, and never before the check', () => {
    const early = recheckStep(rectifying, { recheckedOn: '2027-04-29', outcome: 'not-rectified' }, TODAY);
    expect(code(early)).toBe('recheck-before-deadline');
    expect(early.ok ? '' : early.error.message.zh).toContain('2027-04-30');
    expect(recheckStep(rectifying, { recheckedOn: '2027-04-30', outcome: 'not-rectified' }, TODAY).ok).toBe(true);
    expect(code(recheckStep(rectifying, { recheckedOn: '2027-01-09', outcome: 'rectified' }, TODAY))).toBe('recheck-before-check');
    expect(code(recheckStep(rectifying, { recheckedOn: '2027-06-02', outcome: 'rectified' }, TODAY))).toBe('date-in-future');
  });

  it('needs an open rectification', () => {
    expect(code(recheckStep(active, { recheckedOn: '2027-03-01', outcome: 'rectified' }, TODAY))).toBe('no-open-rectification');
    expect(code(recheckStep(failed, { recheckedOn: '2027-05-10', outcome: 'rectified' }, TODAY))).toBe('no-open-rectification');
  });
});

describe('dynamic management: revocation', () => {
  it('follows a re-check that found the rectification not in place', () => {
    expect(revokeStep(failed, { revokedOn: '2027-05-20' }, TODAY)).toEqual({ ok: true, value: 'revoked' });
    expect(code(revokeStep(failed, { revokedOn: '2027-05-05' }, TODAY))).toBe('revocation-before-recheck');
    expect(code(revokeStep(failed, { revokedOn: '2027-06-02' }, TODAY))).toBe('date-in-future');
  });

  it('is refused without it, naming Art. 17', () => {
    const rectified = { ...rectifying, status: 'active' as const, rectification: { ...rectifying.rectification!, recheck: { recheckedOn: '2027-03-01', outcome: 'rectified' as const } } };
    for (const s of [active, rectifying, rectified]) {
      const r = revokeStep(s, { revokedOn: '2027-05-20' }, TODAY);
      expect(code(r)).toBe('revocation-needs-failed-recheck');
      expect(r.ok ? '' : r.error.message.zh).toContain('第十七条');
      expect(r.ok ? '' : r.error.message.en).toContain('Art. 17');
    }
  });

  it('ends everything: a revoked studio is not checked, re-checked or revoked again', () => {
    for (const r of [
      annualCheckStep(revoked, check({ year: 2027, checkedOn: '2027-05-30' }), TODAY),
      recheckStep(revoked, { recheckedOn: '2027-05-30', outcome: 'rectified' }, TODAY),
      revokeStep(revoked, { revokedOn: '2027-05-30' }, TODAY),
    ]) {
      expect(code(r)).toBe('studio-revoked');
      expect(r.ok ? '' : r.error.message.zh).toContain('不能重新启用');
      expect(r.ok ? '' : r.error.message.en).toContain('cannot be reopened');
    }
  });
});
