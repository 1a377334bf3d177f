import { Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { HexGroups } from './HexGroups';
import { MASK } from './Projector';
import { stratumName } from '../i18n';

/**
 * The seed, the witnesses' digits it came from, and the panel by stratum; names are masked until the operator
 * shows them (the switch is shared with the projector view).
 */
export function ResultStep({ draw, masked, setMasked }: { draw: DrawView; masked: boolean; setMasked(masked: boolean): void }) {
  const { t } = useTranslation();
  const p = draw.protocol!;
  const name = (id: string) => (masked ? MASK : (draw.experts[id]?.name ?? ''));
  const rows = p.result.filter((r) => r.status !== 'skipped');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div className="big-label">{t('draw.fingerprint.seed')}</div>
      <HexGroups className="big-hash" value={p.seed} testId="draw-seed" />
      <div data-testid="witness-digits">
        {p.witnesses.map((w, i) => (
          <Space key={i} style={{ marginRight: 32 }}>
            <strong>{w.name}</strong>
            <HexGroups value={w.digits} />
          </Space>
        ))}
      </div>
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
          { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s), width: 120 },
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
