import type { StudioFact, StudioFactView } from '../../src-shared/office/studio-facts';
import type { StudioFactsTable } from '../store/schema-types';
import type { ServiceContext } from '../services/context';

type Row = Omit<StudioFactsTable, 'id'> & { id: number };

/** A stored fact back as the office entered it (only its kind's own fields). */
function factOf(r: Row): StudioFact {
  const date = r.fact_on;
  switch (r.kind) {
    case 'platform-registration':
      return { kind: r.kind, date, account: r.account! };
    case 'alliance-membership':
      return { kind: r.kind, date, alliance: r.alliance! };
    case 'host-support':
      return { kind: r.kind, date, text: r.text! };
    case 'publicity':
      return {
        kind: r.kind,
        date,
        title: r.title!,
        medium: r.medium!,
        ...(r.link !== null ? { link: r.link } : {}),
        ...(r.text !== null ? { text: r.text } : {}),
      };
  }
}

/** A studio's support and service facts, in the order they were entered. */
export function listStudioFacts({ store }: ServiceContext, studioId: string): StudioFactView[] {
  return store
    .all(store.q.selectFrom('studio_facts').selectAll().where('studio_id', '=', studioId).orderBy('id'))
    .map((r) => ({ ...factOf(r), id: r.id, recordedAt: r.recorded_at, recordedBy: r.recorded_by }));
}
