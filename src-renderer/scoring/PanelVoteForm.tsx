import { Button, Card, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import type { CutTie } from '../../src-shared/scoring/rank';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { namesOf } from './names';
import { withAside } from '../i18n';

/**
 * A tie across the cut that every tie-break left equal: the panel orders the tied nominations (buttons, not
 * dragging, so it works from the keyboard) and writes down how it decided.
 */
export function PanelVoteForm({ session, tie, index, onVoted }: { session: SessionView; tie: CutTie; index: number; onVoted(r: ResultsView): void }) {
  const { t } = useTranslation();
  const names = namesOf(session);
  const { busy, run } = useAction();
  const [order, setOrder] = useState(tie.nominationIds);
  const [record, setRecord] = useState('');
  const swap = (i: number, j: number) =>
    setOrder((o) => {
      const next = [...o];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });

  return (
    <Card
      title={t('scoring.vote.heading', { from: tie.from, to: tie.to, seats: tie.seats, score: tie.score.toFixed(2) })}
      data-testid={`vote-${index}`}
      style={{ borderColor: '#d46b08', borderWidth: 2 }}
    >
      <Typography.Paragraph>{t('scoring.vote.hint', { seats: tie.seats })}</Typography.Paragraph>
      <List
        bordered
        dataSource={order}
        renderItem={(id, i) => (
          <List.Item
            actions={[
              <Button key="up" disabled={i === 0} onClick={() => swap(i, i - 1)} aria-label={t('scoring.vote.up', { studio: names.studio(id) })}>
                ↑
              </Button>,
              <Button key="down" disabled={i === order.length - 1} onClick={() => swap(i, i + 1)} aria-label={t('scoring.vote.down', { studio: names.studio(id) })}>
                ↓
              </Button>,
            ]}
          >
            <strong>{tie.from + i}.</strong>&nbsp;{withAside(names.studio(id), id)}{i < tie.seats ? ` — ${t('scoring.results.cut.in')}` : ''}
          </List.Item>
        )}
      />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        <label>
          {t('scoring.vote.record')}
          <Input.TextArea rows={2} aria-label={t('scoring.vote.record')} placeholder={t('scoring.vote.recordPlaceholder')} value={record} onChange={(e) => setRecord(e.target.value)} />
        </label>
        <Button
          type="primary"
          size="large"
          loading={busy}
          disabled={!record.trim()}
          data-testid={`vote-submit-${index}`}
          onClick={() => run(() => api('results.vote', { sessionId: session.sessionId, vote: { nominationIds: tie.nominationIds, order, record: record.trim() } }), onVoted)}
        >
          {t('scoring.vote.submit')}
        </Button>
      </Space>
    </Card>
  );
}
