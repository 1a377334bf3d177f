import { App as AntApp, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearSummary } from '../../src-shared/office/year-path';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';

/** The working year, chosen from the years the data has, each with where it stands, or a new one to start. */
export function YearPicker({ year, onSaved }: { year: number; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const years = useApi('year.list', {});
  const [chosen, setChosen] = useState<number>();
  const { busy, run } = useAction();
  if (years.error) return <ErrorAlert error={years.error} />;

  const label = (y: YearSummary) =>
    y.hasData
      ? t('guided.year.option', { year: y.year, state: y.current ? t(`guide.path.steps.${y.current}`) : t('guided.year.started'), nominations: y.nominations })
      : t('guided.year.optionEmpty', { year: y.year });
  const value = chosen ?? year;
  return (
    <Card title={t('settings.year')} data-testid="year-picker">
      <Typography.Paragraph type="secondary">{t('guided.year.hint')}</Typography.Paragraph>
      <Space wrap>
        <Select<number>
          aria-label={t('settings.year')}
          style={{ minWidth: 360 }}
          size="large"
          loading={!years.data}
          value={value}
          onChange={setChosen}
          options={(years.data ?? []).map((y) => ({ value: y.year, label: label(y) }))}
        />
        <Button
          size="large"
          type="primary"
          disabled={busy || value === year}
          onClick={() =>
            run(() => api('settings.update', { year: value }), () => {
              void message.success(t('settings.saved'));
              onSaved();
            })
          }
        >
          {t('settings.saveYear')}
        </Button>
      </Space>
    </Card>
  );
}
