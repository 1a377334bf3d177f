import type { DrawConfig } from '../draw/config';
import type { StratumFeasibility } from '../draw/feasibility';
import type { DrawProtocol } from '../draw/protocol';
import type { PanelState } from '../draw/replacement';
import type { Expert } from '../domain/expert';
import type { Aggregation } from '../scoring/aggregate';
import type { PanelVote } from '../scoring/panel-vote';
import type { Ranking } from '../scoring/rank';
import type { SessionRules } from '../scoring/session-rules';
import type { StabilityReport } from '../scoring/stability';
import type { Nomination } from '../domain/nomination';
import type { PoolComposition } from '../pool/composition';
import type { TitleRuling } from '../titles/resolve-title';
import type { TitleEntry } from '../titles/title-dictionary';
import type { TitleRank } from '../domain/vocabulary';
import type { ImportProblem, InferredUnitType } from '../import/types';
import type { Message } from '../result';
import type { CheckResult } from '../screening/check-result';
import type { ManualAnswer } from '../screening/manual-checklist';
import type { OutcomeReason, ScreenerDecision, ScreeningOutcome } from '../screening/outcome';

/**
 * What the API hands out: the stored record plus what the app derives from it. A title rank is null while a
 * reviewer has yet to rule on the title (a skill grade, or a title the dictionary does not know).
 */
export type ExpertView = Expert & { titleRank: TitleRank | null };
export type NominationView = Nomination & { leaderTitleRank: TitleRank | null };

/**
 * One line of the pool's table: only the columns it shows (about half the bytes of an {@link ExpertView}, so
 * 10,000 of them arrive and parse without a long task); the form fetches the whole record when a row is opened.
 */
export type ExpertRow = Pick<
  ExpertView,
  'id' | 'name' | 'unitName' | 'unitCode' | 'unitType' | 'unitTypeInferred' | 'title' | 'titleRank' | 'sectors' | 'specialty' | 'status'
>;
/** One line of the nominations' table; the drawer fetches the whole record. */
export type NominationRow = Pick<
  NominationView,
  | 'id'
  | 'studioName'
  | 'leaderName'
  | 'leaderTitle'
  | 'leaderTitleRank'
  | 'sector'
  | 'workUnitName'
  | 'recommendingUnit'
  | 'recommendingUnitKind'
  | 'foundedOn'
> & { honourCount: number };

/** A file handed to the renderer to save (downloads, printed sheets). */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  sha256: string;
}

export interface SelectionYear {
  year: number;
  /** The date Art. 4.2's three years are counted to. */
  referenceDate: string;
  /** True while no one has set the date for this year. */
  isDefault: boolean;
}

export interface ScreeningRecord {
  referenceDate: string;
  manual: ManualAnswer[];
  decision: ScreenerDecision | null;
  outcome: ScreeningOutcome;
  reasons: OutcomeReason[];
  screenedBy: string;
  screenedAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  /** Admitted as a recorded exception to a 原则上 rule; counts only once confirmed by a second person. */
  exception: boolean;
}

export interface ScreeningRow {
  nomination: NominationView;
  /** Computed now, at the year's reference date. */
  checks: CheckResult[];
  record: ScreeningRecord | null;
}

export interface ScreeningYearView {
  year: SelectionYear;
  rows: ScreeningRow[];
  counts: Record<ScreeningOutcome | 'unscreened', number>;
  confirmed: number;
  capWarning?: Message;
}

export type ImportKind = 'experts' | 'nominations';

/**
 * Rows that may describe the same expert or studio, in the file or already in the database. Never merged:
 * staff pick one of `options` for each group before the import can be committed.
 */
export interface DuplicateGroup {
  id: string;
  kind: 'file-id' | 'file-name-unit' | 'db-id' | 'db-name-unit';
  key: string;
  rows: number[];
  /** What the database already holds under this key, for the db-* kinds. */
  existing?: string;
  options: { value: string; label: Message }[];
}

export interface ImportPreview {
  /** `register`: an earlier year's list of studios (register.importPreview), read by the same engine. */
  kind: ImportKind | 'register';
  fileName: string;
  sha256: string;
  sheetName: string;
  headerRow: number;
  rowCount: number;
  records: number;
  /** The first `IMPORT_LIMITS.listedProblems` problems, by row and column. */
  problems: ImportProblem[];
  /** Every problem found: more than `problems.length` when the list was cut short. */
  problemCount: number;
  duplicates: DuplicateGroup[];
  ignoredHeaders: string[];
  /** Pool files without a unit-type column: types read from unit names, to check before commit. */
  inferredUnitTypes: InferredUnitType[];
}

export interface ImportCommitted {
  inserted: number;
  replaced: number;
  skipped: number;
  sha256: string;
}

export interface AttachmentView {
  id: number;
  nominationId: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  addedAt: string;
}

export const STRATUM_BY = ['sector', 'unit-type', 'sector-unit-type'] as const;
/** What the quotas count by: an expert's first (primary) sector, unit type, or both. */
export type StratumBy = (typeof STRATUM_BY)[number];

/** A unit or an expert kept out of the draw, with why: printed on the commitment page and the record. */
export interface DrawExclusion {
  kind: 'unit' | 'expert';
  code: string;
  label: string;
  reason: string;
}

export interface DrawPlan {
  year: number;
  stratumBy: StratumBy;
  /** Available experts in the pool (status 在库). */
  poolSize: number;
  /** Per stratum: experts, those left after the exclusions, and their distinct units (what a unit cap can seat). */
  strata: { stratum: string; experts: number; eligible: number; eligibleUnits: number }[];
  exclusions: DrawExclusion[];
  /** Nominations whose units and people the draw avoids. */
  nominations: number;
  suggestedDrawId: string;
  /** Art. 6: how much of the available pool is its main body, with a warning when it is not the majority. */
  composition: PoolComposition;
}

export interface DrawSetup {
  year: number;
  stratumBy: StratumBy;
  excludeLastYearPanel: boolean;
  place: string;
  operator: string;
  exclusions: DrawExclusion[];
}

/** A draw's life (draws.status): committed → drawn → finished, or aborted with a reason before it finishes. */
export const DRAW_STATUSES = ['committed', 'drawn', 'finished', 'aborted'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

export interface DrawView {
  drawId: string;
  year: number;
  status: DrawStatus;
  setup: DrawSetup;
  config: DrawConfig;
  poolHash: string;
  configHash: string;
  poolSize: number;
  feasibility: StratumFeasibility[];
  committedAt: string;
  drawnAt: string | null;
  finishedAt: string | null;
  abortReason: string | null;
  protocol: DrawProtocol | null;
  panel: PanelState | null;
  /** Names for the screen and the record; the draw itself only ever sees ids. */
  experts: Record<string, { name: string; unitName: string }>;
}

export const SESSION_PHASES = ['draft', 'scoring', 'discussion', 'signed'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/** Which laptop holds a session: the coordinator's, made from a draw, or an expert's, from a session package. */
export const SESSION_ROLES = ['coordinator', 'expert-laptop'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

/** A score cell: every criterion scored, declared a conflict (回避), or begun. */
export const CELL_STATES = ['scored', 'recused', 'partial'] as const;
export type CellState = (typeof CELL_STATES)[number];

/** What is signed: each expert's own sheet, and the leader's summary. */
export const SIGNOFF_KINDS = ['expert-sheet', 'summary'] as const;
export type SignoffKind = (typeof SIGNOFF_KINDS)[number];

export interface PanelMember {
  expertId: string;
  name: string;
  unitName: string;
  stratum: string;
}

export interface CellView {
  expertId: string;
  nominationId: string;
  state: CellState;
  criteria: Record<string, number>;
  comment: string;
  recusalReason: string;
  updatedAt: string;
}

/** One expert's own cells, open for editing on this laptop until `unlockedUntil` (their PIN opens it). */
export interface ExpertSheetView {
  expertId: string;
  unlockedUntil: string;
  cells: CellView[];
}

export interface SessionExpertView {
  expertId: string;
  keyId: string;
  fingerprint: string;
  /** True when the private key lives on this laptop (the expert checked in here). */
  local: boolean;
  order: string[];
  version: number;
  checkedInAt: string;
  lockedAt: string | null;
}

export interface SessionView {
  sessionId: string;
  year: number;
  role: SessionRole;
  drawId: string | null;
  phase: SessionPhase;
  rules: SessionRules;
  rulesHash: string | null;
  panel: PanelMember[];
  leaderId: string | null;
  nominations: NominationView[];
  experts: SessionExpertView[];
  cells: CellView[];
  imports: { expertId: string; version: number; importedAt: string }[];
  signoffs: { signerId: string; kind: SignoffKind; at: string; dissent: string }[];
}

export interface ResultsView {
  sessionId: string;
  aggregation: Aggregation;
  ranking: Ranking;
  stability: StabilityReport;
  votes: (PanelVote & { at: string })[];
}

/** A title in the pool or the nominations that still waits for a reviewer's ruling. */
export interface PendingTitle {
  title: string;
  source: 'skill-grade' | 'unknown';
  experts: number;
  nominations: number;
}

/** The office's title dictionary, the rulings on titles it leaves open, and what still waits for one. */
export interface TitleDictionaryView {
  entries: TitleEntry[];
  rulings: TitleRuling[];
  pending: PendingTitle[];
}
