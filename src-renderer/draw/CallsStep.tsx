import { Alert, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import type { CallOutcome, PanelSeat } from '../../src-shared/draw/replacement';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { localTime } from './local-time';
import { nextStandby } from './panel-summary';
import { stratumName, withAside } from '../i18n';

const OUTCOMES: CallOutcome[] = ['accepted', 'declined', 'unreachable', 'conflict'];

/**
 * Step 8: each seated expert is called; a refusal seats the next standby of the stratum. A refusal cannot be
 * taken back (the call log is part of the protocol and replayed by every verifier), so each one is confirmed
 * first, naming the expert and the standby who takes the seat. Each entry keeps who called and when.
 */
export function CallsStep({ draw, onChange }: { draw: DrawView; onChange(d: DrawView): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const timeZone = useApi('settings.get').data?.timeZone;
  const [caller, setCaller] = useState(draw.setup.operator);
  const [asking, setAsking] = useState<{ seat: PanelSeat; outcome: Exclude<CallOutcome, 'accepted'> }>();
  const [note, setNote] = useState('');
  const panel = draw.panel?.panel ?? [];
  const callLog = draw.protocol?.callLog ?? [];
  const name = (id: string) => draw.experts[id]?.name ?? id;
  const log = (expertId: string, outcome: CallOutcome, withNote?: string) =>
    run(() => api('draw.call', { drawId: draw.drawId, expertId, outcome, caller: caller.trim(), ...(withNote?.trim() ? { note: withNote.trim() } : {}) }), onChange);
  const standby = asking ? nextStandby(draw, asking.seat) : undefined;
  const outcomeText = (o: CallOutcome) => t(`draw.outcome.${o}`);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={t('draw.calls.irreversible')} data-testid="calls-irreversible" />
      <Space>
        <span>{t('draw.caller')}</span>
        <Input aria-label={t('draw.caller')} value={caller} onChange={(e) => setCaller(e.target.value)} style={{ width: 200 }} />
      </Space>
      <Table
        data-testid="draw-panel"
        pagination={false}
        rowKey={(s) => `${s.stratum}-${s.order}`}
        dataSource={panel}
        columns={[
          { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s), width: 110 },
          { title: t('draw.seat'), dataIndex: 'order', width: 70 },
          { title: t('draw.name'), render: (_, s) => withAside(name(s.expertId), s.expertId) },
          { title: t('draw.source'), render: (_, s) => t(`draw.seatSource.${s.source}`), width: 120 },
          {
            title: t('draw.call'),
            render: (_, s) =>
              s.confirmed ? (
                <Tag color="green">{t('draw.outcome.accepted')}</Tag>
              ) : (
                <Space wrap>
                  {OUTCOMES.map((o) => (
                    <Button
                      key={o}
                      size="small"
                      disabled={busy || !caller.trim()}
                      onClick={() => {
                        if (o === 'accepted') return void log(s.expertId, o);
                        setNote('');
                        setAsking({ seat: s, outcome: o });
                      }}
                      data-testid={`call-${s.expertId}-${o}`}
                    >
                      {outcomeText(o)}
                    </Button>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      {(draw.panel?.replacements.length ?? 0) > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.replacedId}-${r.replacementId}`}
          dataSource={draw.panel!.replacements}
          columns={[
            { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s) },
            { title: t('draw.replaced'), render: (_, r) => withAside(name(r.replacedId), outcomeText(r.outcome)) },
            { title: t('draw.replacement'), render: (_, r) => name(r.replacementId) },
          ]}
        />
      )}
      {callLog.length > 0 && (
        <>
          <Typography.Title level={4}>{t('draw.calls.log')}</Typography.Title>
          <Table
            className="call-log"
            data-testid="call-log"
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={callLog}
            columns={[
              { title: '#', render: (_, __, i) => i + 1, width: 50 },
              { title: t('draw.calls.at'), render: (_, c) => localTime(c.at, timeZone, { seconds: true }), width: 240 },
              { title: t('draw.caller'), dataIndex: 'caller', width: 140 },
              { title: t('draw.calls.expertCol'), render: (_, c) => `${name(c.expertId)}（${c.expertId}）` },
              { title: t('draw.call'), render: (_, c) => outcomeText(c.outcome), width: 130 },
              { title: t('draw.calls.noteCol'), dataIndex: 'note' },
            ]}
          />
        </>
      )}
      <Modal
        open={!!asking}
        className="call-confirm"
        title={asking ? t('draw.calls.confirmTitle', { outcome: outcomeText(asking.outcome) }) : ''}
        okText={t('draw.calls.ok')}
        okButtonProps={{ danger: true, disabled: !standby || !caller.trim(), loading: busy }}
        onCancel={() => setAsking(undefined)}
        onOk={async () => {
          if (!asking) return;
          if (await log(asking.seat.expertId, asking.outcome, note)) setAsking(undefined);
        }}
      >
        {asking && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="call-confirm-text">
            <Typography.Paragraph strong style={{ fontSize: 18, marginBottom: 0 }}>
              {t('draw.calls.expert', { name: name(asking.seat.expertId), id: asking.seat.expertId, stratum: stratumName(asking.seat.stratum), order: asking.seat.order, outcome: outcomeText(asking.outcome) })}
            </Typography.Paragraph>
            {standby ? (
              <Typography.Paragraph style={{ fontSize: 18, marginBottom: 0 }}>
                {t('draw.calls.standby', { name: name(standby.id), id: standby.id, stratum: stratumName(standby.stratum), order: standby.order })}
              </Typography.Paragraph>
            ) : (
              <Alert type="error" showIcon title={t('draw.calls.noStandby', { stratum: stratumName(asking.seat.stratum) })} />
            )}
            <Typography.Text>{t('draw.calls.caller', { caller: caller.trim() })}</Typography.Text>
            <Input.TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('draw.calls.note')} aria-label={t('draw.calls.note')} />
            <Alert type="warning" showIcon title={t('draw.calls.undo')} />
          </Space>
        )}
      </Modal>
    </Space>
  );
}
