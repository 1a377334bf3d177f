import type { Sector } from '../domain/vocabulary';
import type { CheckFinding, RecheckOutcome } from './management-vocabulary';
import type { StudioFactView } from './studio-facts';
import type { StudioStatus } from './vocabulary';

/** A studio of the register as dynamic management shows it. */
export interface ManagedStudio {
  id: string;
  year: number;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  sector: Sector;
  status: StudioStatus;
}

export interface AnnualCheckView {
  year: number;
  checkedOn: string;
  activities: string;
  results: string;
  useOfFunds: string;
  finding: CheckFinding;
  checkers: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface RecheckView {
  recheckedOn: string;
  outcome: RecheckOutcome;
  notes: string;
  checkers: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface RectificationView {
  /** The year of the annual check that opened it. */
  checkYear: number;
  openedOn: string;
  deadline: string;
  requirements: string;
  /** Not re-checked and its deadline before today. */
  overdue: boolean;
  recheck: RecheckView | null;
}

export interface RevocationView {
  revokedOn: string;
  docNo: string;
  reason: string;
  /** The check whose failed rectification led to it. */
  checkYear: number;
  recordedAt: string;
  recordedBy: string;
}

/** One row of the studio's history: its audit rows, oldest first. */
export interface StudioHistoryRow {
  at: string;
  actor: string;
  action: string;
}

/** Everything dynamic management and the service facts hold on one studio. */
export interface StudioManagementView {
  studio: ManagedStudio;
  /** Newest first. */
  checks: AnnualCheckView[];
  /** Newest first. */
  rectifications: RectificationView[];
  revocation: RevocationView | null;
  /** Oldest first, as entered. */
  facts: StudioFactView[];
  history: StudioHistoryRow[];
}

/** A rectification still on the office's desk: waiting for its re-check, or failed and waiting for the revocation. */
export interface OpenRectification extends RectificationView {
  studio: ManagedStudio;
  awaitingRevocation: boolean;
}

/** What the office has to do in a year: studios without that year's check, and the rectifications still open. */
export interface ManagementDueView {
  year: number;
  /** The office's local date the view was made on (overdue is counted from it). */
  today: string;
  /** Active studios published before the year with no check for it. */
  unchecked: ManagedStudio[];
  /** Overdue first, then by deadline. */
  rectifications: OpenRectification[];
}

/** One line of the studio list on the management page. */
export interface ManagedStudioRow extends ManagedStudio {
  lastCheck: { year: number; finding: CheckFinding } | null;
}
