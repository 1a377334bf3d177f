import type { StudioFact } from '../../src-shared/office/studio-facts';
import type { StudioManagementView } from '../../src-shared/office/management-views';
import { auditSubject } from '../../src-shared/audit/subjects';
import { err, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { findStudio, managementState, studioManagementView } from './management-read';
import { officeToday } from './office-today';

/**
 * Appends one support or service fact to a studio (Art. 13 to 16, 18), with its audit row. A revoked studio's record
 * may still be completed with facts of its active time, but nothing dated after its revocation is added.
 */
export function addStudioFact(ctx: ServiceContext, studioId: string, fact: StudioFact): Result<StudioManagementView> {
  const { store } = ctx;
  return store.transaction(() => {
    const studio = findStudio(ctx, studioId);
    if (!studio.ok) return studio;
    const today = officeToday(ctx);
    if (fact.date > today) {
      return err('date-in-future', `日期（${fact.date}）晚于今天（${today}）`, `The date (${fact.date}) is after today (${today})`);
    }
    const { revokedOn } = managementState(ctx, studio.value);
    if (revokedOn !== null && fact.date > revokedOn) {
      return err(
        'studio-revoked',
        `工作室 ${studioId} 已于 ${revokedOn} 撤销：只能补记撤销之前的情况`,
        `Studio ${studioId} was revoked on ${revokedOn}: only facts from before then can be added`,
      );
    }
    const fields = {
      account: 'account' in fact ? fact.account : null,
      alliance: 'alliance' in fact ? fact.alliance : null,
      title: 'title' in fact ? fact.title : null,
      medium: 'medium' in fact ? fact.medium : null,
      link: 'link' in fact ? (fact.link ?? null) : null,
      text: 'text' in fact ? (fact.text ?? null) : null,
    };
    const { id } = store.first(
      store.q
        .insertInto('studio_facts')
        .values({ studio_id: studioId, kind: fact.kind, fact_on: fact.date, ...fields, recorded_at: ctx.now().toISOString(), recorded_by: ctx.actor })
        .returning('id'),
    )!;
    store.audit({ actor: ctx.actor, action: 'studio.fact', subject: auditSubject.studio(studioId), details: { id, ...fact } });
    return studioManagementView(ctx, studioId);
  });
}
