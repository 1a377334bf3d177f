import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YearProposals } from '../../src-shared/api/ops/publication';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import { call } from '../api/dispatch';
import { importBundle } from './bundle-import';
import { renderBundle, sealBundle } from '../bundle/render';
import { writeBundleFolder } from '../bundle/write-folder';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import type { ServiceContext } from '../services/context';
import { enrolKey, keyFileBytes } from './trust-store';
import { verifyAuditChain } from '../store/audit-log';
import { issuedSyntheticData, paperCodesOf } from '../testing/bundle-fixtures';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

const YEAR = 2026;

/** A verified result bundle of another meeting laptop, taken in at this office; its nominations are not in this database. */
function takeInBundle(sessionId: string, nominations: number, prefix: string) {
  const pair = generateKeyPair();
  const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
  expectOk(enrolKey(ctx, { content: keyFileBytes(keys, { label: `会场 ${sessionId}`, deviceId: sessionId, appVersion: 'test', exportedAt: ctx.now().toISOString() }), role: 'meeting-laptop' }));
  const dir = path.join(tempDir('sr-publication-usb-'), 'bundle');
  // Issued by this office before the meeting, as every bundle it takes in must be.
  const data = issuedSyntheticData(ctx, { sessionId, year: YEAR, nominations, experts: 5, criteria: 3, nominationPrefix: prefix });
  writeBundleFolder(dir, sealBundle(renderBundle(data, keys.publicKey), keys));
  return expectOk(importBundle(ctx, { path: dir }, YEAR, { paper: paperCodesOf(data) }));
}

const proposals = async () => expectOk(await call(ctx, 'publication.proposals', { year: YEAR }));
const decide = (sessionId: string, nominationId: string, decision: 'adopt' | 'not-adopt', reason = '') => call(ctx, 'publication.decide', { year: YEAR, sessionId, nominationId, decision, reason });
const publish = () => call(ctx, 'publication.publish', { year: YEAR, docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01' });
const studiosOf = (p: YearProposals, sessionId: string) => p.sessions.find((s) => s.sessionId === sessionId)!.studios;
const auditCount = (action: string) => (ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;
const tableCount = (table: string) => (ctx.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('publication of the year (Art. 7) under the cap over the year (Art. 2)', () => {
  it('two bundles propose 35: adoption stops at 30, undecided studios block publishing, and the published list is numbered and locked', async () => {
    takeInBundle('2026-A', 20, 'A');
    takeInBundle('2026-B', 15, 'B');
    let p = await proposals();
    expect(p.sessions.map((s) => [s.sessionId, s.source.kind, s.source.verified, s.studios.length])).toEqual([
      ['2026-A', 'bundle', true, 20],
      ['2026-B', 'bundle', true, 15],
    ]);
    expect(p.undecided).toBe(35);
    // The office's database does not hold these nominations: the sector comes from what the bundle carried.
    expect(studiosOf(p, '2026-A')[0]).toMatchObject({ sector: expect.any(String), decision: null, registerNumber: null });

    for (const s of studiosOf(p, '2026-A')) expectOk(await decide('2026-A', s.nominationId, 'adopt'));
    const b = studiosOf(p, '2026-B');
    for (const s of b.slice(0, 10)) expectOk(await decide('2026-B', s.nominationId, 'adopt'));
    expect((await proposals()).count).toMatchObject({ registered: 0, adopted: 30, remaining: 0 });

    const over = await decide('2026-B', b[10].nominationId, 'adopt');
    expect(over).toMatchObject({ ok: false, error: { code: 'publication-cap-exceeded' } });
    // Not adopting needs a reason, at the door and in the service.
    expect(await decide('2026-B', b[10].nominationId, 'not-adopt')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const before = tableCount('publications');
    const undecided = await publish();
    expect(undecided).toMatchObject({ ok: false, error: { code: 'studios-undecided' } });
    if (!undecided.ok) expect(undecided.error.details?.map((d) => d.path)).toEqual(b.slice(10).map((s) => s.nominationId));
    expect([tableCount('publications'), tableCount('studios')]).toEqual([before, 0]);
    expect(auditCount('publication.publish-refused')).toBe(1);

    for (const s of b.slice(10)) expectOk(await decide('2026-B', s.nominationId, 'not-adopt', '得分低于同行业已采纳的工作室'));
    p = await proposals();
    expect(p.undecided).toBe(0);

    const published = expectOk(await publish());
    expect(published.publication).toMatchObject({ docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01', noticeStart: null, closedAt: null });
    expect(published.studios.map((s) => s.id)).toEqual(Array.from({ length: 30 }, (_, i) => `2026-JKWWT-${String(i + 1).padStart(2, '0')}`));
    // Numbered in the published list's order: by sector as the document lists them.
    const order = ['education', 'science', 'culture', 'health', 'sports'];
    const sectors = published.studios.map((s) => order.indexOf(s.sector));
    expect(sectors).toEqual([...sectors].sort((x, y) => x - y));
    expect(published.studios[0]).toMatchObject({ source: 'published', status: 'active', docNo: '豫教科文卫体工〔2026〕12号', leaderName: expect.stringMatching(/^领衔人/), recommendingUnit: expect.stringMatching(/^推荐单位/) });
    expect(auditCount('studio.publish')).toBe(30);
    expect(auditCount('publication.publish')).toBe(1);

    // Locked: no decision, no second publication.
    const late = await decide('2026-B', b[10].nominationId, 'adopt');
    expect(late).toMatchObject({ ok: false, error: { code: 'year-published' } });
    expect(await decide('2026-A', studiosOf(p, '2026-A')[0].nominationId, 'not-adopt', '改变主意')).toMatchObject({ ok: false, error: { code: 'year-published' } });
    expect(await publish()).toMatchObject({ ok: false, error: { code: 'year-published' } });
    expect(studiosOf(await proposals(), '2026-A')[0].registerNumber).toMatch(/^2026-JKWWT-\d\d$/);
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it("counts the register's studios of the year: with 25 taken over from the year's list, only 5 more can be adopted, numbered from 26", async () => {
    const insert = ctx.store.db.prepare(
      "INSERT INTO studios (id, year, seq, studio_name, leader_name, work_unit_name, sector, recommending_unit, source, doc_no, published_on) VALUES (?, 2026, ?, ?, '甲', '乙', 'health', '丙', 'imported', '旧文号', '2026-06-01')",
    );
    for (let i = 1; i <= 25; i++) insert.run(`2026-JKWWT-${String(i).padStart(2, '0')}`, i, `已登记工作室${i}`);
    takeInBundle('2026-A', 8, 'A');
    const s = studiosOf(await proposals(), '2026-A');
    for (const x of s.slice(0, 5)) expectOk(await decide('2026-A', x.nominationId, 'adopt'));
    expect(await decide('2026-A', s[5].nominationId, 'adopt')).toMatchObject({ ok: false, error: { code: 'publication-cap-exceeded' } });
    for (const x of s.slice(5)) expectOk(await decide('2026-A', x.nominationId, 'not-adopt', '名额已满'));
    const published = expectOk(await publish());
    expect(published.studios.filter((x) => x.source === 'published').map((x) => x.seq)).toEqual([26, 27, 28, 29, 30]);
  });

  it('refuses publishing with nothing proposed, and a decision on a studio no list proposed', async () => {
    expect(await publish()).toMatchObject({ ok: false, error: { code: 'nothing-proposed' } });
    takeInBundle('2026-A', 3, 'A');
    expect(await decide('2026-A', 'Z0001', 'adopt')).toMatchObject({ ok: false, error: { code: 'not-proposed' } });
    expect(await decide('2026-X', 'A0001', 'adopt')).toMatchObject({ ok: false, error: { code: 'proposal-not-found' } });
    for (const id of ['A0001', 'A0002', 'A0003']) expectOk(await decide('2026-A', id, 'not-adopt', '不符合条件'));
    expect(await publish()).toMatchObject({ ok: false, error: { code: 'nothing-adopted' } });
  });
});
