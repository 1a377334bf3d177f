import { z } from 'zod';
import { STRATUM_BY } from '../api/views';
import type { Expert } from '../domain/expert';
import { EXPENSE_CATEGORIES } from '../office/ledger-vocabulary';
import type { Nomination } from '../domain/nomination';
import { PUBLICATION_DECISIONS } from '../office/vocabulary';
import type { ManualAnswer } from '../screening/manual-checklist';
import type { ScreenerDecision } from '../screening/outcome';
import type { AuditSubject, SubjectKind } from './subjects';

/**
 * The audit-event catalog: every action the app writes to its audit log, the kind of subject it is about and the
 * schema of its details. The writers are typed by it (an action without an entry does not compile), every row is
 * checked against it when written, and the bundle check refuses a log holding a row that does not fit it.
 * Documented in docs/bundle-format.md, table "Audit actions".
 *
 * Adding an action: one line below, its subject kind (src-shared/audit/subjects.ts) and the members of its details.
 * Details are flat records of what the change was; a whole record of the domain (a nomination, the session rules)
 * is checked as an object only (`snapshot`), because its own format may change while old logs must stay readable.
 */

const text = z.string();
const count = z.number().int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const pinPurpose = z.enum(['check-in', 'open-sheet', 'score-file', 'sign-sheet', 'sign-summary']);
const paperStatus = z.enum(['checked', 'not-checked']);
const message = z.strictObject({ zh: z.string(), en: z.string() });
const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const snapshot = <T extends object>() => z.custom<T>(isRecord);
const beforeAfter = <T extends object>() => ({ before: snapshot<T>().optional(), after: snapshot<T>() });
const registerChange = { before: snapshot<object>().nullable(), after: snapshot<object>() };
/** What a session package (评审会授权包) holds, as recorded by the office that issued it or the laptop that took it in. */
const packageTerms = {
  packageSha256: sha256,
  year: count,
  signerKeyId: text,
  nominations: count,
  poolHash: sha256,
  stratumBy: z.enum(STRATUM_BY),
  rulesHash: sha256,
  panelSize: count,
};

function entry<K extends SubjectKind, S extends z.core.$ZodLooseShape>(subject: K, details: S) {
  return { subject, details: z.strictObject(details) };
}

export const AUDIT_CATALOG = {
  // Settings, registers and the pool
  'settings.update': entry('setting', { from: z.union([text, z.number()]), to: z.union([text, z.number()]) }),
  'demo.generate': entry('year', { seed: z.number(), year: count, experts: count, nominations: count }),
  'import.experts': entry('file', { sha256, inserted: count, replaced: count, skipped: count, decisions: z.record(text, text), unitTypes: z.record(text, text), newUnits: count }),
  'import.nominations': entry('file', { sha256, inserted: count, replaced: count, skipped: count, decisions: z.record(text, text), unitTypes: z.record(text, text), newUnits: count }),
  'units.create': entry('unit', registerChange),
  'units.update': entry('unit', registerChange),
  'recommending-units.create': entry('recommendingUnit', registerChange),
  'recommending-units.update': entry('recommendingUnit', registerChange),
  'titles.replace': entry('titleDictionary', { source: text, before: count, after: count }),
  'titles.rule': entry('title', { title: text, rank: text, reason: text, reviewer: text, from: text.nullable() }),
  'expert.create': entry('expert', beforeAfter<Expert>()),
  'expert.update': entry('expert', beforeAfter<Expert>()),
  'nomination.create': entry('nomination', beforeAfter<Nomination>()),
  'nomination.update': entry('nomination', beforeAfter<Nomination>()),
  'attachment.add': entry('nomination', { fileName: text, sha256, size: count }),
  // Screening
  'year.reference-date': entry('year', { from: text, to: text }),
  'screening.record': entry('nomination', { screener: text, referenceDate: text, outcome: text, exception: z.boolean(), from: text.nullable(), manual: z.array(snapshot<ManualAnswer>()), decision: snapshot<ScreenerDecision>().nullable() }),
  'screening.confirm': entry('nomination', { confirmer: text, screener: text, outcome: text, exception: z.boolean() }),
  'screening.sheet-printed': entry('year', { counts: z.record(text, count) }),
  // The draw
  'draw.commit': entry('draw', { poolHash: sha256, configHash: sha256, operator: text, place: text }),
  'draw.run': entry('draw', { seed: text, witnesses: z.array(z.strictObject({ name: text, digits: text })), selected: z.array(text) }),
  'draw.call': entry('draw', { at: text, caller: text, expertId: text, outcome: text, note: text.optional() }),
  'draw.finish': entry('draw', {}),
  'draw.abort': entry('draw', { reason: text, from: text }),
  // Issued session packages and scoring sessions
  'package.issue': entry('session', packageTerms),
  'package.receive': entry('session', packageTerms),
  'session.create': entry('session', { drawId: text, panel: z.array(text), nominations: count, packageSha256: sha256 }),
  'session.freeze': entry('session', { rulesHash: sha256 }),
  'session.package-export': entry('session', { rulesHash: sha256 }),
  'session.package-import': entry('session', { coordinatorKeyId: text, rulesHash: sha256, drawId: text, seed: text, drawVerified: z.boolean() }),
  'session.package-draw': entry('session', { drawId: text, seed: text }),
  'session.check-in': entry('session', { expertId: text, keyId: text, order: z.array(text) }),
  'score.save': entry('scoreCell', { version: count, state: text, criteria: z.record(text, z.number()), comment: text, recusalReason: text, changeReason: text }),
  'score.lock': entry('sessionExpert', { version: count }),
  'score.import': entry('sessionExpert', { fileName: text, sha256, version: count, cells: count, locked: z.boolean() }),
  'results.panel-vote': entry('session', { nominationIds: z.array(text), order: z.array(text), record: text }),
  'signoff.expert': entry('sessionExpert', { dissent: text }),
  'signoff.summary': entry('session', { leader: text, summaryHash: sha256 }),
  // Keys and result bundles
  'keys.passphrase': entry('key', { action: z.enum(['set', 'changed', 'removed', 'declined']), replacedKeyId: text.optional() }),
  'keys.export': entry('key', { label: text }),
  'keys.enrol': entry('key', { role: text, label: text, fingerprint: text, deviceId: text, fingerprintCompared: z.boolean() }),
  'keys.revoke': entry('key', { reason: text, label: text, role: text }),
  'bundle.export': entry('session', { folder: text, bundleSha256: sha256, files: count, bytes: count }),
  'bundle.import': entry('session', {
    year: count,
    bundleSha256: sha256,
    signerKeyId: text,
    proposed: z.array(text),
    auditHeadHash: sha256,
    paper: z.strictObject({ commitment: paperStatus, experts: z.record(text, paperStatus) }).optional(),
  }),
  'pin.wrong': entry('sessionExpert', { purpose: pinPurpose, failures: count }),
  'pin.wait': entry('sessionExpert', { failures: count, seconds: z.number().min(0), until: text }),
  'pin.unlock': entry('sessionExpert', { purpose: pinPurpose, until: text }),
  // The register: dynamic management (Art. 17) and the support and service facts (Art. 13 to 16, 18)
  'management.check': entry('studio', { year: count, checkedOn: text, finding: text, activities: text, results: text, useOfFunds: text, checkers: z.array(text), deadline: text.nullable(), requirements: text.nullable(), from: text, to: text }),
  'management.recheck': entry('studio', { checkYear: count, recheckedOn: text, outcome: text, notes: text, checkers: z.array(text), from: text, to: text }),
  'management.revoke': entry('studio', { checkYear: count, revokedOn: text, docNo: text, reason: text, from: text }),
  'studio.fact': entry('studio', { id: count, kind: text, date: text, account: text.optional(), alliance: text.optional(), title: text.optional(), medium: text.optional(), link: text.optional(), text: text.optional() }),
  // The office's register and priority recommendations (Art. 8)
  'register.import': entry('file', { sha256, years: z.array(count), studios: z.array(text) }),
  'recommendation.add': entry('studio', { year: count, reasons: z.array(text), reasonText: text, sentOn: text }),
  'recommendation.outcome': entry('studio', { year: count, outcome: text, outcomeOn: text, note: text, from: text }),
  // The subsidy ledger (Art. 9 to 12): append-only entries of a studio of the register, amounts in fen
  'ledger.grant': entry('studio', { entry: count, date: text, amountFen: count, accountName: text, bank: text, voucherNo: text, attachmentSha256: sha256.nullable() }),
  'ledger.expense': entry('studio', { entry: count, date: text, amountFen: count, category: z.enum(EXPENSE_CATEGORIES), purpose: text, payee: text, voucherNo: text, attachmentSha256: sha256.nullable() }),
  'ledger.reverse': entry('studio', { entry: count, reverses: count, date: text, amountFen: count, reason: text }),
  // The office's year: decisions on the proposed lists, publication (Art. 7, Art. 2) and its outputs
  'publication.decide': entry('nomination', { year: count, sessionId: text, studioName: text, decision: z.enum(PUBLICATION_DECISIONS), reason: text, from: z.enum(PUBLICATION_DECISIONS).nullable() }),
  'studio.publish': entry('studio', { year: count, nominationId: text, sessionId: text, studioName: text, leaderName: text, workUnitName: text, sector: text, recommendingUnit: text, docNo: text }),
  'publication.publish': entry('year', { docNo: text, publishedOn: text, noticeStart: text.nullable(), noticeEnd: text.nullable(), studios: z.array(text), sessions: z.array(text), bySector: z.record(text, count) }),
  'publication.outputs': entry('year', { folder: text.nullable(), files: z.array(z.strictObject({ name: text, sha256 })) }),
  'year.close': entry('year', { reason: text }),
  // Backups (src-main/office/backup.ts, restore.ts): written after the copy, so `auditHeadHash` is the head inside the file
  'backup.create': entry('file', { folder: text, sha256, bytes: count, auditHeadHash: sha256, schemaVersion: count }),
  'backup.restore': entry('file', { sha256, keptCopy: text, auditHeadHash: sha256, schemaVersion: count }),
  // Refusals: written after the refused change was rolled back, in a transaction of their own (Store.auditRefusal)
  'score.import-refused': entry('file', { sha256, code: text, reason: message }),
  'bundle.import-refused': entry('file', { code: text, reason: message, failed: z.array(z.strictObject({ check: text, code: text, file: text.nullable() })), bundleSha256: sha256.nullable(), sessionId: text.nullable(), year: count.nullable() }),
  'publication.publish-refused': entry('year', { code: text, reason: message, docNo: text }),
};

type Catalog = typeof AUDIT_CATALOG;
export type AuditAction = keyof Catalog;
export type AuditDetails<A extends AuditAction> = z.input<Catalog[A]['details']>;

/** One row to write, its subject and details typed by its action's entry. */
export type AuditEntry = {
  [A in AuditAction]: { actor: string; action: A; subject: AuditSubject<Catalog[A]['subject']>; details: AuditDetails<A> };
}[AuditAction];

/** The schema of an action's details; none for an action the catalog does not hold (nor for `constructor` and the like). */
export function auditDetailsSchema(action: string): z.ZodType | undefined {
  return Object.hasOwn(AUDIT_CATALOG, action) ? AUDIT_CATALOG[action as AuditAction].details : undefined;
}

/** A row's details as its action's schema reads them: for rows already checked against the catalog. */
export function auditDetails<A extends AuditAction>(action: A, details: unknown): z.output<Catalog[A]['details']> {
  return AUDIT_CATALOG[action].details.parse(details) as z.output<Catalog[A]['details']>;
}
