import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposedStudio, SessionProposal } from '../../src-shared/api/ops/publication';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import type { PublicationDecision } from '../../src-shared/office/vocabulary';
import { localized } from '../i18n';
import { VerificationReport } from './VerificationReport';
import { localTime } from '../draw/local-time';

/** The verdict on a proposed list: the bundle's verification, or the check of a session signed here. */
function SourceLine({ proposal }: { proposal: SessionProposal }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const s = proposal.source;
  const verdict = <Tag color={s.verified ? 'green' : 'red'}>{s.verified ? t('publication.source.verified') : t('publication.source.notVerified')}</Tag>;
  if (s.kind === 'local') {
    return (
      <Space wrap>
        {verdict}
        <span>{t('publication.source.local')}</span>
        <Typography.Text type={s.verified ? 'secondary' : 'danger'}>{localized(s.message)}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {verdict}
        <span>{t('publication.source.bundle', { signer: s.signerLabel, at: localTime(s.importedAt) })}</span>
        {s.alsoSignedHere && <Typography.Text type="secondary">{t('publication.source.alsoHere')}</Typography.Text>}
        <Button size="small" onClick={() => setShown(!shown)}>
          {shown ? t('publication.source.hideReport') : t('publication.source.showReport')}
        </Button>
      </Space>
      {shown && <VerificationReport report={s.report} />}
    </Space>
  );
}

export interface DecideHandler {
  (proposal: SessionProposal, studio: ProposedStudio, decision: PublicationDecision, reason: string): Promise<boolean>;
}

/** One session's proposed list, each studio with its decision, and adopt / not adopt with a reason until the year is published. */
export function ProposalCard({ proposal, locked, busy, onDecide }: { proposal: SessionProposal; locked: boolean; busy: boolean; onDecide: DecideHandler }) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const reasonOf = (s: ProposedStudio) => reasons[s.nominationId] ?? s.decision?.reason ?? '';
  return (
    <Card title={proposal.sessionId} data-testid={`proposal-${proposal.sessionId}`}>
      <SourceLine proposal={proposal} />
      <Table<ProposedStudio>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="nominationId"
        pagination={false}
        dataSource={proposal.studios}
        columns={[
          { title: t('publication.col.rank'), dataIndex: 'rank', width: 64 },
          { title: t('publication.col.studio'), dataIndex: 'studioName' },
          { title: t('publication.col.leader'), dataIndex: 'leaderName' },
          { title: t('publication.col.workUnit'), dataIndex: 'workUnitName' },
          { title: t('publication.col.recommendingUnit'), dataIndex: 'recommendingUnit' },
          {
            title: t('publication.col.sector'),
            dataIndex: 'sector',
            render: (s: ProposedStudio['sector']) => (s ? localized(SECTOR_LABELS[s]) : <Tag color="orange">{t('publication.sectorUnknown')}</Tag>),
          },
          {
            title: t('publication.col.decision'),
            key: 'decision',
            render: (_: unknown, s) =>
              s.registerNumber ? (
                <Tag color="blue">{s.registerNumber}</Tag>
              ) : s.decision ? (
                <Tag color={s.decision.decision === 'adopt' ? 'green' : 'default'} title={t('publication.decision.by', { by: s.decision.decidedBy, at: localTime(s.decision.decidedAt) })}>
                  {s.decision.decision === 'adopt' ? t('publication.decision.adopt') : t('publication.decision.notAdopt')}
                </Tag>
              ) : (
                <Tag color="orange">{t('publication.decision.undecided')}</Tag>
              ),
          },
          {
            title: t('publication.col.reason'),
            key: 'reason',
            width: 340,
            render: (_: unknown, s) =>
              locked ? (
                s.decision?.reason
              ) : (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label={`${t('publication.col.reason')} ${s.studioName}`}
                    placeholder={t('publication.decision.reasonPlaceholder')}
                    value={reasonOf(s)}
                    onChange={(e) => setReasons({ ...reasons, [s.nominationId]: e.target.value })}
                  />
                  <Button
                    data-testid={`adopt-${s.nominationId}`}
                    type={s.decision?.decision === 'adopt' ? 'primary' : 'default'}
                    disabled={busy || !proposal.source.verified}
                    onClick={() => void onDecide(proposal, s, 'adopt', reasonOf(s))}
                  >
                    {t('publication.decision.adopt')}
                  </Button>
                  <Button
                    data-testid={`not-adopt-${s.nominationId}`}
                    danger={s.decision?.decision === 'not-adopt'}
                    disabled={busy || !reasonOf(s).trim()}
                    title={reasonOf(s).trim() ? undefined : t('publication.decision.reasonRequired')}
                    onClick={() => void onDecide(proposal, s, 'not-adopt', reasonOf(s))}
                  >
                    {t('publication.decision.notAdopt')}
                  </Button>
                </Space.Compact>
              ),
          },
        ]}
      />
    </Card>
  );
}
