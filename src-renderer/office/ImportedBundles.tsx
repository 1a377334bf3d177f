import { Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedBundleView, ProposedEntry } from '../../src-shared/api/ops/bundle';
import type { ApiState } from '../api/use-api';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { formatDate } from '../i18n';
import { VerificationReport } from './VerificationReport';

/** The bundles the office has taken in, each with its proposed list and its verification report. */
export function ImportedBundles({ bundles }: { bundles: ApiState<ImportedBundleView[]> }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ImportedBundleView>();
  const pdf = useAction();
  const key = (b: ImportedBundleView) => `${b.sessionId}/${b.year}`;
  const printPdf = (b: ImportedBundleView) => pdf.run(() => api('bundle.reportPdf', { sessionId: b.sessionId, year: b.year }), saveDownload);
  return (
    <Card title={t('office.imported.heading')}>
      {bundles.error && <ErrorAlert error={bundles.error} />}
      <Table<ImportedBundleView>
        data-testid="imported-table"
        rowKey={key}
        size="middle"
        loading={bundles.loading}
        dataSource={bundles.data ?? []}
        pagination={false}
        locale={{ emptyText: t('office.imported.empty') }}
        expandable={{ expandedRowRender: (b) => <ProposedList entries={b.proposedList} /> }}
        columns={[
          { title: t('office.imported.session'), dataIndex: 'sessionId' },
          { title: t('office.imported.year'), dataIndex: 'year' },
          { title: t('office.imported.signer'), key: 'signer', render: (_: unknown, b) => `${b.signerLabel}（${b.signerKeyId}）` },
          { title: t('office.imported.importedAt'), dataIndex: 'importedAt', render: (v: string) => `${formatDate(v)} ${v.slice(11, 16)}` },
          { title: t('office.imported.proposed'), key: 'n', render: (_: unknown, b) => t('office.imported.count', { n: b.proposedList.length }) },
          {
            key: 'actions',
            render: (_: unknown, b) => (
              <Space>
                <Button size="small" onClick={() => setShown(b)}>{t('office.imported.showReport')}</Button>
                <Button size="small" loading={pdf.busy} onClick={() => printPdf(b)}>PDF</Button>
              </Space>
            ),
          },
        ]}
      />
      {shown && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={4}>
            {t('office.report.heading')} · {shown.sessionId}
          </Typography.Title>
          <VerificationReport report={shown.report} onPdf={() => printPdf(shown)} pdfBusy={pdf.busy} />
        </div>
      )}
    </Card>
  );
}

function ProposedList({ entries }: { entries: ProposedEntry[] }) {
  const { t } = useTranslation();
  return (
    <Table<ProposedEntry>
      size="small"
      rowKey="nominationId"
      pagination={false}
      dataSource={entries}
      columns={[
        { title: t('office.imported.rank'), dataIndex: 'rank', width: 70 },
        { title: t('office.imported.studio'), dataIndex: 'studioName' },
        { title: t('office.imported.leader'), dataIndex: 'leaderName' },
        { title: t('office.imported.workUnit'), dataIndex: 'workUnitName' },
        { title: t('office.imported.recommendingUnit'), dataIndex: 'recommendingUnit' },
        { title: t('office.imported.score'), dataIndex: 'score', render: (s: number | null) => (s === null ? '—' : s.toFixed(2)) },
      ]}
    />
  );
}
