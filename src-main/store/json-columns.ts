import { z } from 'zod';
import type { BundleReport, ProposedEntry } from '../../src-shared/api/ops/bundle';
import { STRATUM_BY, type DrawSetup, type NominationView, type PanelMember } from '../../src-shared/api/views';
import { expertSchema } from '../../src-shared/domain/expert';
import { nominationSchema } from '../../src-shared/domain/nomination';
import { RECOMMENDATION_REASONS } from '../../src-shared/office/recommendation';
import { SECTORS, TITLE_RANKS } from '../../src-shared/domain/vocabulary';
import { drawConfigInputSchema, type DrawConfig } from '../../src-shared/draw/config';
import type { PoolEntry } from '../../src-shared/draw/pool-snapshot';
import { drawProtocolSchema, type DrawProtocol } from '../../src-shared/draw/protocol';
import { ALGORITHM } from '../../src-shared/draw/seed';
import { sessionRulesSchema } from '../../src-shared/scoring/session-rules';
import { manualAnswerSchema } from '../../src-shared/screening/manual-checklist';
import { screenerDecisionSchema, type OutcomeReason } from '../../src-shared/screening/outcome';

/**
 * A JSON text column that does not hold what the app wrote there: the database was changed outside the app (or
 * by a bug). Not a user's mistake, so it is thrown, and it names the column.
 */
export class CorruptColumnError extends Error {
  constructor(
    readonly column: string,
    detail: string,
  ) {
    super(`数据库 ${column} 列的数据已损坏 / corrupt data in column ${column}: ${detail}`);
    this.name = 'CorruptColumnError';
  }
}

/** The JSON in `text` (a value of `column`, e.g. `experts.sectors`), checked against `schema`. */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CorruptColumnError(column, `not JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptColumnError(column, `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`);
  }
  return parsed.data;
}

const strings = z.array(z.string());

const outcomeReasonSchema = z.object({ code: z.string(), zh: z.string(), en: z.string() }) satisfies z.ZodType<OutcomeReason>;

const drawSetupSchema = z.object({
  year: z.number().int(),
  stratumBy: z.enum(STRATUM_BY),
  excludeLastYearPanel: z.boolean(),
  place: z.string(),
  operator: z.string(),
  exclusions: z.array(z.object({ kind: z.enum(['unit', 'expert']), code: z.string(), label: z.string(), reason: z.string() })),
}) satisfies z.ZodType<DrawSetup>;

const poolEntrySchema = z.object({ id: z.string(), unitCode: z.string(), stratum: z.string() }) satisfies z.ZodType<PoolEntry>;

/** The stored config is the normalized one (every default filled in), so parsing it gives it back unchanged. */
const drawConfigSchema = drawConfigInputSchema satisfies z.ZodType<DrawConfig>;

/** A record made by this app's own draw: its algorithm, and the normalized config. */
const storedProtocolSchema = drawProtocolSchema.extend({
  algorithm: z.literal(ALGORITHM),
  config: drawConfigSchema,
}) satisfies z.ZodType<DrawProtocol>;

const panelMemberSchema = z.object({
  expertId: z.string(),
  name: z.string(),
  unitName: z.string(),
  stratum: z.string(),
}) satisfies z.ZodType<PanelMember>;

const nominationViewSchema = nominationSchema.extend({
  leaderTitleRank: z.enum(TITLE_RANKS).nullable(),
}) satisfies z.ZodType<NominationView>;

const proposedEntrySchema = z.object({
  position: z.number().int(),
  rank: z.number().int(),
  nominationId: z.string(),
  studioName: z.string(),
  leaderName: z.string(),
  workUnitName: z.string(),
  recommendingUnit: z.string(),
  score: z.number().nullable(),
}) satisfies z.ZodType<ProposedEntry>;

/** A proposed studio's nomination as a bundle carried it: what the register needs of it. */
export const bundleNominationSchema = z.object({
  id: z.string(),
  studioName: z.string(),
  leaderName: z.string(),
  workUnitName: z.string(),
  recommendingUnit: z.string(),
  sector: z.enum(SECTORS).nullable(),
});
export type BundleNomination = z.output<typeof bundleNominationSchema>;

const message = z.object({ zh: z.string(), en: z.string() });
const bundleReportSchema = z.object({
  verified: z.boolean(),
  bundleSha256: z.string().nullable(),
  verifiedAt: z.string(),
  summary: z
    .object({
      sessionId: z.string(),
      year: z.number().int(),
      createdAt: z.string(),
      deviceId: z.string(),
      appVersion: z.string(),
      signer: z.object({ keyId: z.string(), fingerprint: z.string(), label: z.string(), role: z.string() }),
      files: z.number(),
      bytes: z.number(),
      experts: z.number(),
      nominations: z.number(),
      proposed: z.number(),
      rulesHash: z.string(),
      drawSeed: z.string(),
      auditEntries: z.number(),
      auditHeadHash: z.string(),
      /** Reports stored before the paper check did not list the panel. */
      panel: z.array(z.object({ expertId: z.string(), name: z.string() })).default([]),
    })
    .nullable(),
  checks: z.array(
    z.object({
      check: z.string(),
      code: z.string(),
      file: z.string().nullable(),
      status: z.enum(['passed', 'failed', 'skipped', 'not-checked']),
      message,
    }),
  ),
  paper: z
    .array(
      z.object({
        paper: z.enum(['commitment', 'expert-key']),
        expertId: z.string().nullable(),
        name: z.string().nullable(),
        status: z.enum(['matched', 'mismatched', 'not-checked', 'missing', 'not-on-panel']),
        code: z.string().nullable(),
      }),
    )
    .optional(),
}) satisfies z.ZodType<BundleReport>;

/**
 * Every JSON text column and what it holds, in one table: the domain schema where there is one (the values were
 * validated by it when written, so reading gives them back unchanged), a shape check for the app's own records.
 * `unknown`: read only by code that validates it itself (named in the comment).
 */
export const JSON_COLUMNS = {
  'experts.sectors': expertSchema.shape.sectors,
  'experts.avoid_unit_codes': expertSchema.shape.avoidUnitCodes,
  'experts.panel_years': expertSchema.shape.panelYears,
  'nominations.honours': nominationSchema.shape.honours,
  'nominations.team_members': nominationSchema.shape.teamMembers,
  /** Written for the record; the checks shown are computed again when read. */
  'screenings.checks': z.unknown(),
  'screenings.manual': z.array(manualAnswerSchema),
  'screenings.decision': screenerDecisionSchema,
  'screenings.reasons': z.array(outcomeReasonSchema),
  'title_dictionary.aliases': strings,
  'units.aliases': strings,
  'recommending_units.aliases': strings,
  'draws.setup': drawSetupSchema,
  'draws.pool': z.array(poolEntrySchema),
  'draws.config': drawConfigSchema,
  'draws.protocol': storedProtocolSchema,
  'scoring_sessions.rules': sessionRulesSchema,
  'scoring_sessions.panel': z.array(panelMemberSchema),
  'scoring_sessions.nominations': z.array(nominationViewSchema),
  /** Recomputed by checkSessionDraw before any use. */
  'scoring_sessions.draw_protocol': z.unknown(),
  /** Checked by unlockPrivateKey. */
  'session_experts.vault': z.unknown(),
  'session_experts.nomination_order': strings,
  'scores.criteria': z.record(z.string(), z.number()),
  /** The signed score file as imported, kept as evidence. */
  'score_imports.envelope': z.unknown(),
  'panel_votes.nomination_ids': strings,
  'panel_votes.vote_order': strings,
  /** Hash-chained: verified with the chain (audit-log.ts). */
  'audit_log.details': z.unknown(),
  /** One value per key, each of its own type (settings.ts). */
  'settings.value': z.unknown(),
  'imported_bundles.proposed_list': z.array(proposedEntrySchema),
  /** The bundle's results as verified at import, kept as evidence. */
  'imported_bundles.results': z.unknown(),
  'imported_bundles.report': bundleReportSchema,
  /** The people who did an annual check or a re-check, by name. */
  'annual_checks.checkers': strings,
  'rechecks.checkers': strings,
  'issued_packages.nominations': z.array(z.object({ id: z.string(), sha256: z.string() })),
  /** The signed package file; checked when it was recorded (issued-packages/payload.ts reads it again). */
  'issued_packages.content': z.unknown(),
  'priority_recommendations.reasons': z.array(z.enum(RECOMMENDATION_REASONS)),
  /** Written at import from the bundle's session file (office/bundle-import.ts `proposedNominations`). */
  'imported_bundles.nominations': z.array(bundleNominationSchema),
} satisfies Record<string, z.ZodType>;

export type JsonColumn = keyof typeof JSON_COLUMNS;
export type JsonColumnValue<C extends JsonColumn> = z.output<(typeof JSON_COLUMNS)[C]>;
const SCHEMAS: { [C in JsonColumn]: z.ZodType<JsonColumnValue<C>> } = JSON_COLUMNS;

/** `readJson('experts.sectors', row.sectors)`: the column's value with its type, or a {@link CorruptColumnError}. */
export function readJson<C extends JsonColumn>(column: C, text: string): JsonColumnValue<C> {
  return parseJsonColumn(SCHEMAS[column], text, column);
}
