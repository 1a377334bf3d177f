import { z } from 'zod';
import { panelVoteSchema } from '../../scoring/panel-vote';
import type { SessionDrawCheck } from '../../scoring/draw-check';
import type { YearCapacity } from '../../scoring/year-cap';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import { passphrase } from './bundle';
import type { CellView, ExpertSheetView, FileDownload, ResultsView, SessionView } from '../views';

const year = z.number().int().min(2000).max(2100);
const sessionId = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9._-]+$/, '编号只能由字母、数字和 . _ - 组成 / letters, digits, . _ - only');
const expertId = z.string().min(1).max(40);
/** Any PIN as typed; a new one (check-in) must also meet the rule in src-shared/scoring/pin-rule.ts, checked by the service. */
const pin = z.string().min(1).max(100);

/**
 * Offline scoring: sessions (made from an issued session package, whose rules they freeze), check-in, cells, score
 * files, results, sign-off and the printouts.
 */
export const scoringOperations = {
  'session.create': operation<SessionView>()(z.object({ year, drawId: z.string().min(1), sessionId, leaderId: expertId.optional() }).strict()),
  'session.list': operation<{ sessionId: string; year: number; role: string; phase: string }[]>()(z.object({}).strict()),
  'session.get': operation<SessionView>()(z.object({ sessionId }).strict()),
  'session.freeze': operation<SessionView>()(z.object({ sessionId }).strict()),
  /** Art. 2 over the whole year: what the other sessions of `year` (and bundles taken in) use, and what is left for `sessionId` (omitted: a new session). */
  'session.yearCap': operation<YearCapacity>()(z.object({ year, sessionId: sessionId.optional() }).strict()),
  'session.exportPackage': operation<FileDownload>()(z.object({ sessionId, passphrase }).strict()),
  'session.importPackage': operation<SessionView>()(z.object({ content: bytes(REQUEST_LIMITS['session.importPackage'], 1) }).strict()),
  /** 抽取已核验: recompute the session's draw (walk, call log, replacements) from the record this laptop holds; the expert's own ticket and rank. */
  'session.drawCheck': operation<SessionDrawCheck>()(z.object({ sessionId, expertId: expertId.optional() }).strict()),
  'session.checkIn': operation<SessionView>()(z.object({ sessionId, expertId, pin }).strict()),
  /** Opens the expert's sheet for editing on this laptop with their PIN, for five minutes; wrong PINs are counted and then wait. */
  'score.unlock': operation<ExpertSheetView>()(z.object({ sessionId, expertId, pin }).strict()),
  /** The expert's own sheet for editing, while it is open (refused with `pin-required` otherwise). */
  'score.sheet': operation<ExpertSheetView>()(z.object({ sessionId, expertId }).strict()),
  /** Closes the expert's sheet before its five minutes are up (the laptop passes to someone else). */
  'score.close': operation<{ closed: boolean }>()(z.object({ sessionId, expertId }).strict()),
  /** Needs the expert's sheet open (`score.unlock`), as does `score.lock`. */
  'score.save': operation<CellView & { version: number }>()(
    z
      .object({
        sessionId,
        expertId,
        nominationId: z.string().min(1),
        criteria: z.record(z.string(), z.number().nullable()).optional(),
        comment: z.string().max(4000).optional(),
        recuse: z.object({ reason: z.string().max(500) }).strict().optional(),
        changeReason: z.string().max(1000).optional(),
      })
      .strict(),
  ),
  'score.lock': operation<SessionView>()(z.object({ sessionId, expertId }).strict()),
  'score.exportFile': operation<FileDownload>()(z.object({ sessionId, expertId, pin }).strict()),
  'score.importFiles': operation<{ imported: { fileName: string; expertId: string; version: number }[]; refused: { fileName: string; message: { zh: string; en: string } }[] }>()(
    z.object({ files: z.array(z.object({ fileName: z.string().min(1).max(255), content: bytes(REQUEST_LIMITS['score.importFiles'], 1) }).strict()).min(1).max(200) }).strict(),
  ),
  'results.get': operation<ResultsView>()(z.object({ sessionId }).strict()),
  'results.vote': operation<ResultsView>()(z.object({ sessionId, vote: panelVoteSchema }).strict()),
  'signoff.expert': operation<SessionView>()(z.object({ sessionId, expertId, pin, dissent: z.string().max(4000).default('') }).strict()),
  'signoff.summary': operation<SessionView>()(z.object({ sessionId, pin }).strict()),
  'session.printout': operation<FileDownload>()(
    z.object({ sessionId, kind: z.enum(['expert-sheet', 'summary', 'proposed-list']), expertId: expertId.optional() }).strict(),
  ),
  'session.matrixXlsx': operation<FileDownload>()(z.object({ sessionId }).strict()),
};
