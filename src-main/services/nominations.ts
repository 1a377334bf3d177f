import type { NominationView } from '../../src-shared/api/views';
import type { Nomination } from '../../src-shared/domain/nomination';
import { err, ok, type Result } from '../../src-shared/result';
import type { NominationsTable } from '../store/schema-types';
import type { Store } from '../store/store';
import type { ServiceContext } from './context';
import { nominationNotFound } from './table-rows';
import { nominationToRow, nominationView, rowToNomination } from './nomination-rows';
import { titleResolver } from './registers/titles';
import { auditSubject } from '../../src-shared/audit/subjects';

export function listNominations(ctx: ServiceContext, year?: number): NominationView[] {
  const { store } = ctx;
  let query = store.q.selectFrom('nominations').selectAll().orderBy('id');
  if (year !== undefined) query = query.where('year', '=', year);
  const titles = titleResolver(ctx);
  return store.all(query).map((r) => nominationView(r, titles));
}

/** Inserts or replaces one nomination; call inside a transaction. */
export function writeNomination(store: Store, nomination: Nomination, exists: boolean): NominationsTable {
  const row = nominationToRow(nomination);
  if (!exists) {
    store.run(store.q.insertInto('nominations').values(row));
    return row;
  }
  store.run(store.q.updateTable('nominations').set(row).where('id', '=', nomination.id));
  // A changed nomination must be screened again: its old screening no longer describes it.
  store.run(store.q.deleteFrom('screenings').where('nomination_id', '=', nomination.id));
  return row;
}

export function saveNomination(ctx: ServiceContext, nomination: Nomination, mode: 'create' | 'update'): Result<NominationView> {
  const { store } = ctx;
  return store.transaction(() => {
    const existing = store.first(store.q.selectFrom('nominations').selectAll().where('id', '=', nomination.id));
    if (mode === 'create' && existing) {
      return err('nomination-exists', `推荐对象编号 ${nomination.id} 已存在`, `Nomination id ${nomination.id} already exists`);
    }
    if (mode === 'update' && !existing) {
      return nominationNotFound(nomination.id);
    }
    const row = writeNomination(store, nomination, !!existing);
    store.audit({
      actor: ctx.actor,
      action: mode === 'create' ? 'nomination.create' : 'nomination.update',
      subject: auditSubject.nomination(nomination.id),
      details: existing ? { before: rowToNomination(existing), after: nomination } : { after: nomination },
    });
    return ok(nominationView(row, titleResolver(ctx)));
  });
}
