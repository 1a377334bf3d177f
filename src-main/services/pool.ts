import type { ExpertView } from '../../src-shared/api/views';
import type { Expert } from '../../src-shared/domain/expert';
import { err, ok, type Result } from '../../src-shared/result';
import type { ExpertsTable } from '../store/schema-types';
import type { Store } from '../store/store';
import type { ServiceContext } from './context';
import { expertNotFound } from './table-rows';
import { expertToRow, expertView, rowToExpert } from './expert-rows';
import { titleResolver } from './registers/titles';
import { auditSubject } from '../../src-shared/audit/subjects';

export function listExperts(ctx: ServiceContext): ExpertView[] {
  const { store } = ctx;
  const titles = titleResolver(ctx);
  return store.all(store.q.selectFrom('experts').selectAll().orderBy('id')).map((r) => expertView(r, titles));
}

/** Inserts or replaces one expert; call inside a transaction. */
export function writeExpert(store: Store, expert: Expert, exists: boolean): ExpertsTable {
  const row = expertToRow(expert);
  if (exists) store.run(store.q.updateTable('experts').set(row).where('id', '=', expert.id));
  else store.run(store.q.insertInto('experts').values(row));
  return row;
}

/** Adds or edits one expert from the form; `create` never overwrites, `update` never creates. */
export function saveExpert(ctx: ServiceContext, expert: Expert, mode: 'create' | 'update'): Result<ExpertView> {
  const { store } = ctx;
  return store.transaction(() => {
    const existing = store.first(store.q.selectFrom('experts').selectAll().where('id', '=', expert.id));
    if (mode === 'create' && existing) {
      return err('expert-exists', `专家编号 ${expert.id} 已存在`, `Expert id ${expert.id} already exists`);
    }
    if (mode === 'update' && !existing) {
      return expertNotFound(expert.id);
    }
    const row = writeExpert(store, expert, !!existing);
    store.audit({
      actor: ctx.actor,
      action: mode === 'create' ? 'expert.create' : 'expert.update',
      subject: auditSubject.expert(expert.id),
      details: existing ? { before: rowToExpert(existing), after: expert } : { after: expert },
    });
    return ok(expertView(row, titleResolver(ctx)));
  });
}
