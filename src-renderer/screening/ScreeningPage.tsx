import { Alert, Badge, Button, Card, Col, Input, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRow } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { useRememberedText } from '../app/use-remembered-text';
import { saveDownload } from '../files/download';
import { localized } from '../i18n';
import { DataTable } from '../tables/DataTable';
import { screeningColumns } from './screening-columns';
import { ScreeningDrawer } from './ScreeningDrawer';
import { awaitsConfirmation, ConfirmBatchDrawer } from './ConfirmBatchDrawer';
import { NextStepLink } from '../dashboard/NextStepLink';
import { WhyDisabled } from '../app/WhyDisabled';

/** 资格审查 of the selection year, with the annual cap in view (Art. 2). */
export function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const settings = useApi('settings.get');
  const year = settings.data?.year;
  const view = useApi('screening.year', year ? { year } : null);
  const { busy, run } = useAction();
  const [screener, setScreener] = useRememberedText('screener');
  const [referenceDate, setReferenceDate] = useState<string>();
  const [open, setOpen] = useState<ScreeningRow>();
  const [batchOpen, setBatchOpen] = useState(false);
  const columns = useMemo(() => screeningColumns(t), [t, i18n.language]);

  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data || !year) return <Spin description={t('common.loading')} />;
  const v = view.data;
  const waiting = v.rows.filter(awaitsConfirmation).length;
  const screenWhy = v.rows.length === 0 ? t('guide.why.noNominations') : !screener.trim() ? t('guide.why.needScreener') : undefined;

  return (
    <>
      <Typography.Title level={2}>{t('screening.heading', { year })}</Typography.Title>
      {v.rows.length > 0 && v.counts.unscreened === 0 && <NextStepLink done={t('guide.stepDone.screening')} next="draw" />}
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('screening.referenceDate')}</span>
        <Input
          style={{ width: 140 }}
          aria-label={t('screening.referenceDate')}
          value={referenceDate ?? v.year.referenceDate}
          onChange={(e) => setReferenceDate(e.target.value)}
        />
        <WhyDisabled why={(!referenceDate || referenceDate === v.year.referenceDate) && t('guide.why.referenceDateUnchanged')}>
          <Button
            disabled={!referenceDate || referenceDate === v.year.referenceDate}
            loading={busy}
            onClick={() => run(() => api('screening.setReferenceDate', { year, referenceDate: referenceDate! }), view.reload)}
          >
            {t('common.save')}
          </Button>
        </WhyDisabled>
        <span>{t('screening.screener')}</span>
        <Input
          style={{ width: 140 }}
          aria-label={t('screening.screener')}
          value={screener}
          onChange={(e) => setScreener(e.target.value)}
        />
        <WhyDisabled why={screenWhy}>
          <Button
            type="primary"
            disabled={!!screenWhy}
            loading={busy}
            data-testid="screen-year"
            onClick={() => run(() => api('screening.screenYear', { year, screener }), view.reload)}
          >
            {t('screening.screenYear')}
          </Button>
        </WhyDisabled>
        <WhyDisabled why={waiting === 0 && t('guide.why.nothingToConfirm')}>
          <Badge count={waiting} overflowCount={999}>
            <Button disabled={waiting === 0} data-testid="open-confirm-batch" onClick={() => setBatchOpen(true)}>
              {t('guide.confirmBatch.open')}
            </Button>
          </Badge>
        </WhyDisabled>
        <Button loading={busy} data-testid="screening-pdf" onClick={() => run(() => api('screening.sheetPdf', { year }), saveDownload)}>
          {t('screening.printSheet')}
        </Button>
      </Space>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {(['qualified', 'not-qualified', 'needs-judgement', 'unscreened'] as const).map((o) => (
          <Col span={6} key={o}>
            <Card size="small">
              <Statistic title={t(`screening.outcome.${o}`)} value={v.counts[o]} data-testid={`count-${o}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Alert
        style={{ marginBottom: 12 }}
        showIcon
        type={v.capWarning ? 'warning' : 'info'}
        data-testid="cap-warning"
        title={v.capWarning ? localized(v.capWarning) : t('screening.capInfo', { qualified: v.counts.qualified })}
      />
      <DataTable testId="screening-table" empty={t('guide.empty.screening', { year })} data={v.rows} columns={columns} rowKey={(r) => r.nomination.id} onRowClick={(r) => setOpen(r)} />
      <ConfirmBatchDrawer
        open={batchOpen}
        year={year}
        rows={v.rows}
        onClose={(changed) => {
          setBatchOpen(false);
          if (changed) view.reload();
        }}
      />
      <ScreeningDrawer
        row={open}
        screener={screener}
        onClose={(changed) => {
          setOpen(undefined);
          if (changed) view.reload();
        }}
      />
    </>
  );
}
