import { Button, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { blankWitness, witnessesReady, witnessProblem, type WitnessEntry } from './witness-entries';

/**
 * Each witness rolls ten-sided dice and types the digits twice, in front of everyone. The entries belong to the
 * wizard (DrawPage), so the projector view of this step shows and edits the same ones.
 */
export function WitnessStep({
  draw,
  entries,
  setEntries,
  onDrawn,
}: {
  draw: DrawView;
  entries: WitnessEntry[];
  setEntries(update: (all: WitnessEntry[]) => WitnessEntry[]): void;
  onDrawn(d: DrawView): void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const set = (i: number, change: Partial<WitnessEntry>) => setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const problem = (e: WitnessEntry) => witnessProblem(e, t);

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
        <WitnessActions draw={draw} entries={entries} setEntries={setEntries} onDrawn={onDrawn} busy={busy} run={run} />
      </Space>
    </Space>
  );
}

/** Add a witness; run the draw once every witness's two entries agree. The same buttons in both views. */
export function WitnessActions({
  draw,
  entries,
  setEntries,
  onDrawn,
  busy,
  run,
}: {
  draw: DrawView;
  entries: WitnessEntry[];
  setEntries(update: (all: WitnessEntry[]) => WitnessEntry[]): void;
  onDrawn(d: DrawView): void;
  busy: boolean;
  run: ReturnType<typeof useAction>['run'];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button size="large" onClick={() => setEntries((all) => [...all, blankWitness()])}>
        {t('draw.addWitness')}
      </Button>
      <Button
        size="large"
        type="primary"
        disabled={!witnessesReady(entries)}
        loading={busy}
        data-testid="run-draw"
        onClick={() => run(() => api('draw.run', { drawId: draw.drawId, witnesses: entries }), onDrawn)}
      >
        {t('draw.run')}
      </Button>
    </>
  );
}
