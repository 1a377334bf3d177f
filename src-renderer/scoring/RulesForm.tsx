import { Alert, Card, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RUBRIC_AUTHORITY, RUBRIC_SOURCE_NOTE } from '../../src-shared/scoring/rubric';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { localized } from '../i18n';
import { MAX_CUT, SCORING_METHOD_LABELS, SCORING_METHODS } from './labels';
import { RubricTable } from './RubricTable';
import { forCriteria } from './tie-break-order';
import { TieBreakList } from './TieBreakList';

/**
 * Session rules on screen: method, cut, thresholds and the rubric. Editable where `onChange` is given (the office
 * drafting a package's rules before it issues it), read-only otherwise (a session holds the rules it was issued).
 */
export function RulesForm({ draft, onChange }: { draft: SessionRules; onChange?(rules: SessionRules): void }) {
  const { t } = useTranslation();
  const editable = onChange !== undefined;
  const setDraft = (change: (d: SessionRules) => SessionRules) => onChange?.(change(draft));
  const set = <K extends keyof SessionRules>(key: K, value: SessionRules[K]) => setDraft((d) => ({ ...d, [key]: value }));
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
        <Typography.Paragraph>{t('scoring.rules.nominations', { count: draft.nominationIds.length })}</Typography.Paragraph>
        <TieBreakList chain={draft.tieBreak} criteria={draft.rubric.criteria} onChange={editable ? (chain) => set('tieBreak', chain) : undefined} />
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="rubric-authority"
          title={localized(RUBRIC_AUTHORITY)}
          description={localized(RUBRIC_SOURCE_NOTE)}
        />
        <RubricTable
          criteria={draft.rubric.criteria}
          onChange={editable ? (criteria) => setDraft((d) => ({ ...d, rubric: { criteria }, tieBreak: forCriteria(d.tieBreak, criteria) })) : undefined}
        />
      </Form>
    </Card>
  );
}
