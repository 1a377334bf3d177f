import { auditSubject } from '../../src-shared/audit/subjects';
import type { RecommendationOutcome, RecommendationReason } from '../../src-shared/office/recommendation';
import type { RecommendationView } from '../../src-shared/office/studio';
import { err, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { readJson } from '../store/json-columns';
import { findStudio, studioNotFound } from './register';

export interface RecommendationInput {
  studioId: string;
  year: number;
  reasons: RecommendationReason[];
  reasonText: string;
  sentOn: string;
}

export interface OutcomeInput {
  studioId: string;
  year: number;
  outcome: Exclude<RecommendationOutcome, 'pending'>;
  outcomeOn: string;
  note: string;
}

function recommendationQuery(ctx: ServiceContext) {
  return ctx.store.q
    .selectFrom('priority_recommendations as r')
    .innerJoin('studios as s', 's.id', 'r.studio_id')
    .select([
      'r.id as id',
      'r.studio_id as studioId',
      's.studio_name as studioName',
      's.leader_name as leaderName',
      's.work_unit_name as workUnitName',
      's.sector as sector',
      's.status as studioStatus',
      'r.year as year',
      'r.reasons as reasons',
      'r.reason_text as reasonText',
      'r.sent_on as sentOn',
      'r.outcome as outcome',
      'r.outcome_on as outcomeOn',
      'r.outcome_note as outcomeNote',
      'r.recorded_at as recordedAt',
      'r.recorded_by as recordedBy',
    ]);
}

/** The recommendations of a year (or of one studio), in the order of the register. */
export function listRecommendations(ctx: ServiceContext, filter: { year?: number; studioId?: string } = {}): RecommendationView[] {
  let query = recommendationQuery(ctx);
  if (filter.year !== undefined) query = query.where('r.year', '=', filter.year);
  if (filter.studioId !== undefined) query = query.where('r.studio_id', '=', filter.studioId);
  const rows = ctx.store.all(query.orderBy('r.year', 'desc').orderBy('s.year').orderBy('s.seq'));
  return rows.map((r) => ({ ...r, reasons: readJson('priority_recommendations.reasons', r.reasons) }));
}

function findRecommendation(ctx: ServiceContext, studioId: string, year: number): RecommendationView | undefined {
  return listRecommendations(ctx, { studioId }).find((r) => r.year === year);
}

/**
 * Art. 8 recommends studios that run well: a revoked studio cannot be recommended, nor one under rectification
 * (its annual check found it not functioning). One recommendation per studio and year, not before its own year.
 */
export function addRecommendation(ctx: ServiceContext, input: RecommendationInput): Result<RecommendationView> {
  return ctx.store.transaction(() => {
    const studio = findStudio(ctx, input.studioId);
    if (!studio) return studioNotFound(input.studioId);
    if (studio.status === 'revoked') {
      return err(
        'studio-revoked',
        `${studio.studioName}（${studio.id}）已被撤销，不能推荐（第八条只推荐运行规范的工作室）`,
        `${studio.studioName} (${studio.id}) has been revoked and cannot be recommended (Art. 8 recommends studios that run well)`,
      );
    }
    if (studio.status === 'rectifying') {
      return err(
        'studio-rectifying',
        `${studio.studioName}（${studio.id}）正在整改，整改完成前不能推荐`,
        `${studio.studioName} (${studio.id}) is under rectification and cannot be recommended until it is closed`,
      );
    }
    if (input.year < studio.year) {
      return err(
        'recommendation-before-studio',
        `${studio.id} 是 ${studio.year} 年度公布的工作室，不能在 ${input.year} 年度推荐`,
        `${studio.id} was published in ${studio.year}; it cannot be recommended in ${input.year}`,
      );
    }
    if (findRecommendation(ctx, studio.id, input.year)) {
      return err(
        'recommendation-exists',
        `${studio.studioName}（${studio.id}）在 ${input.year} 年度已有推荐记录`,
        `${studio.studioName} (${studio.id}) has already been recommended in ${input.year}`,
      );
    }
    const reasons = [...new Set(input.reasons)];
    ctx.store.run(
      ctx.store.q.insertInto('priority_recommendations').values({
        studio_id: studio.id,
        year: input.year,
        reasons: JSON.stringify(reasons),
        reason_text: input.reasonText,
        sent_on: input.sentOn,
        outcome: 'pending',
        outcome_on: null,
        recorded_at: ctx.now().toISOString(),
        recorded_by: ctx.actor,
      }),
    );
    ctx.store.audit({
      actor: ctx.actor,
      action: 'recommendation.add',
      subject: auditSubject.studio(studio.id),
      details: { year: input.year, reasons, reasonText: input.reasonText, sentOn: input.sentOn },
    });
    return ok(findRecommendation(ctx, studio.id, input.year)!);
  });
}

/** The federation's answer, with its date (not before the recommendation was sent). A correction is a new audit row. */
export function recordOutcome(ctx: ServiceContext, input: OutcomeInput): Result<RecommendationView> {
  return ctx.store.transaction(() => {
    const rec = findRecommendation(ctx, input.studioId, input.year);
    if (!rec) {
      return err(
        'recommendation-not-found',
        `${input.studioId} 在 ${input.year} 年度没有推荐记录`,
        `${input.studioId} has no recommendation in ${input.year}`,
      );
    }
    if (input.outcomeOn < rec.sentOn) {
      return err(
        'outcome-before-sent',
        `结果日期（${input.outcomeOn}）早于报送日期（${rec.sentOn}）`,
        `The outcome date (${input.outcomeOn}) is before the date sent (${rec.sentOn})`,
      );
    }
    ctx.store.run(
      ctx.store.q
        .updateTable('priority_recommendations')
        .set({ outcome: input.outcome, outcome_on: input.outcomeOn, outcome_note: input.note })
        .where('id', '=', rec.id),
    );
    ctx.store.audit({
      actor: ctx.actor,
      action: 'recommendation.outcome',
      subject: auditSubject.studio(rec.studioId),
      details: { year: input.year, outcome: input.outcome, outcomeOn: input.outcomeOn, note: input.note, from: rec.outcome },
    });
    return ok(findRecommendation(ctx, rec.studioId, input.year)!);
  });
}
