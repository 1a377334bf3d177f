import { sql as core } from './001-core';
import { sql as poolAndNominations } from './002-pool-and-nominations';
import { sql as screeningAndAttachments } from './003-screening-and-attachments';
import { sql as draws } from './004-draws';
import { sql as scoring } from './005-scoring';
import { sql as trustAndBundles } from './006-trust-and-bundles';
import { seedRegisters, sql as registers } from './007-registers';
import { sql as sessionDrawProtocol } from './008-session-draw-protocol';
import { sql as expertPins } from './009-expert-pins';
import { sql as issuedPackages } from './010-issued-packages';
import { sql as officeRegister } from './011-office-register';
import { sql as dynamicManagement } from './013-dynamic-management';
import { sql as priorityRecommendations } from './015-priority-recommendations';
import { sql as subsidyLedger } from './012-subsidy-ledger';
import { sql as bundleNominations } from './014-bundle-nominations';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Default rows the office can edit afterwards, written in the migration's transaction. */
  seed?: (db: Database) => void;
  /** Set when the SQL drops and recreates a table other tables point to. */
  rebuildsTables?: boolean;
}

/** Append only: a released migration is never edited, a change is a new numbered migration. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core', sql: core },
  { version: 2, name: 'pool-and-nominations', sql: poolAndNominations },
  { version: 3, name: 'screening-and-attachments', sql: screeningAndAttachments },
  { version: 4, name: 'draws', sql: draws },
  { version: 5, name: 'scoring', sql: scoring },
  { version: 6, name: 'trust-and-bundles', sql: trustAndBundles },
  { version: 7, name: 'registers', sql: registers, seed: seedRegisters, rebuildsTables: true },
  { version: 8, name: 'session-draw-protocol', sql: sessionDrawProtocol },
  { version: 9, name: 'expert-pins', sql: expertPins },
  { version: 10, name: 'issued-packages', sql: issuedPackages },
  { version: 11, name: 'office-register', sql: officeRegister },
  { version: 12, name: 'subsidy-ledger', sql: subsidyLedger },
  { version: 13, name: 'dynamic-management', sql: dynamicManagement },
  { version: 14, name: 'bundle-nominations', sql: bundleNominations },
  { version: 15, name: 'priority-recommendations', sql: priorityRecommendations },
];
