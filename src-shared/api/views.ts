import type { Expert } from '../domain/expert';
import type { Nomination } from '../domain/nomination';
import type { TitleRank } from '../domain/vocabulary';
import type { Message } from '../result';
import type { CheckResult } from '../screening/check-result';
import type { ManualAnswer } from '../screening/manual-checklist';
import type { OutcomeReason, ScreenerDecision, ScreeningOutcome } from '../screening/outcome';

/** What the API hands out: the stored record plus what the app derives from it. */
export type ExpertView = Expert & { titleRank: TitleRank };
export type NominationView = Nomination & { leaderTitleRank: TitleRank };

/** A file handed to the renderer to save (downloads, printed sheets). */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  contentBase64: string;
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
