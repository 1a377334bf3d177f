import { Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';

/** The seed and the panel by stratum; names can be masked while the projector is on. */
export function ResultStep({ draw }: { draw: DrawView }) {
  const { t } = useTranslation();
  const [masked, setMasked] = useState(true);
  const p = draw.protocol!;
  const name = (id: string) => (masked ? '＊＊＊' : (draw.experts[id]?.name ?? ''));
  const rows = p.result.filter((r) => r.status !== 'skipped');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div className="big-label">{t('draw.seed')}</div>
      <div className="big-hash" data-testid="draw-seed">{p.seed}</div>
      <Space>
        <span>{t('draw.maskNames')}</span>
        <Switch checked={masked} onChange={setMasked} data-testid="mask-names" />
      </Space>
      <Table
        data-testid="draw-result"
        pagination={false}
        rowKey="id"
        dataSource={rows}
        columns={[
          { title: t('draw.rank'), dataIndex: 'rank', width: 70 },
          { title: t('draw.stratum'), dataIndex: 'stratum', width: 120 },
          { title: t('draw.code'), dataIndex: 'id', width: 110 },
          { title: t('draw.name'), render: (_, r) => name(r.id), width: 140 },
          { title: t('draw.unit'), render: (_, r) => (masked ? r.unitCode : `${draw.experts[r.id]?.unitName ?? ''}`) },
          {
            title: t('draw.status'),
            render: (_, r) => <Tag color={r.status === 'selected' ? 'green' : 'blue'}>{t(`draw.rowStatus.${r.status}`)}{r.order ? ` ${r.order}` : ''}</Tag>,
            width: 140,
          },
        ]}
      />
      <Typography.Text type="secondary">{t('draw.skipNote', { skipped: p.result.length - rows.length })}</Typography.Text>
    </Space>
  );
}
