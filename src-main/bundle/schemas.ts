import { z } from 'zod';
import { CELL_STATES } from '../../src-shared/api/views';
import { pointsSchema } from '../../src-shared/scoring/points';
import { BUNDLE_FORMAT_VERSION, BUNDLE_TYPE } from './layout';

/**
 * The shape of every JSON file in a result bundle. Parsing only says the files have the right shape; whether the
 * values are right is decided by recomputing them (verify-content.ts). Objects are strict wherever the app writes
 * them, so an unsigned extra field cannot ride along unnoticed; the nominations, whose fields belong to another
 * part of the app, are loose.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 hex');
const keyId = z.string().regex(/^[0-9a-f]{16}$/, 'key id');
const text = z.string().max(10_000);
const id = z.string().min(1).max(100);
const time = z.string().min(1).max(40);

export const bundleJsonSchema = z.strictObject({
  type: z.literal(BUNDLE_TYPE),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  sessionId: id,
  year: z.number().int().min(2000).max(2100),
  createdAt: time,
  signerKeyId: keyId,
  deviceId: z.string().max(100),
  appVersion: z.string().max(50),
  drawId: id,
  rulesHash: sha256,
  /** SHA-256 of data/issued-package.json: the package the office issued for this session. */
  issuedPackageSha256: sha256,
  auditEntries: z.number().int().min(0),
  auditHeadHash: sha256,
});
export type BundleJson = z.output<typeof bundleJsonSchema>;

export const signatureFileSchema = z.strictObject({
  format: z.literal('studio-review-bundle-signature'),
  version: z.literal(1),
  kind: z.literal('result-bundle'),
  signer: z.strictObject({ keyId, publicKey: z.string().max(100) }),
  /** For people reading the file; the verifier hashes the manifest itself. */
  manifestSha256: sha256,
  signature: z.string().max(200),
});
export type SignatureFile = z.output<typeof signatureFileSchema>;

export const cellSchema = z.strictObject({
  expertId: id,
  nominationId: id,
  state: z.enum(CELL_STATES),
  criteria: pointsSchema,
  comment: text,
  recusalReason: text,
  updatedAt: time,
});

const panelMemberSchema = z.strictObject({ expertId: id, name: z.string().max(200), unitName: z.string().max(200), stratum: z.string().max(200) });

export const sessionFileSchema = z.strictObject({
  sessionId: id,
  year: z.number().int(),
  drawId: id,
  drawSeed: z.string().max(200),
  rules: z.unknown(),
  rulesHash: sha256,
  leaderId: id,
  frozenAt: time.nullable(),
  signedAt: time.nullable(),
  panel: z.array(panelMemberSchema).min(1).max(1000),
  experts: z
    .array(
      z.strictObject({
        expertId: id,
        keyId,
        publicKey: z.string().max(100),
        /** Checked in on the meeting laptop itself (true) or scored on a laptop of their own (false). */
        local: z.boolean(),
        checkedInAt: time,
        lockedAt: time.nullable(),
      }),
    )
    .max(1000),
  nominations: z
    .array(z.looseObject({ id, studioName: z.string(), leaderName: z.string(), workUnitName: z.string(), recommendingUnit: z.string() }))
    .min(1)
    .max(10_000),
});
export type SessionFile = z.output<typeof sessionFileSchema>;

/** What an expert signs (services/scoring/signoff.ts `scoreSheet`). */
export const scoreSheetSchema = z.strictObject({
  sessionId: id,
  rulesHash: sha256,
  expertId: id,
  cells: z.array(cellSchema).max(10_000),
  dissent: text,
});
export type ScoreSheet = z.output<typeof scoreSheetSchema>;

const voteSchema = z.strictObject({
  nominationIds: z.array(id),
  order: z.array(id),
  record: text,
  at: time,
});

/** What the panel leader signs (services/scoring/signoff.ts `sessionSummary`). */
export const summarySheetSchema = z.strictObject({
  sessionId: id,
  rulesHash: sha256,
  ranking: z.array(z.strictObject({ nominationId: id, rank: z.number().int(), score: z.number().nullable(), inCut: z.boolean() })),
  proposedList: z.array(id),
  votes: z.array(voteSchema),
});
export type SummarySheet = z.output<typeof summarySheetSchema>;

const signedFile = {
  file: z.string().max(300),
  keyId,
  publicKey: z.string().max(100),
  payloadSha256: sha256,
  signature: z.string().max(200),
  signedAt: time,
};

export const signaturesFileSchema = z.strictObject({
  sheets: z.array(z.strictObject({ expertId: id, kind: z.literal('score-sheet'), dissent: text, ...signedFile })).max(1000),
  summary: z.strictObject({ signerId: id, kind: z.literal('summary-sheet'), ...signedFile }),
});
export type SignaturesFile = z.output<typeof signaturesFileSchema>;

export const resultsFileSchema = z.strictObject({
  sessionId: id,
  rulesHash: sha256,
  method: z.string(),
  /** Compared value by value with the recomputed aggregation, so only its outline is checked here. */
  aggregation: z.looseObject({ method: z.string(), nominations: z.array(z.looseObject({ nominationId: id })), experts: z.array(z.unknown()) }),
  ranking: z.looseObject({ rows: z.array(z.looseObject({ nominationId: id, rank: z.number(), inCut: z.boolean() })) }),
  votes: z.array(voteSchema),
});
export type ResultsFile = z.output<typeof resultsFileSchema>;

export const proposedListFileSchema = z.strictObject({
  sessionId: id,
  year: z.number().int(),
  cut: z.number().int().min(1).max(30),
  entries: z
    .array(
      z.strictObject({
        position: z.number().int().min(1),
        rank: z.number().int().min(1),
        nominationId: id,
        studioName: z.string(),
        leaderName: z.string(),
        workUnitName: z.string(),
        recommendingUnit: z.string(),
        score: z.number().nullable(),
      }),
    )
    .max(30),
});
export type ProposedListFile = z.output<typeof proposedListFileSchema>;

/** One row of the audit log as hashed (audit-rows.ts adds the hash it carries). */
export const auditRecordSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: time,
  deviceId: z.string().max(100),
  actor: z.string().max(500),
  action: z.string().max(200),
  subject: z.string().max(1000),
  details: z.unknown(),
  prevHash: sha256,
});
export type ExportedAuditRow = z.output<typeof auditRecordSchema> & { hash: string };

/** The meeting laptop's whole log, as collected for a bundle; bundle.json carries its length and head. */
export interface AuditLog {
  deviceId: string;
  entries: number;
  headHash: string;
  rows: ExportedAuditRow[];
}

export const conflictsFileSchema = z.strictObject({
  /** Excluded before the draw (units of the nominations, declared avoidances, same names): from the draw's configuration. */
  draw: z.strictObject({
    excludedUnitCodes: z.array(z.string()),
    excludedIds: z.array(z.string()),
    reasons: z.strictObject({ units: z.record(z.string(), z.string()), ids: z.record(z.string(), z.string()) }),
  }),
  /** Declared while scoring (回避): the recused cells of the signed sheets. */
  declared: z.array(z.strictObject({ expertId: id, nominationId: id, reason: text })),
});
export type ConflictsFile = z.output<typeof conflictsFileSchema>;
