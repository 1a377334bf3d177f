import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';

/** Art. 2 counts the whole year: what the other sessions of the year (and bundles taken in) leave for this one. */
export function YearCapAlert({ year, sessionId, cut }: { year: number; sessionId?: string; cut: number }) {
  const { t } = useTranslation();
  const yearCap = useApi('session.yearCap', { year, ...(sessionId ? { sessionId } : {}) }).data;
  if (!yearCap) return null;
  const over = cut > yearCap.remaining;
  return (
    <Alert
      type={over ? 'warning' : 'info'}
      showIcon
      data-testid="year-cap"
      title={t('scoring.rules.yearCap', { used: yearCap.used, remaining: yearCap.remaining, cap: yearCap.cap })}
      description={
        yearCap.reserved > 0 || over ? (
          <>
            {yearCap.reserved > 0 && <div>{t('scoring.rules.yearCapReserved', { reserved: yearCap.reserved })}</div>}
            {over && <div>{t('scoring.rules.yearCapOver', { cut, remaining: yearCap.remaining })}</div>}
          </>
        ) : undefined
      }
    />
  );
}
