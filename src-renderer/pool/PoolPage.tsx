import { Alert, Button, Card, Col, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../src-shared/api/views';
import { poolComposition } from '../../src-shared/pool/composition';
import { localized } from '../i18n';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { ImportDialog } from '../import/ImportDialog';
import { DataTable } from '../tables/DataTable';
import { expertColumns } from './expert-columns';
import { ExpertForm } from './ExpertForm';

/** 专家库: the pool staff keep, with the share of its main body (Art. 6: full-senior experts of universities and hospitals). */
export function PoolPage() {
  const { t, i18n } = useTranslation();
  const experts = useApi('experts.rows');
  const { busy, run } = useAction();
  const opening = useAction();
  const [editing, setEditing] = useState<{ expert?: ExpertView } | undefined>();
  const [importing, setImporting] = useState(false);
  const columns = useMemo(() => expertColumns(t), [t, i18n.language]);

  if (experts.error) return <ErrorAlert error={experts.error} />;
  if (!experts.data) return <Spin description={t('common.loading')} />;
  const list = experts.data;
  const composition = poolComposition(list);

  return (
    <>
      <Typography.Title level={2}>{t('pool.heading')}</Typography.Title>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card>
            <Statistic title={t('pool.total')} value={list.length} data-testid="pool-total" />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title={t('pool.mainBodyShare')}
              value={100 * composition.share}
              precision={1}
              suffix="%"
              data-testid="pool-full-senior-share"
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title={t('pool.available')} value={composition.available} />
          </Card>
        </Col>
      </Row>
      {composition.warning && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={localized(composition.warning)} data-testid="pool-composition-warning" />
      )}
      <DataTable
        testId="pool-table"
        empty={t('guide.empty.pool')}
        data={list}
        columns={columns}
        rowKey={(e) => e.id}
        // The table holds only the shown columns: the form gets the whole record.
        onRowClick={(row) => opening.run(() => api('experts.get', { id: row.id }), (expert) => setEditing({ expert }))}
        toolbar={
          <Space wrap>
            <Button type="primary" onClick={() => setEditing({})}>
              {t('pool.add')}
            </Button>
            <Button onClick={() => setImporting(true)} data-testid="pool-import">
              {t('import.button')}
            </Button>
            <Button loading={busy} onClick={() => run(() => api('export.xlsx', { kind: 'experts' }), saveDownload)}>
              {t('import.export')}
            </Button>
            <Button loading={busy} onClick={() => run(() => api('import.template', { kind: 'experts' }), saveDownload)}>
              {t('import.template')}
            </Button>
          </Space>
        }
      />
      <ExpertForm
        open={!!editing}
        expert={editing?.expert}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) experts.reload();
        }}
      />
      <ImportDialog
        kind="experts"
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) experts.reload();
        }}
      />
    </>
  );
}
