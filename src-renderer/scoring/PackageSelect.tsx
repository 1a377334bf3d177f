import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IssuedPackageView } from '../../src-shared/api/ops/issued-package';

/** Picks the issued session package a session is made from: its id, who issued it, what it holds. */
export function PackageSelect({ packages, value, onChange }: { packages: IssuedPackageView[]; value?: string; onChange(sessionId: string): void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('scoring.create.package')}
      value={value}
      onChange={onChange}
      data-testid="package-select"
      options={packages.map((p) => ({
        value: p.sessionId,
        label: t('scoring.create.packageOption', { ...p, origin: t(`scoring.create.origin.${p.origin}`) }),
      }))}
    />
  );
}
