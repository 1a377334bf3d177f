import { describe, expect, it } from 'vitest';
import { expectOk } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import type { AuditEntry } from '../../src-shared/audit/catalog';
import { auditSubject } from '../../src-shared/audit/subjects';
import { err, ok } from '../../src-shared/result';
import { fixedClock } from '../testing/clock';
import { verifyAuditChain } from './audit-log';
import { Store } from './store';

const clock = fixedClock();

/** Any action of the catalog will do: the chain does not care what it records. */
const step = (name: string): AuditEntry => ({ actor: 'staff', action: 'draw.abort', subject: auditSubject.draw(name), details: { reason: `step ${name}`, from: 'committed' } });
const actions = (store: Store) => store.db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();

function storeWithEntries(n: number): Store {
  const store = expectOk(Store.open(tempDir(), clock));
  for (let i = 1; i <= n; i++) {
    store.transaction(() => {
      store.audit(step(`item-${i}`));
      return ok();
    });
  }
  return store;
}

/** The hand edit an attacker with the file would make: drop the guard triggers, then change a row. */
function tamper(store: Store, sql: string): void {
  store.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  store.db.exec(sql);
}

describe('audit log', () => {
  it('verifies an intact chain and reports its head', () => {
    const store = storeWithEntries(5);
    const v = verifyAuditChain(store.db);
    expect(v).toMatchObject({ valid: true, entries: 5 });
    expect(v.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes each row's time from the store's clock", () => {
    const ticking = fixedClock('2026-06-01T08:00:00Z');
    const store = expectOk(Store.open(tempDir(), ticking));
    for (const name of ['first', 'second']) {
      store.transaction(() => {
        store.audit(step(name));
        return ok();
      });
      ticking.advance(90_000);
    }
    expect(store.db.prepare('SELECT at FROM audit_log ORDER BY seq').pluck().all()).toEqual(['2026-06-01T08:00:00.000Z', '2026-06-01T08:01:30.000Z']);
    expect(verifyAuditChain(store.db)).toMatchObject({ valid: true, entries: 2 });
    store.close();
  });

  it('is append-only through the app: update and delete are refused by triggers', () => {
    const store = storeWithEntries(2);
    expect(() => store.db.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
  });

  it('writes nothing when the change it records is rolled back', () => {
    const store = storeWithEntries(1);
    const r = store.transaction(() => {
      store.audit(step('doomed'));
      return err('nope', '不行', 'no');
    });
    expect(r.ok).toBe(false);
    expect(verifyAuditChain(store.db)).toMatchObject({ valid: true, entries: 1 });
  });

  it.each([
    ['an edited field', "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", 2, 'altered'],
    ['edited details', `UPDATE audit_log SET details = '{"i":99}' WHERE seq = 3`, 3, 'altered'],
    ['a removed middle row', 'DELETE FROM audit_log WHERE seq = 2', 3, 'gap'],
    ['a recomputed hash without relinking', "UPDATE audit_log SET prev_hash = '" + 'f'.repeat(64) + "' WHERE seq = 4", 4, 'link'],
  ])('detects %s', (_name, sql, badSeq, word) => {
    const store = storeWithEntries(5);
    tamper(store, sql);
    const v = verifyAuditChain(store.db);
    expect(v.valid).toBe(false);
    expect(v.firstBadSeq).toBe(badSeq);
    expect(v.problem?.en).toContain(word);
    expect(v.problem?.zh).toContain(`第 ${badSeq} 条`);
  });

  it('refuses details that do not fit the action in the catalog, and writes nothing', () => {
    const store = storeWithEntries(1);
    const bad: AuditEntry = { actor: 'staff', action: 'session.freeze', subject: auditSubject.session('S'), details: { rulesHash: 'not a hash' } };
    expect(() => store.transaction(() => ok(store.audit(bad)))).toThrow(/details of session\.freeze do not fit the audit-event catalog: rulesHash/);
    const unknown = { actor: 'staff', action: 'session.delete', subject: 'session:S', details: {} } as unknown as AuditEntry;
    expect(() => store.transaction(() => ok(store.audit(unknown)))).toThrow(/unknown action "session\.delete"/);
    expect(verifyAuditChain(store.db)).toMatchObject({ valid: true, entries: 1 });
  });

  it('keeps a refusal recorded inside a transaction that rolls back, writing it after, in order', () => {
    const store = storeWithEntries(1);
    const r = store.transaction(() => {
      store.audit(step('doomed'));
      store.transaction(() => {
        store.auditRefusal({ actor: 'staff', action: 'pin.wrong', subject: auditSubject.sessionExpert('S', 'E1'), details: { purpose: 'sign-sheet', failures: 1 } });
        return err('wrong-pin', 'PIN 不正确', 'Wrong PIN');
      });
      // Still inside the outer transaction: the refusal waits for it.
      expect(actions(store)).toEqual(['draw.abort', 'draw.abort']);
      return err('wrong-pin', 'PIN 不正确', 'Wrong PIN');
    });
    expect(r.ok).toBe(false);
    expect(actions(store)).toEqual(['draw.abort', 'pin.wrong']);
    expect(store.db.prepare('SELECT subject FROM audit_log WHERE seq = 2').pluck().get()).toBe('session:S/E1');
    expect(verifyAuditChain(store.db)).toMatchObject({ valid: true, entries: 2 });
  });

  it('writes a refusal made outside any transaction at once, and refuses one inside a transaction it does not run', () => {
    const store = storeWithEntries(0);
    store.auditRefusal({ actor: 'staff', action: 'pin.wrong', subject: auditSubject.sessionExpert('S', 'E1'), details: { purpose: 'sign-sheet', failures: 1 } });
    expect(actions(store)).toEqual(['pin.wrong']);
    const raw = store.db.transaction(() => store.auditRefusal({ actor: 'staff', action: 'pin.wrong', subject: auditSubject.sessionExpert('S', 'E2'), details: { purpose: 'sign-sheet', failures: 1 } }));
    expect(raw).toThrow(/not run by Store\.transaction/);
    expect(actions(store)).toEqual(['pin.wrong']);
  });
});
