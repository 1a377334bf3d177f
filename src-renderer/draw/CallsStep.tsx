import { Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import type { CallOutcome } from '../../src-shared/draw/replacement';
import { api } from '../api/client';
import { useAction } from '../app/use-action';

const OUTCOMES: CallOutcome[] = ['accepted', 'declined', 'unreachable', 'conflict'];

/** Step 8: each seated expert is called; a refusal seats the next alternate of the stratum. */
export function CallsStep({ draw, onChange }: { draw: DrawView; onChange(d: DrawView): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [caller, setCaller] = useState(draw.setup.operator);
  const panel = draw.panel?.panel ?? [];
  const name = (id: string) => draw.experts[id]?.name ?? id;
  const log = (expertId: string, outcome: CallOutcome) =>
    run(() => api('draw.call', { drawId: draw.drawId, expertId, outcome, caller }), onChange);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
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
          { title: t('draw.stratum'), dataIndex: 'stratum', width: 110 },
          { title: t('draw.seat'), dataIndex: 'order', width: 70 },
          { title: t('draw.name'), render: (_, s) => `${name(s.expertId)}（${s.expertId}）` },
          { title: t('draw.source'), render: (_, s) => t(`draw.seatSource.${s.source}`), width: 120 },
          {
            title: t('draw.call'),
            render: (_, s) =>
              s.confirmed ? (
                <Tag color="green">{t('draw.outcome.accepted')}</Tag>
              ) : (
                <Space wrap>
                  {OUTCOMES.map((o) => (
                    <Button key={o} size="small" disabled={busy || !caller.trim()} onClick={() => log(s.expertId, o)} data-testid={`call-${s.expertId}-${o}`}>
                      {t(`draw.outcome.${o}`)}
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
            { title: t('draw.stratum'), dataIndex: 'stratum' },
            { title: t('draw.replaced'), render: (_, r) => `${name(r.replacedId)}（${t(`draw.outcome.${r.outcome}`)}）` },
            { title: t('draw.replacement'), render: (_, r) => name(r.replacementId) },
          ]}
        />
      )}
    </Space>
  );
}
