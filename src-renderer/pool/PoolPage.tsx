import { Alert, Button, Card, Col, Row, Space, Spin, Statistic, Typography } from 'antd';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertRow, ExpertView } from '../../src-shared/api/views';
import type { PoolComposition } from '../../src-shared/pool/composition';
import type { ExpertWindow } from '../../src-shared/pool/expert-window';
import { localized } from '../i18n';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { ImportDialog } from '../import/ImportDialog';
import { useWindowedList, type WindowRequest } from '../tables/use-windowed-list';
import { WindowedTable } from '../tables/WindowedTable';
import { expertColumns, expertLabels } from './expert-columns';
import { ExpertForm } from './ExpertForm';
import { loadPoolWindow } from './pool-window';

/**
 * 专家库: the pool staff keep, with the share of its main body (Art. 6: full-senior experts of universities and
 * hospitals). The table reads the pool a window at a time (a pool has up to 10,000 experts and more); the back end
 * searches, filters and sorts it and counts the composition.
 */
export function PoolPage() {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(0);
  const labels = useMemo(() => expertLabels(t), [t, i18n.language]);
  const load = useCallback((q: WindowRequest) => loadPoolWindow(q, labels), [labels]);
  const experts = useWindowedList<ExpertRow, ExpertWindow>(load, `${i18n.language} ${saved}`);
  const reload = () => setSaved((n) => n + 1);
  const { busy, run } = useAction();
  const opening = useAction();
  const [editing, setEditing] = useState<{ expert?: ExpertView } | undefined>();
  const [importing, setImporting] = useState(false);
  const columns = useMemo(() => expertColumns(t), [t, i18n.language]);
  // Stable across the page's renders (one per arriving window), so the rows on screen do not render again.
  const openRow = useRef<(row: ExpertRow) => void>(undefined);
  openRow.current = (row) => opening.run(() => api('experts.get', { id: row.id }), (expert) => setEditing({ expert }));
  const onRowClick = useCallback((row: ExpertRow) => openRow.current?.(row), []);
  const toolbar = useMemo(
    () => (
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
    ),
    // `run` is new each render and does the same thing: the buttons change with `busy` and the language.
    [busy, t, i18n.language],
  );

  const { answer } = experts;
  if (experts.error) return <ErrorAlert error={experts.error} />;
  if (!answer) return <Spin description={t('common.loading')} />;
  const { composition } = answer;

  return (
    <>
      <Typography.Title level={2}>{t('pool.heading')}</Typography.Title>
      <PoolFigures total={answer.total} composition={composition} />
      <WindowedTable
        testId="pool-table"
        empty={t('guide.empty.pool')}
        list={{ ...experts, answer }}
        columns={columns}
        rowKey={expertId}
        // The table holds only the shown columns: the form gets the whole record.
        onRowClick={onRowClick}
        toolbar={toolbar}
      />
      <ExpertForm
        open={!!editing}
        expert={editing?.expert}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) reload();
        }}
      />
      <ImportDialog
        kind="experts"
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) reload();
        }}
      />
    </>
  );
}

const expertId = (e: ExpertRow) => e.id;

/** The pool's size and composition (Art. 6), whatever the table's search. */
const PoolFigures = memo(function PoolFigures({ total, composition }: { total: number; composition: PoolComposition }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card>
            <Statistic title={t('pool.total')} value={total} data-testid="pool-total" />
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
    </>
  );
},
// Every window brings the figures again: the same figures draw nothing new.
(a, b) => a.total === b.total && JSON.stringify(a.composition) === JSON.stringify(b.composition));
