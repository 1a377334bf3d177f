import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecommendersTab } from './RecommendersTab';
import { TitlesTab } from './TitlesTab';
import { UnitsTab } from './UnitsTab';

/** 名录与字典: what the office keeps so that files with names only can be read and screened. */
export function RegistersPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('registers.heading')}</Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'titles', label: t('registers.tabs.titles'), children: <TitlesTab /> },
          { key: 'recommenders', label: t('registers.tabs.recommenders'), children: <RecommendersTab /> },
          { key: 'units', label: t('registers.tabs.units'), children: <UnitsTab /> },
        ]}
      />
    </>
  );
}
