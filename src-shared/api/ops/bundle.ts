import { z } from 'zod';
import type { Message } from '../../result';
import { isPaperCode, PAPER_CODE_LENGTH } from '../../text/paper-code';
import { bytes, sizeText } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { FileDownload } from '../views';

/**
 * Device keys, the trust store, and signed result bundles: exported at the meeting, verified and taken in at the
 * union office. The format is described in docs/bundle-format.md.
 */

export const KEY_ROLES = ['office', 'meeting-laptop', 'expert'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/**
 * Refused before any content is read: a bundle is a few megabytes of JSON and PDFs, so anything far beyond that
 * is a mistake or an attack (a huge file that would exhaust memory, thousands of tiny files, deep nesting).
 */
export const BUNDLE_LIMITS = {
  maxFiles: 2000,
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxDepth: 4,
  maxPathLength: 240,
  /** The manifest and the signature file are read before anything is trusted, so they are kept small. */
  maxManifestBytes: 1024 * 1024,
  maxSignatureBytes: 16 * 1024,
} as const;

/** Who chose to run the device key without a passphrase, and when (ISO instant). */
export interface NoPassphraseChoice {
  by: string;
  at: string;
}

export interface DeviceKeyView {
  keyId: string;
  /** 16 groups of 4 hex digits, to be read aloud and compared. */
  fingerprint: string;
  publicKey: string;
  deviceId: string;
  /** Whether signing with it needs the passphrase. */
  protected: boolean;
  /** Set when the key has no passphrase by a recorded choice; a key with neither signs nothing. */
  noPassphrase: NoPassphraseChoice | null;
}

export interface TrustedKeyView {
  keyId: string;
  fingerprint: string;
  publicKey: string;
  role: KeyRole;
  label: string;
  deviceId: string;
  enrolledAt: string;
  enrolledBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

/** What a key file says about itself, shown so the fingerprint can be compared before anything is enrolled. */
export interface KeyFilePreview {
  keyId: string;
  fingerprint: string;
  publicKey: string;
  label: string;
  deviceId: string;
  exportedAt: string;
  /** The key as already in the trust store (active or revoked), if it is. */
  enrolled: TrustedKeyView | null;
  isThisDevice: boolean;
}

/**
 * `not-checked`: a check the office chose not to make (a signed paper it did not compare); the bundle is still
 * accepted, and the report says so in red.
 */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'not-checked';

/** One line of the verification report. */
export interface BundleCheck {
  /** Which check, e.g. `signature`, `manifest`, `results`. */
  check: string;
  /** Stable machine-readable outcome, e.g. `ok`, `file-missing`, `results-mismatch`. */
  code: string;
  /** The file the check is about, as a path inside the bundle. */
  file: string | null;
  status: CheckStatus;
  message: Message;
}

export interface BundleSummary {
  sessionId: string;
  year: number;
  createdAt: string;
  deviceId: string;
  appVersion: string;
  signer: { keyId: string; fingerprint: string; label: string; role: string };
  files: number;
  bytes: number;
  experts: number;
  nominations: number;
  proposed: number;
  rulesHash: string;
  drawSeed: string;
  auditEntries: number;
  auditHeadHash: string;
  /** Who the signed papers must come from (the office types a code from each expert's sheet). */
  panel: { expertId: string; name: string }[];
}

/**
 * One signed paper compared at import: the draw commitment page the witnesses signed, or an expert's signed score
 * sheet with their key fingerprint. `code` is what was typed from the paper (normalized), null when not checked.
 */
export interface PaperOutcome {
  paper: 'commitment' | 'expert-key';
  expertId: string | null;
  name: string | null;
  status: 'matched' | 'mismatched' | 'not-checked' | 'missing' | 'not-on-panel';
  code: string | null;
}

export interface BundleReport {
  verified: boolean;
  /** SHA-256 of manifest.sha256: names the bundle's whole content (every file hash is inside it). */
  bundleSha256: string | null;
  verifiedAt: string;
  /** Present once bundle.json could be read from an authentic bundle. */
  summary: BundleSummary | null;
  checks: BundleCheck[];
  /** The signed papers compared at import, item by item; absent when none were (verification only). */
  paper?: PaperOutcome[];
}

export interface ProposedEntry {
  position: number;
  rank: number;
  nominationId: string;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  recommendingUnit: string;
  score: number | null;
}

export interface ImportedBundleView {
  sessionId: string;
  year: number;
  bundleSha256: string;
  signerKeyId: string;
  signerLabel: string;
  createdAt: string;
  importedAt: string;
  importedBy: string;
  proposedList: ProposedEntry[];
  report: BundleReport;
}

export interface BundleExportView {
  folder: string;
  name: string;
  bundleSha256: string;
  files: number;
  bytes: number;
  /** Set only after the copy on the stick was read back, verified, synced and renamed to its final name. */
  safeToRemove: true;
}

const year = z.number().int().min(2000).max(2100);
const sessionId = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9._-]+$/, '编号只能由字母、数字和 . _ - 组成 / letters, digits, . _ - only');
const keyId = z.string().regex(/^[0-9a-f]{16}$/, '16 lower-case hex digits');

const pickedFilesLimit = REQUEST_LIMITS['bundle.import'];

/** A bundle given as the files of a picked folder (the browser's folder input) or as a folder path. */
const bundleSourceFields = {
  files: z
    .array(z.object({ relativePath: z.string().min(1).max(1000), content: bytes(BUNDLE_LIMITS.maxFileBytes) }).strict())
    .min(1)
    .max(BUNDLE_LIMITS.maxFiles)
    .refine((files) => files.reduce((n, f) => n + f.content.byteLength, 0) <= pickedFilesLimit, {
      error: `at most ${sizeText(pickedFilesLimit)} of files in all; give the folder's path instead`,
    })
    .optional(),
  path: z.string().trim().min(1).max(4000).optional(),
  /**
   * The selection year the office is taking results in for; a bundle of another year is refused. When absent,
   * `bundle.import` takes the selection year from the settings, and `bundle.verify` accepts any year (its report
   * says which).
   */
  expectYear: year.optional(),
};
/** Characters typed from a signed paper: see src-shared/text/paper-code.ts. */
const paperCode = z
  .string()
  .max(200)
  .refine(isPaperCode, { error: `at least ${PAPER_CODE_LENGTH} hex digits (0-9, A-F); spaces and dashes are ignored` });

/**
 * The codes read from the signed papers, for `bundle.import`: the first characters of the draw commitment hash
 * (from the commitment page the witnesses signed) and of each expert's key fingerprint (from the score sheet the
 * expert signed), by expert id. `null` marks a paper explicitly not checked (不核对纸质签字件); an expert not named
 * is refused unless `othersNotChecked` says the ones not named are not checked (the CLI's --paper-not-checked).
 */
export const paperCodesSchema = z
  .object({
    commitment: paperCode.nullable(),
    experts: z.record(z.string().min(1).max(100), paperCode.nullable()).refine((r) => Object.keys(r).length <= 1000, { error: 'at most 1000 experts' }),
    othersNotChecked: z.boolean().optional(),
  })
  .strict();
export type PaperCodes = z.output<typeof paperCodesSchema>;

const filesOrPath = [(s: { files?: unknown; path?: unknown }) => (s.files === undefined) !== (s.path === undefined), { message: 'give either files or path' }] as const;
const bundleToImport = z
  .object({ ...bundleSourceFields, paper: paperCodesSchema })
  .strict()
  .refine(...filesOrPath);
const bundleToVerify = z
  .object({
    ...bundleSourceFields,
    /**
     * Key files (as `keys.exportFile` writes them) whose keys are trusted to sign this bundle besides the trust
     * store's meeting laptops: `bundle verify --trust FILE`. A key the store has revoked stays revoked.
     */
    trustKeyFiles: z
      .array(z.object({ name: z.string().min(1).max(255), content: bytes(REQUEST_LIMITS['keys.preview'], 1) }).strict())
      .min(1)
      .max(50)
      .optional(),
    /**
     * false: this data folder is not the office (`bundle verify` without `--data-dir` runs in a scratch folder), so
     * whether the office issued the bundle's session package is reported as not performed instead of refused.
     */
    officeRecord: z.boolean().default(true),
  })
  .strict()
  .refine(...filesOrPath);

/** The device key's passphrase, for operations that sign; needed only once one is set. */
export const passphrase = z.string().max(200).optional();
export const DEVICE_PASSPHRASE_MIN_LENGTH = 8;

export const bundleOperations = {
  'keys.device': operation<DeviceKeyView>()(z.object({}).strict()),
  'keys.exportFile': operation<FileDownload>()(z.object({ label: z.string().trim().max(100).optional(), passphrase }).strict()),
  /** Sets or changes (`next`) or removes (no `next`) the device key's passphrase; `current` when one is set. */
  'keys.setPassphrase': operation<{ protected: boolean }>()(z.object({ current: passphrase, next: z.string().min(DEVICE_PASSPHRASE_MIN_LENGTH).max(200).optional() }).strict()),
  /** The recorded choice to run the device key without a passphrase (who and when); refused once one is set. */
  'keys.declinePassphrase': operation<{ protected: boolean }>()(z.object({}).strict()),
  'keys.list': operation<TrustedKeyView[]>()(z.object({}).strict()),
  'keys.preview': operation<KeyFilePreview>()(z.object({ content: bytes(REQUEST_LIMITS['keys.preview'], 1) }).strict()),
  'keys.enrol': operation<TrustedKeyView>()(
    z
      .object({
        content: bytes(REQUEST_LIMITS['keys.enrol'], 1),
        role: z.enum(KEY_ROLES),
        label: z.string().trim().max(100).optional(),
        /** The fingerprint the person compared; when given it must be the key's. */
        fingerprint: z.string().max(100).optional(),
      })
      .strict(),
  ),
  'keys.revoke': operation<TrustedKeyView>()(z.object({ keyId, reason: z.string().trim().min(1).max(500) }).strict()),
  'bundle.export': operation<BundleExportView>()(z.object({ sessionId, destination: z.string().trim().min(1).max(4000), passphrase }).strict()),
  'bundle.verify': operation<BundleReport>()(bundleToVerify),
  'bundle.import': operation<ImportedBundleView>()(bundleToImport),
  'bundle.list': operation<ImportedBundleView[]>()(z.object({}).strict()),
  'bundle.reportPdf': operation<FileDownload>()(z.object({ sessionId, year }).strict()),
  /** The offline verify page (verify.html), on its own: the same file every exported bundle carries. */
  'bundle.verifyPage': operation<FileDownload>()(z.object({}).strict()),
};
