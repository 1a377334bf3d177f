import { Space, Tabs, Typography } from 'antd';
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
 * 办公室核验, in two tabs for the two computers that use it: 结果包核验 (the office: the trust store, taking in a
 * result bundle with its verification report, the bundles taken in, the offline verify page with its SHA-256) and 本机密钥 (the meeting laptop: this device's
 * key, its passphrase, exporting a bundle). The office's tab comes first: verifying is what the page is named for.
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
      <Tabs
        size="large"
        items={[
          {
            key: 'verify',
            label: t('guided.office.verifyTab'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="office-tab-verify">
                <TrustStoreCard />
                <ImportBundleCard onImported={bundles.reload} />
                <ImportedBundles bundles={bundles} />
                <VerifyPageCard />
              </Space>
            ),
          },
          {
            key: 'keys',
            label: t('guided.office.keysTab'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="office-tab-keys">
                <DeviceKeyCard key={`device-${keyVersion}`} />
                <PassphraseCard onChanged={() => setKeyVersion((v) => v + 1)} />
                <ExportBundleCard key={`export-${keyVersion}`} />
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
