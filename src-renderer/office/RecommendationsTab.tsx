import { Button, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { reasonsText } from '../../src-shared/office/recommendation';
import type { RecommendationView } from '../../src-shared/office/studio';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { currentLanguage, formatDate, localized } from '../i18n';
import { OutcomeTag } from './StudioDrawer';

/** The year's priority recommendations (Art. 8), with the list to send or file as xlsx and PDF. */
export function RecommendationsTab({ onOpen }: { onOpen(studioId: string): void }) {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? settings.data?.year;
  const list = useApi('recommendation.list', year ? { year } : null);
  const { busy, run } = useAction();
  if (list.error) return <ErrorAlert error={list.error} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('officeRegister.rec.listYear')}</Typography.Text>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setChosen(v)} data-testid="recommendation-year" />
        <Button loading={busy} disabled={!year} onClick={() => run(() => api('recommendation.export', { year, format: 'xlsx' }), saveDownload)}>
          {t('officeRegister.rec.exportXlsx')}
        </Button>
        <Button loading={busy} disabled={!year} onClick={() => run(() => api('recommendation.export', { year, format: 'pdf' }), saveDownload)} data-testid="recommendation-pdf">
          {t('officeRegister.rec.exportPdf')}
        </Button>
      </Space>
      <Table<RecommendationView>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('officeRegister.rec.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.studioId), style: { cursor: 'pointer' } })}
        data-testid="recommendation-table"
        columns={[
          { title: t('officeRegister.col.id'), dataIndex: 'studioId', width: 140 },
          { title: t('officeRegister.col.studio'), dataIndex: 'studioName' },
          { title: t('officeRegister.col.leader'), dataIndex: 'leaderName', width: 90 },
          { title: t('officeRegister.col.sector'), width: 90, render: (_, r) => localized(SECTOR_LABELS[r.sector]) },
          { title: t('officeRegister.rec.reasons'), render: (_, r) => reasonsText(r.reasons, currentLanguage() === 'en' ? 'en' : 'zh') },
          { title: t('officeRegister.rec.sentOn'), width: 140, render: (_, r) => formatDate(r.sentOn) },
          { title: t('officeRegister.rec.outcome'), width: 180, render: (_, r) => <OutcomeTag rec={r} /> },
        ]}
      />
    </Space>
  );
}
