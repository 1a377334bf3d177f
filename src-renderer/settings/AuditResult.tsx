import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../src-shared/api/contract';
import { localized } from '../i18n';

export function AuditResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  return result.valid ? (
    <Alert
      type="success"
      showIcon
      data-testid="audit-result"
      title={t('settings.auditValid', { entries: result.entries, head: result.headHash })}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      data-testid="audit-result"
      title={t('settings.auditInvalid')}
      description={result.problem ? localized(result.problem) : undefined}
    />
  );
}
