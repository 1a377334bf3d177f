import { z } from 'zod';
import type { SessionRules } from '../../scoring/session-rules';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import { STRATUM_BY, type FileDownload, type StratumBy } from '../views';
import { passphrase } from './bundle';

/**
 * Issued session packages (评审会授权包): what the union office decides before a meeting, signed with its device
 * key and recorded at the office. A meeting's session is made from one, and the office takes in a result bundle
 * only when it carries a package the office issued and agrees with it (docs/bundle-format.md). Not to be confused
 * with the session package (评审包) a coordinator laptop hands to the expert laptops during the meeting.
 */

/** `issued`: signed here, by this computer's key (the office); `received`: a package file an office issued, taken in here. */
export const PACKAGE_ORIGINS = ['issued', 'received'] as const;
export type PackageOrigin = (typeof PACKAGE_ORIGINS)[number];

export interface IssuedPackageView {
  sessionId: string;
  year: number;
  origin: PackageOrigin;
  /** SHA-256 of the package file: what a result bundle names and the office looks up. */
  packageSha256: string;
  signerKeyId: string;
  nominations: number;
  /** SHA-256 of the expert pool snapshot (HN-DRAW-1) the session's draw must commit to, and how it was stratified. */
  poolHash: string;
  stratumBy: StratumBy;
  rulesHash: string;
  cut: number;
  panelSize: number;
  issuedAt: string;
  recordedAt: string;
  recordedBy: string;
  /** Whether a session was made from it on this computer. */
  inSession: boolean;
}

/** What a new package would hold: the year's screened nominations and the default rules with the cut the year has left. */
export interface PackageDraft {
  rules: SessionRules;
  nominations: number;
  /** Experts available for the draw: the pool snapshot the package would commit to. */
  poolSize: number;
}

const year = z.number().int().min(2000).max(2100);
const sessionId = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9._-]+$/, '编号只能由字母、数字和 . _ - 组成 / letters, digits, . _ - only');

export const issuedPackageOperations = {
  'package.draft': operation<PackageDraft>()(z.object({ year, sessionId }).strict()),
  /** The office signs a package for `sessionId` from its own data; `rules` omitted: the draft's. */
  'package.issue': operation<IssuedPackageView>()(
    z
      .object({
        year,
        sessionId,
        panelSize: z.number().int().min(1).max(200),
        stratumBy: z.enum(STRATUM_BY).default('sector'),
        rules: z.unknown().optional(),
        passphrase,
      })
      .strict(),
  ),
  'package.list': operation<IssuedPackageView[]>()(z.object({ year: year.optional() }).strict()),
  /** The package file, to carry to a meeting laptop. */
  'package.file': operation<FileDownload>()(z.object({ sessionId }).strict()),
  /** A meeting laptop takes in a package file; its signer must be in the trust store as an office. */
  'package.import': operation<IssuedPackageView>()(z.object({ content: bytes(REQUEST_LIMITS['package.import'], 1) }).strict()),
};
