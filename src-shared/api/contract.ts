import { z } from 'zod';
import { isTimeZone } from '../time/local-time';
import { REQUEST_LIMITS } from './limits';
import { operation } from './operation';
import { backupOperations } from './ops/backup';
import { bundleOperations } from './ops/bundle';
import { publicationOperations } from './ops/publication';
import { drawOperations } from './ops/draw';
import { importOperations } from './ops/import';
import { managementOperations } from './ops/management';
import { issuedPackageOperations } from './ops/issued-package';
import { officeRegisterOperations } from './ops/office-register';
import { ledgerOperations } from './ops/ledger';
import { attachmentOperations, poolOperations } from './ops/pool';
import { registerOperations } from './ops/registers';
import { scoringOperations } from './ops/scoring';
import { screeningOperations } from './ops/screening';

export { DEFAULT_REQUEST_LIMIT, REQUEST_LIMITS, requestLimit } from './limits';

/**
 * The API contract: every operation once, with its input schema and output type. The Electron IPC door,
 * the loopback HTTP door, the CLI and the tests all dispatch through the same handler table against this.
 */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Counts {
  experts: number;
  nominations: number;
}

export interface AppInfo {
  appVersion: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  deviceId: string;
  year: number;
  counts: Counts;
  /** SHA-256 over the pool and nominations in canonical form: equal data, equal digest. */
  dataDigest: string;
}

export interface Settings {
  language: Language;
  year: number;
  /** IANA zone of every printed and shown time (default Asia/Shanghai). */
  timeZone: string;
}

export interface AuditVerification {
  valid: boolean;
  entries: number;
  headHash: string;
  /** The first row that breaks the chain, when `valid` is false. */
  firstBadSeq?: number;
  problem?: { zh: string; en: string };
}

export interface DemoSummary {
  seed: number;
  year: number;
  experts: number;
  nominations: number;
}

const empty = z.object({}).strict();

export const contract = {
  'app.info': operation<AppInfo>()(empty),
  'settings.get': operation<Settings>()(empty),
  'settings.update': operation<Settings>()(
    z
      .object({
        language: z.enum(LANGUAGES).optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        timeZone: z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai').optional(),
      })
      .strict(),
  ),
  'audit.verify': operation<AuditVerification>()(empty),
  'demo.generate': operation<DemoSummary>()(
    z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1).default(2026) }).strict(),
  ),
  ...poolOperations,
  ...registerOperations,
  ...attachmentOperations,
  ...importOperations,
  ...screeningOperations,
  ...drawOperations,
  ...issuedPackageOperations,
  ...scoringOperations,
  ...bundleOperations,
  ...managementOperations,
  ...officeRegisterOperations,
  ...ledgerOperations,
  ...publicationOperations,
  ...backupOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<N extends OperationName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<Contract[N]['input']>;
export type OperationOutput<N extends OperationName> = NonNullable<Contract[N]['output']>;

/** Every name in the request-size table is one of the operations (the compiler names any that is not). */
type NotAnOperation = Exclude<keyof typeof REQUEST_LIMITS, OperationName>;
const requestLimitsNameOperations: [NotAnOperation] extends [never] ? true : NotAnOperation = true;

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
