import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { HexGroups } from './HexGroups';

/** Both hashes, shown and printed before anyone enters a digit. */
export function CommitmentStep({ draw, onNext }: { draw: DrawView; onNext(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ fontSize: 22 }}>{t('draw.commitmentHint', { drawId: draw.drawId, pool: draw.poolSize })}</Typography.Paragraph>
      <div className="big-label">{t('draw.fingerprint.pool')}</div>
      <HexGroups className="big-hash" value={draw.poolHash} testId="pool-hash" />
      <div className="big-label">{t('draw.fingerprint.config')}</div>
      <HexGroups className="big-hash" value={draw.configHash} testId="config-hash" />
      <Space style={{ marginTop: 16 }}>
        <Button size="large" loading={busy} onClick={() => run(() => api('draw.commitmentPdf', { drawId: draw.drawId }), saveDownload)} data-testid="print-commitment">
          {t('draw.printCommitment')}
        </Button>
        <Button size="large" type="primary" onClick={onNext} data-testid="to-witnesses">
          {t('draw.toWitnesses')}
        </Button>
      </Space>
    </Space>
  );
}
