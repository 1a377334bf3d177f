import { Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LifecycleStepView } from '../../src-shared/office/lifecycle';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';

/** The selection year's lifecycle, compact: each step done or not, with its count, and the next step named. */
export function YearLifecycleSteps({ year }: { year: number }) {
  const { t } = useTranslation();
  const lifecycle = useApi('year.lifecycle', { year });
  if (lifecycle.error) return <ErrorAlert error={lifecycle.error} />;
  const l = lifecycle.data;
  if (!l) return null;
  const countOf = (s: LifecycleStepView) =>
    s.count === undefined ? undefined : s.of !== undefined ? t('publication.lifecycle.of', { n: s.count, of: s.of }) : t('publication.lifecycle.count', { n: s.count });
  const at = l.steps.findIndex((s) => s.current);
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="year-lifecycle"
      title={t('publication.lifecycle.heading', { year })}
      extra={<Typography.Text strong data-testid="year-lifecycle-next">{l.next ? t('publication.lifecycle.next', { step: t(`publication.lifecycle.steps.${l.next}`) }) : t('publication.lifecycle.finished')}</Typography.Text>}
    >
      <Steps
        size="small"
        current={l.next ? at + 1 : at}
        status={l.next ? 'process' : 'finish'}
        items={l.steps.map((s) => ({ title: t(`publication.lifecycle.steps.${s.step}`), description: countOf(s), status: s.done ? 'finish' : s.step === l.next ? 'process' : 'wait' }))}
      />
    </Card>
  );
}
