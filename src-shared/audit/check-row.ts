import type { Message } from '../result';
import { zodProblems } from '../zod-problems';
import { auditDetailsSchema } from './catalog';

export interface AuditRowProblem {
  code: 'audit-action-unknown' | 'audit-details-invalid';
  message: Message;
}

/** What the catalog finds wrong with a row: an action it does not hold, or details that do not fit the action's schema. */
export function auditRowProblem(row: { action: string; details: unknown }): AuditRowProblem | undefined {
  const schema = auditDetailsSchema(row.action);
  if (!schema) {
    return {
      code: 'audit-action-unknown',
      message: { zh: `未知的操作“${row.action}”（审计事件目录中没有）`, en: `unknown action "${row.action}" (not in the audit-event catalog)` },
    };
  }
  if (schema.safeParse(row.details).success) return undefined;
  const [first] = zodProblems(schema, row.details);
  const at = first?.path ? `${first.path}：` : '';
  const atEn = first?.path ? `${first.path}: ` : '';
  return {
    code: 'audit-details-invalid',
    message: {
      zh: `操作 ${row.action} 的详情不符合审计事件目录：${at}${first?.message.zh ?? ''}`,
      en: `the details of ${row.action} do not fit the audit-event catalog: ${atEn}${first?.message.en ?? ''}`,
    },
  };
}
