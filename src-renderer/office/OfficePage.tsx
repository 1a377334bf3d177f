import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { DeviceKeyCard } from './DeviceKeyCard';
import { ExportBundleCard } from './ExportBundleCard';
import { ImportBundleCard } from './ImportBundleCard';
import { ImportedBundles } from './ImportedBundles';
import { TrustStoreCard } from './TrustStoreCard';
import './office.css';

/**
 * 办公室核验: this device's key and the trust store (both directions of enrolment), taking in a result bundle
 * with its verification report, the bundles taken in, and, on a meeting laptop, exporting one.
 */
export function OfficePage() {
  const { t } = useTranslation();
  const bundles = useApi('bundle.list');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('office.heading')}</Typography.Title>
        <Typography.Paragraph>{t('office.intro')}</Typography.Paragraph>
      </div>
      <DeviceKeyCard />
      <TrustStoreCard />
      <ImportBundleCard onImported={bundles.reload} />
      <ImportedBundles bundles={bundles} />
      <ExportBundleCard />
    </Space>
  );
}
