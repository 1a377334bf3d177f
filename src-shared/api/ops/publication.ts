import { z } from 'zod';
import type { Sector } from '../../domain/vocabulary';
import type { YearPath, YearSummary } from '../../office/year-path';
import type { PublicationCount } from '../../office/publication-cap';
import type { StudioRecord } from '../../office/studio';
import { PUBLICATION_DECISIONS, type PublicationDecision } from '../../office/vocabulary';
import type { Message } from '../../result';
import { operation } from '../operation';
import type { FileDownload } from '../views';
import type { BundleReport } from './bundle';

/**
 * The office's year after the meeting (issue 14, items 1 and 2): the year's path (year-path.ts), the proposed lists of the
 * year with the office's decision on each studio, publication (Art. 7, capped by Art. 2) and its outputs.
 */


/**
 * How a proposed list came to the office: a result bundle taken in (verified at import, its report kept), or a
 * session signed off on this computer (checked here: the leader's signed summary still matches the session's data).
 */
export type ProposalSource =
  | { kind: 'bundle'; verified: boolean; bundleSha256: string; signerLabel: string; importedAt: string; report: BundleReport; /** The same session was also run on this computer. */ alsoSignedHere: boolean }
  | { kind: 'local'; verified: boolean; signedAt: string | null; message: Message };

export interface DecisionView {
  decision: PublicationDecision;
  reason: string;
  /** The session whose list the decision was taken on. */
  sessionId: string;
  decidedAt: string;
  decidedBy: string;
}

export interface ProposedStudio {
  nominationId: string;
  position: number;
  rank: number;
  score: number | null;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  recommendingUnit: string;
  /** From the office's nomination, else from what the session carried; null when neither says. */
  sector: Sector | null;
  decision: DecisionView | null;
  /** Once published. */
  registerNumber: string | null;
}

export interface SessionProposal {
  sessionId: string;
  year: number;
  source: ProposalSource;
  studios: ProposedStudio[];
}

export interface PublicationView {
  year: number;
  docNo: string;
  publishedOn: string;
  noticeStart: string | null;
  noticeEnd: string | null;
  publishedAt: string;
  publishedBy: string;
  closedAt: string | null;
}

/** A published studio, with the nomination it was published from (null for one taken over from an earlier list). */
export interface StudioView extends StudioRecord {
  nominationId: string | null;
}

export interface YearProposals {
  year: number;
  count: PublicationCount;
  /** Proposed studios (each once) without a decision yet. */
  undecided: number;
  publication: PublicationView | null;
  sessions: SessionProposal[];
}

export interface YearPublication {
  year: number;
  publication: PublicationView | null;
  studios: StudioView[];
}

export const PUBLICATION_OUTPUTS = ['xlsx', 'pdf', 'notice'] as const;
export type PublicationOutput = (typeof PUBLICATION_OUTPUTS)[number];

export interface PublicationFilesView {
  folder: string;
  files: { name: string; sha256: string; bytes: number }[];
}

const year = z.number().int().min(2000).max(2100);
const id = z.string().trim().min(1).max(60);
const date = z.iso.date();

export const publicationOperations = {
  /** The year step by step for the dashboard (issue 16): import to publish, with counts and the next step's page. */
  'year.path': operation<YearPath>()(z.object({ year }).strict()),
  /** The years the data has (and the one set, this calendar year and the next to start), newest first, with their state. */
  'year.list': operation<YearSummary[]>()(z.object({}).strict()),
  /** The year's selection is over: only after publication; recorded, and nothing of the year is decided after it. */
  'year.close': operation<YearPath>()(z.object({ year, reason: z.string().trim().max(500).default('') }).strict()),
  'publication.proposals': operation<YearProposals>()(z.object({ year }).strict()),
  'publication.decide': operation<YearProposals>()(
    z
      .object({ year, sessionId: id, nominationId: id, decision: z.enum(PUBLICATION_DECISIONS), reason: z.string().trim().max(1000).default('') })
      .strict()
      .refine((d) => d.decision === 'adopt' || d.reason.length > 0, { error: '不采纳须写明理由 / a decision not to adopt needs a reason', path: ['reason'] }),
  ),
  'publication.publish': operation<YearPublication>()(
    z
      .object({ year, docNo: z.string().trim().min(1).max(100), publishedOn: date, noticeStart: date.optional(), noticeEnd: date.optional() })
      .strict()
      .refine((p) => (p.noticeStart === undefined) === (p.noticeEnd === undefined), { error: '公示期须同时给出开始和结束日期 / the notice period needs both its start and its end', path: ['noticeEnd'] })
      .refine((p) => !p.noticeStart || !p.noticeEnd || p.noticeStart <= p.noticeEnd, { error: '公示结束日期不能早于开始日期 / the notice period ends before it starts', path: ['noticeEnd'] }),
  ),
  'publication.get': operation<YearPublication>()(z.object({ year }).strict()),
  /** Writes every output of the published year into a folder (each written beside, read back, then renamed). */
  'publication.files': operation<PublicationFilesView>()(z.object({ year, destination: z.string().trim().min(1).max(4000) }).strict()),
  /** One output of the published year, for the page to save. */
  'publication.download': operation<FileDownload>()(z.object({ year, output: z.enum(PUBLICATION_OUTPUTS) }).strict()),
};
