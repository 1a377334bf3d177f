import { Alert, Button, Drawer, Empty, Input, Space, Table, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRow, ScreeningYearView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { useRememberedText } from '../app/use-remembered-text';
import { WhyDisabled } from '../app/WhyDisabled';
import { localized } from '../i18n';
import { OutcomeTag } from './outcome-tag';

/** A decision the second reviewer can confirm: recorded, decided (not 待判定), not yet confirmed. */
export const awaitsConfirmation = (r: ScreeningRow) => !!r.record && r.record.outcome !== 'needs-judgement' && !r.record.confirmedBy;

const samePerson = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

interface Props {
  open: boolean;
  year: number;
  rows: ScreeningRow[];
  onClose(changed: boolean): void;
}

/**
 * The second reviewer's desk (issue 16): every decision awaiting confirmation in one table, each with its result,
 * reasons and first reviewer, confirmed together in one transaction instead of drawer by drawer.
 */
export function ConfirmBatchDrawer({ open, year, rows, onClose }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [confirmer, setConfirmer] = useRememberedText('confirmer');
  const waiting = useMemo(() => rows.filter(awaitsConfirmation), [rows]);
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => setSelected([]), [rows, open]);
  // The screener cannot confirm their own decisions: those rows stay unticked and say so.
  const own = (r: ScreeningRow) => !!confirmer.trim() && samePerson(confirmer, r.record!.screenedBy);
  const chosen = selected.filter((id) => waiting.some((r) => r.nomination.id === id && !own(r)));
  const why = !confirmer.trim() ? t('guide.confirmBatch.needConfirmer') : chosen.length === 0 ? t('guide.confirmBatch.needSelection') : undefined;

  const confirm = () =>
    run(
      () => api('screening.confirmMany', { year, nominationIds: chosen, confirmer }),
      (_: ScreeningYearView) => onClose(true),
    );

  return (
    <Drawer open={open} size={1100} title={t('guide.confirmBatch.title', { year })} onClose={() => onClose(false)} destroyOnHidden data-testid="confirm-batch">
      <Typography.Paragraph>{t('guide.confirmBatch.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('screening.confirmer')}</span>
        <Input style={{ width: 180 }} aria-label={t('screening.confirmer')} value={confirmer} onChange={(e) => setConfirmer(e.target.value)} data-testid="batch-confirmer" />
        <Button size="small" disabled={waiting.length === 0} onClick={() => setSelected(waiting.filter((r) => !own(r)).map((r) => r.nomination.id))}>
          {t('guide.confirmBatch.selectAll', { n: waiting.filter((r) => !own(r)).length })}
        </Button>
        <WhyDisabled why={why}>
          <Button type="primary" loading={busy} disabled={!!why} onClick={confirm} data-testid="confirm-selected">
            {t('guide.confirmBatch.confirmSelected', { n: chosen.length })}
          </Button>
        </WhyDisabled>
      </Space>
      {why && <Alert style={{ marginBottom: 12 }} type="info" showIcon title={why} data-testid="confirm-why" />}
      <Table<ScreeningRow>
        size="small"
        rowKey={(r) => r.nomination.id}
        dataSource={waiting}
        pagination={false}
        scroll={{ y: 520 }}
        data-testid="confirm-batch-table"
        locale={{ emptyText: <Empty description={t('guide.confirmBatch.empty')} /> }}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: own(r), 'aria-label': r.nomination.studioName }),
        }}
        columns={[
          { title: t('nominations.col.id'), width: 110, render: (_, r) => r.nomination.id },
          { title: t('nominations.col.studio'), width: 240, render: (_, r) => r.nomination.studioName },
          { title: t('screening.col.outcome'), width: 130, render: (_, r) => <OutcomeTag outcome={r.record!.outcome} exception={r.record!.exception} /> },
          {
            title: t('guide.confirmBatch.reasons'),
            render: (_, r) => (
              <div>
                {r.record!.reasons.map((reason, i) => (
                  <div key={i}>· {localized(reason)}</div>
                ))}
              </div>
            ),
          },
          {
            title: t('screening.col.screener'),
            width: 130,
            render: (_, r) => (own(r) ? <Tooltip title={t('guide.confirmBatch.ownDecision')}>{`${r.record!.screenedBy}${t('guide.confirmBatch.own')}`}</Tooltip> : r.record!.screenedBy),
          },
        ]}
      />
    </Drawer>
  );
}
