import { Alert, Button, Descriptions, Divider, Drawer, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRow } from '../../src-shared/api/views';
import { CHECK_LABELS } from '../../src-shared/screening/check-result';
import { articleLabel } from '../../src-shared/screening/labels';
import { blankChecklist, MANUAL_ITEMS, type ManualAnswer } from '../../src-shared/screening/manual-checklist';
import type { ScreenerDecision } from '../../src-shared/screening/outcome';
import { CHECK_QUALIFIERS, QUALIFIER_LABELS } from '../../src-shared/screening/qualifiers';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';
import { OutcomeTag } from './outcome-tag';
import { PrintNominationButton } from './PrintNominationButton';
import { useRememberedText } from '../app/use-remembered-text';
import { WhyDisabled } from '../app/WhyDisabled';

const CHECK_COLOUR = { pass: 'green', fail: 'red', review: 'orange' } as const;
const QUALIFIER_COLOUR = { absolute: 'default', 'as-a-rule': 'purple', generally: 'geekblue' } as const;

interface Props {
  row?: ScreeningRow;
  screener: string;
  onClose(changed: boolean): void;
}

/** One nomination: the automatic checks, the Art. 4.2–4.5 checklist, a decision, and the second person's confirmation. */
export function ScreeningDrawer({ row, screener, onClose }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  // The decision's reason is a form field so that a refusal ("请填写不通过的理由") shows under it.
  const [form] = Form.useForm();
  const [manual, setManual] = useState<ManualAnswer[]>(blankChecklist());
  const [decision, setDecision] = useState<{ outcome?: ScreenerDecision['outcome']; reason: string }>({ reason: '' });
  const [confirmer, setConfirmer] = useRememberedText('confirmer');
  useEffect(() => {
    setManual(row?.record?.manual ?? blankChecklist());
    setDecision(row?.record?.decision ?? { reason: '' });
    form.setFieldsValue({ decision: { reason: row?.record?.decision?.reason ?? '' } });
  }, [row, form]);
  if (!row) return null;
  const n = row.nomination;
  const answer = (id: string) => manual.find((a) => a.itemId === id);
  const setAnswer = (id: string, change: Partial<ManualAnswer>) =>
    setManual((prev) => prev.map((a) => (a.itemId === id ? { ...a, ...change } : a)));

  const save = async () => {
    if (decision.outcome) {
      const valid = await form.validateFields().then(() => true, () => false);
      if (!valid) return;
    }
    await run(
      () =>
        api('screening.record', {
          nominationId: n.id,
          manual,
          decision: decision.outcome ? { outcome: decision.outcome, reason: decision.reason } : null,
          screener,
        }),
      () => onClose(true),
      { form },
    );
  };
  const confirm = () => run(() => api('screening.confirm', { nominationId: n.id, confirmer }), () => onClose(true));
  // Only a miss of a 原则上 rule can be admitted, and only as an exception: offer it where it applies.
  const exceptionPossible = row.checks.some((c) => c.outcome === 'fail' && CHECK_QUALIFIERS[c.id].qualifier === 'as-a-rule');

  return (
    <Drawer open size={820} title={`${n.studioName}（${n.id}）`} extra={<PrintNominationButton nominationId={n.id} />} onClose={() => onClose(false)} destroyOnHidden>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('nominations.col.leader')}>{`${n.leaderName}，${n.leaderTitle}`}</Descriptions.Item>
        <Descriptions.Item label={t('nominations.col.founded')}>{n.foundedOn}</Descriptions.Item>
        <Descriptions.Item label={t('nominations.col.unit')}>{n.workUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('nominations.col.recommender')}>{n.recommendingUnit}</Descriptions.Item>
      </Descriptions>
      <Divider>{t('screening.automatic')}</Divider>
      <List
        size="small"
        dataSource={row.checks}
        renderItem={(c) => (
          <List.Item>
            <Space align="start">
              <Tag color={CHECK_COLOUR[c.outcome]}>{t(`screening.check.${c.outcome}`)}</Tag>
              <div>
                <Typography.Text strong>
                  {localized(articleLabel(c.article))} · {localized(CHECK_LABELS[c.id])}
                </Typography.Text>{' '}
                <Tag color={QUALIFIER_COLOUR[CHECK_QUALIFIERS[c.id].qualifier]} title={localized(CHECK_QUALIFIERS[c.id].words)}>
                  {localized(QUALIFIER_LABELS[CHECK_QUALIFIERS[c.id].qualifier])}
                </Tag>
                <div>{localized(c.message)}</div>
              </div>
            </Space>
          </List.Item>
        )}
      />
      <Divider>{t('screening.manual')}</Divider>
      {MANUAL_ITEMS.map((item) => (
        <div key={item.id} style={{ marginBottom: 10 }} data-testid={`manual-${item.id}`}>
          <Typography.Text>
            {localized(articleLabel(item.article))} · {localized(item)}
          </Typography.Text>
          <Space style={{ display: 'flex', marginTop: 4 }}>
            <Radio.Group
              value={answer(item.id)?.met ?? null}
              onChange={(e) => setAnswer(item.id, { met: e.target.value })}
              options={[
                { value: true, label: t('screening.met') },
                { value: false, label: t('screening.notMet') },
                { value: null, label: t('screening.unjudged') },
              ]}
            />
            <Input
              size="small"
              placeholder={t('screening.note')}
              value={answer(item.id)?.note ?? ''}
              onChange={(e) => setAnswer(item.id, { note: e.target.value })}
            />
          </Space>
        </div>
      ))}
      <Button size="small" onClick={() => setManual((prev) => prev.map((a) => ({ ...a, met: a.met ?? true })))}>
        {t('screening.markRestMet')}
      </Button>
      <Divider>{t('screening.decision')}</Divider>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          value={decision.outcome ?? null}
          onChange={(e) => setDecision((d) => ({ ...d, outcome: e.target.value ?? undefined }))}
          options={[
            { value: null, label: t('screening.noDecision') },
            { value: 'qualified', label: t('screening.outcome.qualified') },
            { value: 'not-qualified', label: t('screening.outcome.not-qualified') },
            ...(exceptionPossible || decision.outcome === 'exception' ? [{ value: 'exception', label: t('screening.exception') }] : []),
          ]}
        />
        {exceptionPossible && <Alert type="info" showIcon title={t('screening.exceptionHint')} />}
        {decision.outcome && (
          <Form form={form} component={false}>
            <Form.Item
              name={['decision', 'reason']}
              initialValue={decision.reason}
              rules={[{ required: true, whitespace: true, message: t(`screening.reasonRequired.${decision.outcome}`) }]}
              data-testid="decision-reason-item"
            >
              <Input.TextArea
                rows={2}
                placeholder={t('screening.decisionReason')}
                onChange={(e) => setDecision((d) => ({ ...d, reason: e.target.value }))}
              />
            </Form.Item>
          </Form>
        )}
        <WhyDisabled why={!screener.trim() && t('screening.needScreener')}>
          <Button type="primary" loading={busy} disabled={!screener.trim()} onClick={save} data-testid="screening-save">
            {t('screening.save', { screener: screener || '?' })}
          </Button>
        </WhyDisabled>
        {!screener.trim() && <Alert type="warning" title={t('screening.needScreener')} />}
      </Space>
      {row.record && (
        <>
          <Divider>{t('screening.result')}</Divider>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space>
              <OutcomeTag outcome={row.record.outcome} exception={row.record.exception} />
              <span>{t('screening.by', { who: row.record.screenedBy })}</span>
              {row.record.confirmedBy && <Tag color="blue">{t('screening.confirmedBy', { who: row.record.confirmedBy })}</Tag>}
            </Space>
            {row.record.reasons.map((r, i) => (
              <div key={i}>· {localized(r)}</div>
            ))}
            {!row.record.confirmedBy && row.record.outcome !== 'needs-judgement' && (
              <Space>
                <Input placeholder={t('screening.confirmer')} value={confirmer} onChange={(e) => setConfirmer(e.target.value)} />
                <WhyDisabled why={!confirmer.trim() && t('guide.confirmBatch.needConfirmer')}>
                  <Button loading={busy} disabled={!confirmer.trim()} onClick={confirm}>
                    {t('screening.confirm')}
                  </Button>
                </WhyDisabled>
              </Space>
            )}
          </Space>
        </>
      )}
    </Drawer>
  );
}
