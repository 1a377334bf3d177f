import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { PinModal } from './PinModal';
import { openScoring } from './selection';
import { WhyDisabled } from '../app/WhyDisabled';
import { joinParts, stratumName, withAside } from '../i18n';

/**
 * Experts start on this laptop here: each picks their name and a PIN (typed twice), which locks the signing key
 * made for them. A checked-in expert's scoring screen opens from the list.
 */
export function CheckInPanel({ session, onChange }: { session: SessionView; onChange(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [expertId, setExpertId] = useState<string>();
  const [pinOpen, setPinOpen] = useState(false);
  const known = new Map(session.experts.map((e) => [e.expertId, e]));
  const open = session.phase === 'draft' || session.phase === 'scoring';
  const waiting = session.panel.filter((p) => !known.has(p.expertId));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('scoring.checkIn.heading')}>
        {open ? (
          <Space wrap>
            <Select
              size="large"
              style={{ width: 320 }}
              aria-label={t('scoring.checkIn.expert')}
              placeholder={t('scoring.checkIn.expert')}
              value={expertId}
              onChange={setExpertId}
              options={waiting.map((p) => ({ value: p.expertId, label: withAside(p.name, joinParts([p.expertId, p.unitName])) }))}
            />
            <WhyDisabled why={!expertId && t('guide.why.needExpert')}>
              <Button size="large" type="primary" disabled={!expertId} onClick={() => setPinOpen(true)} data-testid="check-in">
                {t('scoring.checkIn.submit')}
              </Button>
            </WhyDisabled>
          </Space>
        ) : (
          <Typography.Text>{t('scoring.checkIn.closed')}</Typography.Text>
        )}
      </Card>
      <Table
        rowKey="expertId"
        pagination={false}
        dataSource={session.panel}
        data-testid="panel-table"
        columns={[
          { title: t('scoring.col.expert'), render: (_, p) => withAside(p.name, p.expertId) },
          { title: t('scoring.col.unit'), dataIndex: 'unitName' },
          { title: t('scoring.col.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s) },
          {
            title: t('scoring.col.checkIn'),
            render: (_, p) => {
              const e = known.get(p.expertId);
              if (!e) return <Tag>{t('scoring.checkIn.none')}</Tag>;
              return (
                <Space wrap>
                  <Tag color={e.local ? 'blue' : 'purple'}>{e.local ? t('scoring.checkIn.here') : t('scoring.checkIn.elsewhere')}</Tag>
                  {e.lockedAt && <Tag color="green">{t('scoring.board.locked')}</Tag>}
                  <Typography.Text type="secondary">
                    {t('scoring.checkIn.key')} {e.fingerprint}
                  </Typography.Text>
                </Space>
              );
            },
          },
          {
            title: '',
            render: (_, p) =>
              known.get(p.expertId)?.local ? (
                <Button type="primary" onClick={() => openScoring(session.sessionId, p.expertId)} data-testid={`open-scoring-${p.expertId}`}>
                  {t('scoring.checkIn.open')}
                </Button>
              ) : null,
          },
          ...(session.leaderId ? [{ title: t('scoring.col.leader'), render: (_: unknown, p: { expertId: string }) => (p.expertId === session.leaderId ? <Tag color="gold">{t('scoring.col.leader')}</Tag> : null) }] : []),
        ]}
      />
      <PinModal
        open={pinOpen}
        confirm
        title={t('scoring.checkIn.pinTitle', { name: session.panel.find((p) => p.expertId === expertId)?.name ?? '' })}
        hint={t('scoring.checkIn.pinHint')}
        busy={busy}
        onCancel={() => setPinOpen(false)}
        onSubmit={(pin) =>
          run(() => api('session.checkIn', { sessionId: session.sessionId, expertId: expertId!, pin }), () => {
            setPinOpen(false);
            setExpertId(undefined);
            onChange();
          })
        }
      />
    </Space>
  );
}
