import { Alert, Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationView } from '../../src-shared/api/ops/publication';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { localTime } from '../draw/local-time';

/**
 * The year's last step, after its publication: the selection is over. The dashboard's "下一步：结束" leads here, so
 * the path does not end on a page with nothing to do.
 */
export function CloseYearCard({ publication, onClosed }: { publication: PublicationView; onClosed(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  const { year } = publication;
  if (publication.closedAt) {
    return <Alert type="info" showIcon data-testid="year-closed" title={t('publication.close.closed', { year, date: localTime(publication.closedAt) })} />;
  }
  return (
    <Card title={t('publication.close.title')} data-testid="close-year">
      <Typography.Paragraph type="secondary">{t('publication.close.hint')}</Typography.Paragraph>
      <Space wrap>
        <Input
          aria-label={t('publication.close.reason')}
          addonBefore={t('publication.close.reason')}
          placeholder={t('publication.close.reasonPlaceholder')}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ minWidth: 420 }}
        />
        <Popconfirm title={t('publication.close.confirm', { year })} onConfirm={() => void run(() => api('year.close', { year, reason }), onClosed)}>
          <Button danger loading={busy} data-testid="close-year-submit">
            {t('publication.close.submit')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
