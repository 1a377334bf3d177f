import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_CATALOG } from './catalog';
import { auditRowProblem } from './check-row';
import { auditSubject } from './subjects';

describe('the audit-event catalog', () => {
  it.each(['score.erase', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])('does not hold the action %j', (action) => {
    expect(auditRowProblem({ action, details: {} })).toEqual({
      code: 'audit-action-unknown',
      message: { zh: `未知的操作“${action}”（审计事件目录中没有）`, en: `unknown action "${action}" (not in the audit-event catalog)` },
    });
  });

  it.each([
    ['a member missing', 'session.freeze', {}, 'rulesHash'],
    ['a member of the wrong type', 'score.lock', { version: '3' }, 'version'],
    ['a hash that is not one', 'signoff.summary', { leader: 'E1', summaryHash: 'abc' }, 'summaryHash'],
    ['a member the catalog does not list', 'draw.finish', { by: 'someone' }, 'by'],
    ['no object at all', 'signoff.expert', 'dissent', ''],
    ['a record that is not an object', 'nomination.create', { after: ['N1'] }, 'after'],
  ])('refuses details with %s, naming it', (_name, action, details, member) => {
    const problem = auditRowProblem({ action, details });
    expect(problem?.code).toBe('audit-details-invalid');
    expect(problem?.message.en).toContain(`the details of ${action} do not fit the audit-event catalog`);
    expect(problem?.message.zh).toContain(`操作 ${action} 的详情不符合审计事件目录`);
    expect(problem?.message.en).toContain(member);
  });

  it('takes details as the app writes them', () => {
    expect(auditRowProblem({ action: 'session.freeze', details: { rulesHash: 'a'.repeat(64) } })).toBeUndefined();
    expect(auditRowProblem({ action: 'draw.call', details: { at: '2026-11-20T01:00:00.000Z', caller: '王', expertId: 'E1', outcome: 'accepted' } })).toBeUndefined();
    expect(auditRowProblem({ action: 'expert.update', details: { before: { id: 'E1' }, after: { id: 'E1', name: '张三' } } })).toBeUndefined();
  });

  it('builds subjects in the form rows already hold', () => {
    expect([
      auditSubject.session('2026-S07'),
      auditSubject.sessionExpert('2026-S07', 'E1'),
      auditSubject.scoreCell('2026-S07', 'E1', 'N1'),
      auditSubject.draw('D1'),
      auditSubject.nomination('N1'),
      auditSubject.expert('E1'),
      auditSubject.year(2026),
      auditSubject.key('k1'),
      auditSubject.file('专家.xlsx'),
      auditSubject.unit('U1'),
      auditSubject.recommendingUnit('R1'),
      auditSubject.title('教授'),
      auditSubject.titleDictionary(),
      auditSubject.setting('language'),
    ]).toEqual([
      'session:2026-S07',
      'session:2026-S07/E1',
      'session:2026-S07/E1/N1',
      'draw:D1',
      'nomination:N1',
      'expert:E1',
      'year:2026',
      'key:k1',
      'file:专家.xlsx',
      'unit:U1',
      'recommending-unit:R1',
      'title:教授',
      'title-dictionary',
      'language',
    ]);
  });

  it('is documented: docs/bundle-format.md lists every action with its subject kind, and no other', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/bundle-format.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Audit actions'));
    const documented = [...table.matchAll(/^\| `([a-z.-]+)` \| `([A-Za-z]+)` \|/gm)].map((m) => [m[1], m[2]]);
    expect(documented).toEqual(Object.entries(AUDIT_CATALOG).map(([action, e]) => [action, e.subject]));
  });
});
