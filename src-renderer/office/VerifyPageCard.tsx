import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { saveDownload } from '../files/download';

/**
 * 导出核验页: the offline verify page on its own (every bundle carries it too), with its SHA-256, which is what
 * makes a copy found inside a bundle worth anything: a reader compares the two.
 */
export function VerifyPageCard() {
  const { t } = useTranslation();
  const page = useApi('bundle.verifyPage');
  return (
    <Card title={t('office.verifyPage.heading')}>
      <Typography.Paragraph>{t('office.verifyPage.intro')}</Typography.Paragraph>
      {page.error && <ErrorAlert error={page.error} />}
      {page.data && (
        <Typography.Paragraph>
          {t('office.verifyPage.sha256')}: <Typography.Text code copyable data-testid="verify-page-sha256">{page.data.sha256}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Button type="primary" disabled={!page.data} onClick={() => page.data && saveDownload(page.data)} data-testid="verify-page-export">
        {t('office.verifyPage.export')}
      </Button>
    </Card>
  );
}
