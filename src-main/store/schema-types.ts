import type { Generated } from 'kysely';
import type { KeyRole } from '../../src-shared/api/ops/bundle';
import type { PackageOrigin } from '../../src-shared/api/ops/issued-package';
import type { CellState, DrawStatus, SessionPhase, SessionRole, SignoffKind } from '../../src-shared/api/views';
import type {
  ExpertStatus,
  Gender,
  RecommendingUnitKind,
  RegisteredRecommendingUnitKind,
  Sector,
  TitleRank,
  UnitType,
  WorkUnitCategory,
} from '../../src-shared/domain/vocabulary';
import type { CheckFinding, RecheckOutcome, StudioFactKind } from '../../src-shared/office/management-vocabulary';
import type { RecommendationOutcome } from '../../src-shared/office/recommendation';
import type { ExpenseCategory, LedgerEntryKind } from '../../src-shared/office/ledger-vocabulary';
import type { PublicationDecision, StudioSource, StudioStatus } from '../../src-shared/office/vocabulary';
import type { ScreeningOutcome } from '../../src-shared/screening/outcome';
import type { DictionaryRank } from '../../src-shared/titles/title-dictionary';

/**
 * Kysely's view of the tables (columns as SQLite stores them). An enum column has its literal union, taken from
 * the same tuple as the zod schema; the column's CHECK keeps SQLite to it (enum-columns.test.ts holds the two
 * together). JSON columns are text here: they are read through json-columns.ts.
 */
export interface MetaTable {
  key: string;
  value: string;
}
export interface SettingsTable {
  key: string;
  value: string;
}
export interface ExpertsTable {
  id: string;
  name: string;
  gender: Gender;
  unit_name: string;
  unit_code: string;
  unit_type: UnitType;
  unit_type_inferred: number;
  title: string;
  sectors: string;
  specialty: string;
  phone: string;
  email: string;
  status: ExpertStatus;
  avoid_unit_codes: string;
  panel_years: string;
  non_senior_reason: string;
}
export interface NominationsTable {
  id: string;
  year: number;
  studio_name: string;
  leader_name: string;
  leader_gender: Gender;
  leader_birth_year: number;
  leader_title: string;
  honours: string;
  work_unit_name: string;
  work_unit_code: string;
  work_unit_category: WorkUnitCategory | null;
  sector: Sector;
  recommending_unit: string;
  recommending_unit_code: string;
  recommending_unit_kind: RecommendingUnitKind | null;
  founded_on: string;
  team_members: string;
  is_existing_rnd_or_team: number;
  conditions_evidence: string;
  projects: string;
  benefits: string;
}

export interface SelectionYearsTable {
  year: number;
  reference_date: string;
}
export interface ScreeningsTable {
  nomination_id: string;
  reference_date: string;
  checks: string;
  manual: string;
  decision: string | null;
  outcome: ScreeningOutcome;
  reasons: string;
  screened_by: string;
  screened_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  /** 1: admitted as a recorded exception to a 原则上 rule (Art. 4.1). */
  exception: number;
}
export interface TitleDictionaryTable {
  position: number;
  title: string;
  rank: DictionaryRank;
  aliases: string;
  series: string;
}
export interface TitleRulingsTable {
  title_key: string;
  title: string;
  rank: TitleRank;
  reason: string;
  decided_by: string;
  decided_at: string;
}
export interface UnitsTable {
  code: string;
  name: string;
  type: UnitType;
  aliases: string;
}
export interface RecommendingUnitsTable {
  code: string;
  name: string;
  kind: RegisteredRecommendingUnitKind;
  aliases: string;
}
export interface AttachmentsTable {
  id: Generated<number>;
  nomination_id: string;
  file_name: string;
  media_type: string;
  sha256: string;
  size: number;
  added_at: string;
}

export interface DrawsTable {
  draw_id: string;
  year: number;
  status: DrawStatus;
  setup: string;
  pool: string;
  config: string;
  pool_hash: string;
  config_hash: string;
  protocol: string | null;
  abort_reason: string | null;
  committed_at: string;
  drawn_at: string | null;
  finished_at: string | null;
}

export interface ScoringSessionsTable {
  session_id: string;
  year: number;
  role: SessionRole;
  draw_id: string | null;
  draw_seed: string;
  rules: string;
  rules_hash: string | null;
  phase: SessionPhase;
  panel: string;
  nominations: string;
  coordinator_key: string | null;
  leader_id: string | null;
  created_at: string;
  frozen_at: string | null;
  signed_at: string | null;
  /** Expert laptops: the draw record that came in the session package (canonical JSON); null on the coordinator. */
  draw_protocol: string | null;
}
export interface SessionExpertsTable {
  session_id: string;
  expert_id: string;
  public_key: string;
  key_id: string;
  vault: string | null;
  nomination_order: string;
  version: number;
  checked_in_at: string;
  locked_at: string | null;
}
export interface ExpertPinsTable {
  session_id: string;
  expert_id: string;
  failures: Generated<number>;
  wait_until: string | null;
  unlocked_until: string | null;
}
export interface ScoresTable {
  session_id: string;
  expert_id: string;
  nomination_id: string;
  state: CellState;
  criteria: string;
  comment: string;
  recusal_reason: string;
  updated_at: string;
}
export interface ScoreHistoryTable {
  id: Generated<number>;
  session_id: string;
  expert_id: string;
  nomination_id: string;
  version: number;
  /** No CHECK here (the history copies what `scores` held); written only from a `scores` row. */
  state: CellState;
  criteria: string;
  comment: string;
  recusal_reason: string;
  change_reason: string;
  at: string;
}
export interface ScoreImportsTable {
  session_id: string;
  expert_id: string;
  version: number;
  public_key: string;
  file_sha256: string;
  envelope: string;
  imported_at: string;
}
export interface PanelVotesTable {
  id: Generated<number>;
  session_id: string;
  nomination_ids: string;
  vote_order: string;
  record: string;
  at: string;
}
export interface SignoffsTable {
  session_id: string;
  signer_id: string;
  kind: SignoffKind;
  payload_hash: string;
  signature: string;
  public_key: string;
  dissent: string;
  at: string;
}

export interface TrustedKeysTable {
  key_id: string;
  public_key: string;
  role: KeyRole;
  label: string;
  fingerprint: string;
  device_id: string;
  enrolled_at: string;
  enrolled_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}
export interface ImportedBundlesTable {
  session_id: string;
  year: number;
  bundle_sha256: string;
  signer_key_id: string;
  signer_label: string;
  created_at: string;
  proposed_list: string;
  results: string;
  report: string;
  imported_at: string;
  imported_by: string;
  /** The proposed studios' nominations as the bundle carried them (migration 14; `[]` before it). */
  nominations: Generated<string>;
}

export interface PublicationDecisionsTable {
  year: number;
  nomination_id: string;
  session_id: string;
  decision: PublicationDecision;
  reason: Generated<string>;
  decided_at: string;
  decided_by: string;
}

export interface PublicationsTable {
  year: number;
  doc_no: string;
  published_on: string;
  notice_start: string | null;
  notice_end: string | null;
  published_at: string;
  published_by: string;
  closed_at: string | null;
}

export interface StudiosTable {
  id: string;
  year: number;
  seq: number;
  nomination_id: string | null;
  studio_name: string;
  leader_name: string;
  work_unit_name: string;
  sector: Sector;
  recommending_unit: string;
  source: StudioSource;
  doc_no: string;
  published_on: string;
  status: StudioStatus;
}

export interface AnnualChecksTable {
  studio_id: string;
  year: number;
  checked_on: string;
  activities: string;
  results: string;
  use_of_funds: string;
  finding: CheckFinding;
  checkers: string;
  recorded_at: string;
  recorded_by: string;
}

export interface RectificationsTable {
  studio_id: string;
  check_year: number;
  opened_on: string;
  deadline: string;
  requirements: string;
}

export interface RechecksTable {
  studio_id: string;
  check_year: number;
  rechecked_on: string;
  outcome: RecheckOutcome;
  notes: string;
  checkers: string;
  recorded_at: string;
  recorded_by: string;
}

export interface RevocationsTable {
  studio_id: string;
  check_year: number;
  revoked_on: string;
  doc_no: string;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

export interface StudioFactsTable {
  id: Generated<number>;
  studio_id: string;
  kind: StudioFactKind;
  fact_on: string;
  account: string | null;
  alliance: string | null;
  title: string | null;
  medium: string | null;
  link: string | null;
  text: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface IssuedPackagesTable {
  package_sha256: string;
  session_id: string;
  year: number;
  origin: PackageOrigin;
  signer_key_id: string;
  /** `[{id, sha256}]`: each nomination's content hash, in the package's order. */
  nominations: string;
  pool_hash: string;
  rules_hash: string;
  panel_size: number;
  /** The package file as signed (canonical JSON): its SHA-256 is `package_sha256`. */
  content: string;
  issued_at: string;
  recorded_at: string;
  recorded_by: string;
}

export interface PriorityRecommendationsTable {
  id: Generated<number>;
  studio_id: string;
  year: number;
  /** JSON array of RecommendationReason. */
  reasons: string;
  reason_text: string;
  sent_on: string;
  outcome: RecommendationOutcome;
  outcome_on: string | null;
  outcome_note: Generated<string>;
  recorded_at: string;
  recorded_by: string;
}

export interface LedgerSettingsTable {
  id: number;
  grant_fen: number;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  studio_id: string;
  kind: LedgerEntryKind;
  entry_date: string;
  amount_fen: number;
  category: ExpenseCategory | null;
  purpose: Generated<string>;
  payee: Generated<string>;
  voucher_no: Generated<string>;
  account_name: Generated<string>;
  bank: Generated<string>;
  reverses: number | null;
  reason: Generated<string>;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment_sha256: string | null;
  attachment_size: number | null;
  recorded_at: string;
  recorded_by: string;
}

export interface DatabaseSchema {
  meta: MetaTable;
  settings: SettingsTable;
  experts: ExpertsTable;
  nominations: NominationsTable;
  selection_years: SelectionYearsTable;
  screenings: ScreeningsTable;
  attachments: AttachmentsTable;
  draws: DrawsTable;
  scoring_sessions: ScoringSessionsTable;
  session_experts: SessionExpertsTable;
  expert_pins: ExpertPinsTable;
  publication_decisions: PublicationDecisionsTable;
  publications: PublicationsTable;
  studios: StudiosTable;
  annual_checks: AnnualChecksTable;
  rectifications: RectificationsTable;
  rechecks: RechecksTable;
  revocations: RevocationsTable;
  studio_facts: StudioFactsTable;
  priority_recommendations: PriorityRecommendationsTable;
  ledger_settings: LedgerSettingsTable;
  ledger_entries: LedgerEntriesTable;
  scores: ScoresTable;
  score_history: ScoreHistoryTable;
  score_imports: ScoreImportsTable;
  panel_votes: PanelVotesTable;
  signoffs: SignoffsTable;
  trusted_keys: TrustedKeysTable;
  imported_bundles: ImportedBundlesTable;
  issued_packages: IssuedPackagesTable;
  title_dictionary: TitleDictionaryTable;
  title_rulings: TitleRulingsTable;
  units: UnitsTable;
  recommending_units: RecommendingUnitsTable;
}
