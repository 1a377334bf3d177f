import { Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';

/**
 * For a button that signs with this device's key: when the key has a passphrase, a field to type it in, and the
 * passphrase to send with the call (undefined when the key has none).
 */
export function useDevicePassphrase(): { passphrase?: string; field: ReactNode; missing: boolean } {
  const { t } = useTranslation();
  const device = useApi('keys.device');
  const [passphrase, setPassphrase] = useState('');
  if (!device.data?.protected) return { field: null, missing: false };
  const field = (
    <Input.Password
      aria-label={t('office.passphrase.enter')}
      placeholder={t('office.passphrase.enter')}
      value={passphrase}
      onChange={(e) => setPassphrase(e.target.value)}
      autoComplete="off"
      style={{ width: 220 }}
      data-testid="device-passphrase"
    />
  );
  return { passphrase, field, missing: passphrase === '' };
}
