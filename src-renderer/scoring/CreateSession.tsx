import { Alert, Button, Card, Form, Input, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView, SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';

/** A session starts from a drawn panel of the year: the session id, and which panel member leads it. */
export function CreateSession({ year, taken, onCreated }: { year: number; taken: string[]; onCreated(s: SessionView): void }) {
  const { t } = useTranslation();
  const draws = useApi('draw.list', { year });
  const usable = (draws.data ?? []).filter((d) => (d.status === 'drawn' || d.status === 'finished') && d.panel);
  const [drawId, setDrawId] = useState<string>();
  const [sessionId, setSessionId] = useState(() => nextSessionId(year, taken));
  const [leaderId, setLeaderId] = useState<string>();
  const { busy, run } = useAction();
  const draw = usable.find((d) => d.drawId === drawId);

  useEffect(() => {
    if (!drawId && usable.length) setDrawId(usable.at(-1)!.drawId);
  }, [drawId, usable]);
  useEffect(() => {
    setLeaderId(draw?.panel?.panel[0]?.expertId);
  }, [draw]);

  if (draws.loading && !draws.data) return <Spin description={t('common.loading')} />;
  if (!usable.length) return <Alert type="warning" showIcon title={t('scoring.create.noDraw', { year })} />;

  return (
    <Card title={t('scoring.create.heading', { year })} style={{ maxWidth: 720 }}>
      <Form layout="vertical">
        <Form.Item label={t('scoring.create.draw')}>
          <Select
            aria-label={t('scoring.create.draw')}
            value={drawId}
            onChange={setDrawId}
            options={usable.map((d) => ({ value: d.drawId, label: `${d.drawId}（${d.panel!.panel.length} ${t('scoring.create.experts')}）` }))}
          />
        </Form.Item>
        <Form.Item label={t('scoring.create.sessionId')} help={t('scoring.create.sessionIdHelp')}>
          <Input aria-label={t('scoring.create.sessionId')} value={sessionId} onChange={(e) => setSessionId(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('scoring.create.leader')}>
          <LeaderSelect draw={draw} value={leaderId} onChange={setLeaderId} />
        </Form.Item>
        <Button
          type="primary"
          size="large"
          loading={busy}
          disabled={!drawId || !/^[A-Za-z0-9._-]+$/.test(sessionId.trim())}
          data-testid="create-session"
          onClick={() => run(() => api('session.create', { year, drawId: drawId!, sessionId: sessionId.trim(), ...(leaderId ? { leaderId } : {}) }), onCreated)}
        >
          {t('scoring.create.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** `${year}-S01`, or the next number not yet used. */
export function nextSessionId(year: number, taken: string[]): string {
  for (let i = 1; ; i++) {
    const id = `${year}-S${String(i).padStart(2, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

/** The panel member who leads the session: any seat of the draw's final panel. */
export function LeaderSelect({ draw, value, onChange }: { draw?: DrawView; value?: string; onChange(expertId: string): void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('scoring.create.leader')}
      value={value}
      onChange={onChange}
      options={(draw?.panel?.panel ?? []).map((seat) => ({
        value: seat.expertId,
        label: `${draw!.experts[seat.expertId]?.name ?? seat.expertId}（${seat.expertId}，${seat.stratum}）`,
      }))}
    />
  );
}
