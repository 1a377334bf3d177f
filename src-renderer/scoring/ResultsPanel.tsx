import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { namesOf } from './names';
import { PanelVoteForm } from './PanelVoteForm';
import { RankingTable } from './RankingTable';
import { ScoreCharts } from './ScoreCharts';
import { StabilityReport } from './StabilityReport';
import './results.css';
import { labelled } from '../i18n';

/** Ranking, the cut, votes on ties across it, stability and the charts: only once scoring is no longer blind. */
export function ResultsPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const visible = session.phase === 'discussion' || session.phase === 'signed';
  const results = useApi('results.get', visible ? { sessionId: session.sessionId } : null);
  const { reload } = results;
  // New score files or a vote change the session; the results follow it.
  useEffect(() => {
    if (visible) reload();
  }, [session, visible, reload]);

  if (!visible) {
    return <Alert type="info" showIcon data-testid="blind-notice" title={t('scoring.results.blind')} description={t('scoring.results.blindHint')} />;
  }
  if (results.error) return <ErrorAlert error={results.error} />;
  if (!results.data) return <Spin description={t('common.loading')} />;
  const r = results.data;
  const names = namesOf(session);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large" className="results">
      <Typography.Paragraph style={{ fontSize: 18, marginBottom: 0 }} data-testid="results-summary">
        {t('scoring.results.summary', { method: names.method(session.rules.method), cut: r.ranking.cutLine.cut, inCount: r.ranking.cutLine.inCount })}
      </Typography.Paragraph>
      {r.ranking.needsPanelVote.map((tie, i) => (
        <PanelVoteForm key={tie.nominationIds.join('|')} session={session} tie={tie} index={i} onVoted={reload} />
      ))}
      {r.votes.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="votes"
          title={t('scoring.vote.recorded', { count: r.votes.length })}
          description={
            <ul>
              {r.votes.map((v) => (
                <li key={v.at}>
                  {labelled(v.order.map((id) => names.studio(id)).join(' > '), v.record)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {r.ranking.unusedPanelVotes.length > 0 && <Alert type="warning" showIcon title={t('scoring.vote.unused', { count: r.ranking.unusedPanelVotes.length })} />}
      <RankingTable session={session} results={r} />
      <div>
        <Typography.Title level={4}>{t('scoring.stability.heading')}</Typography.Title>
        <StabilityReport session={session} results={r} />
      </div>
      <ScoreCharts session={session} results={r} />
    </Space>
  );
}
