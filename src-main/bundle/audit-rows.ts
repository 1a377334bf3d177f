import type { AuditVerification } from '../../src-shared/api/contract';
import { verifyAuditRecords } from '../store/audit-log';
import type { ExportedAuditRow } from './schemas';

/** The audit-log chain check over rows exported into a bundle: the office runs the app's own walk on them. */
export function verifyAuditRows(rows: readonly ExportedAuditRow[]): AuditVerification {
  return verifyAuditRecords(rows);
}
