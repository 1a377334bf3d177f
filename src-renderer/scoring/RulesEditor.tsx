import { Alert, App as AntApp, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import type { AppError } from '../../src-shared/result';
import { RUBRIC_AUTHORITY, RUBRIC_SOURCE_NOTE, type Criterion } from '../../src-shared/scoring/rubric';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';
import { MAX_CUT, SCORING_METHOD_LABELS, SCORING_METHODS } from './labels';

/**
 * The session's rules while they are a draft: method, cut, thresholds and the rubric. The whole rules object is
 * sent on save (the server validates and stores exactly that); freezing stores its hash and ends editing.
 */
export function RulesEditor({ session, onChange }: { session: SessionView; onChange(): void }) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const { busy, run } = useAction();
  const [draft, setDraft] = useState<SessionRules>(() => structuredClone(session.rules));
  const [error, setError] = useState<AppError>();
  const editable = session.phase === 'draft' && session.role === 'coordinator';
  const dirty = JSON.stringify(draft) !== JSON.stringify(session.rules);
  useEffect(() => setDraft(structuredClone(session.rules)), [session.rules]);
  // Art. 2 counts the whole year: what the other sessions of the year (and bundles taken in) leave for this one.
  const yearCap = useApi('session.yearCap', editable ? { year: session.year, sessionId: session.sessionId } : null).data;
  const overYear = yearCap !== undefined && draft.cut > yearCap.remaining;

  const set = <K extends keyof SessionRules>(key: K, value: SessionRules[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setCriterion = (i: number, patch: Partial<Criterion>) =>
    setDraft((d) => ({ ...d, rubric: { criteria: d.rubric.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) } }));
  const total = draft.rubric.criteria.reduce((s, c) => s + (c.weight ?? 1) * (c.maxPoints ?? 0), 0);

  const save = async () => {
    // A tie-break on a criterion that was just removed would make the rules invalid: drop it with the criterion.
    const ids = new Set(draft.rubric.criteria.map((c) => c.id));
    const rules = { ...draft, tieBreak: draft.tieBreak.filter((k) => !k.startsWith('criterion:') || ids.has(k.slice('criterion:'.length))) };
    setError(undefined);
    const r = await api('session.updateRules', { sessionId: session.sessionId, rules });
    if (r.ok) onChange();
    else setError(r.error);
  };

  const freeze = () =>
    modal.confirm({
      title: t('scoring.rules.freezeTitle'),
      content: t('scoring.rules.freezeHint'),
      okText: t('scoring.rules.freeze'),
      onOk: () => run(() => api('session.freeze', { sessionId: session.sessionId }), onChange),
    });

  const num = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {session.rulesHash ? (
        <Alert
          type="success"
          showIcon
          title={t('scoring.rules.frozen')}
          description={
            <Typography.Text code style={{ fontSize: 18, wordBreak: 'break-all' }} data-testid="rules-hash">
              {session.rulesHash}
            </Typography.Text>
          }
        />
      ) : (
        <Alert type="info" showIcon title={t('scoring.rules.draftHint')} />
      )}
      {editable && yearCap && (
        <Alert
          type={overYear ? 'warning' : 'info'}
          showIcon
          data-testid="year-cap"
          title={t('scoring.rules.yearCap', { used: yearCap.used, remaining: yearCap.remaining, cap: yearCap.cap })}
          description={
            yearCap.reserved > 0 || overYear ? (
              <>
                {yearCap.reserved > 0 && <div>{t('scoring.rules.yearCapReserved', { reserved: yearCap.reserved })}</div>}
                {overYear && <div>{t('scoring.rules.yearCapOver', { cut: draft.cut, remaining: yearCap.remaining })}</div>}
              </>
            ) : undefined
          }
        />
      )}
      <Card title={t('scoring.rules.heading')}>
        <Form layout="vertical" disabled={!editable}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label={t('scoring.rules.method')}>
                <Select
                  aria-label={t('scoring.rules.method')}
                  value={draft.method}
                  onChange={(v) => set('method', v)}
                  options={SCORING_METHODS.map((m) => ({ value: m, label: localized(SCORING_METHOD_LABELS[m]) }))}
                />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('scoring.rules.cut')} help={t('scoring.rules.cutHelp')}>
                <InputNumber aria-label={t('scoring.rules.cut')} min={1} max={MAX_CUT} precision={0} value={draft.cut} onChange={(v) => set('cut', num(v))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('scoring.rules.minExperts')}>
                <InputNumber aria-label={t('scoring.rules.minExperts')} min={1} precision={0} value={draft.minExperts} onChange={(v) => set('minExperts', num(v))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('scoring.rules.trimThreshold')}>
                <InputNumber aria-label={t('scoring.rules.trimThreshold')} min={3} precision={0} value={draft.trimThreshold} onChange={(v) => set('trimThreshold', num(v))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('scoring.rules.outlierThreshold')}>
                <InputNumber aria-label={t('scoring.rules.outlierThreshold')} min={0.5} value={draft.outlierThreshold} onChange={(v) => set('outlierThreshold', num(v))} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph>
            {t('scoring.rules.nominations', { count: draft.nominationIds.length })}　{t('scoring.rules.tieBreak')}：{draft.tieBreak.join(' → ')}
          </Typography.Paragraph>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="rubric-authority"
            title={localized(RUBRIC_AUTHORITY)}
            description={localized(RUBRIC_SOURCE_NOTE)}
          />
          <Table<Criterion>
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={draft.rubric.criteria}
            data-testid="rubric-table"
            expandable={{
              expandedRowRender: (c, i) => (
                <Row gutter={12}>
                  {(['zh', 'en'] as const).map((lang) => (
                    <Col span={12} key={lang}>
                      <Input.TextArea
                        rows={3}
                        aria-label={`${t('scoring.rules.descriptors')} ${lang}`}
                        value={c.descriptors[lang]}
                        onChange={(e) => setCriterion(i, { descriptors: { ...c.descriptors, [lang]: e.target.value } })}
                      />
                    </Col>
                  ))}
                </Row>
              ),
            }}
            columns={[
              {
                title: t('scoring.rules.criterionId'),
                width: 190,
                render: (_, c, i) => <Input aria-label={`${t('scoring.rules.criterionId')} ${i + 1}`} value={c.id} onChange={(e) => setCriterion(i, { id: e.target.value })} />,
              },
              { title: t('scoring.rules.zh'), render: (_, c, i) => <Input aria-label={`${t('scoring.rules.zh')} ${i + 1}`} value={c.zh} onChange={(e) => setCriterion(i, { zh: e.target.value })} /> },
              { title: t('scoring.rules.en'), render: (_, c, i) => <Input aria-label={`${t('scoring.rules.en')} ${i + 1}`} value={c.en} onChange={(e) => setCriterion(i, { en: e.target.value })} /> },
              {
                title: t('scoring.rules.max'),
                width: 100,
                render: (_, c, i) => <InputNumber aria-label={`${t('scoring.rules.max')} ${i + 1}`} min={0} value={c.maxPoints} onChange={(v) => setCriterion(i, { maxPoints: num(v) })} />,
              },
              {
                title: t('scoring.rules.step'),
                width: 100,
                render: (_, c, i) => <InputNumber aria-label={`${t('scoring.rules.step')} ${i + 1}`} min={0} value={c.step} onChange={(v) => setCriterion(i, { step: num(v) })} />,
              },
              {
                title: t('scoring.rules.weight'),
                width: 100,
                render: (_, c, i) => <InputNumber aria-label={`${t('scoring.rules.weight')} ${i + 1}`} min={0} value={c.weight} onChange={(v) => setCriterion(i, { weight: num(v) })} />,
              },
              {
                title: '',
                width: 80,
                render: (_, _c, i) => (
                  <Button
                    danger
                    disabled={!editable || draft.rubric.criteria.length === 1}
                    onClick={() => setDraft((d) => ({ ...d, rubric: { criteria: d.rubric.criteria.filter((_x, j) => j !== i) } }))}
                  >
                    {t('common.remove')}
                  </Button>
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }} wrap>
            <Button
              disabled={!editable}
              onClick={() =>
                setDraft((d) => {
                  const n = d.rubric.criteria.length + 1;
                  const c: Criterion = { id: `criterion-${n}`, zh: `评分项${n}`, en: `Criterion ${n}`, descriptors: { zh: `评分项${n}`, en: `Criterion ${n}` }, maxPoints: 10, step: 0.5, weight: 1 };
                  return { ...d, rubric: { criteria: [...d.rubric.criteria, c] } };
                })
              }
            >
              {t('scoring.rules.addCriterion')}
            </Button>
            <Typography.Text strong>{t('scoring.rules.maxTotal', { total })}</Typography.Text>
          </Space>
        </Form>
      </Card>
      {error && <ErrorAlert error={error} />}
      {editable && (
        <Space wrap>
          <Button size="large" disabled={!dirty} onClick={() => void save()} data-testid="save-rules">
            {t('scoring.rules.save')}
          </Button>
          <Button size="large" disabled={!dirty} onClick={() => setDraft(structuredClone(session.rules))}>
            {t('scoring.rules.reset')}
          </Button>
          <Button size="large" type="primary" danger loading={busy} disabled={dirty} onClick={freeze} data-testid="freeze">
            {t('scoring.rules.freeze')}
          </Button>
          {dirty && <Typography.Text type="warning">{t('scoring.rules.saveFirst')}</Typography.Text>}
        </Space>
      )}
    </Space>
  );
}
