import { Button, Card, Space, Steps, Typography } from 'antd';
import { App as AntApp } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PathStepView, YearPath } from '../../src-shared/office/year-path';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { joinParts } from '../i18n';

const go = (route: string) => (window.location.hash = `#/${route}`);

/**
 * The selection year as steps (issue 16): import → screening x/45 → draw → session → sign-off → export → verify →
 * publish, each with its count and state, and one "下一步" button to the page of the first step not done.
 */
export function YearPathSteps({ year, onDataChanged }: { year: number; onDataChanged(): void }) {
  const { t } = useTranslation();
  const path = useApi('year.path', { year });
  if (path.error) return <ErrorAlert error={path.error} />;
  const p = path.data;
  if (!p) return null;
  if (p.firstRun) return <FirstRun onDone={() => { onDataChanged(); path.reload(); }} />;
  const describe = (s: PathStepView) => {
    const count = s.count === undefined ? undefined : s.of !== undefined ? t('guide.path.of', { n: s.count, of: s.of }) : t('guide.path.count', { n: s.count });
    return s.step === 'screening' ? joinParts([count, ...openScreening(p, t)].filter((x): x is string => !!x)) : count;
  };
  const next = p.steps.find((s) => s.step === p.next);
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="year-lifecycle"
      title={t('guide.path.heading', { year })}
      extra={
        next ? (
          <Button type="primary" data-testid="year-lifecycle-next" onClick={() => go(next.route)}>
            {t('guide.path.next', { step: t(`guide.path.steps.${next.step}`) })}
          </Button>
        ) : (
          <Typography.Text strong data-testid="year-lifecycle-next">{t('guide.path.finished')}</Typography.Text>
        )
      }
    >
      <Steps
        size="small"
        data-testid="year-path"
        current={Math.max(0, p.steps.findIndex((s) => !s.done))}
        status={next ? 'process' : 'finish'}
        items={p.steps.map((s) => ({
          title: t(`guide.path.steps.${s.step}`),
          description: describe(s),
          status: s.done ? 'finish' : s.step === p.next ? 'process' : 'wait',
        }))}
      />
    </Card>
  );
}

/** What screening still waits for, beside its count: the screener's judgements and the second reviewer. */
function openScreening(p: YearPath, t: TFunction): string[] {
  const f = p.facts;
  return [
    f.needsJudgement > 0 ? t('guide.path.needsJudgement', { n: f.needsJudgement }) : '',
    f.awaitingConfirmation > 0 ? t('guide.path.awaitingConfirmation', { n: f.awaitingConfirmation }) : '',
  ];
}

/** An empty data folder: start with the demo year, or with the real expert pool. */
function FirstRun({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { busy, run } = useAction();
  return (
    <Card style={{ marginTop: 16 }} title={t('guide.firstRun.title')} data-testid="first-run">
      <Typography.Paragraph>{t('guide.firstRun.hint')}</Typography.Paragraph>
      <Space>
        <Button
          type="primary"
          size="large"
          loading={busy}
          data-testid="first-run-demo"
          onClick={() =>
            run(() => api('demo.generate', {}), (s) => {
              void message.success(t('guide.firstRun.demoDone', { experts: s.experts, nominations: s.nominations }));
              onDone();
            })
          }
        >
          {t('guide.firstRun.demo')}
        </Button>
        <Button size="large" data-testid="first-run-import" onClick={() => go('pool')}>
          {t('guide.firstRun.importPool')}
        </Button>
      </Space>
    </Card>
  );
}
