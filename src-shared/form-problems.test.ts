import { describe, expect, it } from 'vitest';
import { validateInput } from './api/validate';
import { placeProblems } from './form-problems';
import type { ErrorDetail } from './result';

const detailsOf = (name: string, input: unknown): ErrorDetail[] => {
  const r = validateInput(name, input);
  return r.ok ? [] : (r.error.details ?? []);
};

describe('placeProblems: the one mapping from API problems to form fields', () => {
  it('puts each problem under the deepest field its path falls in, stripping the part of the input the form edits', () => {
    const placed = placeProblems(
      [
        { path: 'nomination.honours.1.year', message: { zh: '不能小于 1950', en: 'Must be at least 1950' } },
        { path: 'nomination.studioName', message: { zh: '请填写此项', en: 'Please fill in this field' }, problem: { kind: 'required' } },
        { path: 'mode', message: { zh: '请从列表中选择', en: 'Choose one of the listed options' } },
      ],
      [['studioName'], ['honours'], ['honours', 1, 'year']],
      { under: 'nomination', labels: { studioName: { zh: '工作室名称', en: 'studio name' } } },
    );
    expect(placed.fields).toEqual([
      { name: ['honours', 1, 'year'], errors: [{ zh: '不能小于 1950', en: 'Must be at least 1950' }] },
      { name: ['studioName'], errors: [{ zh: '请填写工作室名称', en: 'Please fill in studio name' }] },
    ]);
    expect(placed.rest.map((d) => d.path)).toEqual(['mode']);
  });

  it('renames API paths to the form fields that hold them', () => {
    const placed = placeProblems(
      [
        { path: 'amountFen', message: { zh: '不能小于 1', en: 'Must be at least 1' } },
        { path: 'rectification.deadline', message: { zh: '请填写此项', en: 'Please fill in this field' } },
      ],
      [['amount'], ['deadline']],
      { rename: { amountFen: 'amount', rectification: '' } },
    );
    expect(placed.fields.map((f) => f.name)).toEqual([['amount'], ['deadline']]);
    expect(placed.rest).toEqual([]);
  });

  it('screening.record with 不通过 and no reason: "请填写不通过的理由" under the reason', () => {
    const details = detailsOf('screening.record', { nominationId: 'N1', manual: [], decision: { outcome: 'not-qualified', reason: ' ' }, screener: '张三' });
    const placed = placeProblems(details, [['decision', 'reason']], { labels: { 'decision.reason': { zh: '不通过的理由', en: 'the reason' } } });
    expect(placed.fields).toEqual([{ name: ['decision', 'reason'], errors: [{ zh: '请填写不通过的理由', en: 'Please fill in the reason' }] }]);
  });

  it('an empty add-expert form: every problem lands on a field of the form, in Chinese without schema text', () => {
    const fields = ['id', 'name', 'gender', 'unitName', 'unitCode', 'unitType', 'title', 'sectors', 'email', 'status'].map((f) => [f]);
    const placed = placeProblems(detailsOf('experts.save', { expert: { sectors: [] }, mode: 'create' }), fields, { under: 'expert' });
    expect(placed.rest).toEqual([]);
    const byField = Object.fromEntries(placed.fields.map((f) => [f.name.join('.'), f.errors.map((m) => m.zh).join('；')]));
    expect(byField).toMatchObject({ id: '请填写此项', name: '请填写此项', unitType: '请填写此项', sectors: '请至少选择一项' });
    for (const text of Object.values(byField)) expect(text).not.toMatch(/[A-Za-z"]/);
  });
});
