import { Card, Empty, InputNumber, Progress, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { ProposalCard, type DecideHandler } from './ProposalCard';
import { CloseYearCard } from './CloseYearCard';
import { PublishedCard } from './PublishedCard';
import { PublishForm } from './PublishForm';
import './office.css';

/**
 * 办公室 → 发布名单 (Art. 7, Art. 2): the year's proposed lists with their verification, the office's decision on each
 * studio, the count against the year's 30, and publication by official document with its files.
 */
export function PublicationPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const [year, setYear] = useState<number>();
  useEffect(() => {
    if (year === undefined && settings.data) setYear(settings.data.year);
  }, [settings.data, year]);
  const proposals = useApi('publication.proposals', year === undefined ? null : { year });
  const { busy, run } = useAction();
  const onDecide: DecideHandler = (proposal, studio, decision, reason) =>
    run(() => api('publication.decide', { year: proposal.year, sessionId: proposal.sessionId, nominationId: studio.nominationId, decision, reason }), proposals.reload);

  const p = proposals.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="publication-page">
      <div>
        <Typography.Title level={2}>{t('publication.heading')}</Typography.Title>
        <Typography.Paragraph>{t('publication.intro')}</Typography.Paragraph>
        <Space>
          <span>{t('publication.year')}</span>
          <InputNumber aria-label={t('publication.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      </div>
      {proposals.error && <ErrorAlert error={proposals.error} />}
      {!p && !proposals.error && <Spin description={t('common.loading')} />}
      {p && (
        <>
          <Card title={t('publication.count.title')} data-testid="publication-count">
            <Progress percent={Math.round(((p.count.registered + p.count.adopted) / p.count.cap) * 100)} format={() => `${p.count.registered + p.count.adopted} / ${p.count.cap}`} />
            <Typography.Text>{t('publication.count.detail', { ...p.count, undecided: p.undecided })}</Typography.Text>
          </Card>
          {p.publication && <CloseYearCard publication={p.publication} onClosed={proposals.reload} />}
          {p.publication && <PublishedCard publication={p.publication} />}
          {p.sessions.length === 0 && <Empty description={t('publication.none')} />}
          {p.sessions.map((s) => (
            <ProposalCard key={s.sessionId} proposal={s} locked={p.publication !== null} busy={busy} onDecide={onDecide} />
          ))}
          {!p.publication && p.sessions.length > 0 && <PublishForm proposals={p} onPublished={proposals.reload} />}
        </>
      )}
    </Space>
  );
}
