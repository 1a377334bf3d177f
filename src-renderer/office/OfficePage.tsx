import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { DeviceKeyCard } from './DeviceKeyCard';
import { ExportBundleCard } from './ExportBundleCard';
import { PassphraseCard } from './PassphraseCard';
import { ImportBundleCard } from './ImportBundleCard';
import { ImportedBundles } from './ImportedBundles';
import { TrustStoreCard } from './TrustStoreCard';
import { VerifyPageCard } from './VerifyPageCard';
import './office.css';

/**
 * 办公室核验: this device's key and the trust store (both directions of enrolment), taking in a result bundle
 * with its verification report, the bundles taken in, and, on a meeting laptop, exporting one; and the offline
 * verify page with its SHA-256.
 */
export function OfficePage() {
  const { t } = useTranslation();
  const bundles = useApi('bundle.list');
  // The cards that sign ask for the passphrase only when one is set: they start again when it changes.
  const [keyVersion, setKeyVersion] = useState(0);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('office.heading')}</Typography.Title>
        <Typography.Paragraph>{t('office.intro')}</Typography.Paragraph>
      </div>
      <DeviceKeyCard key={`device-${keyVersion}`} />
      <PassphraseCard onChanged={() => setKeyVersion((v) => v + 1)} />
      <TrustStoreCard />
      <ImportBundleCard onImported={bundles.reload} />
      <ImportedBundles bundles={bundles} />
      <ExportBundleCard key={`export-${keyVersion}`} />
      <VerifyPageCard />
    </Space>
  );
}
