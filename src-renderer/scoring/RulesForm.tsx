import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RUBRIC_AUTHORITY, RUBRIC_SOURCE_NOTE, type Criterion } from '../../src-shared/scoring/rubric';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { localized } from '../i18n';
import { MAX_CUT, SCORING_METHOD_LABELS, SCORING_METHODS } from './labels';

/**
 * Session rules on screen: method, cut, thresholds and the rubric. Editable where `onChange` is given (the office
 * drafting a package's rules before it issues it), read-only otherwise (a session holds the rules it was issued).
 */
export function RulesForm({ draft, onChange }: { draft: SessionRules; onChange?(rules: SessionRules): void }) {
  const { t } = useTranslation();
  const editable = onChange !== undefined;
  const setDraft = (change: (d: SessionRules) => SessionRules) => onChange?.(change(draft));
  const set = <K extends keyof SessionRules>(key: K, value: SessionRules[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setCriterion = (i: number, patch: Partial<Criterion>) =>
    setDraft((d) => ({ ...d, rubric: { criteria: d.rubric.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) } }));
  const total = draft.rubric.criteria.reduce((s, c) => s + (c.weight ?? 1) * (c.maxPoints ?? 0), 0);
  const num = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

  return (
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
  );
}
