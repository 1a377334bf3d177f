import { Button, Descriptions, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifiedDraw } from '../../src-shared/draw/protocol';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { fileBytes } from '../files/download';
import { localized, joinList } from '../i18n';
import { HexGroups } from './HexGroups';
import { MismatchView } from './MismatchView';
import './projector.css';

/** Any laptop: open a protocol file and recompute the whole draw from it. */
export function VerifyPage() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ ok: true; value: VerifiedDraw } | { ok: false; error: AppError }>();
  const [fileName, setFileName] = useState('');
  const first = result && !result.ok ? result.error.details?.[0] : undefined;
  return (
    <div className="projector">
      <Typography.Title level={2}>{t('verify.heading')}</Typography.Title>
      <Typography.Paragraph>{t('verify.hint')}</Typography.Paragraph>
      <Upload
        accept=".json"
        showUploadList={false}
        beforeUpload={async (file) => {
          setFileName(file.name);
          setResult(await api('draw.verify', { content: await fileBytes(file) }));
          return false;
        }}
      >
        <Button size="large" data-testid="verify-open">{t('verify.open')}</Button>
      </Upload>
      {result && (
        <Space direction="vertical" style={{ marginTop: 24, width: '100%' }} data-testid="verify-result">
          <Typography.Text>{fileName}</Typography.Text>
          {result.ok ? (
            <>
              <div className="verified">{t('verify.passed')}</div>
              <Descriptions bordered column={1}>
                <Descriptions.Item label={t('draw.drawId')}>{result.value.drawId}</Descriptions.Item>
                <Descriptions.Item label={t('verify.seed')}>
                  <HexGroups value={result.value.seed} perLine={8} />
                </Descriptions.Item>
                <Descriptions.Item label={t('verify.selected')}>{joinList(result.value.selected.map((r) => r.id))}</Descriptions.Item>
                <Descriptions.Item label={t('verify.panel')}>{joinList(result.value.panel.panel.map((s) => s.expertId))}</Descriptions.Item>
              </Descriptions>
            </>
          ) : (
            <>
              <div className="mismatch">{t('verify.failed')}</div>
              <div>{localized(result.error.message)}</div>
              {first?.mismatch && first.path && <MismatchView path={first.path} mismatch={first.mismatch} />}
            </>
          )}
        </Space>
      )}
    </div>
  );
}
