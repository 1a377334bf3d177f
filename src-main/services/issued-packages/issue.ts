import type { IssuedPackageView, PackageDraft } from '../../../src-shared/api/ops/issued-package';
import type { NominationView, StratumBy } from '../../../src-shared/api/views';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { defaultSessionRules, MAX_CUT, rulesHash, sessionRulesSchema, type SessionRules } from '../../../src-shared/scoring/session-rules';
import { checkYearCap } from '../../../src-shared/scoring/year-cap';
import { zodProblems } from '../../../src-shared/zod-problems';
import { seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { deviceKey } from '../device-key';
import { poolSnapshotNow } from '../draw-setup';
import { listNominations } from '../nominations';
import { checkSessionYearCap, yearCapacityFor } from '../scoring/year-cap';
import { reviewableNominationIds } from '../screening';
import { ISSUED_PACKAGE, type IssuedPackagePayload } from './payload';
import { recordIssuedPackage } from './records';

/**
 * The office issues a session package (评审会授权包) before the meeting: the year's screened nominations, the
 * rules (method, cut, rubric), the expert pool snapshot the draw must commit to and the panel size, signed with
 * this computer's device key and recorded here. The meeting's session is made from it; its result bundle is taken
 * in only if it agrees with it.
 */

/** The year's nominations that passed screening, in id order: what a package of the year offers the panel. */
function screenedNominations(ctx: ServiceContext, year: number): Result<NominationView[]> {
  const qualified = new Set(reviewableNominationIds(ctx));
  const nominations = listNominations(ctx, year).filter((n) => qualified.has(n.id));
  return nominations.length ? ok(nominations) : err('no-qualified', `${year} 年度没有资格审查合格的推荐对象`, `No nomination of ${year} is qualified`);
}

/** Default rules for a new session of the year: its cut is what the year has left (Art. 2), at most 30. */
function defaultRules(ctx: ServiceContext, year: number, sessionId: string, nominations: NominationView[]): Result<SessionRules> {
  const room = yearCapacityFor(ctx, year, sessionId);
  const full = checkYearCap(room, 1);
  if (isErr(full)) return full;
  return ok(defaultSessionRules({ sessionId, year, nominationIds: nominations.map((n) => n.id), cut: Math.min(MAX_CUT, room.remaining) }));
}

export function packageDraft(ctx: ServiceContext, year: number, sessionId: string): Result<PackageDraft> {
  const nominations = screenedNominations(ctx, year);
  if (isErr(nominations)) return nominations;
  const rules = defaultRules(ctx, year, sessionId, nominations.value);
  if (isErr(rules)) return rules;
  const pool = poolSnapshotNow(ctx, 'sector');
  return ok({ rules: rules.value, nominations: nominations.value.length, poolSize: pool.ok ? pool.value.entries.length : 0 });
}

/** The rules as given (the office edited the draft's) or the draft's, checked as a session's rules are. */
function packageRules(ctx: ServiceContext, year: number, sessionId: string, nominations: NominationView[], given: unknown): Result<SessionRules> {
  if (given === undefined) return defaultRules(ctx, year, sessionId, nominations);
  const parsed = sessionRulesSchema.safeParse(given);
  if (!parsed.success) return err('rules-invalid', '评审规则无效', 'Invalid session rules', zodProblems(sessionRulesSchema, given));
  const rules = parsed.data;
  if (rules.sessionId !== sessionId || rules.year !== year) return err('rules-invalid', '评审规则的编号或年度与授权包不符', 'The rules name another session or year');
  if (canonicalJson(rules.nominationIds) !== canonicalJson(nominations.map((n) => n.id))) {
    return err(
      'rules-nominations-changed',
      '评审规则中的推荐对象不是本年度资格审查合格的推荐对象（审查结果在草拟后有变化？请重新载入）',
      "The rules' nominations are not the year's screened nominations (did screening change since the draft? Reload it)",
    );
  }
  // Art. 2 counts the year: the cut may not exceed what the other sessions of the year have left.
  const fits = checkSessionYearCap(ctx, year, sessionId, rules.cut);
  return isErr(fits) ? fits : ok(rules);
}

export interface IssueInput {
  year: number;
  sessionId: string;
  panelSize: number;
  stratumBy: StratumBy;
  rules?: unknown;
  passphrase?: string;
}

export function issuePackage(ctx: ServiceContext, input: IssueInput): Result<IssuedPackageView> {
  const { year, sessionId } = input;
  // A locked key is said before anything is built.
  const keys = deviceKey(ctx, input.passphrase);
  if (isErr(keys)) return keys;
  const { store } = ctx;
  // What is read (the screened year, the pool) and what is recorded are one transaction: the package is the data as it stood.
  return store.transaction(() => {
    if (store.first(store.q.selectFrom('issued_packages').select('session_id').where('session_id', '=', sessionId))) {
      return err('package-exists', `评审会 ${sessionId} 的授权包已经签发，更正请用新的评审会编号`, `A package for session ${sessionId} was already issued; a correction takes a new session id`);
    }
    const nominations = screenedNominations(ctx, year);
    if (isErr(nominations)) return nominations;
    const rules = packageRules(ctx, year, sessionId, nominations.value, input.rules);
    if (isErr(rules)) return rules;
    const pool = poolSnapshotNow(ctx, input.stratumBy);
    if (isErr(pool)) return pool;
    if (input.panelSize > pool.value.entries.length) {
      return err('panel-too-large', `专家组 ${input.panelSize} 人，多于专家库中可抽取的 ${pool.value.entries.length} 人`, `A panel of ${input.panelSize} is more than the ${pool.value.entries.length} experts available in the pool`);
    }
    const payload: IssuedPackagePayload = {
      sessionId,
      year,
      issuedAt: ctx.now().toISOString(),
      nominations: nominations.value,
      pool: { hash: pool.value.poolHash, stratumBy: input.stratumBy, experts: pool.value.entries.length },
      rules: rules.value,
      rulesHash: rulesHash(rules.value),
      panelSize: input.panelSize,
    };
    return recordIssuedPackage(ctx, Buffer.from(serializeEnvelope(seal(ISSUED_PACKAGE, payload, keys.value)), 'utf8'));
  });
}
