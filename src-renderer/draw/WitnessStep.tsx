import { Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';

interface Entry {
  name: string;
  first: string;
  second: string;
}

const blank = (): Entry => ({ name: '', first: '', second: '' });

/** Each witness rolls ten-sided dice and types the digits twice, in front of everyone. */
export function WitnessStep({ draw, onDrawn }: { draw: DrawView; onDrawn(d: DrawView): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [entries, setEntries] = useState<Entry[]>([blank(), blank(), blank()]);
  const set = (i: number, change: Partial<Entry>) => setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const problem = (e: Entry): string | undefined => {
    if (!e.first && !e.second) return undefined;
    if (!/^\d*$/.test(e.first) || !/^\d*$/.test(e.second)) return t('draw.onlyDigits');
    if (e.first.length < 10) return t('draw.tooShort');
    if (e.second && e.first !== e.second) return t('draw.mismatch');
    return undefined;
  };
  const ready = entries.length >= 3 && entries.every((e) => e.name.trim() && e.first.length >= 10 && e.first === e.second && !problem(e));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ fontSize: 22 }}>{t('draw.witnessHint')}</Typography.Paragraph>
      <Table
        className="digits"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={entries}
        columns={[
          { title: '#', render: (_, __, i) => i + 1, width: 50 },
          { title: t('draw.witnessName'), render: (_, e, i) => <Input aria-label={`${t('draw.witnessName')} ${i + 1}`} value={e.name} onChange={(x) => set(i, { name: x.target.value })} /> },
          { title: t('draw.digitsFirst'), render: (_, e, i) => <Input aria-label={`${t('draw.digitsFirst')} ${i + 1}`} inputMode="numeric" value={e.first} onChange={(x) => set(i, { first: x.target.value.trim() })} /> },
          { title: t('draw.digitsSecond'), render: (_, e, i) => <Input aria-label={`${t('draw.digitsSecond')} ${i + 1}`} inputMode="numeric" value={e.second} onChange={(x) => set(i, { second: x.target.value.trim() })} status={problem(e) ? 'error' : undefined} /> },
          { title: '', render: (_, e) => <Typography.Text type="danger">{problem(e)}</Typography.Text>, width: 260 },
        ]}
      />
      <Space>
        <Button size="large" onClick={() => setEntries((all) => [...all, blank()])}>
          {t('draw.addWitness')}
        </Button>
        <Button
          size="large"
          type="primary"
          disabled={!ready}
          loading={busy}
          data-testid="run-draw"
          onClick={() => run(() => api('draw.run', { drawId: draw.drawId, witnesses: entries }), onDrawn)}
        >
          {t('draw.run')}
        </Button>
      </Space>
    </Space>
  );
}
