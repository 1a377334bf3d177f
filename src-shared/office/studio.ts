import { z } from 'zod';
import { SECTORS, type Sector } from '../domain/vocabulary';
import type { RecommendationOutcome, RecommendationReason } from './recommendation';
import type { StudioSource, StudioStatus } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One studio of an earlier year's list as the register takes it in (its register number already settled). */
export const importedStudioSchema = z.object({
  id: text(20),
  year: z.number().int().min(2000).max(2100),
  seq: z.number().int().min(1).max(999),
  studioName: text(100),
  leaderName: text(40),
  workUnitName: text(100),
  sector: z.enum(SECTORS),
  recommendingUnit: text(100),
  docNo: text(100),
  publishedOn: z.iso.date(),
});
export type ImportedStudio = z.output<typeof importedStudioSchema>;

/** A studio of the register as every view shows it: its register number, names, publication and status. */
export interface StudioRecord {
  /** The register number, e.g. 2026-JKWWT-01. */
  id: string;
  year: number;
  seq: number;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  sector: Sector;
  recommendingUnit: string;
  source: StudioSource;
  docNo: string;
  publishedOn: string;
  status: StudioStatus;
}

/** A row of the register table. */
export interface StudioRow extends StudioRecord {
  /** Recommendations to the provincial federation (Art. 8), any year. */
  recommendations: number;
}

export interface RecommendationView {
  id: number;
  studioId: string;
  studioName: string;
  leaderName: string;
  workUnitName: string;
  sector: Sector;
  studioStatus: StudioStatus;
  year: number;
  reasons: RecommendationReason[];
  reasonText: string;
  sentOn: string;
  outcome: RecommendationOutcome;
  outcomeOn: string | null;
  outcomeNote: string;
  recordedAt: string;
  recordedBy: string;
}

/** One audit row about a studio, as its page shows it. */
export interface StudioHistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: unknown;
}

export interface StudioDetail {
  studio: StudioRow;
  history: StudioHistoryEntry[];
  recommendations: RecommendationView[];
}
